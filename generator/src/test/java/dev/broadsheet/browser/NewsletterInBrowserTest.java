package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edition's newsletter as a mail client that reads style sheets shows it (Apple Mail and
 * Gmail's apps draw mail with a browser's engine): on a phone the text takes the screen, not
 * margins, and the inbox's preview line is nowhere in the message.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class NewsletterInBrowserTest {
  @TempDir Path temp;

  /** The first headline's box and whether the preview line takes any room. */
  private static final String MEASURE = "({left: document.querySelector('h3').getBoundingClientRect().left,"
      + " right: document.querySelector('h3').getBoundingClientRect().right,"
      + " preheader: document.body.firstElementChild.getBoundingClientRect().height,"
      + " preheaderShown: document.body.firstElementChild.checkVisibility()})";

  @Test
  void onAPhoneTheStoriesTakeTheScreenAndThePreviewLineIsHidden() throws Exception {
    Path site = temp.resolve("site");
    SiteInBrowserTest.copy(Path.of("..", "sample-site"), site);
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    try (StaticServer server = new StaticServer(site.resolve("public")); Chromium browser = new Chromium()) {
      browser.open(server.url("editions/2026/11/24/newsletter.html"), 375);
      JsonNode phone = browser.eval(MEASURE);
      // 16 px of margin a side, where a 600 px column's padding left 40 px of a 375 px screen.
      assertThat(phone.path("left").asDouble()).isLessThanOrEqualTo(20);
      assertThat(phone.path("right").asDouble()).isGreaterThanOrEqualTo(355);
      assertThat(phone.path("preheader").asDouble()).isZero();
      assertThat(phone.path("preheaderShown").asBoolean()).isFalse();
      browser.open(server.url("editions/2026/11/24/newsletter.html"), 1280);
      JsonNode desktop = browser.eval(MEASURE);
      // The 600 px column, centred, with its own padding.
      assertThat(desktop.path("right").asDouble() - desktop.path("left").asDouble()).isEqualTo(544.0);
    }
  }
}
