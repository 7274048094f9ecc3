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

/** A site of weekly editions: named for their week, ranked over the week, dated to its end. */
class WeeklyEditionsBuildTest {
  @TempDir Path site;

  private static String feed(String name, String... items) {
    return "<rss version=\"2.0\"><channel><title>" + name + "</title><link>https://" + name + ".example/</link>"
        + "<description>d</description>" + String.join("", items) + "</channel></rss>";
  }

  private static String item(String host, String slug, String title, String summary, String date) {
    return "<item><title>" + title + "</title><link>https://" + host + ".example/" + slug + "</link><description>"
        + summary + "</description><pubDate>" + date + "</pubDate></item>";
  }

  @Test
  void aWeeklyEditionIsTheWeeksAndRanksItsBiggestStoryFirst() throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    String market = "The harbour fish market will close after 80 years, the council said on Wednesday.";
    Files.writeString(site.resolve("feeds/herald.xml"), feed("herald",
        item("herald", "market", "Harbour fish market to close after 80 years", market, "Wed, 18 Nov 2026 12:00:00 GMT")));
    Files.writeString(site.resolve("feeds/courier.xml"), feed("courier",
        item("courier", "market", "Harbour fish market to close after 80 years", market, "Wed, 18 Nov 2026 13:00:00 GMT"),
        item("courier", "phone", "Review: a phone with a week of battery",
            "Our reviewer spent the weekend with the new handset.", "Sun, 22 Nov 2026 12:00:00 GMT")));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Weekly\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "editions: {period: weekly}\nsources:\n  - {id: herald, name: Herald, url: feeds/herald.xml}\n"
        + "  - {id: courier, name: Courier, url: feeds/courier.xml}\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-23T06:00:00Z"), ZoneOffset.UTC)));

    String edition = Files.readString(site.resolve("public/editions/2026/11/16/index.html"));
    assertThat(edition).contains(">Week of November 16, 2026</time>").contains("Weekly: the edition for the week of November 16, 2026.");
    assertThat(edition.indexOf("Harbour fish market")).as("two outlets on Wednesday before one on Sunday")
        .isLessThan(edition.indexOf("a phone with a week"));

    String phone;
    try (Stream<Path> pages = Files.walk(site.resolve("public/articles"))) {
      phone = Files.readString(pages.filter(p -> p.toString().contains("review-a-phone") && p.endsWith("index.html"))
          .findFirst().orElseThrow());
    }
    assertThat(phone).contains("editions/2026/11/16/index.html\">From the edition: Week of November 16, 2026</a>");

    String editionsFeed = Files.readString(site.resolve("public/editions/feed.xml"));
    // Dated at its newest story: the week's end lies ahead while the week runs.
    assertThat(editionsFeed).contains("<title>Weekly, Week of November 16, 2026</title>")
        .contains("<pubDate>Sun, 22 Nov 2026 12:00:00 GMT</pubDate>");
  }

  @Test
  void theCurrentWeeksEditionIsThisWeeksAllWeek() throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/herald.xml"), feed("herald",
        item("herald", "ferry", "Ferry timetable changes", "Winter sailings start.", "Tue, 24 Nov 2026 08:00:00 GMT")));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Weekly\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "editions: {period: weekly}\nsources:\n  - {id: herald, name: Herald, url: feeds/herald.xml}\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(site.resolve("public/index.html")).content().contains("This week’s edition");
    assertThat(site.resolve("public/sitemap.xml")).content()
        .contains("<loc>https://news.example/editions/2026/11/23/</loc><lastmod>2026-11-24</lastmod>");
    assertThat(site.resolve("public/editions/feed.xml")).content().contains("<pubDate>Tue, 24 Nov 2026 08:00:00 GMT");
  }

  @Test
  void thisWeeksEditionIsTheLatestOnceItsWeekHasEndedThoughNothingElseChanged() throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/herald.xml"), feed("herald",
        item("herald", "market", "Harbour fish market to close", "The market closes.", "Tue, 08 Dec 2026 08:00:00 GMT")));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Weekly\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "editions: {period: weekly}\nsources:\n  - {id: herald, name: Herald, url: feeds/herald.xml}\n");
    for (String day : new String[] {"2026-12-09", "2026-12-10"}) {
      Broadsheet.build(BuildOptions.of(site).withOffline(true)
          .withClock(Clock.fixed(Instant.parse(day + "T10:00:00Z"), ZoneOffset.UTC)));
      assertThat(site.resolve("public/index.html")).as(day).content().contains("This week’s edition");
    }
    // The edition is dated on its Monday: a build on a later day of the week or after it has no
    // edition of its own day either way, yet the home page must change once the week is over.
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-16T10:00:00Z"), ZoneOffset.UTC)));
    assertThat(site.resolve("public/index.html")).content().contains("Latest edition")
        .doesNotContain("This week’s edition");
  }
}
