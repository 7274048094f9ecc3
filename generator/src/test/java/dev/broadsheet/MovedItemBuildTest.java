package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An item its publisher moves to another link, keeping its guid, stays the article it was: one
 * page at its first address, linking to the new original, and an editor's takedown of it holds.
 */
class MovedItemBuildTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);
  @TempDir Path site;

  private void feed(String link, String word) throws IOException {
    Files.writeString(site.resolve("ledger.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Quay Ledger</title><link>https://ledger.example/</link><description>d</description>
        <item><title>Trawlers fined for illegal catch</title><link>%s</link><guid isPermaLink="false">ql-2</guid>
        <description>Two trawlers were fined %s.</description><pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate></item>
        <item><title>Harbour rents to rise</title><link>https://ledger.example/rents</link><guid isPermaLink="false">ql-1</guid>
        <description>Rents go up.</description><pubDate>Sat, 05 Dec 2026 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """.formatted(link, word));
  }

  private List<Path> filesWith(String word) throws IOException {
    return FilesContaining.of(site.resolve("public"), word);
  }

  private void build() {
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(CLOCK));
  }

  @Test
  void aMovedItemKeepsItsPageAndATakedownOfItHolds() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Digest\nbaseUrl: https://digest.example/\n"
        + "sources:\n  - {id: ledger, name: Quay Ledger, url: ledger.xml}\n");
    feed("https://ledger.example/trawlers-fined", "FIRSTREADING");
    build();
    List<Path> pages = filesWith("Trawlers fined for illegal catch").stream()
        .filter(p -> p.toString().contains("/articles/trawlers")).toList();
    assertThat(pages).hasSize(1);

    // Moved, and its summary corrected: the same article, at the same address, linking to the new original.
    feed("https://ledger.example/2026/12/05/trawlers-fined", "SECONDREADING");
    build();
    assertThat(filesWith("Trawlers fined for illegal catch").stream().filter(p -> p.toString().contains("/articles/trawlers")))
        .containsExactlyElementsOf(pages);
    assertThat(Files.readString(pages.get(0))).contains("https://ledger.example/2026/12/05/trawlers-fined")
        .contains("SECONDREADING").doesNotContain("FIRSTREADING");

    // Taken down by the link it was first published at; moved again, it stays down everywhere.
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/takedown.md"),
        "---\nurl: https://ledger.example/trawlers-fined\nhide: true\n---\n");
    build();
    assertThat(filesWith("Trawlers fined")).isEmpty();
    feed("https://ledger.example/news/trawlers-fined-again", "THIRDREADING");
    build();
    assertThat(filesWith("Trawlers fined")).isEmpty();
    assertThat(filesWith("THIRDREADING")).isEmpty();
    // Taken down by its newest link, the same.
    Files.writeString(site.resolve("picks/takedown.md"),
        "---\nurl: https://ledger.example/news/trawlers-fined-again\nhide: true\n---\n");
    build();
    assertThat(filesWith("Trawlers fined")).isEmpty();
    assertThat(filesWith("Harbour rents to rise")).isNotEmpty();
  }
}
