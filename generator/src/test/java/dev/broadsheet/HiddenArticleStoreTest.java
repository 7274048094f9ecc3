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
 * An article an editor hides leaves the store's files with its words (many sites publish data/ as a
 * repository), and comes back with them when the hide is lifted and its feed is read again.
 */
class HiddenArticleStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T18:00:00Z"), ZoneOffset.UTC);
  @TempDir Path site;

  private void feed(String summary) throws IOException {
    Files.writeString(site.resolve("ledger.xml"), """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Quay Ledger</title><link>https://ledger.example/</link><description>d</description>
        <item><title>Trawlers fined for illegal catch</title><link>https://ledger.example/trawlers</link>
        <description>%s</description><enclosure url="https://ledger.example/trawlers.jpg" type="image/jpeg" length="1"/>
        <pubDate>Sat, 05 Dec 2026 09:00:00 GMT</pubDate></item>
        <item><title>Harbour rents to rise</title><link>https://ledger.example/rents</link>
        <description>Rents go up by a tenth.</description><pubDate>Sat, 05 Dec 2026 08:00:00 GMT</pubDate></item>
        </channel></rss>
        """.formatted(summary));
  }

  private List<Path> filesWith(String folder, String word) throws IOException {
    return FilesContaining.of(site.resolve(folder), word);
  }

  private BuildResult build() {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(CLOCK));
  }

  @Test
  void aHiddenArticleIsStoredWithoutItsWordsAndRegainsThemOnceShownAgain() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Digest\nbaseUrl: https://digest.example/\n"
        + "sources:\n  - {id: ledger, name: Quay Ledger, url: ledger.xml}\n");
    feed("The skippers were fined DEFAMATORYWORD for the catch.");
    BuildResult first = build();
    assertThat(filesWith("data", "DEFAMATORYWORD")).isNotEmpty();
    assertThat(first.articles().hidden()).isZero();
    assertThat(String.join("\n", first.summary())).doesNotContain("hidden");

    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/takedown.md"), "---\nurl: https://ledger.example/trawlers\nhide: true\n---\n");
    BuildResult hidden = build();
    assertThat(filesWith("data", "DEFAMATORYWORD")).isEmpty();
    assertThat(filesWith("data", "trawlers.jpg")).isEmpty();
    assertThat(filesWith("public", "Trawlers fined")).isEmpty();
    // Still known by its link: the item its feed still lists is not a new article.
    assertThat(filesWith("data", "https://ledger.example/trawlers")).isNotEmpty();
    assertThat(hidden.articles().hidden()).isEqualTo(1);
    assertThat(hidden.articles().stored()).isEqualTo(2);
    assertThat(String.join("\n", hidden.summary())).contains("(1 hidden by picks)");
    assertThat(Files.readString(site.resolve("data/last-build.json"))).contains("\"hidden\" : 1");

    // Its feed read again while it is hidden: stored again without its words, and not counted as new.
    feed("The skippers were fined DEFAMATORYWORD again.");
    BuildResult reread = build();
    assertThat(reread.articles().added()).isZero();
    assertThat(filesWith("data", "DEFAMATORYWORD")).isEmpty();
    assertThat(filesWith("public", "DEFAMATORYWORD")).isEmpty();

    // Lifted: the headline at once, its words once its feed gives them again.
    Files.delete(site.resolve("picks/takedown.md"));
    build();
    assertThat(filesWith("public", "Trawlers fined for illegal catch")).isNotEmpty();
    feed("The skippers were fined for the catch, the court found.");
    build();
    assertThat(filesWith("public", "the court found")).isNotEmpty();
    assertThat(filesWith("data", "the court found")).isNotEmpty();
  }
}
