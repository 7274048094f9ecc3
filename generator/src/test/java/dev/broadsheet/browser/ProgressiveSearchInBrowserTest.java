package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search on a slow line: the newest month's reports are listed while an older month is still
 * loading, the status says the search goes on, and the older month's reports join the same list
 * when they come, the result the reader had moved to keeping the focus.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class ProgressiveSearchInBrowserTest {
  private static final String RESULTS = "Array.from(document.querySelectorAll('[data-search-results] a')).map(a => a.textContent)";
  private static final String STATUS = "document.querySelector('[data-search-status]').textContent";

  @TempDir Path temp;

  @Test
  void theNewestMonthIsListedWhileAnOlderOneLoadsAndItsReportsJoinTheListWhenTheyCome() throws Exception {
    Path site = temp.resolve("site");
    SiteInBrowserTest.copy(Path.of("..", "sample-site"), site);
    Path wire = site.resolve("feeds/coastline-news-service.xml");
    Files.writeString(wire, Files.readString(wire).replaceFirst("<item>", "<item><title>Ferry crossing marks its"
        + " first century</title><link>https://coastline-news.example/2026/10/20/ferry-century</link>"
        + "<description>The ferry crossing is a hundred years old.</description>"
        + "<pubDate>Tue, 20 Oct 2026 09:00:00 GMT</pubDate></item><item>"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    Path out = site.resolve("public");
    assertThat(Files.readString(out.resolve("search/index.js"))).containsSubsequence("\"2026-11\"", "\"2026-10\"");

    CountDownLatch release = new CountDownLatch(1);
    try (StaticServer server = new StaticServer(out, path -> {
          if (path.endsWith("/search/2026-10.js")) {
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
        });
        Chromium browser = new Chromium()) {
      browser.open(server.url("search/"), 1280);
      browser.eval("(() => { document.querySelector('#q').value = 'ferry';"
          + " document.querySelector('form[role=search]').requestSubmit(); return 0; })()");
      JsonNode early = waitFor(browser, "(s => s.indexOf('so far') >= 0 ? " + RESULTS + " : [])(" + STATUS + ")");
      assertThat(early).isNotEmpty();
      assertThat(early.toString()).doesNotContain("first century");
      assertThat(browser.eval(STATUS).asText()).isEqualTo(early.size() + " so far for “ferry”; searching older articles…");
      assertThat(browser.eval("document.querySelector('[data-search-results]').getAttribute('aria-busy')").asText())
          .isEqualTo("true");
      // The reader moves to a result while the search goes on.
      String focused = browser.eval("(a => (a.focus(), a.getAttribute('href')))("
          + "document.querySelectorAll('[data-search-results] a')[" + (early.size() - 1) + "])").asText();

      release.countDown();
      JsonNode all = waitFor(browser, "(s => s.indexOf('match') >= 0 ? " + RESULTS + " : [])(" + STATUS + ")");
      assertThat(all).hasSize(early.size() + 1);
      assertThat(all.toString()).contains("Ferry crossing marks its first century");
      assertThat(browser.eval(STATUS).asText()).isEqualTo(all.size() + " articles match “ferry”.");
      assertThat(browser.eval("document.querySelector('[data-search-results]').hasAttribute('aria-busy')").asBoolean())
          .isFalse();
      assertThat(browser.eval("document.activeElement.getAttribute('href')").asText()).isEqualTo(focused);
    }
  }

  private static JsonNode waitFor(Chromium browser, String expression) throws Exception {
    JsonNode value = browser.eval(expression);
    for (int i = 0; i < 100 && value.isEmpty(); i++) {
      Thread.sleep(100);
      value = browser.eval(expression);
    }
    return value;
  }
}
