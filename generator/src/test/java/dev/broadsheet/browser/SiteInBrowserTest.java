package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample site as a reader sees it, in headless Chromium: axe-core accessibility checks at
 * phone and desktop widths, search from a server and from disk, following a section, no console
 * error and no request leaving 127.0.0.1 (screenshots: {@link PageScreenshotsTest}). Skips,
 * saying why, when Chromium or axe-core is not installed
 * ({@code .ci/run} installs both).
 */
@org.junit.jupiter.api.condition.EnabledIf(value = "browserAndAxeAvailable",
    disabledReason = "no Chromium at /usr/bin/chromium or no axe-core in .ci/npm (.ci/run installs both)")
class SiteInBrowserTest {
  static final Path AXE = Path.of("..", ".ci", "npm", "node_modules", "axe-core", "axe.min.js");

  @TempDir static Path temp;
  static StaticServer server;
  static Chromium browser;
  static final List<String> requests = new CopyOnWriteArrayList<>();
  static final List<String> consoleErrors = new CopyOnWriteArrayList<>();
  /** Addresses the site has no page at, opened on purpose: the server's 404 for them is no error. */
  static final List<String> MISSING = List.of("no/such/page/", "2026/11/an-old-link/");

  /** Whether this machine has what the tests need; when not, every test shows as skipped, with the reason. */
  static boolean browserAndAxeAvailable() {
    return Chromium.available() && Files.isRegularFile(AXE);
  }

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(Chromium.available(), "skipped: no Chromium at " + Chromium.BINARY + " (.ci/run installs it)");
    Assumptions.assumeTrue(Files.isRegularFile(AXE), "skipped: axe-core is not at " + AXE.toAbsolutePath().normalize()
        + " (.ci/run installs it with npm)");
    Path site = temp.resolve("site");
    copy(Path.of("..", "sample-site"), site);
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    server = new StaticServer(site.resolve("public"));
    browser = new Chromium();
    browser.onEvent(e -> {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Network.requestWillBeSent")) {
        requests.add(p.path("request").path("url").asText());
      } else if (method.equals("Runtime.exceptionThrown")) {
        consoleErrors.add(p.path("exceptionDetails").toString());
      } else if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error")) {
        consoleErrors.add(p.path("args").toString());
      } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")
          && !p.path("entry").path("url").asText().endsWith("/favicon.ico")
          && MISSING.stream().noneMatch(p.path("entry").path("url").asText()::endsWith)) {
        consoleErrors.add(p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
      }
    });
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (server != null) {
      server.close();
    }
  }

  private static String articlePath() throws IOException {
    try (Stream<Path> dirs = Files.list(temp.resolve("site/public/articles"))) {
      return "articles/" + dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("alder-shipyards"))
          .sorted().findFirst().orElseThrow() + "/";
    }
  }

  @Test
  void keyPagesHaveNoSeriousAccessibilityViolationsAtPhoneAndDesktopWidths() throws Exception {
    String axe = Files.readString(AXE);
    List<String> pages = List.of("", "editions/2026/11/19/", articlePath(), "sections/business/", "search/",
        MISSING.get(0));
    List<String> names = List.of("home", "edition", "article", "section", "search", "not found");
    List<String> violations = new ArrayList<>();
    for (int width : new int[] {375, 1280}) {
      for (int i = 0; i < pages.size(); i++) {
        browser.open(server.url(pages.get(i)), width);
        if (browser.eval("typeof axe").asText().equals("undefined")) {
          browser.eval(axe + ";0");
        }
        JsonNode found = browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
            + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target.join(' ')).join(', ')))");
        String where = names.get(i) + "@" + width + ": ";
        found.forEach(v -> violations.add(where + v.asText()));
        int scrollWidth = browser.eval("document.documentElement.scrollWidth").asInt();
        assertThat(scrollWidth).as("%s at %d px must not scroll sideways", names.get(i), width).isLessThanOrEqualTo(width);
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void theDarkThemeAlsoPassesTheAccessibilityChecks() throws Exception {
    String axe = Files.readString(AXE);
    browser.send("Emulation.setEmulatedMedia", java.util.Map.of("features",
        List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
    List<String> violations = new ArrayList<>();
    try {
      for (String page : List.of("", articlePath(), "search/")) {
        browser.open(server.url(page), 1280);
        String name = page.isEmpty() ? "home" : page.startsWith("search") ? "search" : "article";
        assertThat(browser.eval("getComputedStyle(document.body).backgroundColor").asText())
            .as("dark background").isEqualTo("rgb(21, 24, 28)");
        if (browser.eval("typeof axe").asText().equals("undefined")) {
          browser.eval(axe + ";0");
        }
        browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
            + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help))")
            .forEach(v -> violations.add(name + " (dark): " + v.asText()));
      }
    } finally {
      browser.send("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void onAPhoneTheCurrentSectionIsInViewAndALongWordDoesNotWidenTheArticle() throws Exception {
    browser.open(server.url(""), 375);
    String last = browser.eval("Array.from(document.querySelectorAll('.site-nav a')).filter(a =>"
        + " a.pathname.includes('/sections/')).pop().href").asText();
    browser.open(last, 375);
    // The menu scrolls sideways on a phone: the current page's item is scrolled clear of its faded edge.
    JsonNode seen = browser.eval("(() => { const a = document.querySelector(\".site-nav [aria-current='page']\");"
        + " const r = a.getBoundingClientRect(), u = a.closest('ul').getBoundingClientRect();"
        + " return r.left >= u.left && r.right <= u.right - 30; })()");
    assertThat(seen.asBoolean()).as("current menu item of %s in view", last).isTrue();
    browser.open(server.url(articlePath()), 375);
    double width = browser.eval("(() => { const p = document.createElement('p');"
        + " p.textContent = 'https://example.org/' + 'averyveryverylongpathsegment'.repeat(4) + ' and'"
        + " + ' Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';"
        + " document.querySelector('.story-body').appendChild(p); return document.documentElement.scrollWidth; })()")
        .asDouble();
    assertThat(width).as("page width at 375px").isLessThanOrEqualTo(375);
    // Nor in a headline, on the narrowest phones: on the article page and on a card of the front page.
    browser.open(server.url(articlePath()), 320);
    double headline = browser.eval("(() => { document.querySelector('.story-title').textContent ="
        + " 'Das Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen kehrt zurück';"
        + " return document.documentElement.scrollWidth; })()").asDouble();
    assertThat(headline).as("article page width at 320px with a long word in its headline").isLessThanOrEqualTo(320);
    browser.open(server.url(""), 320);
    double card = browser.eval("(() => { document.querySelector('.card-title a').textContent ="
        + " 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';"
        + " return document.documentElement.scrollWidth; })()").asDouble();
    assertThat(card).as("front page width at 320px with a long word in a card's headline").isLessThanOrEqualTo(320);
    double line = browser.eval("(() => { document.querySelector('.line-title').textContent ="
        + " 'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen';"
        + " return document.documentElement.scrollWidth; })()").asDouble();
    assertThat(line).as("front page width at 320px with a long word in a line's headline").isLessThanOrEqualTo(320);
    browser.open(server.url(articlePath()), 375);
    double code = browser.eval("(() => { const pre = document.createElement('pre');"
        + " pre.textContent = 'for (int i = 0; i < 10; i++) { System.out.println(\\\"' + 'x'.repeat(200) + '\\\"); }';"
        + " document.querySelector('.story-body').appendChild(pre); return document.documentElement.scrollWidth; })()")
        .asDouble();
    assertThat(code).as("article width at 375px with a long line of code").isLessThanOrEqualTo(375);
  }

  @Test
  void anEditorsTableIsRuledAndScrollsWithinThePageAndAQuoteIsSetOff() throws Exception {
    browser.open(server.url("about/"), 375);
    JsonNode seen = browser.eval("(() => { const prose = document.querySelector('.prose');"
        + " const t = document.createElement('table');"
        + " t.innerHTML = '<tr><th>Berth</th><th>Length</th></tr><tr><td>North quay</td><td>'"
        + " + '120 m '.repeat(30) + '</td></tr>'; prose.appendChild(t);"
        + " const q = document.createElement('blockquote'); q.textContent = 'We will reopen in spring.';"
        + " prose.appendChild(q); const td = getComputedStyle(t.querySelector('td'));"
        + " return { width: document.documentElement.scrollWidth, cell: td.borderBottomWidth, pad: td.paddingInlineEnd,"
        + " quote: getComputedStyle(q).borderInlineStartWidth }; })()");
    assertThat(seen.path("width").asDouble()).as("page width at 375px with a wide table").isLessThanOrEqualTo(375);
    assertThat(seen.path("cell").asText()).isEqualTo("1px");
    assertThat(seen.path("pad").asText()).isNotEqualTo("0px");
    assertThat(seen.path("quote").asText()).isEqualTo("3px");
  }

  @Test
  void searchFindsAKnownArticle() throws Exception {
    browser.open(server.url("search/?q=shipyards%20ferries"), 1280);
    Thread.sleep(300);
    JsonNode titles = browser.eval("Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)");
    assertThat(titles.toString()).contains("Alder Shipyards wins contract for two hybrid ferries");
    String href = browser.eval("document.querySelector('[data-search-results] a').href").asText();
    browser.open(href, 1280);
    assertThat(browser.eval("document.querySelector('h1').textContent").asText())
        .isEqualTo("Alder Shipyards wins contract for two hybrid ferries");
    // A tag's word finds what the tag's page lists, though no headline or teaser says it.
    browser.open(server.url("search/?q=football"), 1280);
    Thread.sleep(300);
    assertThat(browser.eval("document.querySelectorAll('[data-search-results] a').length").asInt()).isPositive();
  }

  @Test
  void searchFindsOtherFormsOfAWordAndOffersTheNearestWordForAMisspeltOne() throws Exception {
    browser.open(server.url("search/?q=shipyard%20ferry"), 1280);
    JsonNode titles = waitFor("Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)");
    assertThat(titles.toString()).contains("Alder Shipyards wins contract for two hybrid ferries");
    browser.open(server.url("search/?q=shipyrds%20feries"), 1280);
    JsonNode offered = waitFor("Array.from(document.querySelectorAll('[data-search-status] a')).map(a => a.textContent)");
    assertThat(browser.eval("document.querySelector('[data-search-status]').textContent").asText())
        .isEqualTo("No articles match “shipyrds feries”. Did you mean shipyards ferries?");
    assertThat(offered.toString()).contains("shipyards ferries");
    browser.eval("document.querySelector('[data-search-status] a').click(), 0");
    JsonNode found = waitFor("Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)");
    assertThat(found.toString()).contains("Alder Shipyards wins contract for two hybrid ferries");
  }

  @Test
  void searchRanksAHeadlineWordInAnyFormFirstCountsEveryHitAndListsTheRestOnRequest() throws Exception {
    browser.open(server.url("search/?q=ferry"), 1280);
    JsonNode titles = waitFor("Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)");
    // Headlines with the word in any form first, then reports that have it in their summary only.
    List<String> order = new ArrayList<>();
    titles.forEach(t -> order.add(t.asText()));
    int headlines = (int) order.stream().filter(t -> t.toLowerCase(java.util.Locale.ROOT).contains("ferr")).count();
    assertThat(order.subList(0, headlines)).allMatch(t -> t.toLowerCase(java.util.Locale.ROOT).contains("ferr"))
        .contains("Alder Shipyards wins contract for two hybrid ferries");
    assertThat(order.subList(headlines, order.size())).contains("Island communities ask for better mobile coverage");
    // Words starting "th" are in nearly every report: the count is every hit's, and the rest are a button away.
    browser.open(server.url("search/?q=th"), 1280);
    waitFor("Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)");
    int total = Integer.parseInt(browser.eval("document.querySelector('[data-search-status]').textContent").asText()
        .replaceAll("\\D+", ""));
    assertThat(total).isGreaterThan(50);
    assertThat(browser.eval("document.querySelectorAll('[data-search-results] li').length").asInt()).isEqualTo(50);
    assertThat(browser.eval("document.querySelector('.search-more').textContent").asText())
        .isEqualTo("Show " + Math.min(50, total - 50) + " more");
    browser.eval("document.querySelector('.search-more').click(), 0");
    assertThat(browser.eval("document.querySelectorAll('[data-search-results] li').length").asInt())
        .isEqualTo(Math.min(100, total));
    // A link within the page (the skip link) is no other search: what is listed stays.
    browser.eval("location.hash = 'main', 0");
    Thread.sleep(300);
    assertThat(browser.eval("document.querySelectorAll('[data-search-results] li').length").asInt())
        .isEqualTo(Math.min(100, total));
  }

  @Test
  void aQueryIsSaidBackAsTypedAndEachSearchIsAStepOfTheHistory() throws Exception {
    browser.open(server.url("search/"), 1280);
    for (String q : List.of("storm $&", "ferry")) {
      browser.eval("(() => { document.querySelector('input[name=q]').value = " + new ObjectMapper().writeValueAsString(q)
          + "; document.querySelector('form[role=search]').requestSubmit(); return 0; })()");
      waitFor("(s => s.indexOf('match') >= 0 ? [s] : [])(document.querySelector('[data-search-status]').textContent)");
    }
    browser.eval("history.back(), 0");
    JsonNode status = waitFor("(s => document.querySelector('input[name=q]').value === 'storm $&'"
        + " && s.indexOf('storm') >= 0 ? [s] : [])(document.querySelector('[data-search-status]').textContent)");
    assertThat(status.get(0).asText()).endsWith("match “storm $&”.");
    assertThat(browser.eval("document.title").asText()).startsWith("storm $& · ");
  }

  @Test
  void aReaderOnAMissingPageSearchesFromIt() throws Exception {
    browser.open(server.url(MISSING.get(1)), 1280);
    assertThat(browser.eval("document.querySelector('h1').textContent").asText()).isEqualTo("Page not found");
    browser.eval("(() => { document.querySelector('input[name=q]').value = 'shipyards ferries';"
        + " document.querySelector('form[role=search]').requestSubmit(); return 0; })()");
    JsonNode titles = waitFor("location.pathname.endsWith('/search/') && Array.from(document.querySelectorAll("
        + "'[data-search-results] a')).map(a => a.textContent)");
    assertThat(titles.toString()).contains("Alder Shipyards wins contract for two hybrid ferries");
  }

  @Test
  void searchFromAPageOpenedFromDiskFindsAKnownArticle() throws Exception {
    Path page = temp.resolve("site/public/search/index.html").toAbsolutePath();
    browser.open(page.toUri() + "?q=shipyards%20ferries", 1280);
    JsonNode titles = waitFor("Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)");
    assertThat(titles.toString()).contains("Alder Shipyards wins contract for two hybrid ferries");
    assertThat(browser.eval("document.querySelector('[data-search-status]').textContent").asText())
        .isEqualTo("1 article matches “shipyards ferries”.");
    String href = browser.eval("document.querySelector('[data-search-results] a').href").asText();
    assertThat(href).startsWith("file:").endsWith("/index.html");
    browser.open(href, 1280);
    assertThat(browser.eval("document.querySelector('h1').textContent").asText())
        .isEqualTo("Alder Shipyards wins contract for two hybrid ferries");
  }

  @Test
  void followingASectionFiltersTheHomePageReflowsItsGridsAndCountsWhatIsShown() throws Exception {
    browser.open(server.url(""), 1280);
    browser.eval("localStorage.clear(); 0");
    browser.open(server.url(""), 1280);
    String total = browser.eval("document.querySelector('[data-story-count]').textContent").asText();
    assertThat(total).isEqualTo(shownStories() + " stories");
    browser.open(server.url("sections/business/"), 1280);
    assertThat(browser.eval("document.querySelector('[data-follow]').hidden").asBoolean()).isFalse();
    browser.eval("document.querySelector('[data-follow]').click(); 0");
    assertThat(browser.eval("document.querySelector('[data-follow]').getAttribute('aria-pressed')").asText()).isEqualTo("true");
    // A toggle keeps its name: "Follow, pressed", not "Following, pressed".
    assertThat(browser.eval("document.querySelector('[data-follow]').textContent").asText()).isEqualTo("Follow");
    for (int width : new int[] {1280, 900, 375}) {
      browser.open(server.url(""), width);
      JsonNode visible = browser.shownStorySections();
      assertThat(visible.size()).isGreaterThan(0);
      visible.forEach(s -> assertThat(s.asText()).isEqualTo("sections/business/"));
      assertThat(checkGrids("business at " + width + " px")).isNotEmpty();
    }
    if (browser.eval("typeof axe").asText().equals("undefined")) {
      browser.eval(Files.readString(AXE) + ";0");
    }
    assertThat(browser.eval("axe.run(document, {resultTypes: ['violations']}).then(r => r.violations"
        + ".filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.help))"))
        .as("accessibility of the filtered front page").isEmpty();
    assertThat(browser.eval("document.querySelector('[data-for-you]').hidden").asBoolean()).isFalse();
    browser.eval("document.querySelector('[data-for-you-toggle]').click(); 0");
    // "Show everything": every story again, and the edition's own count.
    assertThat(shownStories() + " stories").isEqualTo(total);
    assertThat(browser.eval("document.querySelector('[data-story-count]').textContent").asText()).isEqualTo(total);
    browser.eval("localStorage.clear(); 0");
  }

  /** Every image of the page scrolled into view (lazy ones load then) and decoded; what each shows, as JSON. */
  private static JsonNode images(String selector) throws Exception {
    return browser.eval("(async () => { const imgs = Array.from(document.querySelectorAll('" + selector + "'));"
        + " for (const i of imgs) { i.scrollIntoView(); await i.decode().catch(() => {}); }"
        + " return imgs.map(i => ({src: i.currentSrc, complete: i.complete, natural: i.naturalWidth,"
        + " shown: Math.round(i.getBoundingClientRect().width), height: Math.round(i.getBoundingClientRect().height),"
        + " alt: i.getAttribute('alt'), loading: i.getAttribute('loading')})); })()");
  }

  @Test
  void thumbnailsAndTheLeadImageLoadFromTheSiteAtPhoneAndDesktopWidths() throws Exception {
    String article;
    try (Stream<Path> dirs = Files.list(temp.resolve("site/public/articles"))) {
      article = "articles/" + dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith("storm-leaves"))
          .findFirst().orElseThrow() + "/";
    }
    int before = requests.size();
    List<String> cardPages = List.of("", "editions/2026/11/19/", "sections/local/");
    List<String> names = List.of("home", "edition", "section");
    for (int width : new int[] {375, 1280}) {
      for (int i = 0; i < cardPages.size(); i++) {
        browser.open(server.url(cardPages.get(i)), width);
        JsonNode thumbs = images("img.card-image");
        browser.eval("window.scrollTo(0, 0); 0");
        browser.screenshot(PageScreenshotsTest.SCREENSHOTS.resolve("images-" + names.get(i) + "-" + width + ".png"));
        String where = names.get(i) + "@" + width;
        assertThat(thumbs.size()).as("thumbnails on %s", where).isPositive();
        // The page's first card, at its top, has its picture fetched at once; the others as they are scrolled to.
        JsonNode loading = browser.eval("Array.from(document.querySelectorAll('main .card')).map(c =>"
            + " { const i = c.querySelector('img.card-image'); return i ? i.getAttribute('loading') : 'none'; })");
        for (int k = 0; k < loading.size(); k++) {
          String expected = loading.get(k).asText().equals("none") ? "none" : k == 0 ? "null" : "lazy";
          assertThat(loading.get(k).asText()).as("%s card %d's picture", where, k).isEqualTo(expected);
        }
        for (JsonNode t : thumbs) {
          assertThat(t.path("src").asText()).as(where).startsWith(server.url("images/"));
          assertThat(t.path("complete").asBoolean() && t.path("natural").asInt() > 0).as("%s loaded %s", where, t).isTrue();
          assertThat(t.path("shown").asInt()).as("%s width of %s", where, t).isBetween(100, width);
          assertThat(t.path("height").asInt()).as("%s height of %s", where, t).isPositive();
        }
      }
      browser.open(server.url(article), width);
      JsonNode lead = images("figure.story-image img");
      browser.eval("window.scrollTo(0, 0); 0");
      browser.screenshot(PageScreenshotsTest.SCREENSHOTS.resolve("images-article-" + width + ".png"));
      assertThat(lead.size()).isEqualTo(1);
      JsonNode img = lead.get(0);
      assertThat(img.path("src").asText()).startsWith(server.url("images/"));
      assertThat(img.path("complete").asBoolean() && img.path("natural").asInt() > 0).as("lead image loaded").isTrue();
      assertThat(img.path("loading").isNull()).as("the lead image is not lazy").isTrue();
      assertThat(img.path("alt").asText()).isEqualTo("Grey storm clouds over a dark sea");
      assertThat(img.path("shown").asInt()).isBetween(300, width);
      assertThat(browser.eval("document.querySelector('.story-image figcaption').textContent").asText())
          .isEqualTo("Illustration: The Port Alder Digest");
    }
    List<String> made = new ArrayList<>(requests.subList(before, requests.size()));
    assertThat(made).anyMatch(u -> u.contains("/images/"))
        .allMatch(u -> u.startsWith(server.url("")) || u.startsWith("data:"), "every request goes to the site");
  }

  @Test
  void followingSeveralSectionsLeavesNoGridWithEmptyColumnsBesideItsCards() throws Exception {
    List<JsonNode> grids = new ArrayList<>();
    for (List<String> follows : List.of(List.of("sections/local/"), List.of("sections/local/", "sections/sports/"),
        List.of("sections/business/", "sections/science/"),
        List.of("sections/business/", "sections/science/", "sections/culture/"))) {
      browser.open(server.url(""), 1280);
      browser.eval("localStorage.setItem('broadsheet.follows', JSON.stringify(" + follows.stream()
          .map(f -> "'" + f + "'").toList() + ")); 0");
      for (int width : new int[] {1280, 900}) {
        browser.open(server.url(""), width);
        grids.addAll(checkGrids(follows + " at " + width + " px"));
      }
    }
    browser.eval("localStorage.clear(); 0");
    // Not only single cards: grids of two and three cards in two and three columns were measured.
    assertThat(grids).anyMatch(g -> g.path("cards").asInt() > 1 && g.path("columns").asInt() == 2)
        .anyMatch(g -> g.path("cards").asInt() > 2 && g.path("columns").asInt() == 3);
  }

  @Test
  void aLonePickWithAPictureSetsItBesideItsTextAcrossTheRowOnWideScreensAndAboveItOnAPhone() throws Exception {
    String measure = """
        (() => { const card = document.querySelector('main .picks-grid > .card:only-child');
          const grid = card.parentElement.getBoundingClientRect(), c = card.getBoundingClientRect();
          const img = card.querySelector('.card-image').getBoundingClientRect();
          // The headline's text, not its box: a block beside a float keeps its box and moves its lines.
          const range = document.createRange();
          range.selectNodeContents(card.querySelector('.card-title'));
          const title = range.getBoundingClientRect();
          const note = card.querySelector('.note');
          return {note: !!note, fills: Math.round(c.width) === Math.round(grid.width), beside: title.left >= img.right,
                  below: title.top >= img.bottom, noteClear: !note || note.getBoundingClientRect().left >= img.right
                    || note.getBoundingClientRect().top >= img.bottom}; })()
        """;
    browser.open(server.url(""), 1280);
    JsonNode wide = browser.eval(measure);
    assertThat(wide.path("note").asBoolean()).as("the sample's lone pick has a note: %s", wide).isTrue();
    assertThat(wide.path("fills").asBoolean()).as("%s", wide).isTrue();
    assertThat(wide.path("beside").asBoolean()).as("%s", wide).isTrue();
    assertThat(wide.path("noteClear").asBoolean()).as("the note's box beside the picture: %s", wide).isTrue();
    browser.open(server.url(""), 375);
    JsonNode phone = browser.eval(measure);
    assertThat(phone.path("below").asBoolean()).as("%s", phone).isTrue();
  }

  /** The cards and lines of stories shown on the page. */
  private static int shownStories() throws Exception {
    return browser.shownStories();
  }

  /**
   * Checks the filtered front page as laid out: the count names the stories shown, and in every
   * card grid each column of the first row holds a card, so none stands beside empty columns.
   * Returns the grids measured.
   */
  private static List<JsonNode> checkGrids(String where) throws Exception {
    int shown = shownStories();
    assertThat(browser.eval("document.querySelector('[data-story-count]').textContent").asText())
        .as("the count, %s", where).isEqualTo(shown == 1 ? "1 story" : shown + " stories");
    List<JsonNode> grids = new ArrayList<>();
    for (JsonNode g : browser.eval(GRID_ROWS)) {
      assertThat(g.path("firstRow").asInt()).as("%s: %s", where, g)
          .isEqualTo(Math.min(g.path("columns").asInt(), g.path("cards").asInt()));
      assertThat(g.path("columns").asInt()).as("%s: %s", where, g).isLessThanOrEqualTo(g.path("cards").asInt());
      grids.add(g);
    }
    return grids;
  }

  /** Each card grid shown: its columns as laid out, its cards shown, and how many share its first row. */
  private static final String GRID_ROWS = """
      Array.from(document.querySelectorAll('main .top-grid, main .picks-grid')).filter(g => g.offsetParent !== null)
        .map(g => {
          const cards = Array.from(g.children).filter(c => c.offsetParent !== null).map(c => c.getBoundingClientRect());
          const top = Math.min(...cards.map(c => c.top));
          return {grid: g.className, columns: getComputedStyle(g).gridTemplateColumns.split(' ').length,
                  cards: cards.length, firstRow: cards.filter(c => Math.abs(c.top - top) < 1).length};
        })
      """;

  /** Evaluates {@code expression} until it gives a non-empty array (scripts load the index lazily), for up to 5 s. */
  private static JsonNode waitFor(String expression) throws Exception {
    JsonNode value = browser.eval(expression);
    for (int i = 0; i < 50 && value.isEmpty(); i++) {
      Thread.sleep(100);
      value = browser.eval(expression);
    }
    return value;
  }

  @Test
  void noConsoleErrorsAndNoRequestLeaves127001() throws Exception {
    for (String page : List.of("", "editions/", "picks/", "about/", "sources/courier/", "search/?q=storm")) {
      browser.open(server.url(page), 1280);
    }
    assertThat(consoleErrors).isEmpty();
    // Pages opened from disk by other tests load files of the built site, and nothing else.
    Set<String> allowed = Set.of(server.url(""), temp.resolve("site/public").toAbsolutePath().toUri().toString());
    assertThat(requests).isNotEmpty().allMatch(u -> allowed.stream().anyMatch(u::startsWith) || u.startsWith("data:"),
        "every request goes to " + allowed);
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path rel = from.relativize(p);
        if (rel.getNameCount() > 0 && Set.of("public", "data", "target", ".broadsheet-cache").contains(rel.getName(0).toString())) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
