package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site that changes its permalink patterns keeps answering at the addresses it published before. */
class MovedAddressesBuildTest {
  private static final String NOW = "2026-11-20T08:00:00Z";
  private static final String CONFIG = """
      title: Moves
      baseUrl: https://news.example/
      sources:
        - {id: wire, name: The Wire, url: feeds/wire.json, section: World}
      """;

  @TempDir Path root;
  private Path site;

  @BeforeEach
  void writeSite() throws Exception {
    site = Files.createDirectories(root.resolve("site"));
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG);
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/wire.json"), """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
          {"id": "1", "url": "https://wire.example/1", "date_published": "2026-11-19T10:00:00Z", "title": "Tide tables out"},
          {"id": "2", "url": "https://wire.example/2", "date_published": "2026-11-19T11:00:00Z", "title": "Ferry fares rise"}
        ]}
        """);
    Files.createDirectories(site.resolve("pages"));
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About us\n---\nHello.\n");
  }

  private void permalinks(String lines) throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG + "permalinks:\n" + lines);
  }

  private Path out(String path) {
    return site.resolve("public").resolve(path);
  }

  @Test
  void editionsOfAnEarlierPeriodAnswerWithTheEditionNowHoldingTheirNews() throws Exception {
    assertThat(SampleSite.build(site, NOW).errors()).isEmpty();
    assertThat(out("editions/2026/11/19/index.html")).content().contains("Tide tables out");
    // Weekly: Thursday's news is in the week of Monday the 16th, and Thursday's address says so.
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG + "editions: {period: weekly}\n");
    assertThat(SampleSite.build(site, NOW).problems()).extracting(Problem::toString).isEmpty();
    assertThat(out("editions/2026/11/16/index.html")).content().contains("Tide tables out");
    assertThat(out("editions/2026/11/19/index.html")).content().contains("url=../16/")
        .doesNotContain("Ferry fares rise");
    // Every day of the week so far, whether or not it had an edition of its own; none still to come.
    assertThat(out("editions/2026/11/17/index.html")).content().contains("url=../16/");
    assertThat(out("editions/2026/11/20/index.html")).content().contains("url=../16/");
    assertThat(out("editions/2026/11/21/index.html")).doesNotExist();
    assertThat(out("editions/2026/11/22/index.html")).doesNotExist();
    assertThat(Files.readString(site.resolve("data/permalinks.json"))).contains("\"editionPeriod\" : \"weekly\"")
        .contains("\"editionPeriod\" : [ \"daily\" ]");
    assertThat(Files.readString(out("sitemap.xml"))).doesNotContain("editions/2026/11/19/");
    // Daily again: the week's address sends readers on to the day that holds its news.
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG);
    assertThat(SampleSite.build(site, NOW).problems()).extracting(Problem::toString).isEmpty();
    assertThat(out("editions/2026/11/19/index.html")).content().contains("Tide tables out");
    assertThat(out("editions/2026/11/16/index.html")).content().contains("url=../19/");
  }

  /** The ids of the items of the editions feed, RSS and Atom. */
  private java.util.List<String> editionItemIds() throws Exception {
    java.util.List<String> ids = new java.util.ArrayList<>();
    ids.addAll(org.jsoup.Jsoup.parse(Files.readString(out("editions/feed.xml")), "", org.jsoup.parser.Parser.xmlParser())
        .select("item > guid").eachText());
    ids.addAll(org.jsoup.Jsoup.parse(Files.readString(out("editions/atom.xml")), "", org.jsoup.parser.Parser.xmlParser())
        .select("entry > id").eachText());
    return ids;
  }

  @Test
  void editionsDatedInAnEarlierTimeZoneAnswerWithTheEditionNowHoldingTheirNews() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG + "timezone: UTC\n");
    assertThat(SampleSite.build(site, NOW).errors()).isEmpty();
    assertThat(out("editions/2026/11/19/index.html")).content().contains("Tide tables out");
    // Fourteen hours ahead, the news of the 19th at 10:00 and 11:00 UTC is the 20th's.
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG + "timezone: Pacific/Kiritimati\n");
    assertThat(SampleSite.build(site, NOW).problems()).extracting(Problem::toString).isEmpty();
    assertThat(out("editions/2026/11/20/index.html")).content().contains("Tide tables out");
    assertThat(out("editions/2026/11/19/index.html")).content().contains("url=../20/")
        .doesNotContain("Tide tables out");
    assertThat(Files.readString(site.resolve("data/permalinks.json"))).contains("\"timezone\" : \"Pacific/Kiritimati\"")
        .contains("\"timezone\" : [ \"UTC\" ]");
    // And back: the zone in use again is no former one, and the 20th's address, now empty, sends readers to the 19th.
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG + "timezone: UTC\n");
    assertThat(SampleSite.build(site, NOW).problems()).extracting(Problem::toString).isEmpty();
    assertThat(out("editions/2026/11/19/index.html")).content().contains("Tide tables out");
    assertThat(out("editions/2026/11/20/index.html")).content().contains("url=../19/");
    assertThat(Files.readString(site.resolve("data/permalinks.json"))).contains("\"timezone\" : \"UTC\"")
        .contains("\"timezone\" : [ \"Pacific/Kiritimati\" ]");
  }

  @Test
  void aWeekAtItsMondaysAddressIsANewItemOfTheEditionsFeedForReadersOfTheMondaysEdition() throws Exception {
    Files.writeString(site.resolve("feeds/wire.json"), """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
          {"id": "1", "url": "https://wire.example/1", "date_published": "2026-11-16T10:00:00Z", "title": "Tide tables out"},
          {"id": "2", "url": "https://wire.example/2", "date_published": "2026-11-19T11:00:00Z", "title": "Ferry fares rise"}
        ]}
        """);
    assertThat(SampleSite.build(site, NOW).errors()).isEmpty();
    java.util.List<String> daily = editionItemIds();
    assertThat(daily).contains("https://news.example/editions/2026/11/16/");
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG + "editions: {period: weekly}\n");
    assertThat(SampleSite.build(site, NOW).problems()).extracting(Problem::toString).isEmpty();
    java.util.List<String> weekly = editionItemIds();
    assertThat(out("editions/2026/11/16/index.html")).content().contains("Tide tables out", "Ferry fares rise");
    assertThat(weekly).containsExactly("https://news.example/editions/2026/11/16/#weekly",
        "https://news.example/editions/2026/11/16/#weekly").doesNotContainAnyElementsOf(daily);
    // Daily again: Monday's edition at the week's address is new to readers of the week's too.
    Files.writeString(site.resolve("broadsheet.yaml"), CONFIG);
    assertThat(SampleSite.build(site, NOW).problems()).extracting(Problem::toString).isEmpty();
    assertThat(editionItemIds()).contains("https://news.example/editions/2026/11/16/#daily")
        .doesNotContainAnyElementsOf(weekly).doesNotContainAnyElementsOf(daily);
  }

  @Test
  void eachMovedPageAnswersAtItsOldAddressWithALinkToItsNewOne() throws Exception {
    assertThat(SampleSite.build(site, NOW).errors()).isEmpty();
    String article = Files.list(out("articles")).map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("tide-tables-out")).findFirst().orElseThrow();
    permalinks("""
          article: news/{slug}.html
          section: topics/{slug}/
          edition: daily/{yyyy}-{MM}-{dd}/
          page: info/{slug}/
        """);
    BuildResult moved = SampleSite.build(site, NOW);
    assertThat(moved.problems()).extracting(Problem::toString).isEmpty();

    String redirect = Files.readString(out("articles/" + article + "/index.html"));
    assertThat(redirect).contains("<link rel=\"canonical\" href=\"https://news.example/news/" + article + ".html\">")
        .contains("<meta http-equiv=\"refresh\" content=\"0; url=../../news/" + article + ".html\">")
        .contains(">Tide tables out</a>");
    // A link to the old address shared in a chat is previewed as the page's: previewers do not follow the refresh.
    assertThat(redirect).contains("<meta property=\"og:title\" content=\"Tide tables out\">",
        "<meta property=\"og:url\" content=\"https://news.example/news/" + article + ".html\">");
    String edition = Files.readString(out("daily/2026-11-19/index.html"));
    String description = between(edition, "<meta property=\"og:description\" content=\"", "\"");
    assertThat(description).isNotBlank();
    assertThat(out("editions/2026/11/19/index.html")).content().contains(
        "<meta property=\"og:url\" content=\"https://news.example/daily/2026-11-19/\">",
        "<meta property=\"og:description\" content=\"" + description + "\">",
        "<meta name=\"description\" content=\"" + description + "\">");
    assertThat(out("news/" + article + ".html")).content().contains("Tide tables out");
    assertThat(out("sections/world/index.html")).content().contains("url=../../topics/world/");
    assertThat(out("editions/2026/11/19/index.html")).content().contains("url=../../../../daily/2026-11-19/");
    assertThat(out("about/index.html")).content().contains("url=../info/about/");
    // Only a page a pattern makes moves: a list's feed is found from its page.
    assertThat(out("sections/world/feed.xml")).doesNotExist();
    String sitemap = Files.readString(out("sitemap.xml"));
    assertThat(sitemap).contains("news/" + article + ".html").doesNotContain("articles/", "sections/world/",
        "editions/2026/11/19/", "example/about/");
    assertThat(Files.readString(out("search/index.js")) + Files.readString(out("feed.xml")))
        .doesNotContain("articles/");

    // Moved once more: both earlier addresses lead to the newest.
    permalinks("  article: stories/{slug}/\n");
    SampleSite.build(site, NOW);
    assertThat(out("articles/" + article + "/index.html")).content().contains("url=../../stories/" + article + "/");
    assertThat(out("news/" + article + ".html")).content().contains("url=../stories/" + article + "/");
    // The other kinds went back to their defaults: their pages are there again, and nothing sends readers away.
    assertThat(out("sections/world/index.html")).content().doesNotContain("http-equiv").contains("Tide tables out");
    assertThat(out("topics/world/index.html")).content().contains("url=../../sections/world/");
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    assertThat(from).as("%s in the page", start).isNotNegative();
    from += start.length();
    return text.substring(from, text.indexOf(end, from));
  }

  @Test
  void anOldAddressThatWouldBeAFolderOfANewPageOrDifferOnlyInCaseIsLeftToThePage() throws Exception {
    permalinks("  article: news/{slug}\n  page: Info/{slug}/\n");
    SampleSite.build(site, NOW);
    String article = Files.list(out("news")).map(p -> p.getFileName().toString())
        .filter(n -> n.startsWith("tide-tables-out")).findFirst().orElseThrow();
    permalinks("  article: news/{slug}/\n  page: info/{slug}/\n");
    BuildResult moved = SampleSite.build(site, NOW);
    assertThat(moved.problems()).extracting(Problem::toString).isEmpty();
    assertThat(out("news/" + article + "/index.html")).content().contains("Tide tables out")
        .doesNotContain("http-equiv");
    assertThat(out("info/about/index.html")).content().contains("Hello.");
    // Two folders a file system that ignores case takes for one: the page's alone.
    assertThat(Files.list(out("")).map(p -> p.getFileName().toString())).doesNotContain("Info");
  }

  @Test
  void aPreviewTriesPatternsWithoutRecordingThemAndAFetchOnlyBuildRecordsThem() throws Exception {
    SampleSite.build(site, NOW);
    permalinks("  article: s/{slug}/\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(SampleSite.clockAt(NOW))
        .withRenderCache(new dev.broadsheet.render.RenderCache()));
    assertThat(Files.list(out("articles")).findFirst().orElseThrow().resolve("index.html")).content()
        .contains("url=../../s/");
    permalinks("  article: stories/{slug}/\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(SampleSite.clockAt(NOW)).withFetchOnly(true));
    String record = Files.readString(site.resolve("data/permalinks.json"));
    assertThat(record).contains("\"article\" : \"stories/{slug}/\"").contains("\"articles/{slug}/\"")
        .doesNotContain("\"s/{slug}/\"");
  }

  @Test
  void aStoredPatternTheConfigWouldRefuseStopsTheBuildAtItsLine() throws Exception {
    SampleSite.build(site, NOW);
    Files.writeString(site.resolve("data/permalinks.json"), """
        {
          "published": {"article": "articles/{slug}/"},
          "former": {
            "article": ["../../escape/{slug}/", 5]
          }
        }
        """);
    assertThatThrownBy(() -> SampleSite.build(site, NOW)).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems()).extracting(Problem::toString).hasSize(2)
            .allSatisfy(p -> assertThat(p).contains("permalinks.json:4: 'former.article.").contains("delete it"))
            .anySatisfy(p -> assertThat(p).contains("may not contain '..'"))
            .anySatisfy(p -> assertThat(p).contains("must be a pattern in quotes")));
  }

  @Test
  void aPageLinkingAnOldAddressIsToldTheNewOneAtItsLine() throws Exception {
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About us\n---\nHello.\n\nSee [the world](sections/world/).\n");
    assertThat(SampleSite.build(site, NOW).problems()).isEmpty();
    permalinks("  section: topics/{slug}/\n");
    BuildResult moved = SampleSite.build(site, NOW);
    assertThat(moved.problems()).extracting(Problem::toString).containsExactly("pages/about.md:6: warning: the link"
        + " 'sections/world/' leads to an address the page had under earlier permalinks, which sends readers on to"
        + " 'topics/world/': link to 'topics/world/'");
  }

  @Test
  void anIncrementalBuildAfterAMoveEqualsACleanOneOfTheSameStore() throws Exception {
    SampleSite.build(site, NOW);
    permalinks("  article: news/{slug}.html\n");
    SampleSite.build(site, NOW);
    Map<String, String> incremental = SampleSite.files(site.resolve("public"));

    Path clean = Files.createDirectories(root.resolve("clean"));
    for (String f : new String[] {"broadsheet.yaml", "feeds/wire.json", "pages/about.md"}) {
      Files.createDirectories(clean.resolve(f).getParent());
      Files.copy(site.resolve(f), clean.resolve(f));
    }
    // The store as the first build left it, with the record of the earlier patterns.
    try (var files = Files.walk(site.resolve("data"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Path to = clean.resolve(site.relativize(p));
        Files.createDirectories(to.getParent());
        Files.copy(p, to);
      }
    }
    SampleSite.build(clean, NOW);
    TreeMap<String, String> fresh = SampleSite.files(clean.resolve("public"));
    assertThat(fresh.keySet()).anyMatch(f -> f.startsWith("articles/"));
    assertThat(fresh).isEqualTo(incremental);
  }

  @Test
  void aBrokenRecordOfEarlierPatternsStopsTheBuildNamingItsLine() throws Exception {
    SampleSite.build(site, NOW);
    String home = Files.readString(out("index.html"));
    Files.writeString(site.resolve("data/permalinks.json"), "{\n  \"published\": {\n<<<<<<< HEAD\n");
    assertThatThrownBy(() -> SampleSite.build(site, NOW)).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).endsWith("permalinks.json:3");
          assertThat(p.message()).contains("not valid JSON").contains("delete it");
        }));
    assertThat(out("index.html")).content().isEqualTo(home);
  }
}
