package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.broadsheet.base.Problem;
import dev.broadsheet.fetch.LocalHttpServer;
import dev.broadsheet.images.TestImages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lead images downloaded from a real server on 127.0.0.1 (a JPEG, a PNG with transparency, an
 * HTML page, a file over the size cap, a decompression bomb, a missing file) through whole
 * builds: what is published, what is warned about, what the cache saves the next build.
 */
class ImagesBuildTest {
  @TempDir Path temp;
  private LocalHttpServer server;
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

  @BeforeEach
  void start() {
    server = new LocalHttpServer();
    serve("/photo.jpg", "image/jpeg", TestImages.jpeg(1600, 900));
    serve("/logo.png", "image/png", TestImages.png(400, 300, true));
    serve("/page.html", "text/html; charset=utf-8", "<!DOCTYPE html><title>Photo</title>".getBytes(StandardCharsets.UTF_8));
    byte[] huge = java.util.Arrays.copyOf(TestImages.jpeg(3000, 2000), 300_000);
    serve("/huge.jpg", "image/jpeg", huge);
    serve("/bomb.png", "image/png", TestImages.pngClaiming(60_000, 60_000));
    serve("/gone.jpg", null, null);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private void serve(String path, String type, byte[] body) {
    server.on(path, ex -> {
      requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
      send(ex, type, body);
    });
  }

  private static void send(HttpExchange ex, String type, byte[] body) throws IOException {
    if (body == null) {
      ex.sendResponseHeaders(404, -1);
      ex.close();
      return;
    }
    ex.getResponseHeaders().add("Content-Type", type);
    ex.sendResponseHeaders(200, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private int requested() {
    return requests.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  /** A site whose one local feed names each served file as an item's lead image. */
  private Path site(String name) throws IOException {
    Path site = Files.createDirectories(temp.resolve(name));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Pictures
        baseUrl: https://pictures.example/
        timezone: UTC
        fetch: {allowPrivateAddresses: true, retries: 0}
        images: {maxBytes: 200000}
        sources:
          - {id: paper, name: Paper, url: feeds/paper.xml}
        """);
    StringBuilder items = new StringBuilder();
    String[] files = {"photo.jpg", "logo.png", "page.html", "huge.jpg", "bomb.png", "gone.jpg"};
    for (int i = 0; i < files.length; i++) {
      items.append("<item><title>Story ").append(i).append(" about ").append(files[i].replace('.', ' '))
          .append("</title><link>https://paper.example/").append(i).append("</link><description>Summary ")
          .append(i).append(".</description><pubDate>Fri, 20 Nov 2026 ").append(10 + i).append(":00:00 GMT</pubDate>")
          .append("<media:content medium=\"image\" url=\"").append(server.url("/" + files[i])).append("\"/></item>");
    }
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/paper.xml"), "<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\">"
        + "<channel><title>Paper</title><link>https://paper.example/</link><description>d</description>" + items
        + "</channel></rss>");
    return site;
  }

  private static BuildResult build(Path site, boolean offline) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(offline).withClock(SampleSite.clockAt("2026-11-20T20:00:00Z")));
  }

  private static BuildResult buildAt(Path site, String instant) {
    return Broadsheet.build(BuildOptions.of(site).withClock(SampleSite.clockAt(instant)));
  }

  private static TreeMap<String, String> published(Path site) {
    return SampleSite.files(site.resolve("public"));
  }

  @Test
  void goodImagesArePublishedResizedAndBadOnesAreWarningsNamingTheirUrl() throws Exception {
    Path site = site("site");
    BuildResult result = build(site, false);

    assertThat(result.errors()).isEmpty();
    List<String> warnings = result.problems().stream().map(Problem::toString).toList();
    assertThat(warnings).contains(
        server.url("/page.html") + ": warning: the lead image of 'Story 2 about page html' is not shown: the server"
            + " sent text/html, not an image",
        server.url("/huge.jpg") + ": warning: the lead image of 'Story 3 about huge jpg' is not shown: the response is"
            + " larger than images.maxBytes (200000 bytes); refused",
        server.url("/bomb.png") + ": warning: the lead image of 'Story 4 about bomb png' is not shown: 60000×60000"
            + " pixels is more than images.maxPixels (40000000)",
        server.url("/gone.jpg") + ": warning: the lead image of 'Story 5 about gone jpg' is not shown: HTTP 404:"
            + " no image at this address (any more)");
    List<String> images = published(site).keySet().stream().filter(p -> p.startsWith("images/")).toList();
    assertThat(images).hasSize(5).allMatch(p -> p.matches("images/[0-9a-f]{24}-\\d+\\.(jpg|png)"));
    assertThat(images.stream().filter(p -> p.endsWith(".jpg")).map(p -> p.replaceAll(".*-", "")))
        .containsExactlyInAnyOrder("320.jpg", "640.jpg", "1280.jpg");
    assertThat(images.stream().filter(p -> p.endsWith(".png")).map(p -> p.replaceAll(".*-", "")))
        .containsExactlyInAnyOrder("320.png", "400.png");

    String article = articlePage(site, "story-0");
    assertThat(article).containsPattern("<img src=\"\\.\\./\\.\\./images/[0-9a-f]{24}-640\\.jpg\" srcset=\""
        + "\\.\\./\\.\\./images/[0-9a-f]{24}-320\\.jpg 320w, \\.\\./\\.\\./images/[0-9a-f]{24}-640\\.jpg 640w, "
        + "\\.\\./\\.\\./images/[0-9a-f]{24}-1280\\.jpg 1280w\" sizes=\"[^\"]+\" width=\"640\" height=\"360\" alt=\""
        + "\" decoding=\"async\">");
    assertThat(article).containsPattern("<meta property=\"og:image\" content=\"https://pictures\\.example/images/"
        + "[0-9a-f]{24}-1280\\.jpg\">");
    // The feed's picture is credited to its publisher: uncredited, it would pass for the site's own.
    assertThat(article).contains("<figcaption class=\"story-image-credit\">Image: Paper</figcaption>");
    assertThat(articlePage(site, "story-2")).doesNotContain("<img");
    // Feed readers get the site's copy at its widest, with its type and size.
    assertThat(Files.readString(site.resolve("public/feed.xml"))).containsPattern("<media:content url=\"https://"
        + "pictures\\.example/images/[0-9a-f]{24}-1280\\.jpg\" medium=\"image\" type=\"image/jpeg\" width=\"1280\""
        + " height=\"720\" />");
    String section = Files.readString(site.resolve("public/sections/news/index.html"));
    assertThat(section.split("class=\"card-image\"", -1)).as("thumbnails on the section page").hasSize(3);
    assertThat(section).containsPattern("<img class=\"card-image\" src=\"\\.\\./\\.\\./images/[0-9a-f]{24}-400\\.png\" srcset=\""
        + "[^\"]+ 320w, [^\"]+-400\\.png 400w\" sizes=\"[^\"]+\" width=\"400\" height=\"300\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
    // Never hot-linked: no published file names the image server.
    published(site).forEach((path, text) -> assertThat(text).as(path).doesNotContain("127.0.0.1"));
  }

  @Test
  void aSecondBuildTakesEveryImageFromTheCacheAndDownloadsNothing() throws Exception {
    Path site = site("site");
    build(site, false);
    int first = requested();
    assertThat(first).isEqualTo(6);
    TreeMap<String, String> before = published(site);

    BuildResult again = build(site, false);
    assertThat(requested()).as("requests of the second build").isEqualTo(first);
    assertThat(again.problems().stream().map(Problem::toString).filter(p -> p.contains("page.html")).findFirst())
        .hasValueSatisfying(p -> assertThat(p).contains("not an image (remembered from an earlier build"));
    assertThat(published(site)).isEqualTo(before);
  }

  @Test
  void aBacklogIsDownloadedOverSeveralBuildsNewestStoryFirst() throws Exception {
    Path site = site("site");
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("images: {maxBytes: 200000}", "images: {maxBytes: 200000, maxDownloadsPerBuild: 2}"));
    build(site, false);
    assertThat(requests.keySet()).containsExactlyInAnyOrder("/gone.jpg", "/bomb.png");
    assertThat(Files.exists(site.resolve("public/images"))).isFalse();
    build(site, false);
    assertThat(requests.keySet()).hasSize(4).contains("/huge.jpg", "/page.html");
    BuildResult third = build(site, false);
    assertThat(requests.keySet()).hasSize(6);
    assertThat(requested()).isEqualTo(6);
    assertThat(images(site)).hasSize(5);
    assertThat(third.problems()).hasSize(4);
    build(site, false);
    assertThat(requested()).isEqualTo(6);
  }

  @Test
  void aBacklogOfGoodImagesIsWorkedOffThoughNoBuildBringsNews() throws Exception {
    Path site = site("site");
    Path feed = site.resolve("feeds/paper.xml");
    String text = Files.readString(feed);
    for (String bad : List.of("/page.html", "/huge.jpg", "/bomb.png", "/gone.jpg")) {
      text = text.replace(server.url(bad), server.url("/photo.jpg?" + bad.substring(1)));
    }
    Files.writeString(feed, text);
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("images: {maxBytes: 200000}", "images: {maxBytes: 200000, maxDownloadsPerBuild: 2}"));
    for (int build = 1; build <= 3; build++) {
      assertThat(build(site, false).problems()).as("build " + build).isEmpty();
    }
    assertThat(requested()).isEqualTo(6);
    assertThat(images(site).keySet().stream().map(p -> p.substring(0, 31)).distinct()).hasSize(6);
    BuildResult settled = build(site, false);
    assertThat(settled.stageTimes()).as("nothing left to download: not curated again").doesNotContainKey("curate");
    assertThat(requested()).isEqualTo(6);
  }

  @Test
  void anImageWhoseHostFailsIsAskedForAgainAfterAnHourAndMeanwhileTheSiteIsUpToDate() throws Exception {
    AtomicInteger status = new AtomicInteger(503);
    server.on("/flaky.jpg", ex -> {
      requests.computeIfAbsent("/flaky.jpg", p -> new AtomicInteger()).incrementAndGet();
      if (status.get() == 200) {
        send(ex, "image/jpeg", TestImages.jpeg(800, 450));
      } else {
        ex.sendResponseHeaders(status.get(), -1);
        ex.close();
      }
    });
    Path site = site("site");
    Path feed = site.resolve("feeds/paper.xml");
    Files.writeString(feed, Files.readString(feed).replace(server.url("/photo.jpg"), server.url("/flaky.jpg")));
    String failed = server.url("/flaky.jpg") + ": warning: the lead image of 'Story 0 about photo jpg' is not shown:"
        + " HTTP 503";
    String pause = "(on 2026-11-20T20:00:00Z; asked for again from 2026-11-20T21:00:00Z)";

    BuildResult first = buildAt(site, "2026-11-20T20:00:00Z");
    assertThat(first.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).startsWith(failed).endsWith(pause));
    build(site, false);
    BuildResult meanwhile = buildAt(site, "2026-11-20T20:59:00Z");
    assertThat(requests.get("/flaky.jpg").get()).as("not asked for during its pause").isEqualTo(1);
    assertThat(meanwhile.stageTimes()).doesNotContainKey("curate");
    assertThat(meanwhile.problems()).extracting(Problem::toString)
        .anySatisfy(p -> assertThat(p).startsWith(failed).endsWith(pause)).hasSize(5);
    assertThat(articlePage(site, "story-0")).doesNotContain("<img");

    BuildResult offline = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(SampleSite.clockAt("2026-11-20T20:50:00Z")));
    assertThat(offline.stageTimes()).as("an offline build downloads nothing: no need to curate").doesNotContainKey("curate");
    // Once the pause is over, the warning's words are no longer true: curated, an offline build says nothing of it.
    BuildResult offlineAfter = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(SampleSite.clockAt("2026-11-20T21:10:00Z")));
    assertThat(offlineAfter.stageTimes()).containsKey("curate");
    assertThat(offlineAfter.problems()).extracting(Problem::where).doesNotContain(server.url("/flaky.jpg"));
    status.set(200);
    BuildResult after = buildAt(site, "2026-11-20T21:20:00Z");
    assertThat(requests.get("/flaky.jpg").get()).isEqualTo(2);
    assertThat(after.problems()).extracting(Problem::where).doesNotContain(server.url("/flaky.jpg"));
    assertThat(articlePage(site, "story-0")).contains("<img");
  }

  @Test
  void manyImagesOfOneHostFailingAlikeAreOneWarningNamingTheHostAndTheFirst() throws Exception {
    server.on("/down/", ex -> {
      ex.sendResponseHeaders(503, -1);
      ex.close();
    });
    Path site = site("site");
    Path feed = site.resolve("feeds/paper.xml");
    String text = Files.readString(feed);
    for (String good : List.of("/photo.jpg", "/logo.png", "/huge.jpg")) {
      text = text.replace(server.url(good), server.url("/down" + good));
    }
    Files.writeString(feed, text);
    List<String> warnings = build(site, false).problems().stream().map(Problem::toString).toList();
    assertThat(warnings).hasSize(4).contains(server.url("/") + ": warning: the lead images of 3 stories from this"
        + " host are not shown: HTTP 503: the site is unavailable for now (after 1 attempt) (on 2026-11-20T20:00:00Z; asked for again from 2026-11-20T21:00:00Z); the first: 'Story 3"
        + " about huge jpg' (" + server.url("/down/huge.jpg") + ")");
  }

  @Test
  void anUnchangedSiteIsNotCuratedAgainForImagesThatCannotBeUsedAndSaysWhyAsBefore() throws Exception {
    Path site = site("site");
    build(site, false);
    BuildResult curated = build(site, false);
    assertThat(curated.stageTimes()).containsKey("curate");
    BuildResult again = build(site, false);
    assertThat(again.stageTimes()).doesNotContainKey("curate");
    assertThat(again.problems()).hasSize(4).isEqualTo(curated.problems());
    assertThat(requested()).isEqualTo(6);
  }

  @Test
  void aPickMayNameAFileOfTheSiteFolderAndAMissingOneIsThePicksWarning() throws Exception {
    Path site = site("site");
    Files.createDirectories(site.resolve("picks"));
    Files.createDirectories(site.resolve("art"));
    Files.write(site.resolve("art/harbour.png"), dev.broadsheet.images.TestImages.png(700, 400, false));
    Files.writeString(site.resolve("picks/harbour.md"), "---\nurl: https://paper.example/0\nimage: art/harbour.png\n"
        + "imageAlt: The harbour at noon\nimageCredit: \"Drawing: the editor\"\n---\nA note.\n");
    Files.writeString(site.resolve("picks/missing.md"), "---\nurl: https://paper.example/1\nimage: art/none.jpg\n---\n");
    BuildResult offline = build(site, true);
    assertThat(requested()).isZero();
    assertThat(offline.problems()).extracting(Problem::toString).containsExactly("picks/missing.md: warning: the lead"
        + " image of 'Story 1 about logo png' is not shown: no such file in the site folder: art/none.jpg");
    String page = articlePage(site, "story-0");
    assertThat(page).contains("alt=\"The harbour at noon\"").contains("<figcaption class=\"story-image-credit\">Drawing:"
        + " the editor</figcaption>").containsPattern("images/[0-9a-f]{24}-700\\.jpg 700w");
    assertThat(published(site).keySet()).doesNotContain("art/harbour.png");
    // Mail clients block pictures until asked: the newsletter says what the picture shows too.
    assertThat(published(site).entrySet()).filteredOn(e -> e.getKey().endsWith("/newsletter.html"))
        .anySatisfy(e -> assertThat(e.getValue()).contains("alt=\"The harbour at noon\""));
  }

  @Test
  void aPicksPictureReplacedOrDeletedIsPublishedSoThoughNothingElseChanged() throws Exception {
    Path site = site("site");
    Files.createDirectories(site.resolve("picks"));
    Files.createDirectories(site.resolve("art"));
    Files.write(site.resolve("art/harbour.png"), dev.broadsheet.images.TestImages.png(700, 400, false));
    Files.writeString(site.resolve("picks/harbour.md"), "---\nurl: https://paper.example/0\nimage: art/harbour.png\n---\n");
    build(site, true);
    // Settled: the next build has nothing to curate.
    assertThat(build(site, true).site().filesWritten()).isZero();
    assertThat(articlePage(site, "story-0")).containsPattern("images/[0-9a-f]{24}-700\\.jpg 700w");

    Files.write(site.resolve("art/harbour.png"), dev.broadsheet.images.TestImages.png(500, 300, false));
    build(site, true);
    assertThat(articlePage(site, "story-0")).containsPattern("images/[0-9a-f]{24}-500\\.jpg 500w")
        .doesNotContainPattern("-700\\.jpg");

    Files.delete(site.resolve("art/harbour.png"));
    BuildResult deleted = build(site, true);
    assertThat(deleted.problems()).extracting(Problem::toString).containsExactly("picks/harbour.md: warning: the lead"
        + " image of 'Story 0 about photo jpg' is not shown: no such file in the site folder: art/harbour.png");
    assertThat(articlePage(site, "story-0")).doesNotContain("images/");
  }

  @Test
  void anImageThatRedirectsToACloudMetadataAddressIsRefusedAtThatHop() throws Exception {
    server.on("/moved.jpg", ex -> {
      requests.computeIfAbsent("/moved.jpg", p -> new AtomicInteger()).incrementAndGet();
      ex.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data/photo.jpg");
      ex.sendResponseHeaders(302, -1);
      ex.close();
    });
    Path site = site("site");
    Path feed = site.resolve("feeds/paper.xml");
    Files.writeString(feed, Files.readString(feed).replace(server.url("/photo.jpg"), server.url("/moved.jpg")));
    BuildResult result = build(site, false);
    assertThat(result.problems()).extracting(Problem::toString).anySatisfy(p -> assertThat(p).startsWith(
        server.url("/moved.jpg") + ": warning: the lead image of 'Story 0 about photo jpg' is not shown: refused redirect 1"
            + " to http://169.254.169.254/latest/meta-data/photo.jpg"));
    assertThat(requests.get("/moved.jpg").get()).isEqualTo(1);
    assertThat(articlePage(site, "story-0")).doesNotContain("<img");
    // Refused for good: not "asked for again" in an hour, and not asked for again.
    assertThat(result.problems()).extracting(Problem::toString).noneSatisfy(p -> assertThat(p).contains("asked for again"));
    build(site, false);
    assertThat(requests.get("/moved.jpg").get()).isEqualTo(1);
  }

  @Test
  void raisingALimitJudgesRejectedImagesAgainButKeepsTheGoodOnes() throws Exception {
    Path site = site("site");
    build(site, false);
    assertThat(requested()).isEqualTo(6);
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("images: {maxBytes: 200000}", "images: {maxBytes: 400000}"));
    BuildResult raised = build(site, false);
    assertThat(requests.get("/photo.jpg").get()).as("a good image stays cached").isEqualTo(1);
    assertThat(requests.get("/huge.jpg").get()).as("judged again under the new limit").isEqualTo(2);
    assertThat(raised.problems()).extracting(Problem::where).doesNotContain(server.url("/huge.jpg"));
  }

  @Test
  void offlineBuildsUseTheCacheAndWithoutItShowNoImagesAndNoWarnings() throws Exception {
    Path site = site("site");
    build(site, false);
    int online = requested();
    TreeMap<String, String> withImages = published(site);

    BuildResult offline = build(site, true);
    assertThat(requested()).isEqualTo(online);
    assertThat(published(site)).isEqualTo(withImages);
    assertThat(offline.problems()).hasSize(4).allMatch(p -> p.isWarning()
        && p.message().contains("(remembered from an earlier build; delete .broadsheet-cache/images/ to try again)"));

    deleteTree(site.resolve(".broadsheet-cache/images"));
    BuildResult bare = build(site, true);
    assertThat(requested()).isEqualTo(online);
    assertThat(bare.problems()).isEmpty();
    assertThat(published(site).keySet()).noneMatch(p -> p.startsWith("images/"));
    assertThat(Files.readString(site.resolve("public/index.html"))).doesNotContain("<img");
  }

  @Test
  void twoSitesWithTheirOwnCachesPublishByteIdenticalImages() throws Exception {
    Path one = site("one");
    Path two = site("two");
    build(one, false);
    build(two, false);
    TreeMap<String, String> a = images(one);
    assertThat(a).hasSize(5);
    assertThat(images(two)).isEqualTo(a);
  }

  @Test
  void turnedOffNothingIsDownloadedAndPreviewsNameTheOriginal() throws Exception {
    Path site = site("site");
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("images: {maxBytes: 200000}", "images: {enabled: false}"));
    build(site, false);
    assertThat(requested()).isZero();
    assertThat(Files.exists(site.resolve(".broadsheet-cache/images"))).isFalse();
    assertThat(articlePage(site, "story-0")).contains("<meta property=\"og:image\" content=\""
        + server.url("/photo.jpg") + "\">").doesNotContain("<img");
  }

  private static String articlePage(Path site, String prefix) throws IOException {
    try (Stream<Path> articles = Files.list(site.resolve("public/articles"))) {
      return Files.readString(articles.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
          .orElseThrow().resolve("index.html"));
    }
  }

  private static TreeMap<String, String> images(Path site) {
    TreeMap<String, String> images = new TreeMap<>(published(site));
    images.keySet().removeIf(p -> !p.startsWith("images/"));
    return images;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
