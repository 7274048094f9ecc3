package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editions feed takes an edition that did not change from the last build instead of rendering it again. */
class EditionFeedCacheBuildTest {
  private static final String FRIDAY = SavedFeeds.item("Storm closes the harbour and cancels the island ferry",
      "storm", "Fri, 20 Nov 2026 18:00:00 GMT");
  private static final String SATURDAY = SavedFeeds.item("Council approves the new library budget", "library",
      "Sat, 21 Nov 2026 07:00:00 GMT");

  @TempDir Path site;

  @Test
  void anEditionNoNewsReachedIsTakenFromTheLastBuildAndOnlyTheChangedOneIsRenderedAgain() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"), FRIDAY, SATURDAY);
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Days
        baseUrl: https://news.example/
        timezone: UTC
        sources:
          - {id: paper, name: The Paper, url: paper.xml}
        """);
    Files.createDirectories(site.resolve("pages"));
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About\n---\nAbout us.\n");
    build();
    Path kept = site.resolve(".broadsheet-cache/edition-html");
    Path friday = kept.resolve("2026-11-20.html");
    assertThat(kept.resolve("2026-11-21.html")).exists();
    // What is kept of Friday is marked: a feed that shows the mark took it from the cache.
    String text = Files.readString(friday);
    Files.writeString(friday, text.substring(0, text.indexOf('\n') + 1) + "<p>taken from the cache</p>");

    // A build that keeps the editions feed as it is (only a page changed) keeps what the feed carries.
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About\n---\nAbout us, edited.\n");
    build();
    assertThat(Files.readString(friday)).endsWith("<p>taken from the cache</p>");

    SavedFeeds.write(site.resolve("paper.xml"), FRIDAY, SATURDAY, SavedFeeds.item(
        "Museum reopens after the flood", "museum", "Sat, 21 Nov 2026 10:00:00 GMT"));
    build();
    String feed = Files.readString(site.resolve("public/editions/feed.xml"));
    assertThat(feed).contains("taken from the cache").contains("Museum reopens after the flood");

    // Without the cache, every edition is rendered: the mark is gone.
    dev.broadsheet.base.AtomicFiles.deleteTree(site.resolve(".broadsheet-cache"));
    SavedFeeds.write(site.resolve("paper.xml"), FRIDAY, SATURDAY, SavedFeeds.item(
        "Museum reopens after the flood", "museum", "Sat, 21 Nov 2026 10:00:00 GMT"), SavedFeeds.item(
        "Ferry returns to the island", "ferry", "Sat, 21 Nov 2026 11:00:00 GMT"));
    build();
    assertThat(Files.readString(site.resolve("public/editions/feed.xml"))).doesNotContain("taken from the cache")
        .contains("Storm closes the harbour");
  }

  private void build() {
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
  }
}
