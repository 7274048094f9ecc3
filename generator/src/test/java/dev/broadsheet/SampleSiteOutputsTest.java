package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.broadsheet.feed.FeedReader;
import dev.broadsheet.feed.ParsedFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Everything besides the HTML pages: feeds, sitemap, robots.txt, search index, newsletters. */
class SampleSiteOutputsTest {
  @TempDir static Path temp;
  static Path out;

  @BeforeAll
  static void build() {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    out = site.resolve("public");
  }

  private static SyndFeed rome(Path file) throws Exception {
    try (XmlReader reader = new XmlReader(file.toFile())) {
      return new SyndFeedInput().build(reader);
    }
  }

  @Test
  void everyEmittedRssAndAtomFeedParsesBackWithRome() throws Exception {
    List<Path> feeds;
    try (Stream<Path> files = Files.walk(out)) {
      feeds = files.filter(f -> f.getFileName().toString().matches("feed\\.xml|atom\\.xml")).sorted().toList();
    }
    // Site, 5 sections, 6 sources, the editions feed, the picks' feed and every tag, each in RSS and Atom.
    assertThat(feeds).hasSize(2 * (1 + 5 + 6 + 1 + 1 + tags()));
    SyndFeed picks = rome(out.resolve("picks/feed.xml"));
    assertThat(picks.getEntries()).isNotEmpty();
    assertThat(picks.getEntries()).allSatisfy(e -> assertThat(e.getDescription().getValue()).isNotBlank());
    assertThat(Files.readString(out.resolve("picks/index.html"))).contains("href=\"feed.xml\"");
    for (Path file : feeds) {
      SyndFeed feed = rome(file);
      assertThat(feed.getTitle()).as(file.toString()).startsWith("The Port Alder Digest");
      boolean editionFeed = file.getParent().getFileName().toString().equals("editions");
      for (SyndEntry e : feed.getEntries()) {
        assertThat(e.getLink()).as("item link in %s", file).startsWith("https://");
        // An edition item lists many stories, each with its publisher in brackets.
        assertThat(e.getDescription().getValue()).as("attribution in %s", file)
            .contains(editionFeed ? " (" : "Published by");
      }
    }
    SyndFeed site = rome(out.resolve("feed.xml"));
    assertThat(site.getFeedType()).isEqualTo("rss_2.0");
    assertThat(site.getEntries()).hasSize(50);
    assertThat(site.getEntries().get(0).getDescription().getValue()).contains("Read the full story at");
    // A picked story carries its editor's note, as on the site.
    assertThat(site.getEntries()).anySatisfy(e -> assertThat(e.getDescription().getValue())
        .contains("Note from The Port Alder Digest").contains("The largest private investment in the port in twenty years."));
    assertThat(rome(out.resolve("atom.xml")).getFeedType()).isEqualTo("atom_1.0");
    assertThat(rome(out.resolve("sources/courier/feed.xml")).getEntries()).hasSize(16);
    SyndFeed editions = rome(out.resolve("editions/feed.xml"));
    assertThat(editions.getEntries()).hasSize(9);
    assertThat(editions.getEntries().get(0).getLink()).isEqualTo("https://digest.port-alder.example/editions/2026/11/24/");
  }

  @Test
  void theJsonFeedIsValidJsonFeed11() throws Exception {
    ParsedFeed json = new FeedReader().read(Files.readAllBytes(out.resolve("feed.json")), "application/feed+json", null);
    assertThat(json.format()).isEqualTo("JSON Feed 1.1");
    assertThat(json.entries()).hasSize(50);
    JsonNode doc = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
    assertThat(doc.path("items").get(0).path("external_url").asText()).startsWith("https://");
    assertThat(doc.path("items").get(0).path("url").asText()).startsWith("https://digest.port-alder.example/articles/");
  }

  @Test
  void pagesAdvertiseTheirFeedsAndCarryStructuredData() throws Exception {
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    assertThat(home.select("link[rel=alternate]").eachAttr("type"))
        .contains("application/rss+xml", "application/atom+xml", "application/feed+json");
    assertThat(home.select("script[type=application/ld+json]").html()).contains("\"@type\":\"CollectionPage\"")
        .contains("\"ItemList\"");
    Document section = Jsoup.parse(out.resolve("sections/business/index.html").toFile(), "UTF-8");
    assertThat(section.select("link[rel=alternate][title*=Business]").attr("href")).isEqualTo("feed.xml");
    Path article;
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      article = dirs.filter(d -> d.getFileName().toString().startsWith("credit-union")).findFirst().orElseThrow();
    }
    Document page = Jsoup.parse(article.resolve("index.html").toFile(), "UTF-8");
    JsonNode ld = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
    // The page is this site's, based on the publisher's article: not the article's own page.
    assertThat(ld.path("@type").asText()).isEqualTo("WebPage");
    assertThat(ld.path("url").asText()).startsWith("https://").doesNotContain("meridian-business.example");
    assertThat(ld.has("mainEntityOfPage")).isFalse();
    JsonNode original = ld.path("isBasedOn");
    assertThat(original.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(original.path("publisher").path("name").asText()).isEqualTo("Meridian Business Daily");
    assertThat(original.path("url").asText()).startsWith("https://meridian-business.example/");
    assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    // The sample site is in en-GB: Open Graph names it as a language and a territory.
    assertThat(page.select("meta[property=og:locale]").attr("content")).isEqualTo("en_GB");
  }

