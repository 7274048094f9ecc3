package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.fetch.LocalHttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site whose sources are declared to be on the editor's network (their own host and port may
 * be private) and redirect further inside it. The second server stands for an internal service
 * or a metadata endpoint: no request may reach it, and nothing of it may reach data/ or the site.
 */
class RedirectIntoTheNetworkBuildTest {
  @TempDir Path site;
  private LocalHttpServer intranet;
  private LocalHttpServer inside;
  private final AtomicInteger insideRequests = new AtomicInteger();

  @BeforeEach
  void start() {
    inside = new LocalHttpServer().on("/", ex -> {
      insideRequests.incrementAndGet();
      TestResponses.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>SECRET-INSIDE</title>"
          + "<item><title>SECRET-ITEM</title><link>https://x.example/s</link></item></channel></rss>");
    });
    intranet = new LocalHttpServer();
    intranet.on("/feed.xml", ex -> TestResponses.send(ex, 200, "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>Intranet</title><item><title>Canteen reopens</title>"
            + "<link>" + inside.url("/page") + "</link><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>"
            + "</item></channel></rss>"));
    int port = URI.create(inside.url("/")).getPort();
    redirect("/to-inside", inside.url("/feed.xml"));
    redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
    redirect("/to-ipv6", "http://[::1]:" + port + "/feed.xml");
    redirect("/to-decimal", "http://2130706433:" + port + "/feed.xml");
  }

  private void redirect(String path, String to) {
    intranet.on(path, ex -> {
      ex.getResponseHeaders().add("Location", to);
      TestResponses.send(ex, 302, null, "");
    });
  }

  @AfterEach
  void stop() {
    intranet.close();
    inside.close();
  }

  @Test
  void redirectsFromADeclaredLocalSourceMayNotGoFurtherIn() throws IOException {
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Guarded
        baseUrl: https://news.example/
        fetch: {retries: 0}
        sources:
          - {id: canteen, name: Canteen, url: '%s', allowPrivateAddress: true, fullText: true}
          - {id: inside, name: Inside, url: '%s', allowPrivateAddress: true}
          - {id: metadata, name: Metadata, url: '%s', allowPrivateAddress: true}
          - {id: ipv6, name: IPv6, url: '%s', allowPrivateAddress: true}
          - {id: decimal, name: Decimal, url: '%s', allowPrivateAddress: true}
        """.formatted(intranet.url("/feed.xml"), intranet.url("/to-inside"), intranet.url("/to-metadata"),
        intranet.url("/to-ipv6"), intranet.url("/to-decimal")));
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC)));

    assertThat(result.sources().ok()).isEqualTo(1);
    assertThat(result.sources().failed()).isEqualTo(4);
    int port = URI.create(inside.url("/")).getPort();
    assertThat(result.problems()).extracting(Problem::toString).contains(
        intranet.url("/to-inside") + ": refused redirect 1 to " + inside.url("/feed.xml")
            + ": 127.0.0.1 is a loopback address; if it is on your own network on purpose, set allowPrivateAddress:"
            + " true on the source that links to it (its own host and port only) or fetch.allowPrivateAddresses: true"
            + " (every address, picks' pages too)",
        intranet.url("/to-metadata") + ": refused redirect 1 to http://169.254.169.254/latest/meta-data/:"
            + " 169.254.169.254 is a cloud metadata address, which Broadsheet never connects to");
    assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .startsWith(intranet.url("/to-ipv6") + ": refused redirect 1 to http://[::1]:" + port));
    assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .startsWith(intranet.url("/to-decimal") + ": refused redirect 1 to http://2130706433:" + port));
    // The intranet feed's own article link points at the other server: its page is refused too.
    assertThat(insideRequests).hasValue(0);
    assertThat(Files.readString(site.resolve("data/sources.json"))).contains("refused redirect 1 to");
    assertThat(everyFile(site.resolve("data"))).doesNotContain("SECRET");
    assertThat(everyFile(site.resolve("public"))).doesNotContain("SECRET").contains("Canteen reopens");
  }

  @Test
  void aSourceAllowedOnTheNetworkDoesNotOpenItToAnotherSourcesLinks() throws IOException {
    AtomicInteger secretRequests = new AtomicInteger();
    intranet.on("/secret.html", ex -> {
      secretRequests.incrementAndGet();
      TestResponses.send(ex, 200, "text/html", "<html><body><article><h1>Passwords</h1><p>The database password is"
          + " SECRET-hunter2, and the rest of this paragraph is long enough to be an article's text.</p></article>"
          + "</body></html>");
    });
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/other.xml"), "<rss version=\"2.0\"><channel><title>Other</title><item>"
        + "<title>Nothing to see</title><link>" + intranet.url("/secret.html") + "</link>"
        + "<pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Guarded
        baseUrl: https://news.example/
        fetch: {retries: 0}
        sources:
          - {id: canteen, name: Canteen, url: '%s', allowPrivateAddress: true}
          - {id: other, name: Other, url: feeds/other.xml, fullText: true}
        """.formatted(intranet.url("/feed.xml")));
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC)));

    assertThat(result.sources().ok()).isEqualTo(2);
    assertThat(secretRequests).hasValue(0);
    assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .startsWith(intranet.url("/secret.html") + ": warning: the article page could not be fetched: refused "));
    assertThat(everyFile(site.resolve("data"))).doesNotContain("SECRET");
    assertThat(everyFile(site.resolve("public"))).doesNotContain("SECRET").contains("Nothing to see");
  }

  private static String everyFile(Path dir) throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        all.append(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
