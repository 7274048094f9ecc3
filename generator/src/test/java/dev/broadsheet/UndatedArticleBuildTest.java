package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An item its feed gives no date is placed by when it was first seen, and never said to be published then. */
class UndatedArticleBuildTest {
  @TempDir Path site;

  @Test
  void theFirstSeenTimeIsLabelledAsSuchAndNeverGivenAsAPublicationDate() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"), SavedFeeds.item("Tide notice for the quay", "tide", null),
        SavedFeeds.item("Harbour bridge closes for repairs", "bridge", "Fri, 20 Nov 2026 05:00:00 GMT"),
        // A date more than a day after the item was first seen is not believed: shown as first seen
        // (not called undated: the feed gave a date); one an hour after it (a post scheduled for later, a clock a little fast) is
        // the publisher's date, placed when it was first seen and said to be so.
        SavedFeeds.item("Ferry timetable for the winter", "ferry", "Fri, 31 Dec 9999 23:59:59 GMT"),
        SavedFeeds.item("Council meets at seven", "council", "Fri, 20 Nov 2026 07:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Paper\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml, section: Local}\n");
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).extracting(dev.broadsheet.base.Problem::toString).containsExactly("paper.xml: warning:"
        + " an item is dated more than a day after this build (the first: 'Ferry timetable for the winter',"
        + " 9999-12-31T23:59:59Z): each is placed when it was first seen");
    Path out = site.resolve("public");
    String text = Files.readString(out.resolve("editions/2026/11/20/newsletter.txt"));
    assertThat(text).contains("* Tide notice for the quay\n  The Paper\n")
        .contains("* Ferry timetable for the winter\n  The Paper\n")
        .contains("  The Paper, November 20, 2026, 05:00 UTC\n");
    // The council's time is its publisher's, placed no later than when it was first seen: no page gives
    // that time as its publication's.
    assertThat(text).contains("* Council meets at seven\n  The Paper\n");
    assertThat(Files.readString(out.resolve("editions/2026/11/20/newsletter.html"))).doesNotContain("06:00");
    try (var pages = Files.list(out.resolve("articles"))) {
      Path council = pages.filter(p -> p.getFileName().toString().startsWith("council-meets")).findFirst().orElseThrow();
      assertThat(Files.readString(council.resolve("index.html"))).contains("<p class=\"story-date\">First seen <time");
    }
    String rss = Files.readString(out.resolve("feed.xml"));
    // The channel's own date is when it last changed; each item's is its publication, or none.
    String items = rss.substring(rss.indexOf("<item>"));
    assertThat(items.split("<pubDate>", -1)).as("the bridge's and the council's").hasSize(3);
    assertThat(items).contains("<pubDate>Fri, 20 Nov 2026 05:00:00 GMT</pubDate>");
    String section = Files.readString(out.resolve("sections/local/index.html"));
    assertThat(section.split("Undated, first seen", -1)).as("the undated item").hasSize(2);
    assertThat(section.split("First seen <time", -1)).as("the far-future and the council's item").hasSize(3);
    assertThat(section).doesNotContain("9999");
  }
}
