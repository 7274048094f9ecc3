package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.config.FetchConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A source allowed to be private (the first server: exactly its address and port, nothing else)
 * that redirects inside the network. Tests run on loopback, so the second server stands for
 * every internal service: it must never see a request.
 */
class GuardedRedirectsTest {
  private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
      .getBytes(StandardCharsets.UTF_8);
  private final LocalHttpServer source = new LocalHttpServer();
  private final LocalHttpServer inside = new LocalHttpServer();
  private final AtomicInteger insideRequests = new AtomicInteger();
  private final FetchConfig config = new FetchConfig("t", Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20, 4, 2,
      2, Duration.ofMillis(10), Duration.ofSeconds(1), false, 200, 0);
  private final HttpFetcher fetcher = new HttpFetcher(config, AddressPolicy.of(config).allowing(source.url("/")));

  GuardedRedirectsTest() {
    inside.on("/", ex -> {
      insideRequests.incrementAndGet();
      send(ex, 200, FEED);
    });
    source.on("/feed", ex -> send(ex, 200, FEED));
  }

  @AfterEach
  void stop() {
    fetcher.close();
    source.close();
    inside.close();
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

  private String redirectingTo(String target) {
    String path = "/r" + Integer.toHexString(target.hashCode());
    source.on(path, ex -> {
      ex.getResponseHeaders().add("Location", target);
      send(ex, 302, new byte[0]);
    });
    return source.url(path);
  }

  private int insidePort() {
    return java.net.URI.create(inside.url("/")).getPort();
  }

  @Test
  void theAllowedSourceItselfIsFetched() {
    FetchResult r = fetcher.get(Requester.source("s"), redirectingTo("/feed"));
    assertThat(r.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(r.body()).isEqualTo(FEED);
  }

  @Test
  void aRedirectToAnotherPortOfTheSameLoopbackAddressIsRefused() {
    String target = inside.url("/secret");
    String from = redirectingTo(target);
    FetchResult r = fetcher.get("s", Requester.configuredFeed("s"), from, null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).startsWith("refused redirect 1 to " + target + ": 127.0.0.1 is a loopback address;");
    assertThat(insideRequests).hasValue(0);
  }

  @Test
  void everyInternalFormOfTheNextHopIsRefusedBeforeConnecting() {
    int port = insidePort();
    String[][] cases = {
      {"http://169.254.169.254/latest/meta-data/", "169.254.169.254 is a cloud metadata address"},
      {"http://[::1]:" + port + "/secret", "[::1] is a loopback address"},
      {"http://[::ffff:127.0.0.1]:" + port + "/secret", "[::ffff:127.0.0.1] is a loopback address"},
      {"http://2130706433:" + port + "/secret", "2130706433 is an IP address in a non-standard"},
      {"http://0x7f000001:" + port + "/secret", "0x7f000001 is an IP address in a non-standard"},
      {"http://0177.0.0.1:" + port + "/secret", "0177.0.0.1 is an IP address in a non-standard"},
      {"http://0.0.0.0:" + port + "/secret", "0.0.0.0 is the unspecified address"},
      {"http://localhost:" + port + "/secret", "localhost resolves to "},
      {"http://10.0.0.1/", "10.0.0.1 is a private address"},
    };
    for (String[] c : cases) {
      FetchResult r = fetcher.get("s", Requester.configuredFeed("s"), redirectingTo(c[0]), null, null);
      assertThat(r.error()).as(c[0]).startsWith("refused redirect 1 to " + c[0] + ": " + c[1]);
    }
    assertThat(insideRequests).hasValue(0);
  }

  @Test
  void aLaterHopIsCheckedLikeTheFirst() {
    String target = inside.url("/secret");
    String second = redirectingTo(target);
    FetchResult r = fetcher.get("s", Requester.configuredFeed("s"), redirectingTo(second), null, null);
    assertThat(r.error()).startsWith("refused redirect 2 to " + target + ": 127.0.0.1 is a loopback address");
    assertThat(insideRequests).hasValue(0);
  }

  @Test
  void aRefusalIsNotRetried() {
    AtomicInteger sourceRequests = new AtomicInteger();
    source.on("/counted", ex -> {
      sourceRequests.incrementAndGet();
      ex.getResponseHeaders().add("Location", "http://169.254.169.254/");
      send(ex, 302, new byte[0]);
    });
    assertThat(fetcher.get(Requester.source("s"), source.url("/counted")).status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(sourceRequests).hasValue(1);
  }
}
