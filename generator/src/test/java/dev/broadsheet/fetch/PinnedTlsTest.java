package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.broadsheet.config.FetchConfig;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * HTTPS over a connection made to the checked address: the certificate (for the name
 * "localhost", in test resources) must be verified against the name asked for, and the request
 * must carry that name, although the socket was connected to an address.
 */
class PinnedTlsTest {
  private static final char[] PASSWORD = "broadsheet".toCharArray();
  private HttpsServer server;
  private SSLContext tls;
  private final AtomicReference<String> hostHeader = new AtomicReference<>();

  @BeforeEach
  void start() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = PinnedTlsTest.class.getResourceAsStream("localhost.p12")) {
      keys.load(in, PASSWORD);
    }
    KeyManagerFactory km = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    km.init(keys, PASSWORD);
    TrustManagerFactory tm = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tm.init(keys);
    tls = SSLContext.getInstance("TLS");
    tls.init(km.getKeyManagers(), tm.getTrustManagers(), null);
    server = HttpsServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/feed", ex -> {
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

  private FetchResult fetch(String url) {
    FetchConfig config = new FetchConfig("t", Duration.ofSeconds(2), Duration.ofSeconds(5), 1 << 20, 4, 2, 0,
        Duration.ofMillis(10), Duration.ofSeconds(1), false, 200, 0);
    try (HttpFetcher fetcher = new HttpFetcher(config, AddressPolicy.of(config).allowing(url),
        tls.getSocketFactory())) {
      return fetcher.get("s", url);
    }
  }

  @Test
  void theCertificateIsVerifiedAgainstTheHostNameNotTheAddressConnectedTo() {
    String url = "https://localhost:" + server.getAddress().getPort() + "/feed";
    FetchResult r = fetch(url);
    assertThat(r.error()).isNull();
    assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
    assertThat(hostHeader.get()).isEqualTo("localhost:" + server.getAddress().getPort());
  }

  @Test
  void aCertificateForAnotherNameIsRefused() {
    // The same server, asked for by its address: the certificate names only "localhost".
    FetchResult r = fetch("https://127.0.0.1:" + server.getAddress().getPort() + "/feed");
    assertThat(r.status()).isEqualTo(FetchResult.Status.FAILED);
    assertThat(r.error()).startsWith("the secure connection failed: ").contains("127.0.0.1");
  }
}
