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
        // A date after the item was first seen is not believed: shown as first seen, like no date.
        SavedFeeds.item("Ferry timetable for the winter", "ferry", "Fri, 31 Dec 9999 23:59:59 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Paper\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml, section: Local}\n");
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    Path out = site.resolve("public");
    String text = Files.readString(out.resolve("editions/2026/11/20/newsletter.txt"));
    assertThat(text).contains("  The Paper\n").contains("  The Paper, November 20, 2026, 05:00 UTC\n")
        .doesNotContain("06:00");
    assertThat(Files.readString(out.resolve("editions/2026/11/20/newsletter.html"))).doesNotContain("06:00");
    String rss = Files.readString(out.resolve("feed.xml"));
    // The channel's own date is when it last changed; each item's is its publication, or none.
    String items = rss.substring(rss.indexOf("<item>"));
    assertThat(items).containsOnlyOnce("<pubDate>").contains("<pubDate>Fri, 20 Nov 2026 05:00:00 GMT</pubDate>");
    String section = Files.readString(out.resolve("sections/local/index.html"));
    assertThat(section.split("Undated, first seen", -1)).as("the undated and the far-future item").hasSize(3);
    assertThat(section).doesNotContain("9999");
  }
}
