package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.curate.StoriesReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A story whose pick was retitled since it was grouped is grouped again: its record's grouping was
 * of another title. Weeks later, when nothing new is near it in time and it is otherwise settled;
 * other changes (a headline its publisher rewrote, a note) leave the grouping as it was.
 */
class RegroupedStoryBuildTest {
  private static final String MONTH_LATER = "2026-12-05T08:00:00Z";

  @TempDir Path site;

  @Test
  void aPickRetitledToAnotherEventLeavesTheStoryItsOldTitleJoinedAndComesBackWhenTitledSoAgain() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Council approves budget for the new harbour bridge", "bridge", "Mon, 02 Nov 2026 08:00:00 GMT"),
        SavedFeeds.item("Choir returns to the old church for a winter concert", "choir",
            "Mon, 02 Nov 2026 09:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Regrouped\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    pick("Council approves budget for new harbour bridge after long debate");
    build("2026-11-02T12:00:00Z");
    assertThat(articlesOfThePicksStory()).containsExactlyInAnyOrder("https://outside.example/p1",
        "https://paper.example/bridge");

    pick("Ferry timetable changes for the winter months");
    build(MONTH_LATER);
    assertThat(articlesOfThePicksStory()).containsExactly("https://outside.example/p1");
    assertThat(site.resolve("public/index.html")).content().contains("Council approves budget for the new harbour");

    pick("Council approves budget for new harbour bridge after long debate");
    build("2026-12-05T09:00:00Z");
    assertThat(articlesOfThePicksStory()).containsExactlyInAnyOrder("https://outside.example/p1",
        "https://paper.example/bridge");
  }

  @Test
  void aHeadlineItsPublisherRewroteOrANoteEditedLeavesAPicksStoryAsGrouped() throws Exception {
    feed("Council approves budget for the new harbour bridge");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Regrouped\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    pick("Council approves budget for new harbour bridge after long debate");
    build("2026-11-02T12:00:00Z");
    // Rewritten to tell of something else: were the story grouped again, the two would part.
    feed("Ferry timetable changes for the winter months");
    Files.writeString(site.resolve("picks/p1.md"), Files.readString(site.resolve("picks/p1.md"))
        .replace("Our note.", "Our note, edited."));
    build(MONTH_LATER);
    assertThat(articlesOfThePicksStory()).containsExactlyInAnyOrder("https://outside.example/p1",
        "https://paper.example/bridge");
  }

  private void feed(String headline) throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item(headline, "bridge", "Mon, 02 Nov 2026 08:00:00 GMT"),
        SavedFeeds.item("Choir returns to the old church for a winter concert", "choir",
            "Mon, 02 Nov 2026 09:00:00 GMT"));
  }

  private void pick(String title) throws Exception {
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/p1.md"), "---\nurl: https://outside.example/p1\ndate: 2026-11-02\n"
        + "title: " + title + "\n---\nOur note.\n");
  }

  private List<String> articlesOfThePicksStory() {
    StoriesReport report = Broadsheet.stories(site, clock(MONTH_LATER)).report();
    return report.stories().stream().filter(s -> s.pick() != null).findFirst().orElseThrow()
        .articles().stream().map(StoriesReport.ArticleEntry::url).toList();
  }

  private void build(String when) {
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(clock(when)));
    assertThat(result.problems()).isEmpty();
  }

  private static Clock clock(String when) {
    return Clock.fixed(Instant.parse(when), ZoneOffset.UTC);
  }
}
