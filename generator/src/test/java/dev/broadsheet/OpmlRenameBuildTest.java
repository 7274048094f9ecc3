package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A subscription renamed in the feed reader that exported the OPML file stays the same source. */
class OpmlRenameBuildTest {
  @TempDir Path site;

  private void write(String title) throws Exception {
    Files.writeString(site.resolve("subs.opml"), "<?xml version=\"1.0\"?><opml version=\"2.0\"><body>"
        + "<outline text=\"" + title + "\" xmlUrl=\"feeds/fire.xml\"/>"
        + "<outline text=\"Other\" xmlUrl=\"feeds/other.xml\"/></body></opml>");
  }

  /** feeds/{@code id}.xml: one item, {@code title}, linked on {@code id}.example. */
  private void feed(String id, String title) throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/" + id + ".xml"), "<rss version=\"2.0\"><channel><title>S</title>"
        + "<link>https://" + id + ".example/</link><description>d</description><item><title>" + title + "</title>"
        + "<link>https://" + id + ".example/a</link><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item>"
        + "</channel></rss>");
  }

  private BuildResult build() {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
  }

  @Test
  void keepsItsIdItsArticlesAndTheirPagesUnderItsNewName() throws Exception {
    feed("fire", "Report by fire on the harbour");
    feed("other", "Report by other on the harbour");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - opml: subs.opml\n");
    write("Firehose");
    build();
    assertThat(site.resolve("public/sources/firehose/index.html")).content().contains("Report by fire");

    write("Fire &amp; hose");
    BuildResult renamed = build();
    assertThat(renamed.problems()).isEmpty();
    // Same source, same page; its name is the new one.
    assertThat(site.resolve("public/sources/firehose/index.html")).content().contains("Report by fire")
        .contains("Fire &amp; hose");
    assertThat(site.resolve("public/sources/fire-hose")).doesNotExist();
  }

  @Test
  void twoFeedsOfOneTitleKeepTheirOwnIdsWhenTheFirstLeavesOrTheySwap() throws Exception {
    feed("a", "Report a on the harbour wall");
    feed("b", "Report b on the harbour wall");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - opml: subs.opml\n");
    String a = "<outline text=\"My Feed\" xmlUrl=\"feeds/a.xml\"/>";
    String b = "<outline text=\"My Feed\" xmlUrl=\"feeds/b.xml\"/>";
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body>" + a + b + "</body></opml>");
    build();
    assertThat(site.resolve("public/sources/my-feed/index.html")).content().contains("Report a");
    assertThat(site.resolve("public/sources/my-feed-2/index.html")).content().contains("Report b");

    // Swapped, each keeps its id.
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body>" + b + a + "</body></opml>");
    assertThat(build().problems()).isEmpty();
    assertThat(site.resolve("public/sources/my-feed/index.html")).content().contains("Report a").doesNotContain("Report b");
    assertThat(site.resolve("public/sources/my-feed-2/index.html")).content().contains("Report b");

    // A third feed of that title, listed first, takes neither's id.
    feed("c", "Report c on the harbour wall");
    String c = "<outline text=\"My Feed\" xmlUrl=\"feeds/c.xml\"/>";
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body>" + c + a + b + "</body></opml>");
    assertThat(build().problems()).isEmpty();
    assertThat(site.resolve("public/sources/my-feed/index.html")).content().contains("Report a");
    assertThat(site.resolve("public/sources/my-feed-2/index.html")).content().contains("Report b");
    assertThat(site.resolve("public/sources/my-feed-3/index.html")).content().contains("Report c");

    // The first and the third gone, the second keeps its id; their articles leave the site, said of the right sources.
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body>" + b + "</body></opml>");
    BuildResult left = build();
    assertThat(left.problems()).extracting(Object::toString).hasSize(2)
        .anyMatch(p -> p.contains("the source 'my-feed' is no longer configured (listed neither in broadsheet.yaml nor in subs.opml)"))
        .anyMatch(p -> p.contains("the source 'my-feed-3' is no longer configured"));
    assertThat(site.resolve("public/sources/my-feed-2/index.html")).content().contains("Report b");
    assertThat(site.resolve("public/sources/my-feed")).doesNotExist();
    assertThat(site.resolve("public/index.html")).content().doesNotContain("Report a");
  }

  @Test
  void anAddressKnownByARetiredIdAndALaterOneGetsTheLaterOne() throws Exception {
    feed("u", "Harbour wall report");
    Files.writeString(site.resolve("feeds/other.xml"), "<rss version=\"2.0\"><channel><title>S</title>"
        + "<link>https://o.example/</link><description>d</description></channel></rss>");
    String opml = "sources:\n  - opml: subs.opml\n";
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n" + opml);
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body><outline text=\"Alpha\""
        + " xmlUrl=\"feeds/u.xml\"/><outline text=\"Other\" xmlUrl=\"feeds/other.xml\"/></body></opml>");
    build();
    // Taken out: alpha is retired.
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body><outline text=\"Other\""
        + " xmlUrl=\"feeds/other.xml\"/></body></opml>");
    build();
    // The same address as a source of its own, zeta: a source of its own from then on.
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + opml + "  - {id: zeta, name: Zeta, url: feeds/u.xml}\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T07:00:00Z"), ZoneOffset.UTC)));
    // Back in the OPML file under another title, it is zeta, read last, not the retired alpha.
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n" + opml);
    Files.writeString(site.resolve("subs.opml"), "<opml version=\"2.0\"><body><outline text=\"Other\""
        + " xmlUrl=\"feeds/other.xml\"/><outline text=\"The U Feed\" xmlUrl=\"feeds/u.xml\"/></body></opml>");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T08:00:00Z"), ZoneOffset.UTC)));
    assertThat(site.resolve("public/sources/zeta/index.html")).content().contains("Harbour wall report");
    assertThat(site.resolve("public/sources/alpha")).doesNotExist();
  }
}
