package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.fetch.LocalHttpServer;
import dev.broadsheet.store.SiteBusyException;
import dev.broadsheet.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of one site at once, each reading different new items: the second waits for the
 * first, reads the store the first wrote, and no article is lost.
 */
class ConcurrentBuildsTest {
  private static final int PER_READ = 30;
  @TempDir Path site;
  private final LocalHttpServer server = new LocalHttpServer();
  private final AtomicInteger reads = new AtomicInteger();
  private final CountDownLatch firstReadMayAnswer = new CountDownLatch(1);
  private final CountDownLatch firstReadArrived = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newFixedThreadPool(2);

  @BeforeEach
  void start() throws IOException {
    server.on("/feed.xml", ex -> {
      int read = reads.incrementAndGet();
      if (read == 1) {
        // The first build stays in its fetch until the test lets it go, so the builds overlap.
        firstReadArrived.countDown();
        try {
          firstReadMayAnswer.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      StringBuilder rss = new StringBuilder("<rss version=\"2.0\"><channel><title>Wire</title>");
      for (int i = 0; i < PER_READ; i++) {
        String id = read + "-" + i;
        rss.append("<item><title>Story ").append(id).append(" about topic ").append(id)
            .append("</title><link>https://wire.example/").append(id)
            .append("</link><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item>");
      }
      TestResponses.send(ex, 200, "application/rss+xml", rss.append("</channel></rss>").toString());
    });
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Busy
        baseUrl: https://news.example/
        fetch: {retries: 0}
        sources:
          - {id: wire, name: Wire, url: '%s', allowPrivateAddress: true}
        """.formatted(server.url("/feed.xml")));
  }

  @AfterEach
  void stop() {
    firstReadMayAnswer.countDown();
    pool.shutdownNow();
    server.close();
  }

  private BuildOptions options() {
    return BuildOptions.of(site).withClock(Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void twoBuildsAtOnceLoseNoArticle() throws Exception {
    Future<BuildResult> first = pool.submit(() -> Broadsheet.build(options()));
    assertThat(firstReadArrived.await(30, TimeUnit.SECONDS)).isTrue();
    Future<BuildResult> second = pool.submit(() -> Broadsheet.build(options()));
    Thread.sleep(500);
    assertThat(reads).as("the second build has not fetched while the first holds the site").hasValue(1);
    // Edited while the second build waits: that build is made with the config as it is once it may go.
    Path config = site.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("title: Busy", "title: Busy Harbour"));
    firstReadMayAnswer.countDown();

    BuildResult a = first.get(60, TimeUnit.SECONDS);
    BuildResult b = second.get(60, TimeUnit.SECONDS);
    assertThat(site.resolve("public/index.html")).content().contains("Busy Harbour");
    assertThat(a.articles().added() + b.articles().added()).isEqualTo(2 * PER_READ);
    assertThat(b.articles().stored()).isEqualTo(2 * PER_READ);
    // The second build's times say it waited, the first's do not: a waiting build is not a slow one.
    assertThat(b.stageTimes()).containsKey("waiting");
    assertThat(b.stageTimes().get("waiting")).isGreaterThanOrEqualTo(java.time.Duration.ofMillis(400));
    assertThat(a.stageTimes()).doesNotContainKey("waiting");
    assertThat(new StoreFiles(site.resolve("data")).load().articles()).hasSize(2 * PER_READ);
    assertThat(site.resolve("data/build.lock")).doesNotExist();
  }

  @Test
  void aBuildThatMayNotWaitIsRefusedAndChangesNothing() throws Exception {
    Future<BuildResult> first = pool.submit(() -> Broadsheet.build(options()));
    assertThat(firstReadArrived.await(30, TimeUnit.SECONDS)).isTrue();

    assertThatThrownBy(() -> Broadsheet.build(options().withLockWait(Duration.ZERO)))
        .isInstanceOf(SiteBusyException.class)
        .hasMessageContaining("another build of this site is running (pid " + ProcessHandle.current().pid());
    assertThat(reads).hasValue(1);
    assertThat(site.resolve("data/articles")).doesNotExist();

    firstReadMayAnswer.countDown();
    assertThat(first.get(60, TimeUnit.SECONDS).articles().stored()).isEqualTo(PER_READ);
  }
}
