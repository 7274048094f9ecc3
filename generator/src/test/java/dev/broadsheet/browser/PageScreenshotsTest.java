package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screenshots of every page type of the sample site, light and dark, at phone and desktop widths,
 * into {@code target/screenshots/<page>-<theme>-<width>.png}, for people to look at: layout is
 * judged by eye. What a script can judge is checked on each page as it is shot: the theme took
 * effect, the page has its heading, nothing scrolls sideways, and the image is the page at that
 * width. The sample site has no tags and no story with more reports than an article page lists,
 * so there are no tag or story pages to shoot.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class PageScreenshotsTest {
  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final Map<String, String> BACKGROUND = Map.of("light", "rgb(251, 249, 244)", "dark", "rgb(21, 24, 28)");

  @TempDir Path temp;

  /** Each page type, by the name its screenshots carry, with its address in the sample site. */
  private static Map<String, String> pages(Path out) throws IOException {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "");
    pages.put("edition", "editions/2026/11/19/");
    pages.put("archive", "editions/");
    pages.put("section", "sections/local/");
    pages.put("section-page-1", "sections/local/page/1/");
    pages.put("source", "sources/courier/");
    pages.put("article", article(out, "alder-shipyards"));
    pages.put("article-syndicated", article(out, "central-bank-holds-rates"));
    pages.put("article-pick-only", article(out, "harbour-office-publishes"));
    pages.put("picks", "picks/");
    pages.put("page", "about/");
    pages.put("search", "search/?q=storm");
    pages.put("notfound", "no-such-page/");
    return pages;
  }

  private static String article(Path out, String start) throws IOException {
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      return "articles/" + dirs.map(d -> d.getFileName().toString()).filter(n -> n.startsWith(start)).sorted()
          .findFirst().orElseThrow(() -> new AssertionError("no article " + start + "… in the sample site")) + "/";
    }
  }

  @Test
  void everyPageTypeIsShotInBothThemesAtPhoneAndDesktopWidths() throws Exception {
    Path site = temp.resolve("site");
    SiteInBrowserTest.copy(Path.of("..", "sample-site"), site);
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    Path out = site.resolve("public");
    Map<String, String> pages = pages(out);
    List<String> faults = new ArrayList<>();
    int shots = 0;
    try (StaticServer server = new StaticServer(out); Chromium browser = new Chromium()) {
      for (String theme : List.of("light", "dark")) {
        browser.send("Emulation.setEmulatedMedia", Map.of("features",
            List.of(Map.of("name", "prefers-color-scheme", "value", theme))));
        for (int width : new int[] {375, 1280}) {
          for (Map.Entry<String, String> page : pages.entrySet()) {
            String name = page.getKey() + "-" + theme + "-" + width;
            browser.open(server.url(page.getValue()), width);
            if (page.getKey().equals("search")) {
              waitForResults(browser);
            }
            faults.addAll(check(browser, name, theme, width));
            Path file = SCREENSHOTS.resolve(name + ".png");
            browser.screenshot(file);
            if (pngWidth(file) != width) {
              faults.add(name + ": the screenshot is " + pngWidth(file) + " px wide");
            }
            shots++;
          }
          // The home page of a reader who follows one section, filtered by follow.js.
          browser.eval("localStorage.setItem('broadsheet.follows', JSON.stringify(['sections/business/'])); 0");
          browser.open(server.url(""), width);
          faults.addAll(check(browser, "home-following-" + theme + "-" + width, theme, width));
          browser.screenshot(SCREENSHOTS.resolve("home-following-" + theme + "-" + width + ".png"));
          browser.eval("localStorage.clear(); 0");
          shots++;
        }
      }
    }
    assertThat(faults).isEmpty();
    assertThat(shots).isEqualTo((pages.size() + 1) * 4);
  }

  /** What is wrong with the page as shown, by name: the wrong theme, no heading, sideways scrolling, no search results. */
  private static List<String> check(Chromium browser, String name, String theme, int width) throws Exception {
    List<String> faults = new ArrayList<>();
    String background = browser.eval("getComputedStyle(document.body).backgroundColor").asText();
    if (!background.equals(BACKGROUND.get(theme))) {
      faults.add(name + ": background " + background);
    }
    if (browser.eval("(document.querySelector('h1') || {}).textContent || ''").asText().isBlank()) {
      faults.add(name + ": no heading");
    }
    int scrollWidth = browser.eval("document.documentElement.scrollWidth").asInt();
    if (scrollWidth > width) {
      faults.add(name + ": scrolls sideways (" + scrollWidth + " px)");
    }
    if (name.startsWith("search-") && browser.eval("document.querySelectorAll('[data-search-results] li').length").asInt() == 0) {
      faults.add(name + ": no results");
    }
    return faults;
  }

  private static void waitForResults(Chromium browser) throws Exception {
    for (int i = 0; i < 50; i++) {
      JsonNode n = browser.eval("document.querySelectorAll('[data-search-results] li').length");
      if (n.asInt() > 0) {
        return;
      }
      Thread.sleep(100);
    }
  }

  /** The width a PNG file declares in its header. */
  private static int pngWidth(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file); DataInputStream data = new DataInputStream(in)) {
      byte[] signatureAndHeader = new byte[16];
      data.readFully(signatureAndHeader);
      return data.readInt();
    }
  }
}
