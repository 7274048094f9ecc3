package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article page's teaser (its description) and structured data are made only when the page is
 * rendered, not for its fingerprint: a change to the summary alone must still render the page again.
 */
class ArticlePagePartsBuildTest {
  @TempDir Path site;

  private void writeFeed(String summary) throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/paper.xml"), "<rss version=\"2.0\"><channel><title>S</title>"
        + "<link>https://paper.example/</link><description>d</description><item><title>Harbour bridge closes for"
        + " repairs</title><link>https://paper.example/a</link><description>" + summary + "</description>"
        + "<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Parts\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: feeds/paper.xml}\n");
  }

  private String articlePage() throws Exception {
    // The clock is when an undated article is first seen.
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    try (Stream<Path> files = Files.walk(site.resolve("public/articles"))) {
      return Files.readString(files.filter(f -> f.endsWith("index.html")).findFirst().orElseThrow());
    }
  }

  @Test
  void anUndatedArticleSaysItsTimeIsWhenItWasFirstSeen() throws Exception {
    writeFeed("The old span will be shut for a month.");
    Path feed = site.resolve("feeds/paper.xml");
    Files.writeString(feed, Files.readString(feed).replace("<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate>", ""));
    assertThat(articlePage()).contains("Undated, first seen <time datetime=\"2026-11-20T06:00:00Z\">");
    // Its card says so too: the time is not when the feed says it was published.
    assertThat(site.resolve("public/index.html")).content().contains("Undated, first seen <time datetime=\"2026-11-20T06:00:00Z\">");
  }

  @Test
  void aFeedsDateWithoutATimeIsShownAsItsDayWhereItWasWrittenNotAsNoon() throws Exception {
    writeFeed("The old span will be shut for a month.");
    Path feed = site.resolve("feeds/paper.xml");
    Files.writeString(feed, Files.readString(feed).replace("Thu, 19 Nov 2026 08:00:00 GMT", "19 Nov 2026"));
    // Noon in Auckland is 23:00 the day before in the site's zone: the feed's day is still the 19th.
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("url: feeds/paper.xml}", "url: feeds/paper.xml, timezone: Pacific/Auckland}"));
    String page = articlePage();
    assertThat(page).contains("<time datetime=\"2026-11-19\">November 19, 2026</time>").doesNotContain("12:00", "23:00");
  }

  @Test
  void aFeedsTimeOfExactlyNoonIsShownAsATime() throws Exception {
    writeFeed("The old span will be shut for a month.");
    Path feed = site.resolve("feeds/paper.xml");
    Files.writeString(feed, Files.readString(feed).replace("Thu, 19 Nov 2026 08:00:00 GMT", "Thu, 19 Nov 2026 12:00:00 GMT"));
    String page = articlePage();
    assertThat(page).contains("<time datetime=\"2026-11-19T12:00:00Z\">").contains("12:00");
  }

  @Test
  void aSummaryEditedAloneChangesThePagesDescription() throws Exception {
    writeFeed("The old span will be shut for a month.");
    assertThat(articlePage()).contains("content=\"The old span will be shut for a month.\"");
    writeFeed("The old span will be shut for six weeks, the council said.");
    assertThat(articlePage()).contains("content=\"The old span will be shut for six weeks, the council said.\"")
        .doesNotContain("shut for a month");
  }
}
