package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.feed.SourceReading;
import dev.broadsheet.fetch.LocalHttpServer;
import dev.broadsheet.fetch.SourceFetcher;
import dev.broadsheet.store.StoreSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each feed is read as it is fetched; the outcomes and the report keep the config's order, whatever
 * finishes first; a feed found in a source's page is fetched as the sources are.
 */
class SourceGatheringTest {
  @Test
  void feedsReadAsTheyAreFetchedComeOutInTheConfigsOrderAndEveryOneIsCounted(@TempDir Path site) throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    StringBuilder yaml = new StringBuilder("title: T\nbaseUrl: https://e.org/\nsources:\n");
    for (int i = 0; i < 12; i++) {
      String body = i == 5 ? "<rss><channel><item>cut off" : "<rss version=\"2.0\"><channel><title>F" + i + "</title>"
          + "<item><title>Item " + i + "</title><link>https://f" + i + ".example/a</link></item></channel></rss>";
      Files.writeString(site.resolve("feeds/f" + i + ".xml"), body);
      yaml.append("  - {id: f").append(i).append(", name: F").append(i).append(", url: feeds/f").append(i).append(".xml}\n");
    }
    yaml.append("  - {id: gone, name: Gone, url: feeds/gone.xml}\n");
    Files.writeString(site.resolve("broadsheet.yaml"), yaml.toString());
    SiteConfig config = new ConfigLoader().load(site);
    List<Problem> problems = new ArrayList<>();
    List<int[]> progress = new CopyOnWriteArrayList<>();
    SourceGathering gathering = new SourceGathering(config, true, problems, dev.broadsheet.feed.KnownEntries.Folder.NONE);

    List<SourceReading.Outcome> outcomes = gathering.fetchAndRead(new SourceFetcher(config), StoreSnapshot.empty(),
        (done, total) -> progress.add(new int[] {done, total}));

    assertThat(outcomes).extracting(o -> o.source().id()).containsExactly("f0", "f1", "f2", "f3", "f4", "f5", "f6",
        "f7", "f8", "f9", "f10", "f11", "gone");
    assertThat(outcomes.get(0).articles()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Item 0"));
    assertThat(outcomes.get(12).status()).isEqualTo(SourceReading.Status.FAILED);
    assertThat(gathering.sources().ok() + gathering.sources().failed()).isEqualTo(13);
    assertThat(progress).hasSize(13).anySatisfy(p -> assertThat(p).containsExactly(13, 13));
    assertThat(problems).anySatisfy(p -> assertThat(p.toString()).contains("feeds/gone.xml"));
  }

  @Test
  void aFeedFoundInASourcesPageWaitsForTheHostsLimitLikeEveryOtherRequest(@TempDir Path site) throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    try (LocalHttpServer server = new LocalHttpServer()) {
      for (String name : List.of("a", "b")) {
        // Each page is answered slowly: the other source's page is still being answered when the
        // first page's feed is asked for, unless that request waits for the host's one permit.
        server.on("/" + name + "/", ex -> answer(ex, inFlight, most, 800, "text/html", "<!DOCTYPE html><html><head>"
            + "<title>" + name + "</title><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/" + name
            + "/feed.xml\"></head><body></body></html>"));
        server.on("/" + name + "/feed.xml", ex -> answer(ex, inFlight, most, 0, "application/rss+xml",
            "<rss version=\"2.0\"><channel><title>" + name + "</title><item><title>Story " + name + "</title>"
                + "<link>https://" + name + ".example/1</link></item></channel></rss>"));
      }
      Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\n"
          + "fetch: {allowPrivateAddresses: true, retries: 0, perHost: 1, concurrency: 2}\nsources:\n"
          + "  - {id: a, name: A, url: '" + server.url("/a/") + "'}\n"
          + "  - {id: b, name: B, url: '" + server.url("/b/") + "'}\n");
      SiteConfig config = new ConfigLoader().load(site);
      SourceGathering gathering = new SourceGathering(config, false, new ArrayList<>(), dev.broadsheet.feed.KnownEntries.Folder.NONE);

      List<SourceReading.Outcome> outcomes = gathering.fetchAndRead(new SourceFetcher(config), StoreSnapshot.empty(), null);

      assertThat(outcomes).allSatisfy(o -> assertThat(o.articles()).hasSize(1));
      assertThat(most.get()).as("requests to the host at once").isEqualTo(1);
    }
  }

  private static void answer(HttpExchange ex, AtomicInteger inFlight, AtomicInteger most, long millis, String type,
      String body) throws java.io.IOException {
    most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      Thread.sleep(millis);
      byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(200, bytes.length);
      try (var out = ex.getResponseBody()) {
        out.write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      inFlight.decrementAndGet();
    }
  }
}
