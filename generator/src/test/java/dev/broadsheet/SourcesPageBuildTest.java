package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that reads many sources lists them on one page, not in every page's footer. */
class SourcesPageBuildTest {
  @TempDir Path site;

  private void writeSite(int sources) throws Exception {
    StringBuilder config = new StringBuilder("""
        title: Many sources
        baseUrl: https://news.example/
        timezone: UTC
        sources:
        """);
    Files.createDirectories(site.resolve("feeds"));
    for (int i = 0; i < sources; i++) {
      config.append("  - {id: s").append(i).append(", name: Source ").append(i).append(", url: feeds/s").append(i)
          .append(".xml}\n");
      Files.writeString(site.resolve("feeds/s" + i + ".xml"), "<rss version=\"2.0\"><channel><title>S</title>"
          + "<link>https://s" + i + ".example/</link><description>d</description><item><title>Report number " + i
          + " on the harbour</title><link>https://s" + i + ".example/a</link><pubDate>Thu, 19 Nov 2026 08:00:00 GMT"
          + "</pubDate></item></channel></rss>");
    }
    Files.writeString(site.resolve("broadsheet.yaml"), config);
  }

  private Document build(String page) throws Exception {
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    return Jsoup.parse(site.resolve("public").resolve(page).toFile(), "UTF-8");
  }

  @Test
  void aFooterListsTwelveSourcesItself() throws Exception {
    writeSite(12);
    Document home = build("index.html");
    assertThat(home.select("footer nav").first().select("a")).hasSize(12);
    assertThat(site.resolve("public/sources/index.html")).doesNotExist();
  }

  @Test
  void moreSourcesAreListedOnTheirOwnPageThatEveryFooterLinks() throws Exception {
    writeSite(13);
    Document home = build("index.html");
    assertThat(home.select("footer nav").first().select("a")).singleElement()
        .satisfies(a -> assertThat(a.text()).isEqualTo("All 13 sources"))
        .satisfies(a -> assertThat(a.attr("href")).isEqualTo("sources/index.html"));
    Document sources = Jsoup.parse(site.resolve("public/sources/index.html").toFile(), "UTF-8");
    assertThat(sources.select("main a")).hasSize(13);
    assertThat(sources.select("main a").first().attr("href")).isEqualTo("s0/index.html");
    assertThat(sources.select("h1").text()).isEqualTo("Sources");
    assertThat(Files.readString(site.resolve("public/sitemap.xml"))).contains("https://news.example/sources/");
  }
}
