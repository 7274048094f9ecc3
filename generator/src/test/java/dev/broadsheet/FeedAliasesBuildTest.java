package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site moved from another tool keeps its feeds' old addresses: each carries the very bytes of the
 * feed it names, build after build, so readers subscribed there go on receiving it.
 */
class FeedAliasesBuildTest {
  @TempDir Path site;

  private Path out(String path) {
    return site.resolve("public").resolve(path);
  }

  private void wire(String... titles) throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < titles.length; i++) {
      items.append(i == 0 ? "" : ",").append("{\"id\": \"").append(i).append("\", \"url\": \"https://wire.example/")
          .append(i).append("\", \"date_published\": \"2026-11-19T1").append(i).append(":00:00Z\", \"title\": \"")
          .append(titles[i]).append("\"}");
    }
    Files.writeString(site.resolve("wire.json"),
        "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Wire\", \"items\": [" + items + "]}");
  }

  /** A site of one source under /digest/ whose config ends with the feed aliases {@code lines}, indented, from line 6. */
  private void aliases(String lines) throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Moves\nbaseUrl: https://news.example/digest/\n"
        + "sources:\n  - {id: wire, name: The Wire, url: wire.json}\nfeedAliases:\n" + lines);
  }

  @Test
  void aFeedsOldAddressesCarryItsBytesBuildAfterBuild() throws Exception {
    aliases("""
          /digest/index.xml: feed.xml
          /digest/feed/: atom.xml
          https://news.example/digest/categories/wire/index.xml: sources/wire/feed.xml
          /digest/news.json: feed.json
          /digest/rss: feed.xml
        """);
    wire("Tide tables out");
    assertThat(SampleSite.build(site, "2026-11-20T08:00:00Z").problems()).isEmpty();
    assertCopies();
    assertThat(out("sitemap.xml")).content().contains("<urlset").doesNotContain("index.xml").doesNotContain("feed/");

    // A new report changes every feed named; then a build that changes none of them keeps them as
    // published, and their copies are made from the published files.
    wire("Tide tables out", "Ferry timetable changes");
    assertThat(SampleSite.build(site, "2026-11-20T09:00:00Z").problems()).isEmpty();
    assertThat(out("index.xml")).content().contains("Ferry timetable changes");
    assertCopies();
    byte[] sourceFeed = Files.readAllBytes(out("sources/wire/feed.xml"));
    Files.createDirectories(site.resolve("pages"));
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About\n---\nWho we are.\n");
    assertThat(SampleSite.build(site, "2026-11-20T10:00:00Z").problems()).isEmpty();
    assertThat(out("about/index.html")).exists();
    assertThat(out("sources/wire/feed.xml")).hasBinaryContent(sourceFeed);
    assertCopies();
  }

  @Test
  void anOldAddressThatCannotCarryItsFeedIsSaidAtItsLineAndTheOthersArePublished() throws Exception {
    aliases("""
          /digest/index.xml: feed.xml
          /digest/nowhere.xml: sections/nowhere/feed.xml
          /digest/sitemap.xml: feed.xml
          /digest/INDEX.XML: atom.xml
        """);
    wire("Tide tables out");
    BuildResult result = SampleSite.build(site, "2026-11-20T08:00:00Z");
    assertThat(result.problems()).extracting(Problem::toString).containsExactly(
        "broadsheet.yaml:7: warning: feedAliases: /digest/nowhere.xml names the feed sections/nowhere/feed.xml,"
            + " which this build does not publish; it is left out",
        "broadsheet.yaml:8: warning: feedAliases: /digest/sitemap.xml is the address of a file this site publishes"
            + " (or of another alias); it is left out",
        "broadsheet.yaml:9: warning: feedAliases: /digest/INDEX.XML is the address of a file this site publishes"
            + " (or of another alias); it is left out");
    assertThat(out("index.xml")).hasSameBinaryContentAs(out("feed.xml"));
    assertThat(out("sitemap.xml")).content().contains("<urlset");
    assertThat(out("nowhere.xml")).doesNotExist();

    // Every build says so again, and still keeps the pages it published (a warning of a copy left
    // out does not make every page render again).
    BuildResult again = SampleSite.build(site, "2026-11-20T09:00:00Z");
    assertThat(again.problems()).isEqualTo(result.problems());
    assertThat(again.site().pagesRendered()).isZero();
  }

  private void assertCopies() throws Exception {
    assertThat(out("index.xml")).hasSameBinaryContentAs(out("feed.xml"));
    assertThat(out("feed/index.html")).hasSameBinaryContentAs(out("atom.xml"));
    assertThat(out("categories/wire/index.xml")).hasSameBinaryContentAs(out("sources/wire/feed.xml"));
    assertThat(out("rss/index.html")).hasSameBinaryContentAs(out("feed.xml"));
    assertThat(out("news.json")).hasSameBinaryContentAs(out("feed.json"));
    assertThat(out("index.xml")).content().contains("Tide tables out");
  }
}
