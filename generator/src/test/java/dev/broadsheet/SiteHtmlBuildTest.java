package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image or link to the site's own files in a page or a pick's note works on every page that shows it. */
class SiteHtmlBuildTest {
  @TempDir Path site;

  private String src(String file, String selector) throws Exception {
    return Jsoup.parse(site.resolve("public").resolve(file).toFile(), "UTF-8").selectFirst(selector).attr("src");
  }

  @Test
  void siteFilesInPagesAndNotesResolveFromEachPageAndAbsoluteInFeeds() throws Exception {
    Files.createDirectories(site.resolve("static/images"));
    Files.write(site.resolve("static/images/map.png"), new byte[] {1, 2, 3});
    Files.createDirectories(site.resolve("pages"));
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About\n---\n![Map of the town](images/map.png)\n\n"
        + "[Our picks](/picks/) and [the paper](https://paper.example/).\n");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/bridge.md"), "---\nurl: https://paper.example/bridge\n---\n"
        + "Where it is: ![Map](/images/map.png)\n");
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "bridge", "Fri, 20 Nov 2026 05:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Town\nbaseUrl: https://example.org/town/\n"
        + "timezone: UTC\nsources:\n  - {id: paper, name: The Paper, url: paper.xml, section: Local}\n");
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    assertThat(site.resolve("public/images/map.png")).exists();
    assertThat(src("about/index.html", "main img")).isEqualTo("../images/map.png");
    assertThat(Jsoup.parse(site.resolve("public/about/index.html").toFile(), "UTF-8").select("main a")
        .eachAttr("href")).contains("../picks/index.html", "https://paper.example/");
    assertThat(src("index.html", ".note img")).isEqualTo("images/map.png");
    assertThat(src("picks/index.html", ".note img")).isEqualTo("../images/map.png");
    try (var articles = Files.list(site.resolve("public/articles"))) {
      Path page = articles.findFirst().orElseThrow().resolve("index.html");
      assertThat(src(site.resolve("public").relativize(page).toString(), ".note img")).isEqualTo("../../images/map.png");
    }
    assertThat(src("editions/2026/11/20/newsletter.html", "img[alt=Map]"))
        .isEqualTo("https://example.org/town/images/map.png");
    assertThat(Files.readString(site.resolve("public/feed.xml"))).contains("src=\"https://example.org/town/images/map.png\"")
        .doesNotContain("src=\"/images/map.png\"");
  }
}