  /** How many tag pages the sample site has (each a folder of its own under tags/). */
  private int tags() throws Exception {
    try (Stream<Path> folders = Files.list(out.resolve("tags"))) {
      return (int) folders.count();
    }
  }

  @Test
  void sitemapAndRobotsListThePages() throws Exception {
    String sitemap = Files.readString(out.resolve("sitemap.xml"));
    assertThat(sitemap).contains("<loc>https://digest.port-alder.example/</loc>")
        .contains("<loc>https://digest.port-alder.example/editions/2026/11/19/</loc>").doesNotContain("404.html");
    // Home, 9 editions, the archive, 67 articles, 5 sections (Local has two pages), 6 sources,
    // picks, about, search and the tags (the feeds' categories and subjects, and a pick's tag).
    assertThat(tags()).isEqualTo(46);
    assertThat(sitemap.split("<url>").length - 1).isEqualTo(1 + 9 + 1 + 67 + 5 + 1 + 6 + 1 + 1 + 1 + tags());
    assertThat(Files.readString(out.resolve("robots.txt"))).contains("Sitemap: https://digest.port-alder.example/sitemap.xml");
  }

  @Test
  void theSearchIndexHoldsEveryOutletsReportOnceCompactly() throws Exception {
    java.util.Map<String, JsonNode> parts = SampleSite.searchParts(out);
    assertThat(parts.keySet().stream().filter(p -> !p.equals("undated")).toList())
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    // 67 articles, of which 3 are a syndicator's copies of a publisher's own story: 64 results.
    assertThat(SampleSite.searchValues(out, "items")).hasSize(64);
    assertThat(SampleSite.searchValues(out, "sections").stream().map(JsonNode::asText).distinct()).hasSize(5);
    List<String> isoDays = new java.util.ArrayList<>();
    for (java.util.Map.Entry<String, JsonNode> named : parts.entrySet()) {
      JsonNode part = named.getValue();
      assertThat(part.path("prefix").asText()).isEqualTo("articles/");
      List<String> partDays = new java.util.ArrayList<>();
      part.path("days").forEach(d -> partDays.add(d.get(0).asText()));
      isoDays.addAll(partDays);
      for (JsonNode item : part.path("items")) {
        assertThat(item).hasSize(6);
        assertThat(out.resolve(part.path("prefix").asText() + item.get(1).asText() + "index.html")).exists();
        assertThat(item.get(4).asInt()).isBetween(-1, partDays.size() - 1);
        if (item.get(4).asInt() >= 0) {
          // Each report in the part of its month.
          assertThat(partDays.get(item.get(4).asInt())).startsWith(named.getKey() + "-");
        }
        // The summary's words once each, none the title already has.
        List<String> words = List.of(item.get(5).asText().toLowerCase(java.util.Locale.ROOT).split(" "));
        assertThat(words).doesNotHaveDuplicates();
        assertThat(List.of(item.get(0).asText().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
            .doesNotContainAnyElementsOf(words);
      }
    }
    // Days across the parts: each once, newest first, as the search script orders its results.
    assertThat(isoDays).doesNotHaveDuplicates().isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(out.resolve("search/index.html")).exists();
    assertThat(out.resolve("search/index.json")).doesNotExist();
  }

  @Test
  void theEditionsFeedSetsAnEditorsNoteApartFromThePublishersText() throws Exception {
    assertThat(Files.readString(out.resolve("editions/atom.xml")))
        .contains("<blockquote><p><strong>Note from The Port Alder Digest</strong></p><p>The Quay Road argument is not over.");
  }

  @Test
  void everyEditionHasANewsletterInHtmlAndText() throws Exception {
    Path edition = out.resolve("editions/2026/11/24");
    Document mail = Jsoup.parse(edition.resolve("newsletter.html").toFile(), "UTF-8");
    assertThat(mail.select("link[rel=stylesheet], script")).isEmpty();
    assertThat(mail.select("table[role=presentation]")).isNotEmpty();
    assertThat(mail.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("https://"));
    assertThat(mail.text()).contains("Our picks").contains("The Quay Road argument is not over.");
    assertThat(mail.select("a[href]")).as("mail programs ignore style sheets: every link says its colour")
        .allMatch(a -> a.attr("style").contains("color:"));
    assertThat(mail.select("img")).as("and every picture keeps within its column")
        .allMatch(img -> img.attr("style").contains("max-width:"));
    // The inbox's preview line: the edition's first headlines, hidden in the message itself.
    org.jsoup.nodes.Element preheader = mail.body().child(0);
    assertThat(preheader.attr("style")).contains("display:none");
    List<String> first = mail.select("h3").stream().limit(3).map(org.jsoup.nodes.Element::text).toList();
    // Followed by joiners and spaces, which keep the text after it out of the preview.
    assertThat(preheader.text().replaceAll("[\\s\\u200c\\u00a0]+$", "")).isEqualTo(String.join(" · ", first));
    assertThat(mail.select("meta[name=format-detection]").attr("content")).contains("telephone=no");
    String text = Files.readString(edition.resolve("newsletter.txt"));
    assertThat(text).startsWith("THE PORT ALDER DIGEST").contains("TOP STORIES").contains("Read it: https://")
        .contains("Note from The Port Alder Digest: The Quay Road argument is not over.").doesNotContain("<p>", "&amp;");
  }
}
