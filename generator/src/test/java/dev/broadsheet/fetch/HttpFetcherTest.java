package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.config.FetchConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
      .getBytes(StandardCharsets.UTF_8);
  private final LocalHttpServer server = new LocalHttpServer();
  private final List<HttpFetcher> fetchers = new ArrayList<>();

  private HttpFetcher fetcher(Duration timeout, long maxBytes, boolean allowPrivate) {
    return fetcher(new FetchConfig("Broadsheet-Test/1 (+https://broadsheet.dev/)", Duration.ofSeconds(2),
        timeout, maxBytes, 8, 2, 2, Duration.ofMillis(20), Duration.ofSeconds(2), allowPrivate, 200, 0));
  }

  private HttpFetcher fetcher(FetchConfig config) {
    HttpFetcher f = new HttpFetcher(config, AddressPolicy.of(config));
    fetchers.add(f);
    return f;
  }

  private HttpFetcher fetcher() {
    return fetcher(Duration.ofSeconds(5), 1 << 20, true);
  }

  @AfterEach
  void stop() {
    fetchers.forEach(HttpFetcher::close);
    server.close();
  }

  private static void send(HttpExchange ex, int code, byte[] body) throws IOException {
    ex.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    }
    ex.close();
  }

  private void redirect(String from, int code, String to) {
    server.on(from, ex -> {
      ex.getResponseHeaders().add("Location", to);
      send(ex, code, new byte[0]);
    });
  }

  @Test
  void aRetryThatCouldNotBeSentForTheHostsOtherFetchesReportsTheAnswerItGotNotATimeout() throws Exception {
    java.util.concurrent.CountDownLatch errorAsked = new java.util.concurrent.CountDownLatch(1);
    AtomicInteger errorRequests = new AtomicInteger();
    server.on("/error", ex -> {
      errorRequests.incrementAndGet();
      errorAsked.countDown();
      sleep(300);
      send(ex, 500, new byte[0]);
    });
    server.on("/slow", ex -> {
      sleep(3000);
      send(ex, 200, FEED);
    });
    // One connection to the host: while a slow feed holds it, the error's retry waits, and its deadline passes.
    HttpFetcher f = fetcher(new FetchConfig("Broadsheet-Test/1", Duration.ofSeconds(2), Duration.ofMillis(1500),
        1 << 20, 8, 1, 2, Duration.ofMillis(100), Duration.ofSeconds(2), true, 200, 0));
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Future<FetchResult> slow = other.submit(() -> {
        errorAsked.await();
        return f.get("slow", Requester.configuredFeed("slow"), server.url("/slow"), null, null);
      });
      FetchResult r = f.get("error", Requester.configuredFeed("error"), server.url("/error"), null, null);
      assertThat(errorRequests).hasValue(1);
      assertThat(r.error()).startsWith("HTTP 500").contains("after 1 attempt; another could not be sent within the")
          .contains("fetch.perHost").doesNotContain("timed out");
      assertThat(slow.get().error()).contains("timed out");
    } finally {
      other.shutdownNow();
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aRedirectLoopNamesEveryAddressInIt() {
    redirect("/loop/a", 302, "/loop/b");
    redirect("/loop/b", 302, "/loop/a");
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/loop/a"), null, null);
    assertThat(r.error()).isEqualTo("redirect loop: " + server.url("/loop/a") + " → " + server.url("/loop/b") + " → "
        + server.url("/loop/a"));
  }

  @Test
  void sendsAUserAgentAndReturnsTheBodyWithValidators() {
    AtomicReference<String> userAgent = new AtomicReference<>();
    server.on("/feed", ex -> {
      userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      ex.getResponseHeaders().add("Last-Modified", "Fri, 20 Nov 2026 10:00:00 GMT");
      ex.getResponseHeaders().add("Content-Location", "/feed/current");
      send(ex, 200, FEED);
    });
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(r.body()).isEqualTo(FEED);
    assertThat(r.etag()).isEqualTo("\"v1\"");
    assertThat(r.lastModified()).isEqualTo("Fri, 20 Nov 2026 10:00:00 GMT");
    assertThat(r.contentType()).startsWith("application/rss+xml");
    assertThat(r.contentLocation()).isEqualTo("/feed/current");
    assertThat(userAgent.get()).startsWith("Broadsheet-Test/1");
  }

  @Test
  void aRedirectWithoutALocationIsAFailureNotItsBody() {
    server.on("/feed", ex -> send(ex, 302, "<html><body>Moved somewhere</body></html>".getBytes(StandardCharsets.UTF_8)));
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).isEqualTo("HTTP 302 without a Location header to follow");
    // A server set up wrong for a while: asked again later.
    assertThat(r.temporary()).isTrue();
  }

  @Test
  void aConditionalRequestThatMatchesGetsNotModified() {
    server.on("/feed", ex -> {
      boolean fresh = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))
          || "Fri, 20 Nov 2026 10:00:00 GMT".equals(ex.getRequestHeaders().getFirst("If-Modified-Since"));
      send(ex, fresh ? 304 : 200, fresh ? new byte[0] : FEED);
    });
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), "\"v1\"", null).status()).isEqualTo(FetchResult.Status.NOT_MODIFIED);
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), null, "Fri, 20 Nov 2026 10:00:00 GMT").status())
        .isEqualTo(FetchResult.Status.NOT_MODIFIED);
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), "\"old\"", null).status()).isEqualTo(FetchResult.Status.OK);
  }

  @Test
  void aStoredValidatorThatIsNotAValidHeaderIsLeftOut() {
    AtomicReference<String> sent = new AtomicReference<>("none");
    server.on("/feed", ex -> {
      sent.set(String.valueOf(ex.getRequestHeaders().getFirst("If-None-Match")));
      send(ex, 200, FEED);
    });
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), "\"v1\"\r\nX-Injected: 1", null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(sent.get()).isEqualTo("null");
  }

  @Test
  void gzipBodiesAreDecoded() {
    server.on("/feed", ex -> {
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      send(ex, 200, gzip(FEED));
    });
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), null, null).body()).isEqualTo(FEED);
  }

  @Test
  void brotliBodiesAreDecoded() {
    // The feed above, compressed by Node's zlib.brotliCompressSync.
    byte[] compressed = java.util.Base64.getDecoder().decode("GzsAIBwHdiz4BzRMB6u7UfP4zNFNGBm5fHERAYccOL8tTvKAgg04kLgf5Hk7fq6VCRftIUg0FQ==");
    AtomicReference<String> accepted = new AtomicReference<>();
    server.on("/feed", ex -> {
      accepted.set(ex.getRequestHeaders().getFirst("Accept-Encoding"));
      ex.getResponseHeaders().add("Content-Encoding", "br");
      send(ex, 200, compressed);
    });
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/feed"), null, null).body()).isEqualTo(FEED);
    assertThat(accepted.get()).isEqualTo("gzip, deflate, br");
  }

  @Test
  void aGzipBombIsStoppedAtTheCap() {
    server.on("/bomb", ex -> {
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      send(ex, 200, gzip(new byte[20 << 20]));
    });
    FetchResult r = fetcher(Duration.ofSeconds(5), 1 << 20, true).get("s", Requester.configuredFeed("s"), server.url("/bomb"), null, null);
    assertThat(r.error()).contains("larger than fetch.maxBytes");
  }

  @Test
  void redirectsAreFollowedAndAPermanentMoveIsReported() {
    redirect("/old", 301, "/new");
    redirect("/temp", 302, "/new");
    server.on("/new", ex -> send(ex, 200, FEED));
    FetchResult moved = fetcher().get("s", Requester.configuredFeed("s"), server.url("/old"), null, null);
    assertThat(moved.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(moved.documentUrl()).isEqualTo(server.url("/new"));
    assertThat(moved.movedTo()).isEqualTo(server.url("/new"));
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/temp"), null, null).movedTo()).isNull();
  }

  @Test
  void redirectLoopsAndLongChainsFail() {
    redirect("/a", 302, "/b");
    redirect("/b", 302, "/a");
    for (int i = 0; i < 7; i++) {
      redirect("/chain" + i, 302, "/chain" + (i + 1));
    }
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/a"), null, null).error()).startsWith("redirect loop:");
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/chain0"), null, null).error()).startsWith("more than 5 redirects");
  }

  @Test
  void retryAfterIsHonouredThenTheRequestSucceeds() {
    AtomicInteger calls = new AtomicInteger();
    List<Long> arrivals = new CopyOnWriteArrayList<>();
    server.on("/busy", ex -> {
      arrivals.add(System.nanoTime());
      if (calls.incrementAndGet() == 1) {
        ex.getResponseHeaders().add("Retry-After", "1");
        send(ex, 503, new byte[0]);
      } else {
        send(ex, 200, FEED);
      }
    });
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/busy"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(calls.get()).isEqualTo(2);
    // The server's own view: the second request came no sooner than it asked (a busy machine only delays it).
    assertThat((arrivals.get(1) - arrivals.get(0)) / 1_000_000).as("ms between the requests")
        .isGreaterThanOrEqualTo(900);
  }

  @Test
  void serverErrorsAreRetriedAtMostTwice() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/broken", ex -> {
      calls.incrementAndGet();
      send(ex, 500, new byte[0]);
    });
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/broken"), null, null);
    assertThat(calls.get()).isEqualTo(3);
    assertThat(r.error()).isEqualTo("HTTP 500: the site has a server error (after 3 attempts)");
  }

  @Test
  void aRetryAfterLongerThanAllowedFailsAtOnce() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/slow-down", ex -> {
      calls.incrementAndGet();
      ex.getResponseHeaders().add("Retry-After", "3600");
      send(ex, 429, new byte[0]);
    });
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), server.url("/slow-down"), null, null);
    assertThat(calls.get()).isEqualTo(1);
    assertThat(r.error()).contains("HTTP 429").contains("asks to wait 3600 s");
  }

  @Test
  void clientErrorsAreNotRetriedAndAreExplained() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/forbidden", ex -> {
      calls.incrementAndGet();
      send(ex, 403, new byte[0]);
    });
    assertThat(fetcher().get("s", Requester.configuredFeed("s"), server.url("/forbidden"), null, null).error())
        .isEqualTo("HTTP 403: the site may block unknown clients; set fetch.userAgent");
    assertThat(calls.get()).isEqualTo(1);
  }

  @Test
  void aBodyThatDripsPastTheDeadlineIsCutOffAndNotRetried() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/drip", ex -> {
      calls.incrementAndGet();
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        for (int i = 0; i < 40; i++) {
          out.write('x');
          out.flush();
          Thread.sleep(100);
        }
      } catch (IOException | InterruptedException expected) {
        // The client hangs up at its deadline.
      }
      ex.close();
    });
    FetchResult r = fetcher(withDeadline(Duration.ofSeconds(1), 2)).get("s", Requester.configuredFeed("s"), server.url("/drip"), null, null);
    assertThat(r.error()).startsWith("timed out after 1 s").contains("fetch.timeoutSeconds");
    assertThat(calls.get()).as("requests: the deadline was spent, so no retry").isEqualTo(1);
  }

  @Test
  void slowHeadersCostOneDeadlineNotOnePerAttempt() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/stall", ex -> {
      calls.incrementAndGet();
      try {
        Thread.sleep(4000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, FEED);
    });
    FetchResult r = fetcher(withDeadline(Duration.ofSeconds(1), 2)).get("s", Requester.configuredFeed("s"), server.url("/stall"), null, null);
    assertThat(r.error()).isEqualTo(
        "timed out after 1 s (fetch.timeoutSeconds, the deadline for all attempts and redirects of a URL)");
    assertThat(calls.get()).as("requests: one deadline for all attempts, so no retry").isEqualTo(1);
  }

  @Test
  void retriesStopWhenTheNextWouldNotEndBeforeTheDeadline() {
    AtomicInteger calls = new AtomicInteger();
    server.on("/flaky", ex -> {
      calls.incrementAndGet();
      try {
        Thread.sleep(400);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 500, new byte[0]);
    });
    FetchConfig fiveRetries = new FetchConfig("t", Duration.ofSeconds(2), Duration.ofSeconds(1), 1 << 20, 4, 2, 5,
        Duration.ofMillis(100), Duration.ofSeconds(1), true, 200, 0);
    FetchResult r = fetcher(fiveRetries).get("s", Requester.configuredFeed("s"), server.url("/flaky"), null, null);
    // Six attempts with their backoff would take about six seconds; the deadline allows two or three.
    assertThat(calls.get()).isBetween(1, 3);
    assertThat(r.error()).contains("fetch.timeoutSeconds").containsAnyOf("1 s deadline", "timed out after 1 s");
  }

  private static FetchConfig withDeadline(Duration timeout, int retries) {
    return new FetchConfig("t", Duration.ofSeconds(2), timeout, 1 << 20, 4, 2, retries, Duration.ofMillis(10),
        Duration.ofSeconds(1), true, 200, 0);
  }

  @Test
  void aBodyLargerThanTheCapIsRefusedWhileStreaming() {
    server.on("/big", ex -> {
      ex.sendResponseHeaders(200, 0);
      try (OutputStream out = ex.getResponseBody()) {
        byte[] chunk = new byte[8192];
        for (int i = 0; i < 64; i++) {
          out.write(chunk);
        }
      } catch (IOException expected) {
        // The client hangs up once the cap is reached.
      }
      ex.close();
    });
    FetchResult r = fetcher(Duration.ofSeconds(5), 100_000, true).get("s", Requester.configuredFeed("s"), server.url("/big"), null, null);
    assertThat(r.error()).contains("larger than fetch.maxBytes");
  }

  @Test
  void noMoreThanTwoRequestsRunAtOnceAgainstOneHost() throws Exception {
    AtomicInteger current = new AtomicInteger();
    AtomicInteger peak = new AtomicInteger();
    server.on("/feed", ex -> {
      peak.accumulateAndGet(current.incrementAndGet(), Math::max);
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      current.decrementAndGet();
      send(ex, 200, FEED);
    });
    HttpFetcher f = fetcher();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<FetchResult>> results = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        results.add(pool.submit(() -> f.get("s", Requester.configuredFeed("s"), server.url("/feed"), null, null)));
      }
      for (Future<FetchResult> r : results) {
        assertThat(r.get().status()).isEqualTo(FetchResult.Status.OK);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(peak.get()).isEqualTo(2);
  }

  @Test
  void noUrlReachesAnInternalAddressUnlessTheSiteAllowsIt() {
    server.on("/feed", ex -> send(ex, 200, FEED));
    HttpFetcher guarded = fetcher(Duration.ofSeconds(5), 1 << 20, false);
    // A configured source is checked like any link from a feed.
    assertThat(guarded.get("s", Requester.configuredFeed("s"), server.url("/feed"), null, null).error()).startsWith("refused " + server.url("/feed")
        + ": 127.0.0.1 is a loopback address; if it is on your own network on purpose, set allowPrivateAddress: true");
    assertThat(guarded.get(Requester.source("s"), server.url("/feed")).status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(fetcher().get(Requester.source("s"), server.url("/feed")).status()).isEqualTo(FetchResult.Status.OK);
  }

  @Test
  void aRefusedConnectionIsAFailureNotAnException() {
    String url = server.url("/x");
    server.close();
    FetchResult r = fetcher().get("s", Requester.configuredFeed("s"), url, null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).startsWith("could not connect to 127.0.0.1");
  }

  @Test
  void retryAfterReadsSecondsAndDates() {
    assertThat(HttpAnswers.retryAfter("120")).isEqualTo(Duration.ofSeconds(120));
    assertThat(HttpAnswers.retryAfter(null)).isZero();
    assertThat(HttpAnswers.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isZero();
    assertThat(HttpAnswers.retryAfter("soon")).isZero();
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(data);
    }
    return zipped.toByteArray();
  }
}
