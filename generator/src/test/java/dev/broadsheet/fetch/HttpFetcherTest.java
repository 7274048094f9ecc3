package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.config.FetchConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HttpFetcherTest {
  private static final byte[] FEED = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
      .getBytes(StandardCharsets.UTF_8);
  private final LocalHttpServer server = new LocalHttpServer();

  private static FetchConfig config(Duration timeout, long maxBytes) {
    return new FetchConfig("Broadsheet-Test/1 (+https://broadsheet.dev/)", Duration.ofSeconds(2), timeout, maxBytes, 4);
  }

  private final HttpFetcher fetcher = new HttpFetcher(config(Duration.ofSeconds(5), 1 << 20));

  @AfterEach
  void stop() {
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

  @Test
  void sendsAUserAgentAndReturnsTheBodyWithValidators() {
    AtomicReference<String> userAgent = new AtomicReference<>();
    server.on("/feed", ex -> {
      userAgent.set(ex.getRequestHeaders().getFirst("User-Agent"));
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
      ex.getResponseHeaders().add("ETag", "\"v1\"");
      ex.getResponseHeaders().add("Last-Modified", "Fri, 20 Nov 2026 10:00:00 GMT");
      send(ex, 200, FEED);
    });
    FetchResult r = fetcher.get("s", server.url("/feed"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(r.body()).isEqualTo(FEED);
    assertThat(r.etag()).isEqualTo("\"v1\"");
    assertThat(r.lastModified()).isEqualTo("Fri, 20 Nov 2026 10:00:00 GMT");
    assertThat(r.contentType()).startsWith("application/rss+xml");
    assertThat(userAgent.get()).startsWith("Broadsheet-Test/1");
  }

  @Test
  void aConditionalRequestThatMatchesGetsNotModified() {
    server.on("/feed", ex -> {
      boolean fresh = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
      send(ex, fresh ? 304 : 200, fresh ? new byte[0] : FEED);
    });
    assertThat(fetcher.get("s", server.url("/feed"), "\"v1\"", null).status()).isEqualTo(FetchResult.Status.NOT_MODIFIED);
    assertThat(fetcher.get("s", server.url("/feed"), "\"old\"", null).status()).isEqualTo(FetchResult.Status.OK);
  }

  @Test
  void gzipBodiesAreDecoded() {
    server.on("/feed", ex -> {
      ByteArrayOutputStream zipped = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
        gz.write(FEED);
      }
      ex.getResponseHeaders().add("Content-Encoding", "gzip");
      send(ex, 200, zipped.toByteArray());
    });
    assertThat(fetcher.get("s", server.url("/feed"), null, null).body()).isEqualTo(FEED);
  }

  @Test
  void redirectsAreFollowed() {
    server.on("/old", ex -> {
      ex.getResponseHeaders().add("Location", server.url("/new"));
      send(ex, 301, new byte[0]);
    });
    server.on("/new", ex -> send(ex, 200, FEED));
    FetchResult r = fetcher.get("s", server.url("/old"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(r.documentUrl()).isEqualTo(server.url("/new"));
  }

  @Test
  void errorStatusesAreExplainedInPlainWords() {
    server.on("/forbidden", ex -> send(ex, 403, new byte[0]));
    server.on("/gone", ex -> send(ex, 404, new byte[0]));
    assertThat(fetcher.get("s", server.url("/forbidden"), null, null).error())
        .isEqualTo("HTTP 403: the site may block unknown clients; set fetch.userAgent");
    assertThat(fetcher.get("s", server.url("/gone"), null, null).error()).contains("HTTP 404");
  }

  @Test
  void aSlowServerTimesOut() {
    server.on("/slow", ex -> {
      try {
        Thread.sleep(3000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(ex, 200, FEED);
    });
    FetchResult r = new HttpFetcher(config(Duration.ofSeconds(1), 1 << 20)).get("s", server.url("/slow"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).isEqualTo("timed out after 1 s");
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
    FetchResult r = new HttpFetcher(config(Duration.ofSeconds(5), 100_000)).get("s", server.url("/big"), null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).contains("larger than fetch.maxBytes");
  }

  @Test
  void aRefusedConnectionIsAFailureNotAnException() {
    String url = server.url("/x");
    server.close();
    FetchResult r = fetcher.get("s", url, null, null);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).isNotBlank();
  }
}
