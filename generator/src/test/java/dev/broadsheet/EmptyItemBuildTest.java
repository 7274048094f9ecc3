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
}
