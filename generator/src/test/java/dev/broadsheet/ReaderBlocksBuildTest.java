package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader finds around a story: its edition's other stories, paywalls, outlets and dates said one way. */
class ReaderBlocksBuildTest {
  @TempDir static Path temp;
  static Path out;

  @BeforeAll
  static void build() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    assertThat(Files.readString(site.resolve("broadsheet.yaml"))).as("the sample site's paywalled source")
        .contains("    url: feeds/meridian-business.atom\n    section: Business\n    paywall: true");
    assertThat(SampleSite.build(site, "2026-11-25T06:00:00Z").problems()).isEmpty();
    out = site.resolve("public");
  }

  private static Document page(String path) throws Exception {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }

  private static Path article(String slugStart) throws Exception {
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      return dirs.filter(d -> d.getFileName().toString().startsWith(slugStart)).findFirst().orElseThrow()
          .resolve("index.html");
    }
  }

  @Test
  void aSyndicatorsCopyNamesTheSyndicatorOnceLinkedToItsSourcePage() throws Exception {
    List<Document> carried = new java.util.ArrayList<>();
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      for (Path d : dirs.sorted().toList()) {
        Document doc = Jsoup.parse(d.resolve("index.html").toFile(), "UTF-8");
        if (doc.selectFirst(".story-source") != null
            && doc.selectFirst(".story-source").text().contains(" via Coastline News Service")) {
          carried.add(doc);
        }
      }
    }
    assertThat(carried).isNotEmpty().allSatisfy(doc -> {
      assertThat(doc.selectFirst(".story-source a").attr("href")).isEqualTo("../../sources/coastline/index.html");
      assertThat(doc.selectFirst(".attribution").text()).contains("via Coastline News Service.")
          .doesNotContain("collected from");
    });
  }

  @Test
  void anArticlePageListsItsEditionsOtherTopStoriesAndPicks() throws Exception {
    Document doc = Jsoup.parse(article("council-delays-vote-on-quay-road").toFile(), "UTF-8");
    String own = doc.selectFirst(".story-title").text();
    List<String> top = doc.select(".edition-top .line-title").eachText();
    List<String> picks = doc.select(".edition-picks .line-title").eachText();
    assertThat(top.size() + picks.size()).isPositive();
    assertThat(top).hasSizeLessThanOrEqualTo(5).doesNotContain(own);
    assertThat(picks).hasSizeLessThanOrEqualTo(5).doesNotContain(own);
    assertThat(doc.select(".edition-top h2, .edition-picks h2").eachText())
        .isSubsetOf("Top stories of this edition", "Our picks in this edition");
  }

  @Test
  void aPaywalledSourceIsMarkedForSubscribersOnCardsAndOnTheButton() throws Exception {
    Document home = page("sections/business/index.html");
    for (Element card : home.select(".card")) {
      boolean meridian = card.attr("data-source").contains("meridian");
      assertThat(card.select(".paywall-label").eachText()).isEqualTo(meridian ? List.of("Subscribers") : List.of());
    }
    assertThat(home.select(".paywall-label")).isNotEmpty();
    String first = page("sources/meridian/index.html").selectFirst(".line-title").attr("href");
    Document doc = Jsoup.parse(out.resolve("sources/meridian").resolve(first).normalize().toFile(),
        "UTF-8");
    assertThat(doc.selectFirst(".original-link").text()).isEqualTo("Read at Meridian Business Daily (subscription) →");
    // The arrow is drawn, not read aloud as part of the link's name.
    assertThat(doc.selectFirst(".original-link").select("[aria-hidden=true]").eachText()).containsExactly("→");
    assertThat(page("index.html").selectFirst("a[rel=prev] [aria-hidden=true]").text()).isEqualTo("←");
  }

  @Test
  void aPaywalledSourceIsMarkedForSubscribersInTheSitesFeedsAndTheTextNewsletter() throws Exception {
    for (String feed : List.of("sources/meridian/feed.xml", "sources/meridian/atom.xml", "feed.json")) {
      String text = Files.readString(out.resolve(feed));
      assertThat(text).as(feed).contains("Read at Meridian Business Daily (subscription)")
          .doesNotContain("Read the full story at Meridian");
    }
    assertThat(Files.readString(out.resolve("sources/courier/feed.xml"))).contains("Read the full story at")
        .doesNotContain("(subscription)");
    String text;
    try (Stream<Path> files = Files.walk(out.resolve("editions"))) {
      text = files.filter(f -> f.getFileName().toString().equals("newsletter.txt")).map(f -> {
        try {
          return Files.readString(f);
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).reduce("", String::concat);
    }
    assertThat(text).contains("Read it (subscription): https://meridian-business.example/")
        .doesNotContain("Read it: https://meridian-business.example/");
  }

  @Test
  void aPaywalledPublishersArticlePageSaysWhichOutletCarriesTheSameArticleAndTheCopyLinksBack() throws Exception {
    Path own = null;
    Path copy = null;
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      for (Path d : dirs.sorted().toList()) {
        Document doc = Jsoup.parse(d.resolve("index.html").toFile(), "UTF-8");
        Element original = doc.selectFirst(".original-link");
        if (original != null && original.text().contains("Meridian") && doc.selectFirst(".also-carried") != null) {
          own = d;
        }
        if (doc.selectFirst(".story-source") != null && doc.selectFirst(".story-source").text()
            .contains("Meridian Business Daily via Coastline News Service") && doc.selectFirst(".also-carried") != null) {
          copy = d;
        }
      }
    }
    assertThat(own).as("a Meridian article page naming a copy").isNotNull();
    Document page = Jsoup.parse(own.resolve("index.html").toFile(), "UTF-8");
    assertThat(page.selectFirst(".also-carried").text()).isEqualTo("The same article is also carried by Coastline News Service.");
    Path target = own.resolve(page.selectFirst(".also-carried a").attr("href")).normalize();
    assertThat(Jsoup.parse(target.toFile(), "UTF-8").selectFirst(".story-source").text())
        .contains("Meridian Business Daily via Coastline News Service");
    // The copy names the publisher's own, and "Also reported by" names other newsrooms only.
    assertThat(copy).isNotNull();
    Document carried = Jsoup.parse(copy.resolve("index.html").toFile(), "UTF-8");
    assertThat(carried.selectFirst(".also-carried").text()).startsWith("The same article is also carried by");
    assertThat(page.select(".coverage .line-meta").eachText()).noneMatch(t -> t.startsWith("Meridian Business Daily"));
  }

  @Test
  void aTagPageListsAPublishersArticleOnceThoughASyndicatorCarriedItToo() throws Exception {
    Document energy = page("tags/energy/index.html");
    List<String> lines = energy.select(".line").stream()
        .map(l -> l.selectFirst(".line-title").text() + " | " + l.selectFirst(".line-meta bdi").text()).toList();
    assertThat(lines).filteredOn(l -> l.startsWith("Tidewater Energy to build offshore wind assembly yard"))
        .containsExactly("Tidewater Energy to build offshore wind assembly yard | Meridian Business Daily");
    // The syndicator's own list keeps its copy.
    assertThat(page("sources/coastline/index.html").select(".line-title").eachText())
        .contains("Tidewater Energy to build offshore wind assembly yard");
    try (Stream<Path> tags = Files.list(out.resolve("tags"))) {
      for (Path tag : tags.filter(Files::isDirectory).toList()) {
        List<String> titles = Jsoup.parse(tag.resolve("index.html").toFile(), "UTF-8").select(".line-title").eachText();
        assertThat(titles).as(tag.getFileName().toString()).doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void aSourcePageShowsTeasersAndLinksToTheOutletsHomePage() throws Exception {
    Document source = page("sources/meridian/index.html");
    assertThat(source.select(".lines .line-teaser")).isNotEmpty();
    assertThat(source.selectFirst(".source-home").attr("href")).isEqualTo("https://meridian-business.example/");
    assertThat(source.selectFirst(".source-home").text()).isEqualTo("Visit Meridian Business Daily →");
    // A syndicator carries only others' articles, on its own site.
    assertThat(page("sources/coastline/index.html").selectFirst(".source-home").attr("href"))
        .isEqualTo("https://coastline-news.example/");
  }

  @Test
  void aPickOfAnUncarriedUrlIsAttributedToItsPublisherByName() throws Exception {
    Document doc = Jsoup.parse(article("harbour-office-publishes-king-tide").toFile(), "UTF-8");
    assertThat(doc.selectFirst(".story-source strong").text()).isEqualTo("Port Alder Harbour Office");
    assertThat(doc.selectFirst(".original-link").text()).isEqualTo("Read the full story at Port Alder Harbour Office →");
    assertThat(doc.body().text()).doesNotContain("harbour-office.port-alder.example");
  }

  @Test
  void timesNameTheZoneAndSearchShowsDatesAsPagesDo() throws Exception {
    Document doc = Jsoup.parse(article("council-delays-vote-on-quay-road").toFile(), "UTF-8");
    assertThat(doc.selectFirst(".story-date time").text()).matches("\\d{1,2} November 2026, \\d\\d:\\d\\d GMT");
    List<JsonNode> days = SampleSite.searchValues(out, "days");
    assertThat(days).isNotEmpty();
    for (JsonNode day : days) {
      assertThat(day.get(1).asText()).matches("\\d{1,2} [A-Z][a-z]+ 2026");
    }
    assertThat(Files.readString(out.resolve("assets/style.css"))).contains("time { white-space: nowrap; }");
  }
}
