package dev.broadsheet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site served from a sub-folder keeps its readers' follows under a key of its own: two
 * Broadsheet sites of one host (example.org/town/, example.org/city/) share the browser's store.
 */
@EnabledIf(value = "dev.broadsheet.browser.Chromium#available", disabledReason = "no Chromium at /usr/bin/chromium")
class FollowKeyInBrowserTest {
  @TempDir Path temp;

  @Test
  void aSiteUnderASubFolderKeepsItsFollowsApartFromTheHostsOtherSites() throws Exception {
    Path site = temp.resolve("site");
    SiteInBrowserTest.copy(Path.of("..", "sample-site"), site);
    Path config = site.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replaceFirst("(?m)^baseUrl: .*$",
        "baseUrl: https://digest.example.org/town/"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC)));
    Path host = temp.resolve("host");
    SiteInBrowserTest.copy(site.resolve("public"), host.resolve("town"));
    try (StaticServer server = new StaticServer(host); Chromium browser = new Chromium()) {
      browser.open(server.url("town/sections/business/index.html"), 1280);
      browser.eval("localStorage.clear(); document.querySelector('[data-follow]').click(); 0");
      assertThat(browser.eval("localStorage.getItem('broadsheet.follows:/town/')").asText())
          .isEqualTo("[\"sections/business/\"]");
      assertThat(browser.eval("localStorage.getItem('broadsheet.follows')").isNull()).isTrue();
      // The home page reads the follow from the same key: it shows the business stories only.
      browser.open(server.url("town/index.html"), 1280);
      assertThat(browser.eval("document.querySelector('[data-for-you]').hidden").asBoolean()).isFalse();
      // Choices kept under the host's one key by an earlier version are read until the reader changes them.
      browser.eval("localStorage.clear(); localStorage.setItem('broadsheet.follows', '[\"sections/local/\"]'); 0");
      browser.open(server.url("town/index.html"), 1280);
      assertThat(browser.eval("document.querySelector('[data-for-you]').hidden").asBoolean()).isFalse();
    }
  }
}
