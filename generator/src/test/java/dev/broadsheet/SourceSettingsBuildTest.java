package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source's section, publisher and tags, changed in the config, reach its stored articles at the next build. */
class SourceSettingsBuildTest {
  @TempDir Path site;

  private void write(String settings) throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Settings\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml, " + settings + "}\n");
  }

  private BuildResult build(String when) {
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    return result;
  }

  @Test
  void aChangedSectionPublisherOrTagReachesStoredArticlesWithoutTheFeedChanging() throws Exception {
    Files.writeString(site.resolve("paper.xml"), "<rss version=\"2.0\"><channel><title>P</title>"
        + "<link>https://paper.example/</link><description>d</description>"
        + "<item><title>Harbour bridge closes for repairs</title><link>https://paper.example/a</link>"
        + "<category>Transport</category><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item>"
        + "<item><title>Wire report on rates</title><link>https://paper.example/b</link>"
        + "<source url=\"https://wire.example/rss\">Meridian Wire</source>"
        + "<pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>");
    write("section: Unterhaltung, tags: [Alt]");
    build("2026-11-20T06:00:00Z");
    assertThat(site.resolve("public/sections/unterhaltung/index.html")).exists();

    write("section: Nachrichten, publisher: Paper Verlag GmbH, tags: [Rheinland]");
    BuildResult second = build("2026-11-20T07:00:00Z");
    assertThat(second.sources().notModified()).isEqualTo(1);
    String day = Files.readString(site.resolve("data/articles/2026/11/19.json"));
    assertThat(day).doesNotContain("Unterhaltung").doesNotContain("\"Alt\"").contains("\"Nachrichten\"")
        .contains("\"Rheinland\"").contains("\"Transport\"").contains("Paper Verlag GmbH");
    assertThat(site.resolve("public/sections/unterhaltung/index.html")).doesNotExist();
    assertThat(site.resolve("public/sections/nachrichten/index.html")).content().contains("Harbour bridge closes");
    assertThat(site.resolve("public/tags/alt/index.html")).doesNotExist();
    assertThat(site.resolve("public/tags/rheinland/index.html")).exists();
    // The wire's item keeps its own publisher, carried by the source under its name.
    assertThat(day).contains("\"publisher\" : \"Meridian Wire\"").contains("\"via\" : \"The Paper\"");
    // Nothing changed since: nothing to apply, nothing written.
    assertThat(build("2026-11-20T08:00:00Z").site().filesWritten()).isZero();
  }

  @Test
  void anAuthorWhoIsThePublisherIsNotNamedTwiceInTheByline() throws Exception {
    Files.writeString(site.resolve("paper.xml"), "<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel><title>P</title><link>https://paper.example/</link><description>d</description>"
        + "<item><title>Earthquake felt along the coast</title><link>https://paper.example/a</link>"
        + "<dc:creator>U.S. Geological Survey</dc:creator><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item>"
        + "<item><title>Survey maps the old fault line</title><link>https://paper.example/b</link>"
        + "<dc:creator>Ana Ortiz</dc:creator><pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>");
    write("publisher: U.S. Geological Survey");
    build("2026-11-20T06:00:00Z");
    org.jsoup.nodes.Document quake = page("Earthquake felt along the coast");
    assertThat(quake.select(".story-source").text()).isEqualTo("From U.S. Geological Survey");
    assertThat(page("Survey maps the old fault line").select(".story-source").text())
        .isEqualTo("From U.S. Geological Survey, by Ana Ortiz");
    assertThat(org.jsoup.Jsoup.parse(site.resolve("public/index.html").toFile(), "UTF-8").select(".authors").text())
        .isEqualTo("Ana Ortiz");
  }

  private org.jsoup.nodes.Document page(String title) throws Exception {
    try (var files = Files.walk(site.resolve("public/articles"))) {
      for (Path file : files.filter(f -> f.endsWith("index.html")).toList()) {
        org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(file.toFile(), "UTF-8");
        if (doc.select("h1").text().equals(title)) {
          return doc;
        }
      }
    }
    throw new AssertionError("no article page titled " + title);
  }

  @Test
  void aSourceWhoseFeedCategoriesAreLeftOutLosesThoseTagsAndTakingThemAgainReadsTheFeedAgain() throws Exception {
    Files.writeString(site.resolve("paper.xml"), "<rss version=\"2.0\"><channel><title>P</title>"
        + "<link>https://paper.example/</link><description>d</description>"
        + "<item><title>Harbour bridge closes for repairs</title><link>https://paper.example/a</link>"
        + "<category>Transport</category><category>a</category><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item>"
        + "</channel></rss>");
    write("tags: [Harbour]");
    build("2026-11-20T06:00:00Z");
    assertThat(site.resolve("public/tags/transport/index.html")).exists();
    assertThat(site.resolve("public/tags/a/index.html")).exists();

    write("tags: [Harbour], categories: false");
    BuildResult without = build("2026-11-20T07:00:00Z");
    String day = Files.readString(site.resolve("data/articles/2026/11/19.json"));
    assertThat(day).contains("\"Harbour\"").doesNotContain("\"Transport\"").doesNotContain("\"a\"");
    assertThat(site.resolve("public/tags/transport")).doesNotExist();
    assertThat(site.resolve("public/tags/a")).doesNotExist();
    assertThat(site.resolve("public/tags/harbour/index.html")).exists();
    assertThat(without.sources().ok()).isEqualTo(1);

    // Left out, they were not stored: taking them again reads the unchanged feed in full.
    write("tags: [Harbour]");
    BuildResult with = build("2026-11-20T08:00:00Z");
    assertThat(with.sources().ok()).isEqualTo(1);
    assertThat(Files.readString(site.resolve("data/articles/2026/11/19.json"))).contains("\"Transport\"");
    assertThat(site.resolve("public/tags/transport/index.html")).content().contains("Harbour bridge closes");
    assertThat(build("2026-11-20T09:00:00Z").sources().notModified()).isEqualTo(1);
  }

  @Test
  void aSourceWhoseIdChangesAndChangesBackKeepsAllItsArticlesThoseGoneFromItsFeedToo() throws Exception {
    String bridge = SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 19 Nov 2026 08:00:00 GMT");
    String rates = SavedFeeds.item("Council sets the rates for next year", "b", "Thu, 19 Nov 2026 09:00:00 GMT");
    SavedFeeds.write(site.resolve("paper.xml"), bridge, rates);
    String config = "title: Settings\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: ID, name: The Paper, url: paper.xml}\n";
    Files.writeString(site.resolve("broadsheet.yaml"), config.replace("ID", "paper"));
    build("2026-11-20T06:00:00Z");
    SavedFeeds.write(site.resolve("paper.xml"), bridge);
    build("2026-11-20T07:00:00Z");
    String from = "paper";
    for (String id : new String[] {"the-paper", "paper"}) {
      Files.writeString(site.resolve("broadsheet.yaml"), config.replace("ID", id));
      BuildResult renamed = Broadsheet.build(BuildOptions.of(site).withOffline(true)
          .withClock(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC)));
      assertThat(renamed.problems()).extracting(p -> p.message()).containsExactly("the source '" + from + "' is now '"
          + id + "' (the same url): its stored articles and what was known of it go with it; its page and feeds move"
          + " from sources/" + from + "/ to sources/" + id + "/; to keep its feed's subscribers, add feedAliases:"
          + " {/sources/" + from + "/feed.xml: sources/" + id + "/feed.xml}");
      assertThat(site.resolve("public/sources/" + from)).as("the old page").doesNotExist();
      from = id;
      assertThat(site.resolve("public/sources/" + id + "/index.html")).as(id).content()
          .contains("Harbour bridge closes").contains("Council sets the rates");
      assertThat(site.resolve("public/index.html")).as(id).content().contains("Council sets the rates");
    }
    assertThat(Files.readString(site.resolve("data/sources.json"))).doesNotContain("the-paper");
  }

  @Test
  void anItemWithoutALinkMovesOnceWhenItsSourceChangesIdAndATakenOutSourceKeepsItsAddress() throws Exception {
    Files.writeString(site.resolve("paper.xml"), "<rss version=\"2.0\"><channel><title>P</title>"
        + "<link>https://paper.example/</link><description>d</description><item><title>Notice of road works on the"
        + " quay</title><guid isPermaLink=\"false\">notice-17</guid><description>The quay road closes on Monday."
        + "</description><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>");
    String config = "title: Settings\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: ID, name: The Paper, url: paper.xml}\n";
    Files.writeString(site.resolve("broadsheet.yaml"), config.replace("ID", "paper"));
    build("2026-11-20T06:00:00Z");
    // Its page says there is no link, and does not promise one.
    try (var pages = Files.walk(site.resolve("public/articles"))) {
      Path page = pages.filter(p -> p.toString().contains("notice-of-road-works") && p.endsWith("index.html"))
          .findFirst().orElseThrow();
      assertThat(page).content().contains("gave no link to this story").contains("shows its headline and summary.")
          .doesNotContain("links to the original");
    }
    int shown = Files.readString(site.resolve("public/index.html")).split("Notice of road works", -1).length;
    Files.writeString(site.resolve("broadsheet.yaml"), config.replace("ID", "daily"));
    BuildResult renamed = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
    assertThat(renamed.articles().stored()).isEqualTo(1);
    assertThat(Files.readString(site.resolve("public/index.html")).split("Notice of road works", -1)).hasSize(shown);
    assertThat(site.resolve("public/sources/daily/index.html")).content().contains("Notice of road works");

    // Taken out, the source keeps its address in the store (and loses its validators).
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Settings\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\nsources:\n  - {id: other, name: Other, url: other.xml}\n");
    SavedFeeds.write(site.resolve("other.xml"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC)));
    com.fasterxml.jackson.databind.JsonNode daily = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(site.resolve("data/sources.json").toFile()).findValue("daily");
    assertThat(daily.path("url").asText()).isEqualTo("paper.xml");
    assertThat(daily.path("status").asText()).isEqualTo("not configured");
    assertThat(daily.has("etag")).isFalse();
    assertThat(Files.readString(site.resolve("data/sources.json"))).doesNotContain("retired");

    // A source added under a new id later, at the address of the one taken out: that one stays out.
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Settings\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\nsources:\n  - {id: other, name: Other, url: other.xml}\n"
        + "  - {id: fresh, name: Fresh, url: paper.xml}\n");
    BuildResult added = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC)));
    assertThat(added.problems()).extracting(p -> p.message()).noneMatch(m -> m.contains("is now"));
  }

  @Test
  void twoSourcesThatSwapIdsEachKeepTheirOwnArticles() throws Exception {
    // The paper's second item has neither link nor GUID, and its title ends in the paper's name.
    Files.writeString(site.resolve("paper.xml"), "<rss version=\"2.0\"><channel><title>P</title>"
        + "<link>https://paper.example/</link><description>d</description>"
        + SavedFeeds.item("Harbour bridge closes", "a", "Thu, 19 Nov 2026 08:00:00 GMT")
        + "<item><title>Notice of road works on the quay - The Paper</title><description>The quay road closes."
        + "</description><pubDate>Thu, 19 Nov 2026 07:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("wire.xml"), "<rss version=\"2.0\"><channel><title>W</title>"
        + "<link>https://wire.example/</link><description>d</description><item><title>Rates held</title>"
        + "<link>https://wire.example/r</link><pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>");
    String config = "title: Settings\nbaseUrl: https://news.example/\ntimezone: UTC\nsources:\n"
        + "  - {id: A, name: The Paper, url: paper.xml}\n  - {id: B, name: The Wire, url: wire.xml}\n";
    Files.writeString(site.resolve("broadsheet.yaml"), config.replace("A", "paper").replace("B", "wire"));
    build("2026-11-20T06:00:00Z");
    Files.writeString(site.resolve("broadsheet.yaml"), config.replace("A", "wire").replace("B", "paper"));
    BuildResult swapped = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
    assertThat(swapped.problems()).hasSize(2);
    assertThat(site.resolve("public/sources/wire/index.html")).content().contains("Harbour bridge closes")
        .contains("Notice of road works").doesNotContain("Rates held");
    assertThat(swapped.articles().stored()).isEqualTo(3);
    assertThat(site.resolve("public/sources/paper/index.html")).content().contains("Rates held")
        .doesNotContain("Harbour bridge closes").doesNotContain("Notice of road works");
  }

  @Test
  void articlesWithoutASectionGoToTheSiteLanguagesNewsSectionUnlessTheConfigNamesOne() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Le pont ferme", "a", "Thu, 19 Nov 2026 08:00:00 GMT"));
    String config = "title: Revue\nbaseUrl: https://news.example/\nlanguage: fr\n"
        + "sources:\n  - {id: paper, name: Le Journal, url: paper.xml}\n";
    Files.writeString(site.resolve("broadsheet.yaml"), config);
    build("2026-11-20T06:00:00Z");
    Path french = site.resolve("public/sections/actualites/index.html");
    assertThat(org.jsoup.Jsoup.parse(french.toFile(), "UTF-8").selectFirst("h1").text()).isEqualTo("Actualités");
    assertThat(site.resolve("public/sections/news")).doesNotExist();

    // A site that had its pages at News before keeps them there by naming it.
    Files.writeString(site.resolve("broadsheet.yaml"), config + "editions: {defaultSection: News}\n");
    build("2026-11-20T07:00:00Z");
    assertThat(org.jsoup.Jsoup.parse(site.resolve("public/sections/news/index.html").toFile(), "UTF-8")
        .selectFirst("h1").text()).isEqualTo("News");
    assertThat(site.resolve("public/sections/actualites")).doesNotExist();

    // A site that published News before, upgraded to a language's own word, is told where its page went.
    Files.writeString(site.resolve("broadsheet.yaml"), config);
    BuildResult moved = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC)));
    assertThat(moved.problems()).extracting(Object::toString).containsExactly("broadsheet.yaml: warning: articles"
        + " without a section now go to 'Actualités', the site language's word, not 'News': sections/news/index.html"
        + " and its feeds are no longer published. To keep them where they were, set editions.defaultSection: News");
    assertThat(site.resolve("public/sections/actualites/index.html")).exists();
    // Said once: the next build finds no News page to lose.
    assertThat(build("2026-11-20T09:00:00Z").problems()).isEmpty();
  }

  @Test
  void anArticleWithoutASectionNamesTheSectionPageItLinksToByThatPagesName() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Brücke wird gesperrt", "a", "Thu, 19 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Blatt\nbaseUrl: https://news.example/\nlanguage: de\n"
        + "editions: {sections: [NACHRICHTEN]}\nsources:\n  - {id: paper, name: Das Blatt, url: paper.xml}\n");
    build("2026-11-20T06:00:00Z");
    org.jsoup.nodes.Document article;
    try (var pages = Files.list(site.resolve("public/articles"))) {
      Path page = pages.findFirst().orElseThrow().resolve("index.html");
      article = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
    }
    org.jsoup.nodes.Element kicker = article.selectFirst(".kicker a");
    Path section = site.resolve("public/sections/nachrichten/index.html");
    assertThat(kicker.attr("href")).isEqualTo("../../sections/nachrichten/index.html");
    // The section as its page names it: the configured spelling.
    assertThat(org.jsoup.Jsoup.parse(section.toFile(), "UTF-8").selectFirst("h1").text()).isEqualTo(kicker.text())
        .isEqualTo("NACHRICHTEN");
    // A source that is its own publisher is named once, linked to its page; an item without a
    // summary is not said to show one.
    assertThat(article.selectFirst(".story-source").text()).isEqualTo("Quelle: Das Blatt");
    assertThat(article.selectFirst(".story-source a").attr("href")).isEqualTo("../../sources/paper/index.html");
    assertThat(article.selectFirst(".attribution").text()).isEqualTo("Diese Meldung wurde von Das Blatt veröffentlicht."
        + " Blatt zeigt ihre Überschrift und verlinkt das Original.");
  }
}
