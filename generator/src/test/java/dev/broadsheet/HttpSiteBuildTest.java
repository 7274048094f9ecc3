package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.base.Problem;
import dev.broadsheet.fetch.LocalHttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site whose sources are served over real HTTP on 127.0.0.1, built twice. */
class HttpSiteBuildTest {
  @TempDir Path site;
  private LocalHttpServer server;
  private final AtomicBoolean wireBroken = new AtomicBoolean();

  private static String rss(String title, String... items) {
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://x.example/</link><description>d</description>");
    for (String item : items) {
      xml.append("<item><title>").append(item).append("</title><link>https://x.example/").append(item.hashCode())
          .append("</link><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item>");
    }
    return xml.append("</channel></rss>").toString();
  }

  private static void send(HttpExchange ex, int code, String contentType, String body) throws IOException {
    TestResponses.send(ex, code, contentType, body);
  }

  @BeforeEach
  void start() throws IOException {
    server = new LocalHttpServer();
    server.on("/paper.xml", ex -> {
      if ("\"p1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        send(ex, 304, null, "");
        return;
      }
      ex.getResponseHeaders().add("ETag", "\"p1\"");
      send(ex, 200, "application/rss+xml", rss("Paper", "Harbour opens", "Bridge closes"));
    });
    server.on("/wire.xml", ex -> {
      if (wireBroken.get()) {
        send(ex, 404, null, "");
      } else {
        send(ex, 200, "application/rss+xml", rss("Wire", "Rates held steady"));
      }
    });
    server.on("/blog/", ex -> send(ex, 200, "text/html", "<!DOCTYPE html><html><head><title>Blog</title>"
        + "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/blog/atom.xml\"></head><body></body></html>"));
    server.on("/blog/atom.xml", ex -> send(ex, 200, "application/atom+xml",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Blog</title><id>b</id><entry><title>Blog post</title>"
            + "<id>b1</id><link href=\"https://blog.example/1\"/><updated>2026-11-20T09:00:00Z</updated></entry></feed>"));
    server.on("/paper-new.xml", ex -> {
      // A server that answers any validator with "not modified", as one whose feed file is older
      // than the date asked about does.
      if (ex.getRequestHeaders().containsKey("If-None-Match") || ex.getRequestHeaders().containsKey("If-Modified-Since")) {
        send(ex, 304, null, "");
        return;
      }
      ex.getResponseHeaders().add("ETag", "\"n1\"");
      send(ex, 200, "application/rss+xml", rss("Paper", "Ferry returns to service"));
    });
    server.on("/old-feed", ex -> {
      ex.getResponseHeaders().add("Location", "/paper.xml");
      send(ex, 301, null, "");
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String url(String path) {
    return server.url(path);
  }

  private BuildResult build(String when) {
    return Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
  }

  @Test
  void failingSourcesKeepTheirArticlesAndUnchangedFeedsCostNothing() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Over HTTP
        baseUrl: https://news.example/
        fetch: {allowPrivateAddresses: true, retries: 0}
        sources:
          - {id: paper, name: Paper, url: '%s'}
          - {id: wire, name: Wire, url: '%s'}
          - {id: blog, name: Blog, url: '%s'}
          - {id: moved, name: Moved, url: '%s'}
        """.formatted(url("/paper.xml"), url("/wire.xml"), url("/blog/"), url("/old-feed")));
    BuildResult first = build("2026-11-21T08:00:00Z");
    assertThat(first.sources().ok()).isEqualTo(4);
    assertThat(first.articles().stored()).isEqualTo(4);
    assertThat(first.problems()).extracting(Problem::toString).contains(
        url("/blog/") + ": warning: the source url is an HTML page; read the feed it links to, " + url("/blog/atom.xml")
            + "; set that as the source url",
        url("/old-feed") + ": warning: the feed moved permanently to " + url("/paper.xml") + "; update the source url");

    wireBroken.set(true);
    BuildResult second = build("2026-11-22T08:00:00Z");
    assertThat(second.sources().failed()).isEqualTo(1);
    assertThat(second.sources().notModified()).isEqualTo(2);
    assertThat(second.problems()).extracting(Problem::toString)
        .contains(url("/wire.xml") + ": HTTP 404: nothing at this address (any more)");
    assertThat(second.articles().stored()).isEqualTo(4);
    assertThat(site.resolve("public/index.html")).content().contains("Rates held steady");
    String sources = Files.readString(site.resolve("data/sources.json"));
    assertThat(sources).contains("\"consecutiveFailures\" : 1").contains("\"etag\" : \"\\\"p1\\\"\"")
        .contains("\"status\" : \"not-modified\"");
  }

  @Test
  void aMovedFeedImportedFromOpmlIsToBeUpdatedInItsOpmlFile() throws Exception {
    Files.createDirectories(site.resolve("lists"));
    Files.writeString(site.resolve("lists/reader.opml"), """
        <?xml version="1.0"?><opml version="2.0"><body>
        <outline text="Moved" type="rss" xmlUrl="%s"/>
        </body></opml>
        """.formatted(url("/old-feed").replace("&", "&amp;")));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Over HTTP
        baseUrl: https://news.example/
        fetch: {allowPrivateAddresses: true, retries: 0}
        sources:
          - {opml: lists/reader.opml}
        """);
    BuildResult result = build("2026-11-21T08:00:00Z");
    assertThat(result.problems()).extracting(Problem::toString).contains(url("/old-feed")
        + ": warning: the feed moved permanently to " + url("/paper.xml") + "; update its xmlUrl in lists/reader.opml (line 2)");
  }

  @Test
  void aSourceGivenANewUrlIsReadThereInFullNotAskedWithTheOldAddressValidators() throws Exception {
    String yaml = """
        title: Over HTTP
        baseUrl: https://news.example/
        fetch: {allowPrivateAddresses: true, retries: 0}
        sources:
          - {id: paper, name: Paper, url: '%s'}
        """;
    Files.writeString(site.resolve("broadsheet.yaml"), yaml.formatted(url("/paper.xml")));
    assertThat(build("2026-11-21T08:00:00Z").sources().ok()).isEqualTo(1);
    Files.writeString(site.resolve("broadsheet.yaml"), yaml.formatted(url("/paper-new.xml")));
    BuildResult moved = build("2026-11-21T09:00:00Z");
    assertThat(moved.sources().ok()).isEqualTo(1);
    assertThat(site.resolve("public/index.html")).content().contains("Ferry returns to service");
    // From then on the new address's own validators are used.
    assertThat(build("2026-11-21T10:00:00Z").sources().notModified()).isEqualTo(1);
  }
}
