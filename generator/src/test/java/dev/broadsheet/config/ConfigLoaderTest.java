package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final Path SITE = Path.of("/tmp/site");
  private final ConfigLoader loader = new ConfigLoader();

  private SiteConfig parse(String yaml) {
    return loader.parse(yaml, SITE, "broadsheet.yaml");
  }

  private Problem onlyProblem(String yaml) {
    try {
      parse(yaml);
    } catch (BroadsheetException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected the config to be rejected");
  }

  @Test
  void fillsDefaultsForAMinimalConfig() {
    SiteConfig c = parse("title: Daily\nbaseUrl: https://example.org/news\n");
    assertThat(c.title()).isEqualTo("Daily");
    assertThat(c.baseUrl()).hasToString("https://example.org/news/");
    assertThat(c.basePath()).isEqualTo("/news/");
    assertThat(c.timezone()).isEqualTo(ZoneId.of("UTC"));
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.output()).isEqualTo(SITE.resolve("public"));
    assertThat(c.editions().period()).isEqualTo(EditionsConfig.Period.DAILY);
    assertThat(c.pageSize()).isEqualTo(20);
    assertThat(c.relativeLinks()).isTrue();
    assertThat(c.permalinks()).isEqualTo(Permalinks.defaults());
    assertThat(c.fetch().userAgent()).startsWith("Broadsheet/");
  }

  @Test
  void theDefaultSectionIsNewsInTheSiteLanguageUnlessNamed() {
    String base = "title: T\nbaseUrl: https://example.org/\n";
    assertThat(parse(base).editions().defaultSection()).isEqualTo("News");
    assertThat(parse(base + "language: fr-CA\n").editions().defaultSection()).isEqualTo("Actualités");
    assertThat(parse(base + "language: de\neditions: {period: weekly}\n").editions().defaultSection())
        .isEqualTo("Nachrichten");
    assertThat(parse(base + "language: es\n").editions().defaultSection()).isEqualTo("Noticias");
    assertThat(parse(base + "language: ja\n").editions().defaultSection()).isEqualTo("News");
    assertThat(parse(base + "language: fr\neditions: {defaultSection: \" Général \"}\n").editions().defaultSection())
        .isEqualTo("Général");
  }

  @Test
  void readsSourcesWithTheirOptionalKeys() {
    SiteConfig c = parse("""
        title: T
        baseUrl: https://example.org/
        timezone: Europe/Paris
        sources:
          - id: wire
            name: Tribune News Service
            url: https://wire.example/feed.xml
            publisher: Bloomberg News
            via: Tribune News Service
            section: Business
            tags: [markets, money]
            weight: 1.5
            maxItems: 10
            fullText: true
          - id: local
            name: Local
            url: feeds/local.xml
        """);
    assertThat(c.sources()).hasSize(2);
    SourceConfig wire = c.sources().get(0);
    assertThat(wire.publisher()).isEqualTo("Bloomberg News");
    assertThat(wire.via()).isEqualTo("Tribune News Service");
    assertThat(wire.tags()).containsExactly("markets", "money");
    assertThat(wire.weight()).isEqualTo(1.5);
    assertThat(wire.maxItems()).isEqualTo(10);
    assertThat(wire.fullText()).isTrue();
    assertThat(wire.isRemote()).isTrue();
    assertThat(c.sources().get(1).isRemote()).isFalse();
    assertThat(c.sources().get(1).weight()).isEqualTo(1.0);
  }

  @Test
  void unknownKeyIsNamedWithItsLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n    url: a.xml\n    colour: red\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:7");
    assertThat(p.message()).contains("unknown key 'sources[0].colour'").contains("known keys here:").contains("fullText");
  }

  @Test
  void aMisspeltKeyIsNamedWithTheKeyItWasMostLikelyMeantToBe() {
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n    url: a.xml\n"
        + "    sectoin: World\n").message()).startsWith("unknown key 'sources[0].sectoin' (did you mean 'section'?);");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npageSIZE: 5\n").message())
        .contains("unknown key 'pageSIZE' (did you mean 'pageSize'?)");
    // Nothing close: no guess ("colour" is not two edits from any key of a source).
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n    url: a.xml\n"
        + "    colour: red\n").message()).doesNotContain("did you mean");
  }

  @Test
  void unknownKeysAreReportedWithEveryOtherProblemAtOnce() {
    String yaml = "title: T\nbaseUrl: https://e.org/\npagesize: 10\npageSize: 0\nsources:\n  - id: a\n    name: A\n"
        + "    url: a.xml\n    colour: red\n";
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(BroadsheetException.class)
        .extracting(e -> ((BroadsheetException) e).problems().stream().map(Problem::toString).toList())
        .satisfies(problems -> assertThat(problems).hasSize(3)
            .anySatisfy(p -> assertThat(p).startsWith("broadsheet.yaml:3: unknown key 'pagesize'"))
            .anySatisfy(p -> assertThat(p).startsWith("broadsheet.yaml:9: unknown key 'sources[0].colour'"))
            .anySatisfy(p -> assertThat(p).startsWith("broadsheet.yaml:4: 'pageSize'")));
  }

  @Test
  void anUnknownKeyHoldingAMappingOrAListIsReportedAtItsOwnLineAndPlace() {
    String yaml = "title: T\nbaseUrl: https://e.org/\nedition:\n  sections: [A]\nsources:\n  - id: a\n    name: A\n"
        + "    colours: [red]\n    url: a.xml\n    section: X\nimages:\n  enabled: false\n";
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(BroadsheetException.class)
        .extracting(e -> ((BroadsheetException) e).problems().stream().map(Problem::toString).toList())
        .satisfies(problems -> assertThat(problems).hasSize(2)
            .anySatisfy(p -> assertThat(p).startsWith("broadsheet.yaml:3: unknown key 'edition' (did you mean 'editions'?);"))
            .anySatisfy(p -> assertThat(p).startsWith("broadsheet.yaml:8: unknown key 'sources[0].colours';")));
  }

  @Test
  void aSourcesLanguageIsATagItsArticlesAreWrittenIn() {
    SiteConfig c = parse("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n    url: a.xml\n"
        + "    language: pl-pl\n  - id: b\n    name: B\n    url: b.xml\n");
    assertThat(c.sources()).extracting(s -> s.language()).containsExactly("pl-PL", null);
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n    url: a.xml\n"
        + "    language: Polish\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:7");
    assertThat(p.message()).contains("'sources[0].language' must be a BCP 47 language tag").contains("'Polish'");
    // The site's own language is held to the same: a word is no tag, though it is well formed.
    Problem site = onlyProblem("title: T\nbaseUrl: https://e.org/\nlanguage: Deutsch\n");
    assertThat(site.where()).isEqualTo("broadsheet.yaml:3");
    assertThat(site.message()).contains("'language' must be a BCP 47 language tag").contains("'Deutsch'");
    assertThat(parse("title: T\nbaseUrl: https://e.org/\nlanguage: de-ch\n").language()).isEqualTo("de-CH");
  }

  @Test
  void wrongTypeIsNamedWithItsLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\npageSize: lots\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:3");
    assertThat(p.message()).isEqualTo("'pageSize' must be a whole number, found 'lots'");
  }

  @Test
  void emptyEntriesOfASourcesTagsAreLeftOut() {
    SiteConfig c = parse("title: T\nbaseUrl: https://e.org/\nsources:\n  - {id: a, name: A, url: a.xml, tags: [x, ~, ' ']}\n");
    assertThat(c.sources().get(0).tags()).containsExactly("x");
  }

  @Test
  void everyValueOfTheWrongKindIsNamedAtOnce() {
    String yaml = "title: T\nbaseUrl: https://e.org/\npageSize: lots\nrelativeLinks: maybe\nsources:\n"
        + "  - {id: a, name: A, url: a.xml, weight: heavy}\n  - {id: b, name: [B], url: b.xml}\n";
    assertThatThrownBy(() -> parse(yaml)).isInstanceOfSatisfying(BroadsheetException.class, e ->
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(
            "broadsheet.yaml:3: 'pageSize' must be a whole number, found 'lots'",
            "broadsheet.yaml:4: 'relativeLinks' must be true or false, found 'maybe'",
            "broadsheet.yaml:6: 'sources[0].weight' must be a number, found 'heavy'",
            "broadsheet.yaml:7: 'sources[1].name' must be a single text value"));
    // Kinds Jackson reports by throwing, not by asking: those found before them are kept.
    for (String[] late : new String[][] {
        {"editions: daily", "'editions' must be a mapping of keys to values"},
        {"sources:\n  - {id: a, name: A, url: a.xml, tags: x}", "'sources[0].tags' must be a list"},
        {"sources:\n  - {id: a, name: A, url: a.xml, maxItems: 1.5}", "'sources[0].maxItems' must be a whole number"},
        {"sources:\n  - {id: a, name: A, url: a.xml, maxItems: 99999999999}", "'sources[0].maxItems' must be a whole"
            + " number of a sensible size"}}) {
      assertThatThrownBy(() -> parse("title: T\nbaseUrl: https://e.org/\npageSize: lots\n" + late[0] + "\n"))
          .as(late[0]).isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems())
              .extracting(Problem::toString).hasSize(2)
              .startsWith("broadsheet.yaml:3: 'pageSize' must be a whole number, found 'lots'")
              .anySatisfy(p -> assertThat(p).contains(late[1])));
    }
  }

  @Test
  void aListWhereAMappingIsExpectedIsRejected() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\neditions: [daily]\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:3");
    assertThat(p.message()).contains("'editions' must be a mapping");
  }

  @Test
  void imageSettingsHaveDefaultsAndSortedWidths() {
    assertThat(parse("title: T\nbaseUrl: https://e.org/\n").images()).isEqualTo(ImagesConfig.defaults());
    ImagesConfig images = parse("title: T\nbaseUrl: https://e.org/\nimages:\n  widths: [800, 400, 400]\n"
        + "  maxBytes: 100000\n  maxDownloadsPerBuild: 0\n").images();
    assertThat(images.widths()).containsExactly(400, 800);
    assertThat(images.maxBytes()).isEqualTo(100000);
    assertThat(images.maxDownloadsPerBuild()).isZero();
    assertThat(images.enabled()).isTrue();
  }

  @Test
  void badImageSettingsAreReportedAtTheirLinesAllAtOnce() {
    assertThatThrownBy(() -> parse("""
        title: T
        baseUrl: https://e.org/
        images:
          widths: [320, 9000]
          maxBytes: 10
          maxPixels: 4
          maxDownloadsPerBuild: -1
        """))
        .isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactlyInAnyOrder(
                "broadsheet.yaml:4: 'images.widths' must list widths between 16 and 4096 pixels, found 9000",
                "broadsheet.yaml:5: 'images.maxBytes' must be at least 1024, found 10",
                "broadsheet.yaml:6: 'images.maxPixels' must be at least 256, found 4",
                "broadsheet.yaml:7: 'images.maxDownloadsPerBuild' must be at least 0, found -1"));
  }

  @Test
  void feedAliasesAreReadAsPathsUnderTheSitesInTheOrderWritten() {
    SiteConfig c = parse("""
        title: T
        baseUrl: https://e.org/news/
        feedAliases:
          /news/index.xml: feed.xml
          https://e.org/news/categories/caf%C3%A9/index.xml#latest: sections/cafe/atom.xml
          news/feed/: feed.json
          /news/rss: editions/feed.xml
        """);
    assertThat(c.feedAliases()).containsExactly(
        new FeedAlias("/news/index.xml", "index.xml", "feed.xml", 4),
        new FeedAlias("/news/categories/café/index.xml", "categories/café/index.xml", "sections/cafe/atom.xml", 5),
        new FeedAlias("/news/feed/", "feed/", "feed.json", 6),
        new FeedAlias("/news/rss", "rss/", "editions/feed.xml", 7));
  }

  @Test
  void feedAliasesThatCannotBeAreNamedAtTheirLinesAllAtOnce() {
    String feeds = " name one by its path in the output folder, such as feed.xml, atom.xml, feed.json or"
        + " sections/world/feed.xml";
    assertThatThrownBy(() -> parse("""
        title: T
        baseUrl: https://e.org/news/
        feedAliases:
          /news/index.xml: /feed.xml
          ftp://e.org/news/feed: feed.xml
          /news/rss/../x.xml: feed.xml
          /news/ok.xml: sections/../feed.xml
          /news/also.xml: index.html
          /news/empty.xml:
          https://e.org/other/index.xml: feed.xml
          /news/?feed=rss2: feed.xml
          /news/: feed.xml
          /news/atom.xml: atom.xml
        """))
        .isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactly(
                "broadsheet.yaml:4: feedAliases: /news/index.xml names '/feed.xml', which is not a feed of this site;"
                    + feeds,
                "broadsheet.yaml:5: feedAliases: 'ftp://e.org/news/feed' is not an address of the old site; write its"
                    + " path from the host's root, such as /index.xml or /feed/",
                "broadsheet.yaml:6: feedAliases: '/news/rss/../x.xml' is not an address of the old site; write its"
                    + " path from the host's root, such as /index.xml or /feed/",
                "broadsheet.yaml:7: feedAliases: /news/ok.xml names 'sections/../feed.xml', which is not a feed of this"
                    + " site;" + feeds,
                "broadsheet.yaml:8: feedAliases: /news/also.xml names 'index.html', which is not a feed of this site;"
                    + feeds,
                "broadsheet.yaml:9: feedAliases: /news/empty.xml names '', which is not a feed of this site;" + feeds,
                "broadsheet.yaml:10: feedAliases: https://e.org/other/index.xml is not under the site's address"
                    + " (/news/): no file there is this site's to publish",
                "broadsheet.yaml:11: feedAliases: /news/?feed=rss2 has a query, which a static host does not tell"
                    + " apart (it serves the same file for every query); send it on with the host's redirect rules"
                    + " instead",
                "broadsheet.yaml:12: feedAliases: /news/ is the address of the site's front page; remove it",
                "broadsheet.yaml:13: feedAliases: /news/atom.xml is the address of that feed itself; remove it"));
  }

  @Test
  void badTimezoneIsReportedAtItsLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\n\ntimezone: Mars/Olympus\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:4");
    assertThat(p.message()).contains("IANA zone").contains("Mars/Olympus");
  }

  @Test
  void aSourceIdWindowsKeepsForADeviceIsRejectedWithOneThatWorks() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: con\n    name: Con\n    url: c.xml\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:4");
    assertThat(p.message()).contains("source id 'con'").contains("Windows device").contains("'con-news'");
    assertThat(parse("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: cons\n    name: C\n    url: c.xml\n")
        .sources()).hasSize(1);
  }

  @Test
  void anEditionPatternWithoutTheDayIsRejectedForEditionsWouldShareAnAddress() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  edition: \"editions/{yyyy}/{MM}/\"\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:4");
    assertThat(p.message()).isEqualTo("'permalinks.edition' must contain {yyyy}, {MM} and {dd}, so that each edition"
        + " has an address of its own, found 'editions/{yyyy}/{MM}/'");
  }

  @Test
  void aPatternGivesBackWhatItsPlaceholdersHoldInAnAddressItMadeAndFillsAnother() {
    assertThat(Permalinks.placeholders("articles/{slug}/", "articles/quay-opens-4f2a/"))
        .hasValue(java.util.Map.of("slug", "quay-opens-4f2a"));
    assertThat(Permalinks.placeholders("articles/{slug}/", "articles/quay/page/2/")).isEmpty();
    assertThat(Permalinks.placeholders("e/{yyyy}/{MM}/{dd}/", "e/2026/11/19/"))
        .hasValue(java.util.Map.of("yyyy", "2026", "MM", "11", "dd", "19"));
    assertThat(Permalinks.placeholders("{slug}/{slug}.html", "a/b.html")).isEmpty();
    assertThat(Permalinks.filled("daily/{yyyy}-{MM}-{dd}/", java.util.Map.of("yyyy", "2026", "MM", "11", "dd", "19")))
        .hasValue("daily/2026-11-19/");
    assertThat(Permalinks.filled("daily/{dd}/", java.util.Map.of("yyyy", "2026"))).isEmpty();
    assertThat(Permalinks.filled("n/{slug}.html", java.util.Map.of("slug", "a$1"))).hasValue("n/a$1.html");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(() -> parse("""
        baseUrl: ftp://e.org/
        editions:
          period: hourly
        sources:
          - id: a
            name: A
            url: a.xml
          - id: a
            url: b.xml
        """))
        .isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems())
            .extracting(Problem::toString)
            .containsExactlyInAnyOrder(
                "broadsheet.yaml: 'title' is required",
                "broadsheet.yaml:1: 'baseUrl' must be an absolute http(s) URL such as https://example.org/news/, found 'ftp://e.org/'",
                "broadsheet.yaml:3: 'editions.period' must be daily or weekly, found 'hourly'",
                "broadsheet.yaml:8: source id 'a' is used twice; ids must be unique",
                "broadsheet.yaml:8: 'sources[1].name' is required"));
  }

  @Test
  void yamlSyntaxErrorNamesTheLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: [unclosed\n");
    assertThat(p.where()).startsWith("broadsheet.yaml:");
    assertThat(p.message()).startsWith("invalid YAML");
  }

  @Test
  void aKeyIndentedLessThanItsSiblingsIsSaidInPlainWordsAtItsLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n   url: https://e.org/f\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:6");
    assertThat(p.message()).startsWith("invalid YAML: this line is indented less than the lines above it in the same"
        + " block, but not as little as the block around it; line its key up with the keys beside it");
  }

  @Test
  void anApostropheInASingleQuotedValueIsNotCalledAnIndentationMistake() {
    Problem p = onlyProblem("title: 'It's here'\nbaseUrl: https://e.org/\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:1");
    assertThat(p.message()).startsWith("invalid YAML").doesNotContain("indented less");
  }

  @Test
  void anUnclosedQuoteIsReportedWithTheLineItOpensOn() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: \"Wire\n"
        + "    url: https://e.org/feed\n  - id: b\n    name: B\n    url: https://e.org/b\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:5");
    assertThat(p.message()).isEqualTo("invalid YAML: this line opens a quote it does not close before the end of the file");
  }

  @Test
  void aQuoteLeftOpenUntilALaterQuoteIsReportedOnTheLineThatOpensIt() {
    // The title's value runs on to the quote of line 6, where the parser stumbles.
    Problem p = onlyProblem("baseUrl: https://e.org/\nlanguage: en\ntitle: \"Newbie Wire\ndescription: D\n"
        + "permalinks:\n  article: \"{slug}/\"\nsources:\n  - id: a\n    name: A\n    url: https://e.org/feed\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:3");
    assertThat(p.message()).startsWith("invalid YAML: this line opens a quote it does not close")
        .contains("the parser stopped on line 6");
  }

  @Test
  void aKeyWithoutItsSpaceIsReportedWithWhatWasExpectedAndWhereTheKeyStarts() {
    Problem p = onlyProblem("title: T\nbaseUrl:https://e.org/\ndescription: D\n");
    // The scanner notices on line 3; the key without its space is on line 2.
    assertThat(p.toString()).isEqualTo("broadsheet.yaml:2: invalid YAML: could not find expected ':'"
        + " (while scanning a simple key that starts here; noticed on line 3)");
  }

  @Test
  void permalinkWithoutItsPlaceholderIsRejected() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: stories/\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:4");
    assertThat(p.message()).contains("{slug}");
  }

  @Test
  void aPermalinkWithASpaceOrAnAccentIsRejectedWithAnAddressThatWorks() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  section: \"rubriques et thèmes/{slug}/\"\n");
    assertThat(p.toString()).isEqualTo("broadsheet.yaml:4: 'permalinks.section' may hold only ASCII letters, digits"
        + " and - . _ ~ / ! $ & ' ( ) , ; = @ besides its placeholders, found a space in 'rubriques et thèmes/{slug}/';"
        + " write 'rubriques-et-themes/{slug}/'");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"actualités/{slug}/\"\n")
        .message()).contains("found 'é'", "write 'actualites/{slug}/'");
    // Letters that carry no accent to take off are spelled as slugs spell them.
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"artykuły/{slug}/\"\n")
        .message()).endsWith("write 'artykuly/{slug}/'");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"статті/{slug}.html\"\n")
        .message()).endsWith("write 'statti/{slug}.html'");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"новини 2026/Łódź Łeba/{slug}/\"\n")
        .message()).endsWith("write 'novini-2026/lodz-leba/{slug}/'");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  edition: \"{year}/{yyyy}/{MM}/{dd}/\"\n").message())
        .isEqualTo("'permalinks.edition' has the placeholder {year}, which it does not fill; its placeholders: {yyyy},"
            + " {MM}, {dd}");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"{yyyy}/{slug}/\"\n").message())
        .contains("the placeholder {yyyy}, which it does not fill; its placeholders: {slug}");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"a:b/{slug}/\"\n").message())
        .contains("found ':'");
    // What a web address holds unescaped stays allowed.
    assertThat(parse("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"news,views/@{slug}/\"\n")
        .permalinks().article()).isEqualTo("news,views/@{slug}/");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"a*b/{slug}/\"\n").message())
        .contains("found '*'");
  }

  @Test
  void aBaseUrlWithAnAccentedPathIsPublishedAsAWebAddressIsWritten() {
    SiteConfig c = parse("title: Daily\nbaseUrl: https://example.org/actualités\n");
    assertThat(c.baseUrl()).hasToString("https://example.org/actualit%C3%A9s/");
    assertThat(c.basePath()).isEqualTo("/actualit%C3%A9s/");
  }

  @Test
  void onlyArticleAndPageAddressesMayBeFilesTheOthersHoldTheirFeedsAndNewsletters() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  article: \"story/{slug}.html\"\n"
        + "  page: \"info/{slug}.html\"\n  section: \"s/{slug}.html\"\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:6");
    assertThat(p.message()).startsWith("'permalinks.section' must end with '/', found 's/{slug}.html': its feeds and"
        + " numbered pages are published inside its folder");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\npermalinks:\n  edition: \"daily/{yyyy}-{MM}-{dd}.html\"\n")
        .message()).contains("an edition's newsletter is published inside its folder");
  }

  @Test
  void missingConfigFileSaysWhereItLooked(@TempDir Path dir) {
    assertThatThrownBy(() -> loader.load(dir))
        .isInstanceOf(BroadsheetException.class)
        .hasMessageContaining(dir.resolve("broadsheet.yaml").toString())
        .hasMessageContaining("Broadsheet site directory");
  }

  @Test
  void loadsFromTheSiteDirectory(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\noutput: out\n");
    SiteConfig c = loader.load(dir);
    assertThat(c.output()).isEqualTo(dir.toAbsolutePath().resolve("out"));
  }

  @Test
  void anOpmlListBecomesSourcesWithSharedKeys(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("subs.opml"), """
        <?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
        <outline text="Science"><outline text="Lab Notes" type="rss" xmlUrl="https://lab.example/feed"/>
          <outline title="Sky &amp; Sea" text="x" type="rss" xmlUrl="https://sky.example/rss"/></outline>
        <outline text="Lab Notes" type="rss" xmlUrl="https://lab2.example/feed"/>
        </body></opml>
        """);
    Files.writeString(dir.resolve("broadsheet.yaml"),
        "title: T\nbaseUrl: https://e.org/\nsources:\n  - {opml: subs.opml, weight: 0.5, timezone: Asia/Tokyo}\n"
            + "  - {id: own, name: Own, url: own.xml}\n");
    SiteConfig c = loader.load(dir);
    assertThat(c.sources()).extracting(SourceConfig::id).containsExactly("lab-notes", "sky-sea", "lab-notes-2", "own");
    assertThat(c.sources().get(1).name()).isEqualTo("Sky & Sea");
    assertThat(c.sources().get(1).section()).isEqualTo("Science");
    assertThat(c.sources().get(2).section()).isNull();
    assertThat(c.sources().get(0).weight()).isEqualTo(0.5);
    assertThat(c.sources().get(0).timezone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    assertThat(c.sources().get(3).timezone()).isNull();
  }

  @Test
  void theFeedPseudoSchemeFeedReadersExportIsReadAsTheWebAddressItStandsFor(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("subs.opml"), "<opml version=\"2.0\"><body>"
        + "<outline text=\"Pods\" xmlUrl=\"feed://pods.example/harbour.xml\"/>"
        + "<outline text=\"Lab\" xmlUrl=\"feed:https://lab.example/feed\"/>"
        + "<outline text=\"Loud\" xmlUrl=\"HTTPS://Loud.example/Feed\"/></body></opml>");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources:\n"
        + "  - {opml: subs.opml}\n  - {id: own, name: Own, url: 'FEED://own.example/rss'}\n");
    SiteConfig c = loader.load(dir);
    // A scheme in capitals is the same scheme; the rest of the address is kept as written.
    assertThat(c.sources()).extracting(SourceConfig::url).containsExactly("http://pods.example/harbour.xml",
        "https://lab.example/feed", "https://Loud.example/Feed", "http://own.example/rss");
    assertThat(c.sources()).allMatch(SourceConfig::isRemote);
  }

  @Test
  void anOpmlSourceKeepsTheIdItsStoreKnowsItByFromBeforeLettersLikeOWithStrokeWereSpelledOut(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("subs.opml"), "<opml version=\"1.0\"><body>"
        + "<outline text=\"Børsen\" xmlUrl=\"https://b.example/f\"/><outline text=\"Łódź Dziś\" xmlUrl=\"https://l.example/f\"/>"
        + "</body></opml>");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources: {opml: subs.opml}\n");
    assertThat(loader.load(dir).sources()).extracting(SourceConfig::id).containsExactly("borsen", "lodz-dzis");
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/sources.json"), "{\"b-rsen\": {\"status\": \"ok\"}}");
    assertThat(loader.load(dir).sources()).extracting(SourceConfig::id).containsExactly("b-rsen", "lodz-dzis");
  }

  @Test
  void sourcesMayBeASingleOpmlMapping(@TempDir Path dir) throws Exception {
    // With the byte order mark some exporters write.
    Files.writeString(dir.resolve("subs.opml"), "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<opml version=\"1.0\"><body><outline text=\"A\" xmlUrl=\"https://a.example/f\"/></body></opml>");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources: {opml: subs.opml}\n");
    assertThat(loader.load(dir).sources()).extracting(SourceConfig::url).containsExactly("https://a.example/f");
  }

  @Test
  void aMissingOpmlFileIsReportedAtItsLine(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources:\n  - opml: gone.opml\n");
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(BroadsheetException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).endsWith("broadsheet.yaml:4");
          assertThat(p.message()).contains("no such OPML file").contains("gone.opml");
        }));
  }

  @Test
  void anOpmlFileListingNoFeedIsAnErrorNotASiteEmptiedWithoutAWord(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("subs.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><head/><body></body></opml>");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources:\n  - opml: subs.opml\n");
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(BroadsheetException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).isEqualTo(dir.resolve("subs.opml").toString());
          assertThat(p.message()).startsWith("lists no feeds");
        }));
  }

  @Test
  void aFeedListedTwiceInOpmlFilesIsOneSource(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.opml"), "<opml version=\"1.0\"><body><outline text=\"Tech\">"
        + "<outline text=\"The Daily Byte\" xmlUrl=\"https://byte.example/feed\"/></outline>"
        + "<outline text=\"Byte again\" xmlUrl=\"https://byte.example/feed\"/></body></opml>");
    Files.writeString(dir.resolve("b.opml"), "<opml version=\"1.0\"><body>"
        + "<outline text=\"The Daily Byte\" xmlUrl=\"https://byte.example/feed\"/>"
        + "<outline text=\"Other\" xmlUrl=\"https://other.example/feed\"/></body></opml>");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources:\n"
        + "  - opml: a.opml\n  - opml: b.opml\n");
    assertThat(loader.load(dir).sources()).extracting(SourceConfig::id).containsExactly("the-daily-byte", "other");
  }

  @Test
  void aCutOffOpmlFileIsAnErrorAtItsOwnLineNotAFewSourcesQuietlyImported(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("subs.opml"), "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><body>\n"
        + "<outline text=\"A\" xmlUrl=\"https://a.example/f\"/>\n<outline text=\"B\" xmlUrl=\"https://b.exa");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nsources:\n  - opml: subs.opml\n");
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(BroadsheetException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).isEqualTo(dir.resolve("subs.opml") + ":4");
          assertThat(p.message()).startsWith("not well-formed XML: ").contains("no source is imported from it");
        }));
    Files.writeString(dir.resolve("subs.opml"), "<opml version=\"2.0\"><body>\n"
        + "<outline text=\"Q & A\" xmlUrl=\"https://a.example/f\"/></body></opml>");
    assertThatThrownBy(() -> loader.load(dir)).isInstanceOfSatisfying(BroadsheetException.class, e ->
        assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.where()).endsWith("subs.opml:2")));
  }

  @Test
  void anAliasIsAnErrorAtItsLineNotItsAnchorsNameAsTheValue() {
    // The parser hands an alias on as its anchor's name: the tagline would have read "t".
    Problem p = onlyProblem("title: &t Alias Digest\nbaseUrl: https://e.org/\ndescription: *t\n");
    assertThat(p.toString()).isEqualTo("broadsheet.yaml:3: 'description' is read as the alias *t of a value given"
        + " earlier, which Broadsheet does not follow: write the value out, and quote text that begins with * (\"*t\")");
  }

  @Test
  void aKeyGivenTwiceIsAnErrorAtItsSecondLine() {
    Problem p = onlyProblem("title: First\nbaseUrl: https://e.org/\ntitle: Second\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:3");
    assertThat(p.message()).isEqualTo("'title' is given twice; keep only one");
    Problem nested = onlyProblem("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: a\n    name: A\n    url: a.xml\n"
        + "    id: b\n");
    assertThat(nested.toString()).isEqualTo("broadsheet.yaml:7: 'sources[0].id' is given twice; keep only one");
  }

  @Test
  void aLanguageThatIsNotABcp47TagIsRejectedAtItsLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\nlanguage: en_GB\n");
    assertThat(p.where()).isEqualTo("broadsheet.yaml:3");
    assertThat(p.message()).contains("BCP 47").contains("'en_GB'");
    assertThat(onlyProblem("title: T\nbaseUrl: https://e.org/\nlanguage: français\n").where())
        .isEqualTo("broadsheet.yaml:3");
    assertThat(parse("title: T\nbaseUrl: https://e.org/\nlanguage: zh-Hant-TW\n").language()).isEqualTo("zh-Hant-TW");
  }

  @Test
  void aValueHoldingACharacterNoPageCanCarryIsRejectedAtItsLine() {
    Problem p = onlyProblem("title: T\nbaseUrl: https://e.org/\ndescription: \"News\\0 today\"\n");
    assertThat(p.toString()).isEqualTo("broadsheet.yaml:3: 'description' holds the character U+0000, which no web page"
        + " or feed may contain; remove it");
  }

  @Test
  void aConfigThatIsNotUtf8IsNamedWithTheLineAndByte(@TempDir Path dir) throws Exception {
    Files.write(dir.resolve("broadsheet.yaml"),
        "title: Caf\u00e9\nbaseUrl: https://e.org/\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> loader.load(dir))
        .isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems()).singleElement()
            .hasToString(dir.resolve("broadsheet.yaml") + ":1: the file is not UTF-8 text (byte 0xE9 at offset 10);"
                + " save it as UTF-8"));
    Files.write(dir.resolve("broadsheet.yaml"),
        "title: T\nbaseUrl: https://e.org/\n".getBytes(java.nio.charset.StandardCharsets.UTF_16));
    assertThatThrownBy(() -> loader.load(dir)).hasMessageContaining("UTF-16").hasMessageNotContaining("Input length");
  }

  @Test
  void aMergeConflictLeftInTheConfigIsSaidToBeOne() {
    assertThatThrownBy(() -> parse("title: Daily\n<<<<<<< HEAD\nbaseUrl: https://a.example/\n=======\n"
        + "baseUrl: https://b.example/\n>>>>>>> main\n"))
        .isInstanceOf(dev.broadsheet.base.BroadsheetException.class).hasMessageContaining("broadsheet.yaml:2")
        .hasMessageContaining("conflict markers");
  }
}
