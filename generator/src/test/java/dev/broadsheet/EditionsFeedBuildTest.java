package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editions feed as a subscriber's reader sees it while the day's edition grows. */
class EditionsFeedBuildTest {
  @TempDir Path site;

  @Test
  void todaysEditionIsDatedAtItsNewestReportNeverAheadOfTheBuildAndMovesAsItGrows() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Feed\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Fri, 04 Dec 2026 07:10:00 GMT"));
    build("2026-12-04T08:00:00Z");
    String morning = Files.readString(site.resolve("public/editions/feed.xml"));
    assertThat(morning).contains("<pubDate>Fri, 04 Dec 2026 07:10:00 GMT</pubDate>").doesNotContain("23:59:59");
    assertThat(Files.readString(site.resolve("public/editions/atom.xml"))).contains("2026-12-04T07:10:00Z");

    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Fri, 04 Dec 2026 07:10:00 GMT"),
        SavedFeeds.item("Choir returns to the old church", "b", "Fri, 04 Dec 2026 11:45:00 GMT"));
    build("2026-12-04T12:00:00Z");
    assertThat(Files.readString(site.resolve("public/editions/feed.xml")))
        .contains("<pubDate>Fri, 04 Dec 2026 11:45:00 GMT</pubDate>");
    assertThat(Files.readString(site.resolve("public/editions/atom.xml"))).contains("2026-12-04T11:45:00Z");
  }

  @Test
  void aGrowingEditionChangesButKeepsItsPublicationDate() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Feed\nbaseUrl: https://news.example/\n"
        + "timezone: Asia/Tokyo\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Fri, 04 Dec 2026 07:10:00 GMT"));
    build("2026-12-04T08:00:00Z");
    String atomBefore = Files.readString(site.resolve("public/editions/atom.xml"));
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Fri, 04 Dec 2026 07:10:00 GMT"),
        SavedFeeds.item("Choir returns to the old church", "b", "Fri, 04 Dec 2026 11:45:00 GMT"));
    build("2026-12-04T12:00:00Z");
    String rss = Files.readString(site.resolve("public/editions/feed.xml"));
    String atom = Files.readString(site.resolve("public/editions/atom.xml"));
    // Published as its day began in the site's time zone (midnight in Tokyo), changed at its newest report.
    assertThat(atomBefore.split("<entry>")[1]).contains("<published>2026-12-03T15:00:00Z</published>",
        "<updated>2026-12-04T07:10:00Z</updated>");
    assertThat(atom.split("<entry>")[1]).contains("<published>2026-12-03T15:00:00Z</published>",
        "<updated>2026-12-04T11:45:00Z</updated>");
    assertThat(rss.split("<item>")[1]).contains("<pubDate>Thu, 03 Dec 2026 15:00:00 GMT</pubDate>");
    // The sitemap dates each page by the day in the site's time zone.
    assertThat(Files.readString(site.resolve("public/sitemap.xml")))
        .contains("editions/2026/12/04/</loc><lastmod>2026-12-04</lastmod>");
  }

  @Test
  void anEditionCorrectedAfterItsDayIsChangedThenInTheFeedAndTheSitemap() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Feed\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    atom("Harbour bridge closes for good", "2026-12-04T07:10:00Z");
    build("2026-12-04T08:00:00Z");
    assertThat(Files.readString(site.resolve("public/editions/atom.xml")).split("<entry>")[1])
        .contains("<updated>2026-12-04T07:10:00Z</updated>");
    // Two days later its publisher corrects the headline, and dates the correction.
    atom("Harbour bridge closes for repairs", "2026-12-06T09:00:00Z");
    build("2026-12-06T12:00:00Z");
    String atom = Files.readString(site.resolve("public/editions/atom.xml"));
    assertThat(atom).contains("Harbour bridge closes for repairs");
    assertThat(atom.split("<entry>")[1]).contains("<published>2026-12-04T00:00:00Z</published>",
        "<updated>2026-12-06T09:00:00Z</updated>");
    assertThat(Files.readString(site.resolve("public/sitemap.xml")))
        .contains("editions/2026/12/04/</loc><lastmod>2026-12-06</lastmod>");
  }

  @Test
  void aReportTakenDownByADatedPickChangesItsEditionInTheFeedAndTheSitemap() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Feed\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Fri, 04 Dec 2026 07:10:00 GMT"),
        SavedFeeds.item("Choir returns to the old church", "b", "Fri, 04 Dec 2026 11:45:00 GMT"));
    build("2026-12-04T12:00:00Z");
    assertThat(Files.readString(site.resolve("public/editions/atom.xml")).split("<entry>")[1])
        .contains("<updated>2026-12-04T11:45:00Z</updated>");
    // Two days later the editors take the choir's report down (a legal request), saying when.
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/choir.md"),
        "---\nurl: https://paper.example/b\nhide: true\nupdated: 2026-12-06T10:00:00Z\n---\n");
    build("2026-12-06T12:00:00Z");
    String atom = Files.readString(site.resolve("public/editions/atom.xml"));
    assertThat(atom).doesNotContain("Choir returns");
    assertThat(atom.split("<entry>")[1]).contains("<published>2026-12-04T00:00:00Z</published>",
        "<updated>2026-12-06T10:00:00Z</updated>");
    assertThat(Files.readString(site.resolve("public/sitemap.xml")))
        .contains("editions/2026/12/04/</loc><lastmod>2026-12-06</lastmod>");
    // Without updated, the edition keeps the time of its newest report: a pick's date places it, and says nothing of when it changed.
    Files.writeString(site.resolve("picks/choir.md"), "---\nurl: https://paper.example/b\nhide: true\ndate: 2026-12-06\n---\n");
    build("2026-12-06T13:00:00Z");
    assertThat(Files.readString(site.resolve("public/editions/atom.xml")).split("<entry>")[1])
        .contains("<updated>2026-12-04T07:10:00Z</updated>");
  }

  private void atom(String headline, String updated) throws java.io.IOException {
    Files.writeString(site.resolve("paper.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>The Paper</title><id>urn:paper</id>
        <updated>%2$s</updated><link href="https://paper.example/"/>
        <entry><title>%1$s</title><id>urn:paper:1</id><link href="https://paper.example/bridge"/>
        <published>2026-12-04T07:10:00Z</published><updated>%2$s</updated><summary>The bridge.</summary></entry>
        </feed>
        """.formatted(headline, updated));
  }

  private void build(String when) {
    assertThat(Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC))).problems()).isEmpty();
  }
}
