package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.store.StoreSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFetcherTest {
  @TempDir Path site;

  @Test
  void oneFailingSourceDoesNotStopTheOthers() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer()) {
      server.on("/ok", ex -> {
        byte[] body = "<rss/>".getBytes();
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
      });
      server.on("/broken", ex -> {
        ex.sendResponseHeaders(500, -1);
        ex.close();
      });
      Files.writeString(site.resolve("local.xml"), "<rss/>");
      SiteConfig config = new ConfigLoader().parse("""
          title: T
          baseUrl: https://e.org/
          sources:
            - {id: ok, name: Ok, url: '%s'}
            - {id: broken, name: Broken, url: '%s'}
            - {id: missing, name: Missing, url: feeds/missing.xml}
            - {id: local, name: Local, url: local.xml}
          """.formatted(server.url("/ok"), server.url("/broken")), site, "broadsheet.yaml");
      List<FetchResult> results = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), false);
      assertThat(results).extracting(FetchResult::sourceId).containsExactly("ok", "broken", "missing", "local");
      assertThat(results).extracting(FetchResult::status).containsExactly(FetchResult.Status.OK,
          FetchResult.Status.FAILED, FetchResult.Status.FAILED, FetchResult.Status.OK);
      assertThat(results.get(1).error()).contains("HTTP 500");
      assertThat(results.get(2).error()).startsWith("no such file: ").endsWith("missing.xml");
    }
  }

  @Test
  void offlineSkipsRemoteSourcesButReadsFiles() throws Exception {
    Files.writeString(site.resolve("local.xml"), "<rss/>");
    SiteConfig config = new ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        sources:
          - {id: remote, name: Remote, url: 'http://127.0.0.1:9/never'}
          - {id: local, name: Local, url: local.xml}
        """, site, "broadsheet.yaml");
    List<FetchResult> results = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), true);
    assertThat(results).extracting(FetchResult::status)
        .containsExactly(FetchResult.Status.SKIPPED_OFFLINE, FetchResult.Status.OK);
  }
}
