package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SiteOutputsTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/news/\n",
      Path.of("/tmp/site"), "broadsheet.yaml");
  private final SiteOutputs outputs = new SiteOutputs(CONFIG, new TemplateHelpers(CONFIG),
      new Permalinker(CONFIG.permalinks()));

  @Test
  void aSmallSiteHasOneSitemap() {
    List<RenderedFile> files = outputs.sitemap(Map.of("", Instant.parse("2026-11-20T10:00:00Z"), "about/", Instant.EPOCH));
    assertThat(files).extracting(RenderedFile::path).containsExactly("sitemap.xml");
    assertThat(new String(files.get(0).bytes(), StandardCharsets.UTF_8))
        .contains("<url><loc>https://e.org/news/</loc><lastmod>2026-11-20</lastmod></url>");
  }

  @Test
  void above50000UrlsTheSitemapIsSplitWithAnIndex() {
    Map<String, Instant> pages = new HashMap<>();
    for (int i = 0; i < Sitemap.LIMIT + 10; i++) {
      pages.put("articles/a" + i + "/", null);
    }
    List<RenderedFile> files = outputs.sitemap(pages);
    assertThat(files).extracting(RenderedFile::path).containsExactly("sitemap-1.xml", "sitemap-2.xml", "sitemap.xml");
    String index = new String(files.get(2).bytes(), StandardCharsets.UTF_8);
    assertThat(index).contains("<sitemapindex").contains("<loc>https://e.org/news/sitemap-1.xml</loc>")
        .contains("<loc>https://e.org/news/sitemap-2.xml</loc>");
    assertThat(new String(files.get(1).bytes(), StandardCharsets.UTF_8).split("<url>")).hasSize(11);
  }

  @Test
  void theSitemapListsPagesInPathOrderEachWithItsDayAndEscaped() {
    Map<String, Instant> pages = new HashMap<>();
    pages.put("b/", Instant.parse("2026-11-20T23:59:59Z"));
    pages.put("a/?x=1&y=2/", Instant.parse("2026-11-20T00:00:00Z"));
    pages.put("c/", Instant.parse("2026-11-21T00:00:00Z"));
    pages.put("d/", null);
    String xml = new String(outputs.sitemap(pages).get(0).bytes(), StandardCharsets.UTF_8);
    assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        + "<url><loc>https://e.org/news/a/?x=1&amp;y=2/</loc><lastmod>2026-11-20</lastmod></url>\n"
        + "<url><loc>https://e.org/news/b/</loc><lastmod>2026-11-20</lastmod></url>\n"
        + "<url><loc>https://e.org/news/c/</loc><lastmod>2026-11-21</lastmod></url>\n"
        + "<url><loc>https://e.org/news/d/</loc></url>\n</urlset>\n");
  }

  @Test
  void robotsPointsAtTheSitemap() {
    assertThat(new String(outputs.robots().bytes(), StandardCharsets.UTF_8))
        .isEqualTo("User-agent: *\nAllow: /\n\nSitemap: https://e.org/news/sitemap.xml\n");
  }

  @Test
  void aFeedThatCannotBeWrittenIsAProblemAndTheOtherOutputsAreStillMade() {
    // Loaded data never holds such a character; a section built by hand can, and stands for any
    // reason one feed cannot be written.
    Digest digest = new Digest(List.of(), List.of(), List.of(new Edition.Section("Science", "science", List.of()),
        new Edition.Section("Odd\u0001", "odd", List.of())), Map.of(), List.of(), List.of(), Map.of());
    List<RenderedFile> files = outputs.feeds(digest, e -> "", false);
    files.addAll(outputs.others(digest, Map.of("", Instant.EPOCH)));
    assertThat(files).extracting(RenderedFile::path).contains("feed.xml", "atom.xml", "feed.json",
        "sections/science/feed.xml", "sections/science/atom.xml", "editions/feed.xml", "sitemap.xml", "robots.txt",
        "search/index.js").doesNotContain("sections/odd/feed.xml", "sections/odd/atom.xml");
    assertThat(outputs.problems()).extracting(Problem::where).containsExactly(
        CONFIG.output().resolve("sections/odd/feed.xml").toString(),
        CONFIG.output().resolve("sections/odd/atom.xml").toString());
    assertThat(outputs.problems().get(0).message()).startsWith("not written: ").contains("0x0001");
  }
}
