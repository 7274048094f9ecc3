package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article two sources' feeds carry is stored once and listed on both sources' pages and feeds. */
class SharedArticleBuildTest {
  @TempDir Path site;

  private static final String DREDGING = SavedFeeds.item("Dredging contract awarded for the east channel", "dredging",
      "Thu, 19 Nov 2026 08:00:00 GMT");
  private static final String FERRY = SavedFeeds.item("Night ferry timetable returns in spring", "ferry",
      "Thu, 19 Nov 2026 09:00:00 GMT");

  private void config(String wireId) throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Shared\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n"
        + "  - {id: " + wireId + ", name: Harbour Wire, url: wire.xml, publisher: The Paper}\n");
  }

  /** An offline build at {@code when}, whatever problems it has. */
  private BuildResult offline(String when) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
  }

  private void build(String when) {
    assertThat(offline(when).problems()).isEmpty();
  }

  private String page(String path) throws Exception {
    return Files.readString(site.resolve("public/" + path));
  }

  @Test
  void eachSourceListsTheArticlesItsFeedCarriedThoseFiledUnderAnotherToo() throws Exception {
    config("wire");
    SavedFeeds.write(site.resolve("paper.xml"), DREDGING, FERRY);
    SavedFeeds.write(site.resolve("wire.xml"), DREDGING);
    build("2026-11-20T06:00:00Z");
    // Stored once, under the source listed first, and one report of its story.
    assertThat(Files.readString(site.resolve("data/articles/2026/11/19.json"))).containsOnlyOnce("east channel")
        .containsPattern("\"alsoFrom\" : \\[\\s*\"wire\"\\s*]");
    assertThat(page("sources/paper/index.html")).contains("Dredging contract awarded").contains("Night ferry");
    assertThat(page("sources/wire/index.html")).contains("Dredging contract awarded").doesNotContain("Night ferry");
    assertThat(page("sources/wire/feed.xml")).contains("Dredging contract awarded").doesNotContain("Night ferry");
    // Its card is followed from either source's page; the wire's home is not the paper's.
    assertThat(page("index.html")).contains("data-source=\"sources/paper/ sources/wire/\"");
    assertThat(page("sources/wire/index.html")).doesNotContain("https://paper.example/\"");

    // The wire's feed moves on: what it carried stays on its page, as a source's own articles do.
    SavedFeeds.write(site.resolve("wire.xml"), FERRY);
    build("2026-11-20T07:00:00Z");
    assertThat(page("sources/wire/index.html")).contains("Dredging contract awarded").contains("Night ferry");

    // A source whose id changes takes the articles it carried along.
    config("harbour-wire");
    offline("2026-11-20T08:00:00Z");
    assertThat(page("sources/harbour-wire/index.html")).contains("Dredging contract awarded").contains("Night ferry");
    assertThat(site.resolve("public/sources/wire/index.html")).doesNotExist();
  }

  @Test
  void twoSourcesThatSwapIdsEachKeepWhatTheyCarried() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Shared\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n  - {id: wire, name: Harbour Wire, url: wire.xml}\n");
    SavedFeeds.write(site.resolve("paper.xml"), DREDGING);
    SavedFeeds.write(site.resolve("wire.xml"), DREDGING, FERRY);
    build("2026-11-20T06:00:00Z");
    // The feeds move on, then the two ids are swapped: wire.xml is now read as 'paper'.
    SavedFeeds.write(site.resolve("paper.xml"));
    SavedFeeds.write(site.resolve("wire.xml"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Shared\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: wire, name: The Paper, url: paper.xml}\n  - {id: paper, name: Harbour Wire, url: wire.xml}\n");
    offline("2026-11-20T07:00:00Z");
    assertThat(page("sources/paper/index.html")).contains("Dredging contract awarded").contains("Night ferry");
    assertThat(page("sources/wire/index.html")).contains("Dredging contract awarded").doesNotContain("Night ferry");
  }

  @Test
  void anArticleShownForAnotherSourceIsStoredUnderItsOwnWhenItsPageIsFetched() throws Exception {
    try (dev.broadsheet.fetch.LocalHttpServer server = new dev.broadsheet.fetch.LocalHttpServer()) {
      server.on("/dredging", ex -> {
        byte[] page = ("<html><head><title>Dredging contract awarded | The Paper</title></head><body><article>"
            + "<h1>Dredging contract awarded</h1><p>The port authority awarded the contract for the east channel on"
            + " Thursday, and the work starts in the spring when the weather allows the dredgers out.</p><p>A second"
            + " paragraph follows, as the body of a real news story would have one.</p></article></body></html>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, page.length);
        ex.getResponseBody().write(page);
        ex.close();
      });
      String item = "<item><title>Dredging contract awarded for the east channel</title><link>" + server.url("/dredging")
          + "</link><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item>";
      config("wire");
      SavedFeeds.write(site.resolve("paper.xml"), item);
      SavedFeeds.write(site.resolve("wire.xml"), item);
      build("2026-11-20T06:00:00Z");
      // The paper taken out, the page fetched online: shown under the wire, stored as it was.
      Files.writeString(site.resolve("broadsheet.yaml"), "title: Shared\nbaseUrl: https://news.example/\ntimezone: UTC\n"
          + "fetch: {allowPrivateAddresses: true}\n"
          + "sources:\n  - {id: wire, name: Harbour Wire, url: wire.xml, publisher: The Paper}\n");
      Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
      String day = Files.readString(site.resolve("data/articles/2026/11/19.json"));
      assertThat(day).contains("\"sourceId\" : \"paper\"").containsPattern("\"alsoFrom\" : \\[\\s*\"wire\"\\s*]")
          .contains("the contract for the east channel");
      assertThat(page("sources/wire/index.html")).contains("Dredging contract awarded");
    }
  }

  @Test
  void anArticleStaysOnTheSiteWhileASourceThatCarriedItIsConfigured() throws Exception {
    config("wire");
    SavedFeeds.write(site.resolve("paper.xml"), DREDGING, FERRY);
    SavedFeeds.write(site.resolve("wire.xml"), DREDGING);
    build("2026-11-20T06:00:00Z");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Shared\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: wire, name: Harbour Wire, url: wire.xml, publisher: The Paper}\n");
    SavedFeeds.write(site.resolve("wire.xml"));
    BuildResult result = offline("2026-11-20T07:00:00Z");
    // Only the article the wire did not carry is counted as no longer shown.
    assertThat(result.problems()).extracting(p -> p.message()).anyMatch(m -> m.contains("'paper' is no longer configured: its"
        + " stored article is not shown"));
    assertThat(page("sources/wire/index.html")).contains("Dredging contract awarded");
    assertThat(page("index.html")).contains("Dredging contract awarded").doesNotContain("Night ferry");
    try (var pages = Files.walk(site.resolve("public/articles"))) {
      Path article = pages.filter(p -> p.toString().contains("dredging-contract") && p.endsWith("index.html"))
          .findFirst().orElseThrow();
      assertThat(Files.readString(article)).contains("sources/wire/");
    }
  }

  @Test
  void aSourceRenamedAsAnotherIsTakenOutStillCountsAsCarryingItsArticles() throws Exception {
    config("wire");
    SavedFeeds.write(site.resolve("paper.xml"), DREDGING);
    SavedFeeds.write(site.resolve("wire.xml"), DREDGING);
    build("2026-11-20T06:00:00Z");
    // One edit: the paper taken out, the wire renamed (the same url).
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Shared\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: harbour-wire, name: Harbour Wire, url: wire.xml, publisher: The Paper}\n");
    BuildResult result = offline("2026-11-20T07:00:00Z");
    assertThat(result.problems()).extracting(p -> p.message()).noneMatch(m -> m.contains("not shown"));
    assertThat(page("sources/harbour-wire/index.html")).contains("Dredging contract awarded");
  }
}
