package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.render.Messages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The theme's scripts speak the site's language: built in French, German and Spanish, the sample
 * site's filtered front page counts what it shows and search (opened from disk) reports its
 * matches in the words of that language's bundle, which reach the scripts through the page.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class LocalisedScriptsInBrowserTest {
  @TempDir Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"fr", "de", "es"})
  void theFilteredCountAndTheSearchStatusAreInTheSitesLanguage(String language) throws Exception {
    Path site = sampleSite(language, language);
    build(site);
    Messages t = Messages.load(null, language);
    Path out = site.resolve("public");
    try (StaticServer server = new StaticServer(out); Chromium browser = new Chromium()) {
      browser.open(server.url(""), 1280);
      browser.eval("localStorage.setItem('broadsheet.follows', JSON.stringify(['sections/business/'])); 0");
      browser.open(server.url(""), 1280);
      int shown = browser.shownStories();
      assertThat(shown).isBetween(1, 8);
      assertThat(text(browser, "[data-story-count]")).isEqualTo(t.text("count.stories", shown));
      assertThat(text(browser, "[data-for-you-label]")).isEqualTo(t.text("forYou.curated"));
      assertThat(text(browser, "[data-for-you-toggle]")).isEqualTo(t.text("forYou.showAll"));

      browser.open(out.resolve("search/index.html").toAbsolutePath().toUri() + "?q=shipyards%20ferries", 1280);
      JsonNode results = waitForResults(browser);
      assertThat(results.size()).isEqualTo(1);
      // The bundle's pattern with {0} and {1} left for the script, as the page carries it.
      assertThat(text(browser, "[data-search-status]"))
          .isEqualTo(t.text("search.one").replace("{0}", "1").replace("{1}", "shipyards ferries"));
    }
  }

  @Test
  void searchFindsLettersWithoutAccentsAsTheSitesAddressesSpellThem() throws Exception {
    searchFinds("spelled", "en-GB", " from Łódź Straße", "lodz%20strasse", "%C5%82%C3%B3d%C5%BA%20STRASSE",
        "Lodz%20Stra%C3%9Fe");
  }

  @Test
  void followingAnOutletShowsTheStoriesItReportsThoughAnotherLeadsThem() throws Exception {
    Path site = sampleSite("follow", "en-GB");
    // The wire carries the latest edition's sailing story too, under its own address.
    Path wire = site.resolve("feeds/coastline-news-service.xml");
    Files.writeString(wire, Files.readString(wire).replaceFirst("<item>", "<item><title>Sailing school offers free"
        + " winter lessons for teenagers</title><link>https://coastline-news.example/2026/11/24/sailing</link>"
        + "<description>The sailing school offers free winter lessons for teenagers.</description>"
        + "<pubDate>Tue, 24 Nov 2026 19:00:00 GMT</pubDate></item><item>"));
    build(site);
    try (StaticServer server = new StaticServer(site.resolve("public")); Chromium browser = new Chromium()) {
      browser.open(server.url(""), 1280);
      // A story some outlet reports without leading it: that outlet's page is not the first listed.
      String other = browser.eval("(() => { for (const el of document.querySelectorAll('main [data-source]')) {"
          + " const s = el.getAttribute('data-source').split(' '); if (s.length > 1 && s[1] !== s[0]) return s[1]; }"
          + " return ''; })()").asText();
      assertThat(other).startsWith("sources/");
      browser.eval("localStorage.setItem('broadsheet.follows', JSON.stringify(['" + other + "'])); 0");
      browser.open(server.url(""), 1280);
      int shown = browser.eval("Array.from(document.querySelectorAll('main [data-source]')).filter(el => el.offsetParent"
          + " !== null && el.getAttribute('data-source').split(' ').indexOf('" + other + "') > 0).length").asInt();
      assertThat(shown).isPositive();
      browser.open(server.url(other), 1280);
      assertThat(browser.eval("[document.querySelector('[data-follow]').textContent,"
          + " document.querySelector('[data-follow]').getAttribute('aria-pressed')].join()").asText())
          .isEqualTo("Follow,true");
    }
  }

  @Test
  void searchMatchesWordStartsAndASingleLetterOnlyAsAWord() throws Exception {
    // A script written without spaces is searched anywhere in its runs (都庁 inside 東京都庁舎), and so
    // is Korean, whose compounds are one word (금리 inside 기준금리); a word with vowel signs is one
    // word (भार starts भारत).
    searchFinds("words", "en-GB", " for the A&E unit 東京都庁舎 भारत 기준금리", "A%26E", "shipyard", "hybrid%20ferr",
        "%E9%83%BD%E5%BA%81", "%E0%A4%AD%E0%A4%BE%E0%A4%B0", "%EA%B8%88%EB%A6%AC");
    Path out = temp.resolve("words/public");
    try (Chromium browser = new Chromium()) {
      browser.open(out.resolve("search/index.html").toAbsolutePath().toUri() + "?q=A%26E", 1280);
      // "a" and "e" as words: not every headline holding those letters.
      assertThat(waitForResults(browser)).hasSize(1);
      browser.open(out.resolve("search/index.html").toAbsolutePath().toUri() + "?q=ipyards", 1280);
      Thread.sleep(500);
      assertThat(browser.eval("document.querySelectorAll('[data-search-results] li').length").asInt()).isZero();
      // The search field shows where the keyboard is, as links and buttons do.
      assertThat(browser.eval("(() => { const f = document.querySelector('[data-search-form] input[type=search],"
          + " [data-search-form] input'); f.focus(); return getComputedStyle(f).outlineWidth; })()").asText())
          .isEqualTo("3px");
    }
  }

  @Test
  void searchFindsArabicAndHebrewWordsWithOrWithoutTheirPointsAndArabicHamzaFormsAsTheBareAlef() throws Exception {
    // أخبار الإمارات typed with bare alefs, or with its vowel points; مكتبة typed with a final ه;
    // pointed שָׁלוֹם typed without points.
    searchFinds("points", "en-GB", " \u0623\u062e\u0628\u0627\u0631 \u0627\u0644\u0625\u0645\u0627\u0631\u0627\u062a"
        + " \u0645\u0643\u062a\u0628\u0629 \u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd",
        "%D8%A7%D8%AE%D8%A8%D8%A7%D8%B1%20%D8%A7%D9%84%D8%A7%D9%85%D8%A7%D8%B1%D8%A7%D8%AA",
        "%D8%A3%D9%8E%D8%AE%D9%92%D8%A8%D9%8E%D8%A7%D8%B1", "%D9%85%D9%83%D8%AA%D8%A8%D9%87",
        "%D7%A9%D7%9C%D7%95%D7%9D");
  }

  @Test
  void onAnArabicSiteSearchFindsAWordWithoutItsArticleAndDigitsInEitherScript() throws Exception {
    // الأمطار في الرياض ١٢ (the rains in Riyadh, 12): found as امطار, بالرياض and 12.
    searchFinds("arabic", "ar", " \u0627\u0644\u0623\u0645\u0637\u0627\u0631 \u0641\u064a"
        + " \u0627\u0644\u0631\u064a\u0627\u0636 \u0661\u0662",
        "%D8%A7%D9%85%D8%B7%D8%A7%D8%B1", "%D8%A8%D8%A7%D9%84%D8%B1%D9%8A%D8%A7%D8%B6", "12%20%D8%A7%D9%85%D8%B7%D8%A7%D8%B1");
  }

  @Test
  void aNumberOrLatinWordWrittenAgainstJapaneseIsFound() throws Exception {
    // 38 and AI are words of their own beside Japanese and Chinese; 投票率 is found inside its run.
    searchFinds("cjk", "ja", " 投票率は過去最低の38％ 国产AI芯片", "38", "ai", "%E6%8A%95%E7%A5%A8%E7%8E%87",
        "%EF%BC%93%EF%BC%98", "AI%E8%8A%AF%E7%89%87");
  }

  @Test
  void anArabicSitesSearchCountsInTheDigitsItsPagesWrite() throws Exception {
    Path site = sampleSite("arabic-digits", "ar");
    build(site);
    try (Chromium browser = new Chromium()) {
      browser.open(site.resolve("public/search/index.html").toAbsolutePath().toUri() + "?q=ferry", 1280);
      assertThat(waitForResults(browser)).isNotEmpty();
      String status = text(browser, "[data-search-status]");
      assertThat(status).containsPattern("[\u0661-\u0669]").doesNotContainPattern("[0-9]");
    }
  }

  @Test
  void onAGermanSiteSearchFindsUmlautsSpelledOut() throws Exception {
    searchFinds("umlauts", "de-CH", " from Zürich", "zuerich", "Z%C3%BCrich", "zurich");
    // "eu" is a sound of its own, no spelt-out umlaut: another form of "neue" finds it.
    searchFinds("diphthongs", "de-CH", " neue Fähren", "neuen%20f%C3%A4hre");
  }

  @Test
  void searchReadsEveryMonthsPartOfTheIndexAndListsEqualMatchesNewestFirst() throws Exception {
    Path site = sampleSite("months", "en-GB");
    Path feed = site.resolve("feeds/coastline-news-service.xml");
    Files.writeString(feed, Files.readString(feed)
        .replace("<title>Island communities ask for better mobile coverage", "<title>Island communities ask for better mobile coverage zephyrquay")
        .replace("<pubDate>Wed, 18 Nov 2026 09:00:00 +0000", "<pubDate>Fri, 16 Oct 2026 09:00:00 +0000")
        .replace("<title>Pharmacies to offer free blood pressure checks", "<title>Pharmacies to offer free blood pressure checks zephyrquay"));
    build(site);
    Path out = site.resolve("public");
    assertThat(out.resolve("search/2026-10.js")).exists();
    assertThat(out.resolve("search/2026-11.js")).exists();
    try (Chromium browser = new Chromium()) {
      browser.open(out.resolve("search/index.html").toAbsolutePath().toUri() + "?q=zephyrquay", 1280);
      JsonNode results = waitForResults(browser);
      assertThat(results).hasSize(2);
      assertThat(results.get(0).asText()).startsWith("Pharmacies to offer").contains("23 November 2026");
      assertThat(results.get(1).asText()).startsWith("Island communities").contains("16 October 2026");
    }
  }

  @Test
  void searchCountsInTheFormTheLanguagesPluralRulesGiveWhenTheSitesLabelsHaveIt() throws Exception {
    Path site = sampleSite("polish", "pl");
    Files.createDirectories(site.resolve("templates/messages"));
    Files.writeString(site.resolve("templates/messages/pl.properties"), "search.one=Pasuje {0} artykuł do „{1}”.\n"
        + "search.few=Pasują {0} artykuły do „{1}”.\nsearch.other=Pasuje {0} artykułów do „{1}”.\n");
    Path feed = site.resolve("feeds/coastline-news-service.xml");
    Files.writeString(feed, Files.readString(feed)
        .replace("<title>Island communities ask for better mobile coverage", "<title>Island communities ask for better mobile coverage zephyrquay")
        .replace("<title>Pharmacies to offer free blood pressure checks", "<title>Pharmacies to offer free blood pressure checks zephyrquay"));
    // Five headlines of another feed end in another word.
    Path other = site.resolve("feeds/port-alder-courier.xml");
    String text = Files.readString(other);
    for (int i = 0, at = 0; i < 5; i++) {
      at = text.indexOf("</title>", text.indexOf("<item>", at));
      text = text.substring(0, at) + " quayzephyr" + text.substring(at);
      at += 20;
    }
    Files.writeString(other, text);
    build(site);
    try (Chromium browser = new Chromium()) {
      browser.open(site.resolve("public/search/index.html").toAbsolutePath().toUri() + "?q=zephyrquay", 1280);
      assertThat(waitForResults(browser)).hasSize(2);
      assertThat(text(browser, "[data-search-status]")).isEqualTo("Pasują 2 artykuły do „zephyrquay”.");
      // A form the labels do not give ("many" for five) is their "other".
      browser.open(site.resolve("public/search/index.html").toAbsolutePath().toUri() + "?q=quayzephyr", 1280);
      assertThat(waitForResults(browser)).hasSize(5);
      assertThat(text(browser, "[data-search-status]")).isEqualTo("Pasuje 5 artykułów do „quayzephyr”.");
    }
  }

  /**
   * The sample site in {@code language}, one headline ending in {@code words}: each of {@code
   * queries} (as in a URL) finds it.
   */
  private void searchFinds(String name, String language, String words, String... queries) throws Exception {
    Path site = sampleSite(name, language);
    Path feed = site.resolve("feeds/coastline-news-service.xml");
    Files.writeString(feed, Files.readString(feed).replace("<title>Alder Shipyards wins contract for two hybrid ferries",
        "<title>Alder Shipyards wins contract for two hybrid ferries" + words));
    build(site);
    Path out = site.resolve("public");
    try (Chromium browser = new Chromium()) {
      for (String query : queries) {
        browser.open(out.resolve("search/index.html").toAbsolutePath().toUri() + "?q=" + query, 1280);
        assertThat(waitForResults(browser).toString()).as(query).contains("Alder Shipyards wins contract");
      }
    }
  }

  /** A copy of the sample site in {@code language}, in the folder {@code name}. */
  private Path sampleSite(String name, String language) throws Exception {
    Path site = temp.resolve(name);
    SiteInBrowserTest.copy(Path.of("..", "sample-site"), site);
    Path config = site.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("language: en-GB", "language: " + language));
    return site;
  }

  private static void build(Path site) {
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"),
        ZoneOffset.UTC)));
  }

  private static String text(Chromium browser, String selector) throws Exception {
    return browser.eval("document.querySelector('" + selector + "').textContent").asText();
  }

  private static JsonNode waitForResults(Chromium browser) throws Exception {
    String results = "Array.from(document.querySelectorAll('[data-search-results] li')).map(li => li.textContent)";
    JsonNode found = browser.eval(results);
    for (int i = 0; i < 50 && found.isEmpty(); i++) {
      Thread.sleep(100);
      found = browser.eval(results);
    }
    return found;
  }
}
