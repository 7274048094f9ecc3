package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front page of a reader who follows sections is filtered before it is shown: its stories do
 * not jump when the filter runs (the layout shift browsers count in Cumulative Layout Shift, which
 * was 0.58 when the page was painted whole and filtered afterwards). The filter's script is held
 * back by the server, as a slow line would, so that the page is painted before it runs.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class ForYouShiftInBrowserTest {
  /** What Core Web Vitals count as a good page's shift, at most; a filter run after painting gave 0.58. */
  private static final double GOOD_SHIFT = 0.1;
  private static final long SCRIPT_DELAY_MILLIS = 700;
  /**
   * Sums every layout shift of the page not caused by input, from its start, into window.__shift,
   * and counts in window.__held how often the page was let go after being held back (the class
   * for-you-pending taken off the root element).
   */
  private static final String OBSERVERS = "window.__shift = 0; new PerformanceObserver(list => {"
      + " for (const e of list.getEntries()) { if (!e.hadRecentInput) { window.__shift += e.value; } } })"
      + ".observe({type: 'layout-shift', buffered: true});"
      + " window.__held = 0; new MutationObserver(records => { for (const r of records) {"
      + " if (r.target === document.documentElement && (r.oldValue || '').split(' ').includes('for-you-pending')"
      + " && !r.target.classList.contains('for-you-pending')) { window.__held++; } } })"
      // The document, not its root: the root element does not exist yet when this runs.
      + ".observe(document, {attributes: true, subtree: true, attributeFilter: ['class'], attributeOldValue: true});";

  @TempDir static Path temp;
  static StaticServer server;
  static Chromium browser;
  /** Script paths the server holds back, as a slow line would. */
  static final Set<String> slow = ConcurrentHashMap.newKeySet();

  @BeforeAll
  static void start() throws Exception {
    Path site = temp.resolve("site");
    SiteInBrowserTest.copy(Path.of("..", "sample-site"), site);
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    server = new StaticServer(site.resolve("public"), path -> {
      if (slow.stream().anyMatch(path::endsWith)) {
        try {
          Thread.sleep(SCRIPT_DELAY_MILLIS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
    });
    browser = new Chromium();
    browser.addInitScript(OBSERVERS);
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

  @Test
  void aFollowersFrontPageIsFilteredBeforeItIsShownAtPhoneAndDesktopWidths() throws Exception {
    follow("sections/business/");
    slow.add("/follow.js");
    try {
      for (int width : new int[] {1280, 375}) {
        checkFiltered(width);
      }
    } finally {
      slow.clear();
    }
  }

  private static void checkFiltered(int width) throws Exception {
    browser.open(server.url(""), width);
    Thread.sleep(300);
    assertThat(browser.eval("window.__shift").asDouble()).as("layout shift at %d px", width).isLessThan(GOOD_SHIFT);
    assertThat(browser.eval("window.__held").asInt()).as("held back until filtered").isEqualTo(1);
    JsonNode sections = browser.shownStorySections();
    assertThat(sections).isNotEmpty();
    sections.forEach(s -> assertThat(s.asText()).isEqualTo("sections/business/"));
    assertThat(browser.eval("getComputedStyle(document.querySelector('main')).visibility").asText())
        .isEqualTo("visible");
  }

  @Test
  void aFrontPageHeldBackForAFilterThatNeverEndsIsShownAfterThreeSeconds() throws Exception {
    browser.open(server.url(""), 1280);
    browser.eval("localStorage.clear(); document.documentElement.classList.add('for-you-pending'); 0");
    assertThat(browser.eval("getComputedStyle(document.querySelector('main')).visibility").asText()).isEqualTo("hidden");
    Thread.sleep(3300);
    assertThat(browser.eval("getComputedStyle(document.querySelector('main')).visibility").asText()).isEqualTo("visible");
  }

  @Test
  void aReaderWhoFollowsNothingSeesTheWholeFrontPageAtOnce() throws Exception {
    browser.open(server.url(""), 1280);
    browser.eval("localStorage.clear(); 0");
    slow.add("/follow.js");
    try {
      browser.open(server.url(""), 1280);
    } finally {
      slow.clear();
    }
    assertThat(browser.eval("window.__held").asInt()).as("never held back").isZero();
    assertThat(browser.eval("document.querySelector('[data-for-you]').hidden").asBoolean()).isTrue();
    assertThat(browser.eval("window.__shift").asDouble()).isLessThan(GOOD_SHIFT);
  }

  @Test
  void anEditionWithNothingFollowedInItIsShownWholeSayingSo() throws Exception {
    browser.open(server.url(""), 1280);
    browser.eval("localStorage.clear(); 0");
    browser.open(server.url(""), 1280);
    int all = browser.shownStories();
    // A section since renamed: following it matches nothing.
    follow("sections/news/");
    browser.open(server.url(""), 1280);
    assertThat(browser.shownStories()).isEqualTo(all).isGreaterThan(0);
    assertThat(browser.eval("document.querySelector('[data-for-you-label]').textContent").asText())
        .isEqualTo("Nothing you follow is in this edition: showing everything.");
    assertThat(browser.eval("document.querySelector('[data-for-you-toggle]').hidden").asBoolean()).isTrue();
    assertThat(browser.eval("window.__shift").asDouble()).isLessThan(GOOD_SHIFT);
    browser.eval("localStorage.clear(); 0");
  }

  @Test
  void somethingElseKeptUnderTheKeyLeavesTheButtonsAndTheFrontPageWorking() throws Exception {
    for (String junk : new String[] {"{\"a\":1}", "5", "\"sections/business/\"", "[1, null, \"sections/business/\"]"}) {
      browser.open(server.url("sections/business/"), 1280);
      browser.eval("localStorage.setItem('broadsheet.follows', '" + junk.replace("'", "\\'") + "'); 0");
      browser.open(server.url("sections/business/"), 1280);
      browser.eval("document.querySelector('[data-follow]').click(); 0");
      // Only a list of names counts: the junk is read as no follows, or as the names it lists.
      assertThat(browser.eval("document.querySelector('[data-follow]').getAttribute('aria-pressed')").asText())
          .as("after a click, with %s kept", junk).isEqualTo(junk.startsWith("[") ? "false" : "true");
      browser.open(server.url(""), 1280);
      assertThat(browser.eval("window.__held").asInt()).as("with %s kept", junk).isLessThanOrEqualTo(1);
      assertThat(browser.eval("getComputedStyle(document.querySelector('main')).visibility").asText()).isEqualTo("visible");
    }
    browser.eval("localStorage.clear(); 0");
  }

  private static void follow(String... ids) throws Exception {
    browser.open(server.url(""), 1280);
    browser.eval("localStorage.setItem('broadsheet.follows', JSON.stringify(" + java.util.Arrays.stream(ids)
        .map(f -> "'" + f + "'").toList() + ")); 0");
  }
}
