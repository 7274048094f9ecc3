package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.base.Problem;
import dev.broadsheet.fetch.LocalHttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Article pages fetched and extracted once, over real HTTP on 127.0.0.1. */
class ExtractionBuildTest {
  @TempDir Path site;
  private LocalHttpServer server;
  private final AtomicInteger pageRequests = new AtomicInteger();

  private static void send(HttpExchange ex, String type, String body) throws IOException {
    TestResponses.send(ex, 200, type, body);
  }

  private static String page(String title, String site, String lead) {
    return "<html><head><title>" + title + " | " + site + "</title><meta property=\"og:site_name\" content=\"" + site
        + "\"><meta property=\"article:published_time\" content=\"2026-11-20T09:00:00Z\"></head><body>"
        + "<nav><a href=\"/\">Home</a></nav><article><h1>" + title + "</h1>"
        + "<p>" + lead + " The first paragraph of the full story has enough words to be recognised as the article text.</p>"
        + "<p>A second paragraph follows, and it also reads like the body of a real news story would.</p>"
        + "<div class=\"newsletter\">Sign up for our newsletter</div></article></body></html>";
  }

  @BeforeEach
  void start() throws IOException {
    server = new LocalHttpServer();
    server.on("/feed.xml", ex -> send(ex, "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>Lantern</title><link>" + url("/") + "</link><description>d</description>"
            + "<item><title>Review of the new play</title><link>" + url("/review") + "</link></item>"
            + "</channel></rss>"));
    server.on("/review", ex -> {
      pageRequests.incrementAndGet();
      send(ex, "text/html; charset=utf-8", page("Review of the new play", "The Lantern",
          "The cast of the new play at the Playhouse gives the old farce a sharp modern edge."));
    });
    server.on("/notice", ex -> {
      pageRequests.incrementAndGet();
      send(ex, "text/html", page("Harbour office publishes tide times", "Harbour Office",
          "King tides will flood the quay roads twice next week, the harbour master warned.")
          .replace("<html>", "<html lang=\"de_DE\">"));
    });
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String url(String path) {
    return server.url(path);
  }

  @Test
  void aPicksPageThatCouldNotBeFetchedIsAskedForAgainAfterAPauseNotOnEveryBuild() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    server.on("/later", ex -> {
      // Not up yet on the first request: the publisher puts it up a little later.
      if (requests.incrementAndGet() == 1) {
        TestResponses.send(ex, 404, "text/plain", "no such page");
      } else {
        send(ex, "text/html; charset=utf-8", page("Council publishes the winter plan", "The Lantern",
            "The council's winter plan puts two more gritters on the hill roads this year."));
      }
    });
    configure("{id: wire, name: The Wire, url: '%s'}", "/feed.xml");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/plan.md"), "---\nurl: " + url("/later") + "\ntitle: The winter plan\n"
        + "date: 2026-11-21\n---\nRead this.\n");
    BuildResult first = build("2026-11-21T08:00:00Z");
    // Told once, and when it is asked for again, from the first failure on.
    assertThat(first.problems()).extracting(Problem::toString).singleElement().satisfies(p -> assertThat(p)
        .startsWith("picks/plan.md: ").contains(url("/later")).contains("could not be fetched on 2026-11-21T08:00:00Z").contains("404")
        .contains("asked for again from 2026-11-21T09:00:00Z"));
    BuildResult waiting = build("2026-11-21T08:30:00Z");
    assertThat(requests.get()).isEqualTo(1);
    assertThat(waiting.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .contains(url("/later")).contains("could not be fetched on 2026-11-21T08:00:00Z").contains("404")
        .contains("asked for again from 2026-11-21T09:00:00Z"));
    assertThat(site.resolve("public/index.html")).content().contains("The winter plan");
    BuildResult mended = build("2026-11-21T09:00:00Z");
    assertThat(requests.get()).isEqualTo(2);
    assertThat(mended.articles().extracted()).isEqualTo(1);
    assertThat(mended.problems()).isEmpty();
    build("2026-11-21T12:00:00Z");
    assertThat(requests.get()).isEqualTo(2);
  }

  @Test
  void aSiteThatFailsForAReasonThatMayPassIsAskedForTwoPagesABuildNotEveryPage() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 3; i++) {
      server.on("/busy" + i, ex -> {
        requests.incrementAndGet();
        TestResponses.send(ex, 503, "text/plain", "busy");
      });
      items.append("<item><title>Busy story number ").append(i).append("</title><link>").append(url("/busy" + i))
          .append("</link><pubDate>Fri, 20 Nov 2026 0").append(i).append(":00:00 GMT</pubDate></item>");
    }
    server.on("/busy.xml", ex -> send(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Busy</title>"
        + "<link>" + url("/") + "</link><description>d</description>" + items + "</channel></rss>"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Extracting
        baseUrl: https://news.example/
        fetch: {allowPrivateAddresses: true, retries: 0, perHost: 1}
        sources:
          - {id: busy, name: Busy, url: '%s', fullText: true}
        """.formatted(url("/busy.xml")));
    BuildResult first = build("2026-11-21T08:00:00Z");
    assertThat(requests.get()).as("one broken page holds back nothing; a second stops the site's").isEqualTo(2);
    assertThat(first.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .contains("1 more page of this site was not asked for"));
    assertThat(first.articles().stored()).isEqualTo(3);
    build("2026-11-21T08:10:00Z");
    assertThat(requests.get()).as("all three pause, the one not asked for too").isEqualTo(2);
    build("2026-11-21T09:00:00Z");
    assertThat(requests.get()).as("an hour after first seen, asked again, two pages first").isEqualTo(4);

    // With room for one page a build, a new article's page comes before any page asked again.
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("perHost: 1", "perHost: 1, maxPagesPerBuild: 1"));
    AtomicInteger fresh = new AtomicInteger();
    server.on("/fresh", ex -> {
      fresh.incrementAndGet();
      send(ex, "text/html; charset=utf-8", page("Fresh story", "Busy", "A new story arrives while the old pages wait."));
    });
    items.append("<item><title>Fresh story</title><link>").append(url("/fresh"))
        .append("</link><pubDate>Fri, 20 Nov 2026 00:30:00 GMT</pubDate></item>");
    build("2026-11-21T12:00:00Z");
    assertThat(fresh.get()).isEqualTo(1);
  }

  @Test
  void aPageNeverAskedForWhileItsSiteWasDownForMoreThanAWeekIsAskedForOnceTheSiteIsBack() throws Exception {
    java.util.concurrent.atomic.AtomicBoolean down = new java.util.concurrent.atomic.AtomicBoolean(true);
    Map<String, Integer> asked = new java.util.concurrent.ConcurrentHashMap<>();
    StringBuilder items = new StringBuilder();
    java.util.function.BiConsumer<String, String> item = (name, time) -> {
      server.on("/" + name, ex -> {
        asked.merge(name, 1, Integer::sum);
        if (down.get()) {
          TestResponses.send(ex, 503, "text/plain", "down");
        } else {
          send(ex, "text/html; charset=utf-8", page("Story " + name, "Downtown", "The story called " + name
              + " is told in full on the site's own page."));
        }
      });
      items.insert(0, "<item><title>Story " + name + "</title><link>" + url("/" + name) + "</link><pubDate>" + time
          + "</pubDate></item>");
    };
    server.on("/down.xml", ex -> send(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Down</title>"
        + "<link>" + url("/") + "</link><description>d</description>" + items + "</channel></rss>"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Extracting
        baseUrl: https://news.example/
        fetch: {allowPrivateAddresses: true, retries: 0, perHost: 1}
        sources:
          - {id: down, name: Down, url: '%s', fullText: true}
        """.formatted(url("/down.xml")));
    item.accept("old", "Fri, 20 Nov 2026 05:00:00 GMT");
    // Ten days of builds while the site is down; each day brings two new stories, whose pages are
    // asked for first (and fail), so the first story's page is never asked for.
    for (int day = 0; day < 10; day++) {
      String date = String.format("%02d Nov 2026", 20 + day);
      item.accept("d" + day + "a", "Fri, " + date + " 07:00:00 GMT");
      item.accept("d" + day + "b", "Fri, " + date + " 07:30:00 GMT");
      if (day == 9) {
        down.set(false);
      }
      build(String.format("2026-11-%02dT08:00:00Z", 20 + day));
      if (day < 9) {
        assertThat(asked).as("day %d", day).doesNotContainKey("old");
      }
    }
    assertThat(asked).containsEntry("old", 1);
    try (var pages = Files.list(site.resolve("public/articles"))) {
      Path old = pages.filter(p -> p.getFileName().toString().startsWith("story-old")).findFirst().orElseThrow();
      assertThat(old.resolve("index.html")).content().contains("is told in full on the site");
    }
  }

  @Test
  void aPicksPageRefusedAsAPrivateAddressIsAskedForAtOnceWhenTheSiteAllowsThem() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    server.on("/plan", ex -> {
      requests.incrementAndGet();
      send(ex, "text/html; charset=utf-8", page("Council publishes the winter plan", "The Lantern",
          "The council's winter plan puts two more gritters on the hill roads this year."));
    });
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/plan.md"), "---\nurl: " + url("/plan") + "\ntitle: The winter plan\n"
        + "date: 2026-11-21\n---\nRead this.\n");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Extracting\nbaseUrl: https://news.example/\n"
        + "fetch: {retries: 0}\nsources: []\n");
    // Told once, at the pick.
    assertThat(build("2026-11-21T08:00:00Z").problems()).extracting(Problem::toString)
        .singleElement().satisfies(p -> assertThat(p).startsWith("picks/plan.md: ").contains("loopback"));
    assertThat(requests.get()).isZero();
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Extracting\nbaseUrl: https://news.example/\n"
        + "fetch: {allowPrivateAddresses: true, retries: 0}\nsources: []\n");
    // Minutes later, not after the hour's pause the refusal would have waited.
    assertThat(build("2026-11-21T08:05:00Z").problems()).isEmpty();
    assertThat(requests.get()).isEqualTo(1);
  }

  /** The site, reading one source: {@code source} with '%s' where its feed's URL goes. */
  private void configure(String source, String feedPath) throws IOException {
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Extracting
        baseUrl: https://news.example/
        fetch: {allowPrivateAddresses: true, retries: 0}
        sources:
          - %s
        """.formatted(source.formatted(url(feedPath))));
  }

  /** The site, reading The Lantern's full text from {@code feedPath}. */
  private void configureFullText(String feedPath) throws IOException {
    configure("{id: lantern, name: The Lantern, url: '%s', fullText: true}", feedPath);
  }

  private BuildResult build(String when) {
    return Broadsheet.build(BuildOptions.of(site).withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
  }

  @Test
  void aTitledPickOfAnUnknownUrlKeepsItsAddressWhenAFeedCarriesItLater() throws Exception {
    java.util.concurrent.atomic.AtomicReference<String> items = new java.util.concurrent.atomic.AtomicReference<>("");
    server.on("/wire.xml", ex -> send(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Wire</title>"
        + "<link>" + url("/") + "</link><description>d</description>" + items.get() + "</channel></rss>"));
    server.on("/scoop", ex -> send(ex, "text/html; charset=utf-8", page("Page headline of the scoop", "The Lantern",
        "The harbour board will sell the old customs house to a hotel group, papers seen by this paper show.")));
    configure("{id: wire, name: The Wire, url: '%s'}", "/wire.xml");
    Files.createDirectories(site.resolve("picks"));
    Path pick = site.resolve("picks/scoop.md");
    Files.writeString(pick, "---\nurl: " + url("/scoop") + "\ntitle: Editor's headline for the scoop\n"
        + "date: 2026-11-20\n---\nRead this.\n");
    build("2026-11-21T08:00:00Z");
    String address = scoopAddress();
    assertThat(address).startsWith("editor-s-headline-for-the-scoop-");

    items.set("<item><title>Wire headline differs</title><link>" + url("/scoop") + "</link>"
        + "<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>");
    build("2026-11-21T09:00:00Z");
    assertThat(scoopAddress()).isEqualTo(address);
    Files.writeString(pick, Files.readString(pick).replace("Editor's headline", "The editor's headline"));
    build("2026-11-21T10:00:00Z");
    assertThat(scoopAddress()).isEqualTo(address);
    assertThat(site.resolve("public/articles/" + address + "/index.html")).content()
        .contains(">The editor&#39;s headline for the scoop</h1>");
  }

  private String scoopAddress() throws Exception {
    try (var dirs = Files.list(site.resolve("public/articles"))) {
      return dirs.map(d -> d.getFileName().toString()).filter(n -> n.contains("scoop")).reduce((x, y) -> x + " " + y)
          .orElseThrow();
    }
  }

  @Test
  void fullTextSourcesShowTheExtractedBodyAndPagesAreFetchedOnce() throws Exception {
    configureFullText("/feed.xml");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/notice.md"), "---\nurl: " + url("/notice") + "\n---\nWorth a bookmark.\n");
    BuildResult first = build("2026-11-21T08:00:00Z");
    assertThat(first.articles().extracted()).isEqualTo(2);
    assertThat(first.problems()).isEmpty();
    String store = String.join("", Files.readAllLines(site.resolve("data/articles/2026/11/20.json")));
    assertThat(store).contains("The first paragraph of the full story").doesNotContain("Sign up for our newsletter");
    // A page says the language its feed did not: the notice's page is marked German, the review's nothing.
    assertThat(store.split("\"language\" : \"de-DE\"", -1)).hasSize(2);

    Path articles = site.resolve("public/articles");
    String review;
    try (var dirs = Files.list(articles)) {
      review = Files.readString(dirs.filter(d -> d.getFileName().toString().startsWith("review-of-the-new-play"))
          .findFirst().orElseThrow().resolve("index.html"));
    }
    assertThat(review).contains("A second paragraph follows").contains("Read the full story at The Lantern");
    // The site's feeds carry what the page shows: the extracted text, not the feed's summary alone.
    assertThat(site.resolve("public/sources/lantern/feed.xml")).content().contains("A second paragraph follows");
    assertThat(site.resolve("public/atom.xml")).content().contains("A second paragraph follows");
    assertThat(Files.readString(site.resolve("public/index.html")))
        .contains("Harbour office publishes tide times").contains("Worth a bookmark.");

    BuildResult second = build("2026-11-22T08:00:00Z");
    assertThat(second.articles().extracted()).isZero();
    assertThat(pageRequests.get()).isEqualTo(2);
  }

  @Test
  void extractedBodiesLoadNoRemoteImageAndTheLeadImageIsTheSitesCopy() throws Exception {
    java.util.concurrent.atomic.AtomicInteger pictureRequests = new java.util.concurrent.atomic.AtomicInteger();
    server.on("/photo-page", ex -> send(ex, "text/html; charset=utf-8", "<html><head><title>Quay at dawn | The Lantern"
        + "</title><meta property=\"og:image\" content=\"" + url("/lead.jpg") + "\"></head><body><article>"
        + "<h1>Quay at dawn</h1><p>The photographer waited four hours on the quay for the light she wanted, and the"
        + " exhibition shows the result across three rooms of the old customs house.</p>"
        + "<figure><img src=\"" + url("/inline.jpg") + "\" alt=\"Boats\"><figcaption>Boats at first light</figcaption>"
        + "</figure><p>Every print is for sale, and the money goes to the lifeboat station at the end of the pier.</p>"
        + "</article></body></html>"));
    byte[] jpeg = dev.broadsheet.images.TestImages.jpeg(900, 600);
    for (String picture : List.of("/lead.jpg", "/inline.jpg")) {
      server.on(picture, ex -> {
        pictureRequests.incrementAndGet();
        ex.getResponseHeaders().add("Content-Type", "image/jpeg");
        ex.sendResponseHeaders(200, jpeg.length);
        try (var out = ex.getResponseBody()) {
          out.write(jpeg);
        }
      });
    }
    server.on("/photo.xml", ex -> send(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Lantern</title>"
        + "<link>" + url("/") + "</link><description>d</description><item><title>Quay at dawn</title><link>"
        + url("/photo-page") + "</link><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>"));
    configureFullText("/photo.xml");
    BuildResult result = build("2026-11-21T08:00:00Z");
    assertThat(result.problems()).isEmpty();
    String store = String.join("", Files.readAllLines(site.resolve("data/articles/2026/11/20.json")));
    assertThat(store).as("the store keeps the body as extracted").contains(url("/inline.jpg"));
    String page;
    try (var dirs = Files.list(site.resolve("public/articles"))) {
      page = Files.readString(dirs.filter(d -> d.getFileName().toString().startsWith("quay-at-dawn"))
          .findFirst().orElseThrow().resolve("index.html"));
    }
    assertThat(page).contains("Every print is for sale").doesNotContain("inline.jpg").doesNotContain("Boats at first light")
        .containsPattern("<figure class=\"story-image\">\\s*<img src=\"\\.\\./\\.\\./images/[0-9a-f]{24}-640\\.jpg\"");
    assertThat(page).doesNotContainPattern("(src|srcset)=\"http");
    assertThat(pictureRequests.get()).as("only the lead image is downloaded").isEqualTo(1);
  }

  @Test
  void aPageThatFailedForAReasonThatMayPassIsAskedForAgainAfterGrowingPausesAndOneThatWillNotIsNot() throws Exception {
    AtomicInteger outage = new AtomicInteger(2);
    AtomicInteger downRequests = new AtomicInteger();
    AtomicInteger goneRequests = new AtomicInteger();
    server.on("/down", ex -> {
      downRequests.incrementAndGet();
      if (outage.getAndDecrement() > 0) {
        TestResponses.send(ex, 503, "text/plain", "busy");
      } else {
        send(ex, "text/html; charset=utf-8", page("Ferry timetable changes", "The Lantern",
            "The winter timetable moves the first ferry of the day forty minutes earlier from Monday."));
      }
    });
    server.on("/gone", ex -> {
      goneRequests.incrementAndGet();
      TestResponses.send(ex, 404, "text/plain", "no such page");
    });
    server.on("/two.xml", ex -> send(ex, "application/rss+xml", "<rss version=\"2.0\"><channel><title>Lantern</title>"
        + "<link>" + url("/") + "</link><description>d</description>"
        + "<item><title>Ferry timetable changes</title><link>" + url("/down") + "</link>"
        + "<pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate></item>"
        + "<item><title>Pier closes for repairs</title><link>" + url("/gone") + "</link>"
        + "<pubDate>Fri, 20 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>"));
    configureFullText("/two.xml");
    BuildResult first = build("2026-11-21T08:00:00Z");
    assertThat(first.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .contains(url("/down")).contains("HTTP 503").contains("asked for again in a later build"));
    assertThat(first.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p)
        .contains(url("/gone")).contains("404").doesNotContain("asked for again"));
    assertThat(List.of(downRequests.get(), goneRequests.get())).containsExactly(1, 1);

    build("2026-11-21T08:30:00Z");
    assertThat(downRequests.get()).as("not within the first hour").isEqualTo(1);
    build("2026-11-21T09:00:00Z");
    assertThat(downRequests.get()).as("an hour after first seen").isEqualTo(2);
    build("2026-11-21T09:30:00Z");
    assertThat(downRequests.get()).as("the pause doubled: an hour after the last try").isEqualTo(2);
    BuildResult mended = build("2026-11-21T10:00:00Z");
    assertThat(downRequests.get()).isEqualTo(3);
    assertThat(mended.articles().extracted()).isEqualTo(1);
    String ferry;
    try (var dirs = Files.list(site.resolve("public/articles"))) {
      ferry = Files.readString(dirs.filter(d -> d.getFileName().toString().startsWith("ferry-timetable-changes"))
          .findFirst().orElseThrow().resolve("index.html"));
    }
    assertThat(ferry).contains("A second paragraph follows");

    build("2026-11-23T10:00:00Z");
    assertThat(List.of(downRequests.get(), goneRequests.get())).as("a page read, or gone, is not asked for again")
        .containsExactly(3, 1);
  }
}
