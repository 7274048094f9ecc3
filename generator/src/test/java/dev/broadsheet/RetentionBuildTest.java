package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fetch.LocalHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code curation.retentionDays} against a feed that keeps listing old items and never answers 304. */
class RetentionBuildTest {
  @TempDir Path site;

  @Test
  void anItemOlderThanTheRetentionIsNeitherAddedNorFetchedAgainWhileItsFeedStillListsIt() throws Exception {
    AtomicInteger oldPageRequests = new AtomicInteger();
    try (LocalHttpServer server = new LocalHttpServer()) {
      server.on("/feed.xml", ex -> TestResponses.send(ex, 200, "application/rss+xml",
          "<rss version=\"2.0\"><channel><title>Lantern</title><link>" + server.url("/") + "</link><description>d"
              + "</description><item><title>Harbour wall repaired after the storm</title><link>" + server.url("/new")
              + "</link><description>The wall is whole again.</description>"
              + "<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>"
              + "<item><title>Summer regatta results</title><link>" + server.url("/old") + "</link>"
              + "<description>Results of the regatta.</description><pubDate>Sat, 01 Aug 2026 09:00:00 GMT</pubDate>"
              + "</item></channel></rss>"));
      server.on("/new", ex -> TestResponses.send(ex, 200, "text/html", "<html><body><article><p>The harbour wall"
          + " is whole again, three weeks after the storm broke it, and the quay reopens to cars on Monday.</p>"
          + "</article></body></html>"));
      server.on("/old", ex -> {
        oldPageRequests.incrementAndGet();
        TestResponses.send(ex, 200, "text/html", "<html><body><p>Regatta.</p></body></html>");
      });
      Files.writeString(site.resolve("broadsheet.yaml"), """
          title: Retention
          baseUrl: https://news.example/
          curation: {retentionDays: 30}
          fetch: {allowPrivateAddresses: true, retries: 0}
          sources:
            - {id: lantern, name: The Lantern, url: '%s', fullText: true}
          """.formatted(server.url("/feed.xml")));
      for (String when : new String[] {"2026-11-21T08:00:00Z", "2026-11-21T09:00:00Z"}) {
        BuildResult result = Broadsheet.build(BuildOptions.of(site)
            .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
        assertThat(result.articles().stored()).as(when).isEqualTo(1);
        assertThat(result.articles().pruned()).as(when).isZero();
        assertThat(result.summary().get(1)).as(when).startsWith(when.endsWith("08:00:00Z")
            ? "Articles: 1 new, 0 updated, 1 stored, 1 page extracted" : "Articles: 0 new, 0 updated, 1 stored, 0 pages");
      }
      assertThat(oldPageRequests.get()).isZero();

      // Articles stored before they grew old are removed, and the summary says so.
      BuildResult later = Broadsheet.build(BuildOptions.of(site)
          .withClock(Clock.fixed(Instant.parse("2027-01-05T08:00:00Z"), ZoneOffset.UTC)));
      assertThat(later.articles().pruned()).isEqualTo(1);
      assertThat(later.summary().get(1)).startsWith("Articles: 0 new, 0 updated, 0 stored (1 older than retentionDays removed, with their pages)");
    }
  }

  @Test
  void anEditionIsKeptWholeUntilAllOfItIsOlderThanTheRetention() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Retention\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\ncuration: {retentionDays: 30}\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 19 Nov 2026 09:00:00 GMT"),
        SavedFeeds.item("Choir returns to the old church", "b", "Thu, 19 Nov 2026 20:00:00 GMT"),
        SavedFeeds.item("Ferry timetable changes", "c", "Sat, 19 Dec 2026 08:00:00 GMT"));
    build("2026-12-19T09:00:00Z");
    // Thirty days back is the 19 November at noon: the edition of that day is kept whole, both its stories.
    BuildResult edge = build("2026-12-19T12:00:00Z");
    assertThat(edge.articles().pruned()).isZero();
    assertThat(site.resolve("public/editions/2026/11/19/index.html")).content()
        .contains("Harbour bridge closes for repairs", "Choir returns to the old church");
    // A day later all of it is older: it goes at once.
    BuildResult next = build("2026-12-20T12:00:00Z");
    assertThat(next.articles().pruned()).isEqualTo(2);
    assertThat(site.resolve("public/editions/2026/11/19/index.html")).doesNotExist();
    // November's day files are gone, and their month's folder with them.
    assertThat(site.resolve("data/articles/2026/11")).doesNotExist();
    assertThat(site.resolve("data/articles/2026/12")).isDirectory();
  }

  private BuildResult build(String when) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
  }
}
