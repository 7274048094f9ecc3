package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.broadsheet.config.FetchConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS through the JDK client: the certificate (for the name "localhost", in test resources) is
 * verified against the host asked for, and a handshake failure is reported plainly and not retried.
 * The server listens on the address "localhost" resolves to first, the one the client connects to.
 */
class HttpsFetchTest {
  private static final char[] PASSWORD = "broadsheet".toCharArray();
  private HttpsServer server;
  private SSLContext tls;
  private final AtomicReference<String> hostHeader = new AtomicReference<>();
  private final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void start() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = HttpsFetchTest.class.getResourceAsStream("localhost.p12")) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    km.init(keys, PASSWORD);
    TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tm.init(keys);
    tls = SSLContext.getInstance("TLS");
    tls.init(km.getKeyManagers(), tm.getTrustManagers(), null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("localhost"), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/feed", ex -> {
      requests.incrementAndGet();
      hostHeader.set(ex.getRequestHeaders().getFirst("Host"));
      byte[] body = "<rss/>".getBytes(StandardCharsets.UTF_8);
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private FetchResult fetch(String url, SSLContext context) {
    FetchConfig config = new FetchConfig("t", Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20, 4, 2, 2,
        Duration.ofMillis(10), Duration.ofSeconds(1), false, 200, 0);
    try (HttpFetcher fetcher = new HttpFetcher(config, AddressPolicy.of(config).allowing(url), context)) {
      return fetcher.get(Requester.source("s"), url);
    }
  }

  private String literal() {
    InetAddress address = server.getAddress().getAddress();
    return address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
  }

  @Test
  void theCertificateIsVerifiedAgainstTheHostNameAskedFor() {
    String url = "https://localhost:" + server.getAddress().getPort() + "/feed";
    FetchResult r = fetch(url, tls);
    assertThat(r.error()).isNull();
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(hostHeader.get()).isEqualTo("localhost:" + server.getAddress().getPort());
  }

  @Test
  void aCertificateForAnotherNameIsRefusedAndNotRetried() {
    // The same server, asked for by its address: the certificate names only "localhost".
    FetchResult r = fetch("https://" + literal() + ":" + server.getAddress().getPort() + "/feed", tls);
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).startsWith("the secure connection failed: ").doesNotContain("attempts");
    assertThat(requests).hasValue(0);
  }

  @Test
  void aCertificateTheJvmDoesNotTrustIsRefused() {
    FetchResult r = fetch("https://localhost:" + server.getAddress().getPort() + "/feed", null);
    assertThat(r.error()).startsWith("the secure connection failed: ");
    assertThat(requests).hasValue(0);
  }
}
