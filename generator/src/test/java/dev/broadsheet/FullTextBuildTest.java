package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed's full content (content:encoded, Atom content, JSON Feed content_html) is shown where the
 * source allows its full text, and nowhere else: a paywalled publisher's feed often carries the
 * paid text besides the summary it means to show.
 */
class FullTextBuildTest {
  private static final String FULL = "<p>The council voted seven to two on Tuesday night.</p>"
      + "<p>Repairs to the harbour bridge begin in March and will take a year.</p>";

  @TempDir Path site;

  @BeforeEach
  void writeSite() throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/herald.xml"), "<rss version=\"2.0\" xmlns:content="
        + "\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Herald</title><link>https://herald.example/</link>"
        + "<description>d</description><item><title>Council funds bridge repairs</title>"
        + "<link>https://herald.example/bridge</link><description>The council voted to fund repairs.</description>"
        + "<content:encoded><![CDATA[" + FULL + "]]></content:encoded>"
        + "<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("feeds/metro.json"), "{\"version\": \"https://jsonfeed.org/version/1.1\","
        + " \"title\": \"Metro\", \"home_page_url\": \"https://metro.example/\", \"items\": [{\"id\": \"1\","
        + " \"url\": \"https://metro.example/dredging\", \"title\": \"Harbour board meets on dredging deal\","
        + " \"summary\": \"The board met in private on the dredging deal.\","
        + " \"content_html\": \"<p>Paid text: the board agreed a forty million contract behind closed doors.</p>\","
        + " \"date_published\": \"2026-11-19T09:00:00Z\"}]}");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Briefing\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: herald, name: Herald, url: feeds/herald.xml, fullText: true}\n"
        + "  - {id: metro, name: Metro, url: feeds/metro.json, paywall: true}\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
  }

  private String articlePage(String slugStart) throws Exception {
    try (Stream<Path> files = Files.list(site.resolve("public/articles"))) {
      Path folder = files.filter(f -> f.getFileName().toString().startsWith(slugStart)).findFirst().orElseThrow();
      return Files.readString(folder.resolve("index.html"));
    }
  }

  @Test
  void aFullTextSourcesFeedContentIsItsArticlesTextOnThePageAndInTheSitesFeeds() throws Exception {
    assertThat(articlePage("council-funds-bridge-repairs")).contains(FULL)
        .contains("Briefing shows its full text, as its publisher allows, and links to the original.");
    // Cards keep the feed's own summary as their teaser.
    assertThat(site.resolve("public/index.html")).content().contains("The council voted to fund repairs.");
    for (String feed : List.of("feed.xml", "atom.xml", "feed.json", "sources/herald/feed.xml")) {
      assertThat(site.resolve("public/" + feed)).content().as(feed).contains("Repairs to the harbour bridge begin");
    }
  }

  @Test
  void aPageCarryingAPublishersWholeTextAsksNotToBeIndexedAndIsLeftOutOfTheSitemap() throws Exception {
    String noindex = "<meta name=\"robots\" content=\"noindex, follow\">";
    assertThat(articlePage("council-funds-bridge-repairs")).contains(noindex);
    assertThat(articlePage("harbour-board-meets")).doesNotContain("name=\"robots\"");
    String sitemap = Files.readString(site.resolve("public/sitemap.xml"));
    assertThat(sitemap).doesNotContain("council-funds-bridge-repairs").contains("harbour-board-meets");
  }

  @Test
  void aSourceNoLongerAllowingFullTextShowsItsSummaryAtOnceThoughItsFeedIsUnchanged() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace(", fullText: true}", "}"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
    assertThat(articlePage("council-funds-bridge-repairs")).contains("The council voted to fund repairs.")
        .doesNotContain("Repairs to the harbour bridge begin");
    assertThat(texts("public")).allSatisfy((path, text) ->
        assertThat(text).as(path).doesNotContain("Repairs to the harbour bridge begin"));
    // Nor kept in the store, as a first read under the new setting would not have stored it.
    assertThat(texts("data/articles")).allSatisfy((path, text) ->
        assertThat(text).as(path).doesNotContain("Repairs to the harbour bridge begin"));
  }

  @Test
  void aSourceGivenItsFullTextShowsItAtTheNextBuildThoughItsFeedIsUnchanged() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("paywall: true}", "paywall: true, fullText: true}"));
    BuildResult next = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
    // Read again in full, though its bytes did not change: the last read stored no full text.
    assertThat(next.sources().ok()).isEqualTo(1);
    assertThat(next.sources().notModified()).isEqualTo(1);
    assertThat(articlePage("harbour-board-meets")).contains("forty million contract");
    assertThat(texts("data/articles")).anySatisfy((path, text) -> assertThat(text).contains("forty million contract"));
    // Read under these settings now: the next build finds the feed unchanged.
    BuildResult after = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC)));
    assertThat(after.sources().notModified()).isEqualTo(2);
  }

  @Test
  void aSourcesNewTimeZoneDatesItsStoredArticlesAsAFirstReadWould() throws Exception {
    Files.writeString(site.resolve("feeds/herald.xml"), Files.readString(site.resolve("feeds/herald.xml"))
        .replace("08:00:00 GMT", "08:00:00"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
    assertThat(texts("data/articles")).anySatisfy((path, text) -> assertThat(text).contains("2026-11-19T08:00:00Z"));
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("fullText: true}", "fullText: true, timezone: Europe/Berlin}"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC)));
    assertThat(texts("data/articles")).anySatisfy((path, text) -> assertThat(text).contains("2026-11-19T07:00:00Z"))
        .allSatisfy((path, text) -> assertThat(text).doesNotContain("2026-11-19T08:00:00Z"));
  }

  /** Every file under {@code folder} of the site by path, as text (what the assertions look for is ASCII). */
  private java.util.Map<String, String> texts(String folder) throws Exception {
    java.util.Map<String, String> texts = new java.util.TreeMap<>();
    try (Stream<Path> files = Files.walk(site.resolve(folder))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        texts.put(f.toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    }
    return texts;
  }

  @Test
  void anotherSourcesFullContentIsShownNowhereButItsSummaryIs() throws Exception {
    assertThat(articlePage("harbour-board-meets")).contains("The board met in private on the dredging deal.")
        .contains("Briefing shows its headline and summary and links to the original.");
    assertThat(texts("public")).allSatisfy((path, text) -> assertThat(text).as(path).doesNotContain("forty million"));
    // Nor is it stored: a site's data folder is often published with it.
    assertThat(texts("data")).allSatisfy((path, text) -> assertThat(text).as(path).doesNotContain("forty million"));
  }
}
