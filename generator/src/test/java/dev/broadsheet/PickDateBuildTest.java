package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.fetch.LocalHttpServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pick of an article no feed carries, dated without a time, is shown with its day, not with a made-up time. */
class PickDateBuildTest {
  @TempDir Path site;

  @Test
  void aBareDateShowsAsADayAndAGivenTimeAsThatTime() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Mon, 30 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n"
        + "language: en-GB\ntimezone: Europe/Paris\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/summit.md"), "---\nurl: https://world.example/summit\n"
        + "title: Climate summit ends with a deal\ndate: 2026-12-01\n---\nRead it.\n");
    Files.writeString(site.resolve("picks/vote.md"), "---\nurl: https://world.example/vote\n"
        + "title: Parliament votes on the budget\ndate: 2026-12-01T08:15:00+01:00\n---\nAnd this.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        // Before noon of the pick's day: a stub first seen then is placed at the build's time, still not a time to show.
        .withClock(Clock.fixed(Instant.parse("2026-12-01T10:30:00Z"), ZoneOffset.UTC)));

    Document summit = page("Climate summit ends with a deal");
    assertThat(summit.selectFirst(".story-date time").text()).isEqualTo("1 December 2026");
    assertThat(summit.selectFirst(".story-date time").attr("datetime")).isEqualTo("2026-12-01");
    assertThat(summit.selectFirst("script[type=application/ld+json]").data()).contains("\"datePublished\":\"2026-12-01\"");
    // No summary from its publisher: the editor's note says what the page is, to searches and link previews.
    assertThat(summit.selectFirst("meta[name=description]").attr("content")).isEqualTo("Read it.");
    assertThat(summit.selectFirst("meta[property=og:description]").attr("content")).isEqualTo("Read it.");
    Document vote = page("Parliament votes on the budget");
    assertThat(vote.selectFirst(".story-date time").text()).isEqualTo("1 December 2026, 08:15 CET");
    assertThat(vote.selectFirst("script[type=application/ld+json]").data())
        .contains("\"datePublished\":\"2026-12-01T08:15:00+01:00\"");
    assertThat(Files.readString(site.resolve("public/picks/index.html"))).contains(">1 December 2026</time>")
        .contains(">1 December 2026, 08:15 CET</time>");
    // An edition of picks alone is named in the archive by its first pick, as others by their top story.
    Document archive = Jsoup.parse(site.resolve("public/editions/index.html").toFile(), "UTF-8");
    assertThat(archive.select(".archive-list li").eachText()).anyMatch(t -> t.startsWith("Tuesday 1 December 2026")
        && (t.endsWith("· Parliament votes on the budget") || t.endsWith("· Climate summit ends with a deal")));
  }

  @Test
  void aBareDateShowsAsADayWhenAnOnlineBuildBeforeNoonFirstSawThePick() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer()) {
      server.on("/feed.xml", ex -> TestResponses.send(ex, 200, "application/rss+xml", "<rss version=\"2.0\"><channel>"
          + "<title>P</title><link>https://paper.example/</link><description>d</description>"
          + SavedFeeds.item("Harbour bridge closes for repairs", "a", "Mon, 30 Nov 2026 08:00:00 GMT")
          + "</channel></rss>"));
      // The page names no date: the pick's is the article's.
      server.on("/summit", ex -> TestResponses.send(ex, 200, "text/html; charset=utf-8", "<html><head><title>Climate"
          + " summit ends with a deal</title></head><body><article><h1>Climate summit ends with a deal</h1>"
          + "<p>Delegates agreed on a fund for coastal towns after two weeks of talks in the harbour city.</p>".repeat(8)
          + "</article></body></html>"));
      Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n"
          + "language: en-GB\ntimezone: Europe/Paris\nfetch: {allowPrivateAddresses: true, retries: 0}\n"
          + "sources:\n  - {id: paper, name: The Paper, url: '" + server.url("/feed.xml") + "'}\n");
      Files.createDirectories(site.resolve("picks"));
      Files.writeString(site.resolve("picks/summit.md"), "---\nurl: " + server.url("/summit") + "\n"
          + "title: Climate summit ends with a deal\ndate: 2026-12-01\n---\nRead it.\n");
      Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse("2026-12-01T07:39:00Z"),
          ZoneOffset.UTC)));
    }
    Document summit = page("Climate summit ends with a deal");
    assertThat(summit.selectFirst(".story-date time").text()).isEqualTo("1 December 2026");
    assertThat(summit.selectFirst("script[type=application/ld+json]").data()).contains("\"datePublished\":\"2026-12-01\"");
  }

  @Test
  void aPickWhosePublisherIsUnknownIsNoPublisherASearchFinds() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n"
        + "language: en-GB\ntimezone: UTC\nsources: []\n");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/summit.md"), "---\nurl: https://world.example/summit\n"
        + "title: Climate summit ends with a deal\ndate: 2026-12-01\n---\nRead it.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-01T10:30:00Z"), ZoneOffset.UTC)));
    // A digest of picks alone points to no list of sources.
    Document home = Jsoup.parse(site.resolve("public/index.html").toFile(), "UTF-8");
    assertThat(home.select(".site-footer").text()).contains("A digest of stories the editors picked.")
        .doesNotContain("Sources", "sources below");
    // Offline, its page is not read: the article page says none is shown yet, not that the publisher gave none,
    // and in a reader's words, not the build's.
    assertThat(page("Climate summit ends with a deal").select(".story-body").text())
        .isEqualTo("No summary of this story is shown here yet: read it where it was published.");
    // "the publisher", as pages name it, matched a search for "publisher".
    assertThat(site.resolve("public/search/2026-12.js")).content().contains("Climate summit ends with a deal");
    assertThat(site.resolve("public/search/2026-12.js")).content().doesNotContain("the publisher");
  }

  @Test
  void aPickedPageKeepsItsPublishersDateAndThePicksDatePlacesItInItsEdition() throws Exception {
    try (LocalHttpServer server = new LocalHttpServer()) {
      // An article of 2019 the editors pick for an edition of 2026.
      server.on("/archive", ex -> TestResponses.send(ex, 200, "text/html; charset=utf-8", "<html><head><title>Harbour"
          + " wall rebuilt after the storm</title><meta property=\"article:published_time\""
          + " content=\"2019-11-18T18:54:00Z\"></head><body><article><h1>Harbour wall rebuilt after the storm</h1>"
          + "<p>Masons finished the last stretch of the harbour wall on Monday, a year after the storm.</p>".repeat(8)
          + "</article></body></html>"));
      Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n"
          + "language: en-GB\ntimezone: UTC\nfetch: {allowPrivateAddresses: true, retries: 0}\nsources: []\n");
      Files.createDirectories(site.resolve("picks"));
      Files.writeString(site.resolve("picks/wall.md"), "---\nurl: " + server.url("/archive") + "\n"
          + "date: 2026-12-01\n---\nWorth reading again this winter.\n");
      assertThat(Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"),
          ZoneOffset.UTC))).problems()).isEmpty();
    }
    Document wall = page("Harbour wall rebuilt after the storm");
    assertThat(wall.selectFirst(".story-date time").attr("datetime")).startsWith("2019-11-18");
    assertThat(wall.selectFirst("script[type=application/ld+json]").data()).contains("\"datePublished\":\"2019-11-18");
    assertThat(Jsoup.parse(site.resolve("public/editions/2026/12/01/index.html").toFile(), "UTF-8").text())
        .contains("Harbour wall rebuilt after the storm");
  }

  private Document page(String title) throws Exception {
    try (Stream<Path> pages = Files.list(site.resolve("public/articles"))) {
      for (Path p : pages.toList()) {
        Document doc = Jsoup.parse(p.resolve("index.html").toFile(), "UTF-8");
        if (doc.title().startsWith(title)) {
          return doc;
        }
      }
    }
    throw new AssertionError("no article page titled " + title);
  }

  @Test
  void aPicksUpdatedTimeIsWhenItsItemLastChangedInTheFeedsAndTheSitemap() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Mon, 30 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n"
        + "timezone: UTC\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.createDirectories(site.resolve("picks"));
    Path pick = site.resolve("picks/bridge.md");
    Files.writeString(pick, "---\nurl: https://paper.example/a\ndate: 2026-11-30T09:00:00Z\n---\nThe detour adds ten minutes.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC)));
    assertThat(site.resolve("public/atom.xml")).content().contains("<updated>2026-11-30T09:00:00Z</updated>");

    // A corrected note, said to be so: feed readers see the item as changed.
    Files.writeString(pick, "---\nurl: https://paper.example/a\ndate: 2026-11-30T09:00:00Z\n"
        + "updated: 2026-12-01T07:45:00Z\n---\nThe detour adds twenty minutes.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC)));
    assertThat(site.resolve("public/atom.xml")).content().contains("twenty minutes")
        .contains("<updated>2026-12-01T07:45:00Z</updated>");
    assertThat(site.resolve("public/feed.json")).content().contains("\"date_modified\" : \"2026-12-01T07:45:00Z\"");
    assertThat(site.resolve("public/sitemap.xml")).content().contains("<lastmod>2026-12-01</lastmod>");

    Files.writeString(pick, Files.readString(pick).replace("updated: 2026-12-01T07:45:00Z", "updated: soon"));
    BuildResult broken = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC)));
    assertThat(broken.problems()).extracting(Object::toString).contains("picks/bridge.md:4: 'updated' must look like"
        + " 2026-11-20 or 2026-11-20T08:30:00+01:00, found 'soon'");
  }
}
