package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pick brought from another tool keeps the addresses that tool published it at: each sends
 * readers on to the article's page here (links shared and indexed before the move still arrive).
 */
class PickAliasesBuildTest {
  @TempDir Path site;

  private Path out(String path) {
    return site.resolve("public").resolve(path);
  }

  @Test
  void aPicksAliasesSendReadersOnToItsPageAndOnesThatCannotBeAreSaid() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Moves\nbaseUrl: https://news.example/digest/\n"
        + "sources:\n  - {id: wire, name: The Wire, url: wire.json}\n");
    Files.writeString(site.resolve("wire.json"), """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
          {"id": "1", "url": "https://wire.example/1", "date_published": "2026-11-19T10:00:00Z", "title": "Tide tables out"}
        ]}
        """);
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/tide.md"), """
        ---
        url: https://wire.example/1
        redirect_from:
          - /digest/2025/03/04/tide-tables/
          - https://news.example/digest/2025/tide.html
          - /digest/caf%C3%A9-tides
          - /elsewhere/tides/
          - /digest/index.html
          - /digest/../etc/
        ---
        Worth a look.
        """);
    BuildResult result = SampleSite.build(site, "2026-11-20T08:00:00Z");
    assertThat(result.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
        "picks/tide.md:3: warning: the alias '/digest/../etc/' is not an address of the site (write its path from the"
            + " site's root, such as /2025/03/04/pier-closes/); it is left out",
        "picks/tide.md: warning: the alias /elsewhere/tides/ is not under the site's address (/digest/): no page there"
            + " can send readers on; it is left out",
        "picks/tide.md: warning: the alias /digest/index.html is the address of a page this site publishes (or of"
            + " another alias); it is left out");
    try (var files = Files.list(out("articles"))) {
      String article = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("tide")).findFirst().orElseThrow();
      for (String old : new String[] {"2025/03/04/tide-tables/index.html", "2025/tide.html", "café-tides/index.html"}) {
        assertThat(out(old)).as(old).content().contains("http-equiv=\"refresh\"")
            .contains("https://news.example/digest/articles/" + article + "/");
      }
    }
    assertThat(out("index.html")).content().doesNotContain("http-equiv=\"refresh\"");
    assertThat(out("sitemap.xml")).content().doesNotContain("2025");
  }
}
