package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionStageTest {
  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  private static Article undated(String id, String url) {
    return new Article(id, url, null, "paper", "Headline " + id, "The Paper", null, null, List.of(), List.of(),
        null, null, NOW.minusSeconds(600), null, null, null);
  }

  @Test
  void aPageThatFailsUnexpectedlyIsThatPagesProblemAndTheOthersAreExtracted() {
    SiteConfig config = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: paper\n    name: The Paper\n"
        + "    url: https://paper.example/feed\n", Path.of("/tmp/site"), "broadsheet.yaml");
    String page = "<html><head><title>Ferries resume</title></head><body><article><h1>Ferries resume</h1><p>"
        + "The harbour reopened at dawn after three days of storms, and the first ferry left on time. ".repeat(8)
        + "</p></article></body></html>";
    ExtractionStage stage = new ExtractionStage(config, (source, url) -> {
      if (url.endsWith("/broken")) {
        throw new IllegalStateException("a fault this page's markup finds");
      }
      return FetchResult.ok("paper", page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", url, null, null, null);
    });

    ExtractionStage.Result result = stage.run(List.of(undated("a", "https://news.harbour-paper.net/broken"),
        undated("b", "https://news.harbour-paper.net/ferries")), NOW);

    assertThat(result.updated()).as(result.updated().toString()).hasSize(2);
    assertThat(result.extracted()).as(result.problems().toString()).isEqualTo(1);
    Article broken = result.updated().stream().filter(a -> a.id().equals("a")).findFirst().orElseThrow();
    Article read = result.updated().stream().filter(a -> a.id().equals("b")).findFirst().orElseThrow();
    assertThat(read.page().bodyHtml()).contains("The harbour reopened at dawn");
    assertThat(broken.page().bodyHtml()).isNull();
    assertThat(broken.page().error()).contains("could not be extracted", "a fault this page's markup finds");
    // Asked for again after a pause, as a failed page is: a later release may have mended the fault.
    assertThat(broken.page().temporary()).isTrue();
    assertThat(broken.page().dueAgain(broken.firstSeen(), NOW.plusSeconds(60))).isFalse();
    assertThat(result.problems()).singleElement().asString()
        .startsWith("https://news.harbour-paper.net/broken").contains("could not be extracted");
  }

  @Test
  void anArticleWhoseSourceLeftTheConfigIsAskedForAsTheSourceThatCarriesItToo() {
    // Its own source 'wire' was taken out; 'paper', on the newsroom's network, still lists it.
    SiteConfig config = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\nsources:\n  - id: paper\n"
        + "    name: The Paper\n    url: http://127.0.0.1:8765/feed\n    allowPrivateAddress: true\n    fullText: true\n",
        Path.of("/tmp/site"), "broadsheet.yaml");
    java.util.List<dev.broadsheet.fetch.Requester> asked = new java.util.concurrent.CopyOnWriteArrayList<>();
    ExtractionStage stage = new ExtractionStage(config, (requester, url) -> {
      asked.add(requester);
      return FetchResult.failed("paper", "HTTP 404");
    });
    Article carried = new Article("a", "http://127.0.0.1:8765/a/1", null, "wire", "Headline", "The Wire", null, null,
        List.of(), List.of(), NOW.minusSeconds(3600), null, NOW.minusSeconds(600), "<p>Summary</p>",
        "http://127.0.0.1:8765/a/1.jpg", null, null, null, null, List.of("paper"));
    // With a summary, an image and a date, its page is asked for because 'paper' gives full text.
    assertThat(stage.needsPage(carried, NOW)).isTrue();
    stage.run(List.of(carried), NOW);
    assertThat(asked).containsExactly(dev.broadsheet.fetch.Requester.source("paper"));
  }

  @Test
  void aPagesDayWithoutAZoneIsReadInItsSourcesZone() {
    SiteConfig config = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\ntimezone: Europe/London\n"
        + "sources:\n  - id: paper\n    name: The Paper\n    url: https://paper.example/feed\n"
        + "    timezone: America/Los_Angeles\n", Path.of("/tmp/site"), "broadsheet.yaml");
    String page = "<html><head><title>Ferries resume</title></head><body><article><h1>Ferries resume</h1>"
        + "<time datetime=\"2026-11-19\">19 November</time><p>"
        + "The harbour reopened at dawn after three days of storms, and the first ferry left on time. ".repeat(8)
        + "</p></article></body></html>";
    ExtractionStage stage = new ExtractionStage(config, (source, url) -> FetchResult.ok("paper",
        page.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", url, null, null, null));

    ExtractionStage.Result result = stage.run(List.of(undated("a", "https://news.harbour-paper.net/ferries")), NOW);

    // The publisher's 19 November, at its middle there (20:00 UTC), not midnight UTC (the 18th in its zone).
    assertThat(result.updated()).singleElement().extracting(Article::published)
        .isEqualTo(Instant.parse("2026-11-19T20:00:00Z"));
  }
}
