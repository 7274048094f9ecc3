package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corrected headline does not move its article's page, nor make it a new item of the site's feeds. */
class ArticleAddressBuildTest {
  @TempDir Path site;

  private void build(String title, Instant now) throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/paper.xml"), "<rss version=\"2.0\"><channel><title>S</title>"
        + "<link>https://paper.example/</link><description>d</description><item><title>" + title + "</title>"
        + "<link>https://paper.example/a</link><description>The bakery on Mill Street closes.</description>"
        + "<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Addresses\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\nsources:\n  - {id: paper, name: The Paper, url: feeds/paper.xml}\n");
    BuildResult r = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(now, ZoneOffset.UTC)));
    assertThat(r.problems()).isEmpty();
  }

  @Test
  void aPickedArticleKeepsItsAddressThroughACorrectionAndThroughThePicksOwnTitles() throws Exception {
    build("Bakery closes after 112 years", Instant.parse("2026-11-20T06:00:00Z"));
    List<String> before = articlePages();
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/bakery.md"), "---\nurl: https://paper.example/a\n---\nA loss.\n");
    build("Bakery closes after 113 years", Instant.parse("2026-11-20T07:00:00Z"));
    assertThat(articlePages()).isEqualTo(before);
    // An editor's title shows as the headline; the page stays where readers found it, through a
    // corrected title too.
    for (String title : List.of("Farewell to the Mill Street bakery", "Farewell to the Mill Street bakery!")) {
      Files.writeString(site.resolve("picks/bakery.md"),
          "---\nurl: https://paper.example/a\ntitle: " + title + "\n---\nA loss.\n");
      build("Bakery closes after 113 years", Instant.parse("2026-11-20T08:00:00Z"));
      assertThat(articlePages()).isEqualTo(before);
      assertThat(site.resolve("public/" + before.get(0))).content().contains(">" + title + "</h1>");
    }
  }

  private List<String> articlePages() throws Exception {
    try (Stream<Path> files = Files.walk(site.resolve("public/articles"))) {
      return files.filter(f -> f.endsWith("index.html")).map(f -> site.resolve("public").relativize(f).toString())
          .sorted().toList();
    }
  }

  @Test
  void aCorrectedHeadlineKeepsItsPageWhereItWasAndItsFeedItemId() throws Exception {
    build("Bakery closes after 112 years", Instant.parse("2026-11-20T06:00:00Z"));
    List<String> before = articlePages();
    assertThat(before).singleElement().asString().startsWith("articles/bakery-closes-after-112-years-");
    String feedBefore = Files.readString(site.resolve("public/feed.xml"));

    build("Bakery closes after 113 years", Instant.parse("2026-11-20T07:00:00Z"));
    assertThat(articlePages()).isEqualTo(before);
    assertThat(Files.readString(site.resolve("public").resolve(before.get(0)))).contains("Bakery closes after 113 years");
    String guid = feedBefore.substring(feedBefore.indexOf("<guid"), feedBefore.indexOf("</guid>"));
    assertThat(Files.readString(site.resolve("public/feed.xml"))).contains(guid).contains("113 years");

    build("Bakery closes after 112 years", Instant.parse("2026-11-20T08:00:00Z"));
    assertThat(articlePages()).isEqualTo(before);
    try (Stream<Path> days = Files.walk(site.resolve("data/articles"))) {
      assertThat(days.filter(Files::isRegularFile).map(f -> {
        try {
          return Files.readString(f);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList()).noneMatch(text -> text.contains("addressTitle"));
    }
  }
}
