package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.fetch.LocalHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A feed cut off in transit, served whole next time under the same ETag. */
class CutOffFeedBuildTest {
  @TempDir Path site;

  @Test
  void aFeedReadCutOffIsReadInFullNextTimeNotAnsweredNotModifiedByItsETag() throws Exception {
    String feed = "<rss version=\"2.0\"><channel><title>Lantern</title><link>https://lantern.example/</link>"
        + "<description>d</description>"
        + "<item><title>Harbour wall repaired after the storm</title><link>https://lantern.example/wall</link>"
        + "<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>"
        + "<item><title>Ferry timetable changes for winter</title><link>https://lantern.example/ferry</link>"
        + "<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>";
    AtomicBoolean cut = new AtomicBoolean(true);
    try (LocalHttpServer server = new LocalHttpServer()) {
      server.on("/feed.xml", ex -> {
        ex.getResponseHeaders().add("ETag", "\"whole\"");
        if ("\"whole\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          TestResponses.send(ex, 304, null, "");
        } else {
          TestResponses.send(ex, 200, "application/rss+xml", cut.get() ? feed.substring(0, feed.indexOf("<item>",
              feed.indexOf("</item>")) + 30) : feed);
        }
      });
      Files.writeString(site.resolve("broadsheet.yaml"), """
          title: Cut off
          baseUrl: https://news.example/
          fetch: {allowPrivateAddresses: true, retries: 0}
          sources:
            - {id: lantern, name: The Lantern, url: '%s'}
          """.formatted(server.url("/feed.xml")));
      BuildResult first = build("2026-11-21T08:00:00Z");
      assertThat(first.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).contains("cut off"));
      assertThat(first.articles().stored()).isEqualTo(1);

      cut.set(false);
      BuildResult second = build("2026-11-21T09:00:00Z");
      assertThat(second.sources().notModified()).isZero();
      assertThat(second.articles().added()).isEqualTo(1);
      // Read whole, the feed's ETag is kept again: the third build hears "not modified".
      assertThat(build("2026-11-21T10:00:00Z").sources().notModified()).isEqualTo(1);
    }
  }

  private BuildResult build(String when) {
    return Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
  }
}
