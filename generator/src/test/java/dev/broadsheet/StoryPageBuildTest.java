package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story told by many outlets: article pages stay small, and one story page lists every report. */
class StoryPageBuildTest {
  private static final int OUTLETS = 30;

  @TempDir Path site;

  private void writeSite() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Many outlets
        baseUrl: https://news.example/
        timezone: UTC
        pageSize: 12
        sources:
          - {id: wire, name: The Wire, url: feeds/wire.xml, maxItems: 1000}
        """);
    StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire</title>"
        + "<link>https://wire.example/</link><description>d</description>");
    for (int i = 0; i < OUTLETS; i++) {
      rss.append("<item><title>Storm leaves 4,000 homes without power in the north end</title>")
          .append("<link>https://outlet").append(i).append(".example/storm</link>")
          .append("<pubDate>Thu, 19 Nov 2026 ").append(String.format("%02d", 6 + i / 10)).append(':')
          .append(String.format("%02d", i % 10 * 5)).append(":00 GMT</pubDate>")
          .append("<source url=\"https://outlet").append(i).append(".example/\">Outlet ").append(i)
          .append("</source></item>");
    }
    rss.append("<item><title>Council approves winter shelter</title><link>https://wire.example/shelter</link>"
        + "<pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>");
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/wire.xml"), rss);
  }

  private BuildResult build() {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
  }

  @Test
  void aFeedLongerThanTheDefaultMaxItemsSaysHowManyItemsWereLeftOutAndAChosenLimitIsSilent() throws Exception {
    writeSite();
    Path feed = site.resolve("feeds/wire.xml");
    String items = Files.readString(feed);
    int first = items.indexOf("<item>");
    String one = items.substring(first, items.indexOf("</item>", first) + 7);
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 80; i++) {
      many.append(one.replace("</link>", "-more-" + i + "</link>").replace("<title>", "<title>Item " + i + " "));
    }
    Files.writeString(feed, items.replace("</channel>", many + "</channel>"));
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("maxItems: 1000, ", "").replace(", maxItems: 1000", ""));
    BuildResult result = build();
    assertThat(result.articles().stored()).isEqualTo(100);
    assertThat(result.problems()).singleElement().asString()
        .contains("feeds/wire.xml").contains("the feed has 111 items; kept the newest 100 (maxItems, the default)");

    Files.writeString(feed, Files.readString(feed).replace("Council approves winter shelter", "Council approves shelter"));
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("url: feeds/wire.xml", "url: feeds/wire.xml, maxItems: 10"));
    assertThat(build().problems()).isEmpty();
  }

  @Test
  void articlePagesNameEightOtherOutletsAndLinkAStoryPageThatListsAll() throws Exception {
    writeSite();
    assertThat(build().problems()).isEmpty();
    Path out = site.resolve("public");
    Path storyDir;
    try (Stream<Path> dirs = Files.list(out.resolve("stories"))) {
      List<Path> all = dirs.toList();
      assertThat(all).hasSize(1);
      storyDir = all.get(0);
    }
    Path anArticle;
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      anArticle = dirs.filter(d -> d.getFileName().toString().startsWith("storm-leaves")).findFirst().orElseThrow();
    }
    Document article = Jsoup.parse(anArticle.resolve("index.html").toFile(), "UTF-8");
    assertThat(article.select(".coverage li")).hasSize(8);
    assertThat(article.select(".coverage .more-reports").text()).isEqualTo("and " + (OUTLETS - 1 - 8) + " more");
    String more = article.select(".coverage .more-reports a").attr("href");
    assertThat(anArticle.resolve(more).normalize()).isEqualTo(storyDir.resolve("index.html").normalize());

    // 30 reports, 12 a page: the story's own page lists its first 18, page/1/ its last 12, each report once.
    Document first = Jsoup.parse(storyDir.resolve("index.html").toFile(), "UTF-8");
    Document last = Jsoup.parse(storyDir.resolve("page/1/index.html").toFile(), "UTF-8");
    assertThat(first.select(".lines li")).hasSize(OUTLETS - 12);
    assertThat(last.select(".lines li")).hasSize(12);
    java.util.Set<String> reports = new java.util.HashSet<>(first.select(".lines li a[href]").eachAttr("href"));
    reports.addAll(last.select(".lines li a[href]").eachAttr("href"));
    assertThat(reports).hasSize(OUTLETS);
    assertThat(storyDir.resolve("page/2")).doesNotExist();
    // Each article page stays small whatever the story's size.
    assertThat(Files.size(anArticle.resolve("index.html"))).isLessThan(30_000);
  }
}
