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
            - {id: ok, name: Ok, url: '%s', allowPrivateAddress: true}
            - {id: broken, name: Broken, url: '%s', allowPrivateAddress: true}
            - {id: missing, name: Missing, url: feeds/missing.xml}
            - {id: local, name: Local, url: local.xml}
          """.formatted(server.url("/ok"), server.url("/broken")), site, "broadsheet.yaml");
      List<FetchResult> results = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), false, null);
      assertThat(results).extracting(FetchResult::sourceId).containsExactly("ok", "broken", "missing", "local");
      assertThat(results).extracting(FetchResult::status).containsExactly(FetchResult.Status.OK,
          FetchResult.Status.FAILED, FetchResult.Status.FAILED, FetchResult.Status.OK);
      assertThat(results.get(1).error()).contains("HTTP 500");
      assertThat(results.get(2).error()).startsWith("no such file: ").endsWith("missing.xml");
    }
  }

  @Test
  void anOpmlListReadsNoFileOutsideTheSiteFolderAndNoSourceReadsADeviceOrPastTheCap() throws Exception {
    Path home = site.resolve("site");
    Files.createDirectories(home.resolve("feeds"));
    Files.writeString(site.resolve("outside.xml"), "<rss/>");
    Files.writeString(home.resolve("feeds/inside.xml"), "<rss/>");
    Files.writeString(home.resolve("subs.opml"), "<opml version=\"2.0\"><body>\n"
        + "<outline text=\"Inside\" xmlUrl=\"feeds/inside.xml\"/>\n<outline text=\"Outside\" xmlUrl=\"../outside.xml\"/>\n"
        + "<outline text=\"Secret\" xmlUrl=\"" + site.resolve("outside.xml") + "\"/>\n"
        + "<outline text=\"Ftp\" xmlUrl=\"ftp://files.example/feed.xml\"/>\n</body></opml>");
    Files.writeString(home.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\nfetch: {maxBytes: 1024}\n"
        + "sources:\n  - {opml: subs.opml}\n  - {id: folder, name: Folder, url: feeds}\n"
        + "  - {id: own, name: Own, url: ../outside.xml}\n  - {id: zero, name: Zero, url: /dev/zero}\n"
        + "  - {id: maps, name: Maps, url: /proc/self/maps}\n");
    SiteConfig config = new ConfigLoader().load(home);
    List<FetchResult> results = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), false, null);
    assertThat(results).extracting(FetchResult::status).containsExactly(FetchResult.Status.OK,
        FetchResult.Status.FAILED, FetchResult.Status.FAILED, FetchResult.Status.FAILED, FetchResult.Status.FAILED,
        FetchResult.Status.OK, FetchResult.Status.FAILED, FetchResult.Status.FAILED);
    // What is wrong with a subscription is told with the line of its outline, where it is corrected.
    assertThat(results.get(1).error()).endsWith("is outside the site folder, and an OPML file may list only saved feeds"
        + " inside it; change its xmlUrl in subs.opml (line 3)");
    assertThat(results.get(2).error()).contains("is outside the site folder").endsWith("(line 4)");
    // Another scheme than the web's is said to be one, not looked for as a file named ftp:/files.example/….
    assertThat(results.get(3).error()).isEqualTo("not a web address (http or https) nor the path of a saved feed in"
        + " the site folder; change its xmlUrl in subs.opml (line 5)");
    assertThat(results.get(4).error()).endsWith("is not a regular file (a folder, a device)");
    // The editor's own config may name a file anywhere: that is theirs to choose.
    assertThat(results.get(5).sourceId()).isEqualTo("own");
    assertThat(results.get(6).error()).contains("is not a regular file");
    // A file the system sizes 0 is read up to the cap and no further.
    if (Files.isRegularFile(Path.of("/proc/self/maps"))) {
      assertThat(results.get(7).error()).endsWith("is larger than fetch.maxBytes (1024 bytes)");
    }
  }

  @Test
  void aSourceOnTheLocalNetworkIsReadOnlyWhenDeclared() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer()) {
      server.on("/feed", ex -> {
        byte[] body = "<rss/>".getBytes();
        ex.sendResponseHeaders(200, body.length);
        ex.getResponseBody().write(body);
        ex.close();
      });
      SiteConfig config = new ConfigLoader().parse("""
          title: T
          baseUrl: https://e.org/
          fetch: {retries: 0}
          sources:
            - {id: declared, name: Declared, url: '%s', allowPrivateAddress: true}
            - {id: undeclared, name: Undeclared, url: '%s'}
          """.formatted(server.url("/feed"), server.url("/feed?again")), site, "broadsheet.yaml");
      List<FetchResult> results = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), false, null);
      assertThat(results.get(0).status()).isEqualTo(FetchResult.Status.OK);
      // The same host and port, as another configured source's feed: allowed, since the editor wrote
      // both addresses (what a feed links to is allowed only to the source that declared it).
      assertThat(results.get(1).status()).isEqualTo(FetchResult.Status.OK);
    }
    try (LocalHttpServer other = new LocalHttpServer()) {
      other.on("/feed", ex -> ex.close());
      SiteConfig config = new ConfigLoader().parse("""
          title: T
          baseUrl: https://e.org/
          sources:
            - {id: undeclared, name: Undeclared, url: '%s'}
          """.formatted(other.url("/feed")), site, "broadsheet.yaml");
      FetchResult r = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), false, null).get(0);
      assertThat(r.error()).startsWith("refused " + other.url("/feed") + ": 127.0.0.1 is a loopback address;")
          .contains("set allowPrivateAddress: true on the source that links to it");
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
    List<FetchResult> results = new SourceFetcher(config).fetchAll(StoreSnapshot.empty(), true, null);
    assertThat(results).extracting(FetchResult::status)
        .containsExactly(FetchResult.Status.SKIPPED_OFFLINE, FetchResult.Status.OK);
  }

  @Test
  void aSavedFeedUnchangedSinceTheLastBuildIsNotReadAgain() throws Exception {
    Path feed = site.resolve("local.xml");
    Files.writeString(feed, "<rss>one</rss>");
    // Written a while ago: a file changed in the last seconds could change again unseen.
    Files.setLastModifiedTime(feed, java.nio.file.attribute.FileTime.from(java.time.Instant.now().minusSeconds(60)));
    SiteConfig config = oneSavedFeed();
    Path stats = site.resolve(".broadsheet-cache/saved-feeds.tsv");
    StoreSnapshot store = afterFirstFetch(config, stats);
    assertThat(new SourceFetcher(config, stats).fetchAll(store, true, null).get(0).status())
        .isEqualTo(FetchResult.Status.NOT_MODIFIED);

    // Proof that it was not read: other bytes of the same size, written in place and given back the
    // recorded time (what no editor or download does), pass as unchanged.
    java.nio.file.attribute.FileTime recorded = Files.getLastModifiedTime(feed);
    Files.writeString(feed, "<rss>two</rss>");
    Files.setLastModifiedTime(feed, recorded);
    assertThat(new SourceFetcher(config, stats).fetchAll(store, true, null).get(0).status())
        .isEqualTo(FetchResult.Status.NOT_MODIFIED);
    // Any change of time is read: the new bytes are found.
    Files.setLastModifiedTime(feed, java.nio.file.attribute.FileTime.from(recorded.toInstant().plusSeconds(1)));
    FetchResult changed = new SourceFetcher(config, stats).fetchAll(store, true, null).get(0);
    assertThat(changed.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(new String(changed.body())).isEqualTo("<rss>two</rss>");
  }

  @Test
  void aSavedFeedChangedMomentsAgoIsReadAgainNextTime() throws Exception {
    Path feed = site.resolve("local.xml");
    Files.writeString(feed, "<rss>one</rss>");
    SiteConfig config = oneSavedFeed();
    Path stats = site.resolve(".broadsheet-cache/saved-feeds.tsv");
    StoreSnapshot store = afterFirstFetch(config, stats);
    // Changed within the same clock tick, same size: caught, because a fresh file is never trusted.
    java.nio.file.attribute.FileTime recorded = Files.getLastModifiedTime(feed);
    Files.writeString(feed, "<rss>two</rss>");
    Files.setLastModifiedTime(feed, recorded);
    FetchResult second = new SourceFetcher(config, stats).fetchAll(store, true, null).get(0);
    assertThat(second.status()).isEqualTo(FetchResult.Status.OK);
    assertThat(new String(second.body())).isEqualTo("<rss>two</rss>");
  }

  @Test
  void aFeedLastReadUnderOtherOrUnrecordedSettingsIsReadAgainInFull() throws Exception {
    Files.writeString(site.resolve("local.xml"), "<rss>one</rss>");
    SiteConfig config = oneSavedFeed();
    StoreSnapshot read = afterFirstFetch(config, null);
    dev.broadsheet.store.SourceState state = read.source("local");
    // Validators of a read under these settings hold; of another's, or of one that did not say (an
    // earlier version's store), they do not.
    for (String readAs : new String[] {null, "fullText true zone UTC maxItems 100 categories true"}) {
      StoreSnapshot other = new StoreSnapshot(new java.util.TreeMap<>(), new java.util.TreeMap<>(java.util.Map.of("local",
          new dev.broadsheet.store.SourceState(state.lastAttempt(), state.lastSuccess(), state.status(), 0, null,
              state.etag(), null, state.url(), null, readAs))));
      assertThat(new SourceFetcher(config).fetchAll(other, true, null).get(0).status()).as(String.valueOf(readAs))
          .isEqualTo(FetchResult.Status.OK);
    }
    assertThat(new SourceFetcher(config).fetchAll(read, true, null).get(0).status())
        .isEqualTo(FetchResult.Status.NOT_MODIFIED);
  }

  private SiteConfig oneSavedFeed() {
    return new ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        sources:
          - {id: local, name: Local, url: local.xml}
        """, site, "broadsheet.yaml");
  }

  /** The store as a build leaves it after reading the saved feed once. */
  private static StoreSnapshot afterFirstFetch(SiteConfig config, Path stats) {
    FetchResult first = new SourceFetcher(config, stats).fetchAll(StoreSnapshot.empty(), true, null).get(0);
    assertThat(first.status()).isEqualTo(FetchResult.Status.OK);
    return new StoreSnapshot(new java.util.TreeMap<>(), new java.util.TreeMap<>(java.util.Map.of("local",
        dev.broadsheet.store.SourceState.never().from("local.xml").succeeded(java.time.Instant.now(), dev.broadsheet.store.SourceState.Status.OK, first.etag(),
            null).readUnder(config.sources().get(0).readAs(config.timezone())))));
  }
}
