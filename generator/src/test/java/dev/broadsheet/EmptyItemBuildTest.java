package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An item a feed gives nothing to list by (an image alone) is skipped, and said so: nothing leaves without a word. */
class EmptyItemBuildTest {
  @TempDir Path site;

  @Test
  void anItemWithoutLinkIdTitleOrSummaryIsSkippedWithAWarning() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Empty\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.writeString(site.resolve("paper.xml"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>P</title>"
        + "<id>urn:p</id><entry><content type=\"html\">&lt;img src=\"https://paper.example/cam.jpg\"&gt;</content></entry>"
        + "<entry><title>Harbour bridge reopens</title><link href=\"https://paper.example/bridge\"/>"
        + "<updated>2026-11-19T08:00:00Z</updated></entry></feed>");
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.articles().stored()).isEqualTo(1);
    assertThat(result.problems()).extracting(p -> p.toString())
        .anyMatch(p -> p.contains("paper.xml") && p.contains("an item has no link, id, title or summary: skipped"));
  }

  @Test
  void itemsRepeatingAnotherItemsLinkAreOneArticleAndSaidSo() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Repeats\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    // The newest revision listed last; the library's item listed twice, the same, is no repeat to report.
    SavedFeeds.write(site.resolve("paper.xml"), SavedFeeds.item("Ferry timetable, second revision", "ferry",
        "Thu, 19 Nov 2026 09:00:00 GMT"), SavedFeeds.item("Ferry timetable", "ferry", "Thu, 19 Nov 2026 08:00:00 GMT"),
        SavedFeeds.item("Library opens a new wing", "library", "Thu, 19 Nov 2026 08:30:00 GMT"),
        SavedFeeds.item("Ferry timetable, third revision", "ferry", "Thu, 19 Nov 2026 10:00:00 GMT"),
        SavedFeeds.item("Library opens a new wing", "library", "Thu, 19 Nov 2026 08:30:00 GMT"));
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.articles().stored()).isEqualTo(2);
    assertThat(Files.readString(site.resolve("public/sources/paper/index.html")))
        .contains("Ferry timetable, third revision").doesNotContain("second revision");
    assertThat(result.problems()).extracting(p -> p.toString()).anyMatch(p -> p.contains("paper.xml")
        && p.contains("2 items repeat the link or id of another item with another headline or summary: each such"
        + " group is one article, its newest kept (the first when none is dated); the first: the link"
        + " https://paper.example/ferry: kept 'Ferry timetable, third revision', not 'Ferry timetable, second revision',"
        + " 'Ferry timetable'"));
  }
}
