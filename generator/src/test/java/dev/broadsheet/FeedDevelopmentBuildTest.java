package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site's feed follows a story that develops on a later day: its item is the report that
 * day's edition shows, at the top, as on that day's front page; not its first report, where it
 * started the day before.
 */
class FeedDevelopmentBuildTest {
  @TempDir Path site;

  private static String item(String title, String link, String date) {
    return "<item><title>" + title + "</title><link>" + link + "</link><pubDate>" + date + "</pubDate></item>";
  }

  private static void feed(Path file, String... items) throws Exception {
    Files.writeString(file, "<rss version=\"2.0\"><channel><title>F</title><link>https://f.example/</link>"
        + "<description>d</description>" + String.join("", items) + "</channel></rss>");
  }

  private void build(String when) {
    BuildResult r = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void aStoryThatDevelopsOnALaterDayIsItsNewReportAtTheTopOfTheSitesFeed() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: river, name: River News, url: river.xml}\n  - {id: city, name: City Desk, url: city.xml}\n");
    String closed = item("Thames Barrier closed overnight as tide surge floods estuary towns",
        "https://river.example/closed", "Mon, 07 Dec 2026 06:00:00 GMT");
    feed(site.resolve("river.xml"), closed);
    feed(site.resolve("city.xml"), item("Council approves new library for the old town hall",
        "https://city.example/library", "Sun, 06 Dec 2026 09:00:00 GMT"),
        item("Bus fares frozen for another year, mayor says", "https://city.example/fares",
            "Mon, 07 Dec 2026 09:00:00 GMT"));
    build("2026-12-07T10:00:00Z");
    feed(site.resolve("river.xml"), item("Thames Barrier reopens after tide surge floods estuary towns",
        "https://river.example/reopens", "Tue, 08 Dec 2026 07:00:00 GMT"), closed);
    build("2026-12-08T10:00:00Z");

    Document rss = Jsoup.parse(Files.readString(site.resolve("public/feed.xml")), "", Parser.xmlParser());
    List<String> titles = rss.select("item > title").eachText();
    assertThat(titles.get(0)).isEqualTo("Thames Barrier reopens after tide surge floods estuary towns");
    assertThat(titles).doesNotContain("Thames Barrier closed overnight as tide surge floods estuary towns")
        .contains("Bus fares frozen for another year, mayor says", "Council approves new library for the old town hall");
    Element first = rss.selectFirst("item");
    assertThat(first.selectFirst("pubDate").text()).isEqualTo("Tue, 08 Dec 2026 07:00:00 GMT");
    assertThat(rss.selectFirst("channel > pubDate").text()).isEqualTo("Tue, 08 Dec 2026 07:00:00 GMT");
  }

  @Test
  void aLaterDaysReportNamesEachOtherOutletByItsReportOfThatDay() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: river, name: River News, url: river.xml}\n  - {id: city, name: City Desk, url: city.xml}\n");
    feed(site.resolve("river.xml"),
        item("Thames Barrier stays shut as tide surge floods estuary towns again", "https://river.example/stays",
            "Tue, 08 Dec 2026 06:30:00 GMT"),
        item("Thames Barrier closed overnight as tide surge floods estuary towns", "https://river.example/closed",
            "Mon, 07 Dec 2026 06:00:00 GMT"));
    feed(site.resolve("city.xml"), item("Thames Barrier reopens after tide surge floods estuary towns",
        "https://city.example/reopens", "Tue, 08 Dec 2026 09:00:00 GMT"));
    build("2026-12-08T10:00:00Z");
    Document reopens;
    try (var dirs = Files.list(site.resolve("public/articles"))) {
      Path page = dirs.filter(d -> d.getFileName().toString().startsWith("thames-barrier-reopens")).findFirst()
          .orElseThrow().resolve("index.html");
      reopens = Jsoup.parse(page.toFile(), "UTF-8");
    }
    assertThat(reopens.select(".coverage .line-title").eachText())
        .containsExactly("Thames Barrier stays shut as tide surge floods estuary towns again");
  }
}
