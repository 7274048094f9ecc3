package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder the site cannot be published to is refused before the build changes anything. */
class OutputFolderBuildTest {
  @TempDir Path site;

  @Test
  void anOutputInsideTheStoreIsRefusedBeforeTheStoreTakesTheFeedsArticles() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 03 Dec 2026 20:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Out\nbaseUrl: https://news.example/\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    BuildOptions options = BuildOptions.of(site).withOffline(true).withOutput(site.resolve("data/site"))
        .withClock(Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC));
    assertThatThrownBy(() -> Broadsheet.build(options)).isInstanceOf(BroadsheetException.class)
        .hasMessageContaining("may not be inside data/");
    // Nothing was stored: the next build, with a right output, reads the feed as new.
    try (var files = Files.walk(site)) {
      assertThat(files.filter(p -> p.toString().endsWith(".json") && p.startsWith(site.resolve("data")))).isEmpty();
    }
    BuildResult right = Broadsheet.build(options.withOutput(site.resolve("public")));
    assertThat(right.problems()).isEmpty();
    assertThat(site.resolve("public/index.html")).content().contains("Harbour bridge closes");
  }

  @Test
  void anOutputHoldingASavedFeedOrTheRepositoryIsRefusedAndTheFeedStaysAsItWas() throws Exception {
    String feed = SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 03 Dec 2026 20:00:00 GMT");
    Files.createDirectories(site.resolve("feeds"));
    SavedFeeds.write(site.resolve("feeds/feed.xml"), feed);
    byte[] saved = Files.readAllBytes(site.resolve("feeds/feed.xml"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Out\nbaseUrl: https://news.example/\n"
        + "sources:\n  - {id: paper, name: The Paper, url: feeds/feed.xml}\n");
    BuildOptions options = BuildOptions.of(site).withOffline(true).withOutput(site.resolve("feeds"))
        .withClock(Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC));
    assertThatThrownBy(() -> Broadsheet.build(options)).isInstanceOf(BroadsheetException.class)
        .hasMessageContaining("may not hold feeds/feed.xml");
    assertThat(Files.readAllBytes(site.resolve("feeds/feed.xml"))).isEqualTo(saved);
    assertThatThrownBy(() -> Broadsheet.build(options.withOutput(site.resolve(".git"))))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not be inside .git/");
    // An OPML file the sources are listed in is read by every build too.
    Files.createDirectories(site.resolve("lists"));
    Files.writeString(site.resolve("lists/subs.opml"), "<?xml version=\"1.0\"?>\n<opml version=\"2.0\"><head><title>S"
        + "</title></head><body><outline text=\"Wire\" xmlUrl=\"https://wire.example/feed.xml\"/></body></opml>\n");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Out\nbaseUrl: https://news.example/\n"
        + "sources:\n  - {opml: lists/subs.opml}\n");
    assertThatThrownBy(() -> Broadsheet.build(options.withOutput(site.resolve("lists"))))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not hold lists/subs.opml");
  }

  @Test
  void aCacheThatCannotBeWrittenAfterPublishingIsAWarningAndTheSiteIsPublished() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 03 Dec 2026 20:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Out\nbaseUrl: https://news.example/\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    // A file where the cache folder should be: nothing can be written under it.
    Files.writeString(site.resolve(".broadsheet-cache"), "");
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC)));
    assertThat(site.resolve("public/index.html")).content().contains("Harbour bridge closes");
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.toString()).contains("pages.tsv")
        .contains("the site is published"));
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.isWarning()).isTrue());
  }
}
