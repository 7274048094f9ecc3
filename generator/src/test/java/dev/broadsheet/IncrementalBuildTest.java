package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.render.PageCache;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds that keep what they derived in the page cache, each in the same site folder as the last
 * one, publish exactly what a clean build of the same inputs publishes in a fresh folder. Each
 * sequence is random (articles added to feeds, edited and removed, picks added, edited and
 * removed, pages edited); its seed is in every failure message, and {@code -Dbroadsheet.seed=N}
 * replays it.
 */
class IncrementalBuildTest {
  private static final String[] WORDS = ("harbour council budget storm ferry market school hospital bridge river "
      + "energy wind solar rail tram station museum festival election court police weather").split(" ");
  private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
      Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final Instant START = Instant.parse("2026-11-20T09:00:00Z");

  @TempDir
  Path tmp;

  /** One feed item of the test site. */
  private record Item(String title, String link, Instant time, String text) {}

  /** The inputs of a small site of three saved feeds, some picks and a page, changed at random. */
  private static final class SiteModel {
    final Random random;
    final List<List<Item>> feeds = new ArrayList<>();
    final Map<String, String> picks = new TreeMap<>();
    String page = "About us.";
    int serial;
    Instant now = START;

    /** Hours before now that articles may be from. */
    final int spread;
    /** Whether its editions are weekly, each current all week long. */
    final boolean weekly;
    /**
     * Whether its own templates make warnings stand that depend on the articles: article pages of
     * one source without a link to the original, and newsletters too big for Gmail on some days.
     */
    boolean warned;

    SiteModel(long seed) {
      this(seed, 4, 60);
    }

    SiteModel(long seed, int perFeed, int spread) {
      this(seed, perFeed, spread, false);
    }

    SiteModel(long seed, int perFeed, int spread, boolean weekly) {
      this.random = new Random(seed);
      this.spread = spread;
      this.weekly = weekly;
      for (int f = 0; f < 3; f++) {
        feeds.add(new ArrayList<>());
        for (int i = 0; i < perFeed; i++) {
          add(f);
        }
      }
    }

    void add(int feed) {
      int n = serial++;
      String title = words(6) + " " + n;
      Instant time = now.minus(Duration.ofHours(random.nextInt(spread)));
      feeds.get(feed).add(0, new Item(title, "https://s" + feed + ".example/" + n, time, words(20)));
    }

    /** One random change of the site's inputs, as an editor or a feed would make it. */
    void change() {
      List<Item> feed = feeds.get(random.nextInt(feeds.size()));
      List<Item> all = feeds.stream().flatMap(List::stream).toList();
      switch (random.nextInt(8)) {
        case 0, 1 -> add(random.nextInt(feeds.size()));
        case 2 -> {
          int i = random.nextInt(feed.size());
          Item old = feed.get(i);
          feed.set(i, new Item(old.title() + " updated", old.link(), old.time(), old.text() + " " + words(5)));
        }
        case 3 -> {
          if (feed.size() > 1) {
            feed.remove(random.nextInt(feed.size()));
          }
        }
        case 4 -> {
          String url = all.get(random.nextInt(all.size())).link();
          if (!picks.containsValue(url)) {
            picks.put("p" + random.nextInt(3), url);
          }
        }
        case 5 -> picks.keySet().stream().findFirst().ifPresent(picks::remove);
        // Only time passes, days of it: what a build shows as today's or this week's edition changes.
        case 6 -> now = now.plus(Duration.ofHours(24 + random.nextInt(96)));
        default -> page = "About us. " + words(4);
      }
      now = now.plus(Duration.ofHours(random.nextInt(30)));
    }

    String words(int n) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < n; i++) {
        // Enough distinct words that not every story is related to every other.
        s.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(8));
      }
      return s.toString();
    }

    /** Writes the inputs into {@code site}, replacing the feeds, picks and page there. */
    void write(Path site) throws IOException {
      Files.createDirectories(site.resolve("feeds"));
      Files.createDirectories(site.resolve("pages"));
      StringBuilder yaml = new StringBuilder("title: Harbour Digest\nbaseUrl: https://digest.example/\n"
          + "timezone: UTC\n" + (weekly ? "editions: {period: weekly}\n" : "") + "sources:\n");
      for (int f = 0; f < feeds.size(); f++) {
        yaml.append("  - {id: s").append(f).append(", name: Source ").append(f).append(", url: feeds/s").append(f)
            .append(".xml, fullText: true, section: ").append(f == 2 ? "Sports" : "Local").append("}\n");
        StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Source " + f + "</title><link>"
            + "https://s" + f + ".example/</link><description>d</description>");
        for (Item i : feeds.get(f)) {
          xml.append("<item><title>").append(i.title()).append("</title><link>").append(i.link())
              .append("</link><pubDate>").append(RFC822.format(i.time())).append("</pubDate><description>")
              .append(i.text()).append("</description></item>");
        }
        Files.writeString(site.resolve("feeds/s" + f + ".xml"), xml.append("</channel></rss>"));
      }
      Files.writeString(site.resolve("broadsheet.yaml"), yaml);
      if (warned) {
        Files.createDirectories(site.resolve("templates"));
        Files.writeString(site.resolve("templates/article.ftlh"), "<#import \"layout.ftlh\" as layout><@layout.frame>"
            + "<#assign a = article.item.article><h1>${a.title}</h1><#if a.url?? && !a.url?contains(\"s1.example\")>"
            + "<a href=\"${a.url}\">${a.publisher!}</a></#if></@layout.frame>\n");
        Files.writeString(site.resolve("templates/newsletter.ftlh"), "<#assign e = edition.edition><html><body><p>"
            + "${e.path}</p><#if e.storyCount % 2 == 1><#list 1..3000 as i><p>Padding for a long letter.</p></#list>"
            + "</#if></body></html>\n");
      }
      Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About\nmenu: true\n---\n" + page + "\n");
      Path picksDir = site.resolve("picks");
      if (Files.isDirectory(picksDir)) {
        try (Stream<Path> old = Files.list(picksDir)) {
          for (Path p : old.toList()) {
            Files.delete(p);
          }
        }
      }
      Files.createDirectories(picksDir);
      for (Map.Entry<String, String> p : picks.entrySet()) {
        Files.writeString(picksDir.resolve("2026-11-20-" + p.getKey() + ".md"), "---\nurl: " + p.getValue()
            + "\ndate: 2026-11-20\n---\nWorth reading, says " + p.getKey() + ".\n");
      }
    }
  }

  @Test
  void incrementalBuildsPublishWhatCleanBuildsPublishOverRandomEditSequences() throws IOException {
    compareOverRandomSequences(50, 2, SiteModel::new);
  }

  /** Stories over weeks: most of them settled, shown as recorded, by incremental and clean builds alike. */
  @Test
  void incrementalBuildsOfNewsSpreadOverWeeksPublishWhatCleanBuildsPublish() throws IOException {
    compareOverRandomSequences(12, 3, seed -> new SiteModel(seed, 10, 30 * 24));
  }

  /** Weekly editions, current all week: a build on any day of it, or after it, must show the same as a clean one. */
  @Test
  void incrementalBuildsOfWeeklyEditionsPublishWhatCleanBuildsPublish() throws IOException {
    compareOverRandomSequences(10, 4, seed -> new SiteModel(seed, 4, 60, true));
  }

  private void compareOverRandomSequences(int count, int steps, java.util.function.LongFunction<SiteModel> models)
      throws IOException {
    long base = Long.getLong("broadsheet.seed", System.nanoTime());
    int sequences = Long.getLong("broadsheet.seed") != null ? 1 : count;
    for (int s = 0; s < sequences; s++) {
      long seed = base + s;
      SiteModel model = models.apply(seed);
      Path site = tmp.resolve("seq" + s);
      model.write(site);
      build(site, model.now);
      for (int step = 0; step < steps; step++) {
        if (model.weekly && step % 2 == 1) {
          // A weekly site's every other step is days passing with nothing new: the week may end.
          model.now = model.now.plus(Duration.ofHours(24 + model.random.nextInt(7 * 24)));
        } else {
          int changes = 1 + model.random.nextInt(3);
          for (int c = 0; c < changes; c++) {
            model.change();
          }
        }
        model.write(site);
        // The clean build starts from the same store, in a folder with no cache and no output.
        Path clean = tmp.resolve("clean" + s + "-" + step);
        model.write(clean);
        copyTree(site.resolve("data"), clean.resolve("data"));
        BuildResult incremental = build(site, model.now);
        BuildResult cleanBuild = build(clean, model.now);
        String where = "seed " + seed + " (replay with -Dbroadsheet.seed=" + seed + "), step " + step;
        assertThat(differences(files(site.resolve("public")), files(clean.resolve("public")))).as(where).isEmpty();
        assertThat(warnings(incremental, site)).as(where).isEqualTo(warnings(cleanBuild, clean));
        if (model.warned) {
          // Every step has pages of the source without the link: the check must have seen them.
          assertThat(warnings(cleanBuild, clean)).as(where)
              .anySatisfy(w -> assertThat(w).contains("article pages do not link to the original article"));
        }
      }
    }
  }

  /**
   * Warnings that stand build after build, found in rendered pages: a build that keeps most pages
   * as published must warn of them as a clean build does.
   */
  @Test
  void incrementalBuildsOfASiteWithStandingWarningsPublishAndWarnAsCleanBuildsDo() throws IOException {
    compareOverRandomSequences(10, 3, seed -> {
      SiteModel model = new SiteModel(seed);
      model.warned = true;
      return model;
    });
  }

  @Test
  void aStandingWarningDoesNotMakeEveryRebuildRenderEveryPage() throws IOException {
    SiteModel model = new SiteModel(7, 40, 40 * 24);
    model.warned = true;
    Path site = written(model);
    BuildResult first = build(site, model.now);
    assertThat(warned(first, site)).isEqualTo(warnedByPublished(site)).hasSizeGreaterThan(2);
    for (boolean forget : new boolean[] {false, true}) {
      if (forget) {
        // What the last build found is read again from the published pages it kept.
        Files.delete(site.resolve(PageCache.FOLDER).resolve("attribution.txt"));
      }
      model.add(0);
      model.write(site);
      BuildResult next = build(site, model.now);
      assertThat(next.site().pagesRendered()).as("forgotten: " + forget).isPositive()
          .isLessThan(first.site().pagesRendered() / 2);
      assertThat(warned(next, site)).as("forgotten: " + forget).isEqualTo(warnedByPublished(site));
    }
  }

  @Test
  void rebuildAfterOneNewArticleRendersOnlyThePagesItChanges() throws IOException {
    SiteModel model = new SiteModel(7, 40, 40 * 24);
    Path site = written(model);
    BuildResult first = build(site, model.now);
    model.add(0);
    model.write(site);
    BuildResult next = build(site, model.now);
    assertThat(first.site().pagesRendered()).isGreaterThan(100);
    assertThat(next.site().pagesRendered()).isPositive().isLessThan(first.site().pagesRendered() / 2);
  }

  @Test
  void aRebuildWithNothingNewSkipsCurationOnceItsInputsAreKnownUntilTheDayOrAnInputChanges() throws IOException {
    SiteModel model = new SiteModel(7, 40, 40 * 24);
    Path site = written(model);
    BuildResult first = build(site, model.now);
    BuildResult second = build(site, model.now);
    BuildResult third = build(site, model.now);
    assertThat(second.stageTimes()).containsKey("curate").doesNotContainKey("render");
    assertThat(third.stageTimes()).as("same articles, stories, picks, config and day").doesNotContainKey("curate")
        .doesNotContainKey("render");
    assertThat(third.site()).isEqualTo(new BuildResult.Site(first.site().stories(), first.site().editions(), 0, 0,
        first.site().filesWritten() + first.site().filesUnchanged()));
    assertThat(build(site, model.now.plus(Duration.ofDays(1))).stageTimes()).as("a new day").containsKey("curate");
    model.add(0);
    model.write(site);
    assertThat(build(site, model.now.plus(Duration.ofDays(1))).stageTimes()).as("a new article").containsKey("curate");
  }

  @Test
  void aRebuildThatSkipsCurationReportsThePickAndSectionWarningsCurationFound(@TempDir Path dir) throws IOException {
    Path site = SampleSite.copyTo(dir.resolve("sample"));
    Path config = site.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("sections: [Local, Business,", "sections: [Local, Busines,"));
    Files.writeString(site.resolve("picks/zz-unread.md"), "---\nurl: https://unread.example/story\n---\nA note.\n");
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    BuildResult curated = SampleSite.build(site, "2026-11-25T06:00:00Z");
    BuildResult skipped = SampleSite.build(site, "2026-11-25T06:00:00Z");
    assertThat(curated.stageTimes()).containsKey("curate");
    assertThat(skipped.stageTimes()).doesNotContainKey("curate");
    assertThat(curated.problems()).extracting(Problem::where).contains("broadsheet.yaml", "picks/zz-unread.md");
    assertThat(skipped.problems()).isEqualTo(curated.problems());
    assertThat(skipped.firstContentError()).isEqualTo(curated.firstContentError());
  }

  @Test
  void deletedCacheRendersEveryPageAgainToTheSameBytes() throws IOException {
    BuildResult kept = null;
    BuildResult deleted = null;
    List<Map<String, String>> published = new ArrayList<>();
    for (boolean delete : new boolean[] {false, true}) {
      SiteModel model = new SiteModel(11, 40, 40 * 24);
      Path site = tmp.resolve("site-" + delete);
      model.write(site);
      BuildResult first = build(site, model.now);
      Map<String, String> keys = pageKeys(site);
      model.add(1);
      model.write(site);
      if (delete) {
        deleteTree(site.resolve(PageCache.FOLDER));
      }
      BuildResult next = build(site, model.now);
      published.add(files(site.resolve("public")));
      if (delete) {
        deleted = next;
      } else {
        kept = next;
        assertThat(next.site().pagesRendered()).as("pages rendered again: " + changed(keys, pageKeys(site)))
            .isLessThan(first.site().pagesRendered() / 2);
      }
    }
    assertThat(deleted.site().pagesRendered()).isGreaterThan(kept.site().pagesRendered() * 2);
    assertThat(published.get(1)).isEqualTo(published.get(0));
  }

  @Test
  void changedSiteTemplateRendersEveryPageAgain() throws IOException {
    SiteModel model = new SiteModel(13);
    Path site = tmp.resolve("site");
    model.write(site);
    BuildResult first = build(site, model.now);
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("templates/404.ftlh"),
        "<#import \"layout.ftlh\" as layout><@layout.frame><h1>Lost</h1></@layout.frame>");
    model.add(1);
    model.write(site);
    BuildResult next = build(site, model.now);
    assertThat(next.site().pagesRendered()).isGreaterThanOrEqualTo(first.site().pagesRendered());
  }

  @Test
  void publishedPageChangedByHandIsRenderedAgain() throws IOException {
    SiteModel model = new SiteModel(17);
    Path site = tmp.resolve("site");
    model.write(site);
    build(site, model.now);
    Path about = site.resolve("public/about/index.html");
    String original = Files.readString(about);
    Files.writeString(about, original.replace("About us.", "Defaced."));
    model.add(2);
    model.write(site);
    build(site, model.now);
    assertThat(Files.readString(about)).isEqualTo(original);
  }

  @Test
  void aPublishedPageReplacedByACopyOfTheSameSizeAndTimeIsRepairedThoughNothingElseChanged() throws IOException {
    SiteModel model = new SiteModel(17);
    Path site = tmp.resolve("site");
    model.write(site);
    build(site, model.now);
    Path about = site.resolve("public/about/index.html");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.readAttributes(about,
        java.nio.file.attribute.BasicFileAttributes.class).fileKey() != null, "a file system with file identities");
    String original = Files.readString(about);
    // Another file put in its place, its size and time the original's: only its identity tells.
    Path copy = about.resolveSibling("copy.html");
    Files.writeString(copy, original.replace("About us.", "Xbout us."));
    Files.setLastModifiedTime(copy, Files.getLastModifiedTime(about));
    Files.move(copy, about, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    build(site, model.now);
    assertThat(Files.readString(about)).isEqualTo(original);
  }

  /** The model's site, written to a folder of its own. */
  private Path written(SiteModel model) throws IOException {
    Path site = tmp.resolve("site");
    model.write(site);
    return site;
  }

  /** The build of {@code site} at {@code now}; its problems are warnings of its own templates, if any. */
  private static BuildResult build(Path site, Instant now) {
    BuildResult r = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(now, ZoneOffset.UTC)));
    if (!Files.isDirectory(site.resolve("templates"))) {
      assertThat(r.problems()).as("problems of the build of " + site).isEmpty();
    }
    assertThat(r.problems()).as("problems of the build of " + site)
        .allSatisfy(p -> assertThat(p.severity()).isEqualTo(dev.broadsheet.base.Problem.Severity.WARNING));
    return r;
  }

  /** The warnings of {@code r}, a build of {@code site}, with the site's folder written SITE. */
  private static List<String> warnings(BuildResult r, Path site) {
    return r.problems().stream().map(p -> p.toString().replace(site.toString(), "SITE")).toList();
  }

  /** What each warning of {@code r}, a build of {@code site}, names: the first page without attribution, or a newsletter. */
  private static List<String> warned(BuildResult r, Path site) {
    return r.problems().stream().map(p -> p.message().startsWith("article pages do not link to the original")
        ? p.message().replaceFirst("^.*\\(the first: ([^)]*)\\).*$", "$1") : p.file()).sorted().toList();
  }

  /**
   * What a {@link SiteModel#warned} site published must be warned of, read from every file of it:
   * the first article page by address with no link out to an original, and each newsletter over 90 KB.
   */
  private static List<String> warnedByPublished(Path site) throws IOException {
    Path out = site.resolve("public");
    List<String> warned = new ArrayList<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        String path = out.relativize(f).toString().replace('\\', '/');
        if (path.endsWith("newsletter.html") && Files.size(f) > 90 * 1024) {
          warned.add(path);
        } else if (path.matches("articles/[^/]+/index.html") && warned.stream().noneMatch(w -> w.startsWith("articles/"))
            && !Files.readString(f).contains("href=\"https://s")) {
          warned.add(path.substring(0, path.length() - "index.html".length()));
        }
      }
    }
    return warned.stream().sorted().toList();
  }

  /** Every file under {@code dir}, by relative path, with its bytes as text (so that a failure shows the difference). */
  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(f).toString(), new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  /** The page cache's record: page to the fingerprint of its model. */
  private static Map<String, String> pageKeys(Path site) throws IOException {
    Map<String, String> keys = new TreeMap<>();
    for (String line : Files.readAllLines(site.resolve(PageCache.FOLDER).resolve("pages.tsv"))) {
      String[] f = line.split("\t");
      if (f.length > 2) {
        keys.put(f[0], f[1]);
      }
    }
    return keys;
  }

  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    return after.keySet().stream().filter(p -> !after.get(p).equals(before.get(p))).toList();
  }

  /** Each file that is not the same in both, with where it first differs. */
  private static List<String> differences(Map<String, String> incremental, Map<String, String> clean) {
    List<String> differences = new ArrayList<>();
    TreeMap<String, String> all = new TreeMap<>(incremental);
    all.putAll(clean);
    for (String path : all.keySet()) {
      String a = incremental.get(path);
      String b = clean.get(path);
      if (a == null || b == null) {
        differences.add(path + (a == null ? ": only in the clean build" : ": only in the incremental build"));
      } else if (!a.equals(b)) {
        int at = 0;
        while (at < Math.min(a.length(), b.length()) && a.charAt(at) == b.charAt(at)) {
          at++;
        }
        int from = Math.max(0, at - 80);
        differences.add(path + ": incremental has ..." + a.substring(from, Math.min(a.length(), at + 80))
            + "... where clean has ..." + b.substring(from, Math.min(b.length(), at + 80)) + "...");
      }
    }
    return differences;
  }

  @Test
  void aStoreRestoredFromAnEarlierBuildIsRenderedAgainNotTakenForTheSiteItDescribed() throws IOException {
    Path site = tmp.resolve("restored");
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Restored
        baseUrl: https://news.example/
        sources:
          - {id: paper, name: The Paper, url: feeds/paper.xml}
        """);
    String kept = SavedFeeds.item("Harbour wall repaired after the storm", "wall", "Fri, 20 Nov 2026 09:00:00 GMT");
    SavedFeeds.write(site.resolve("feeds/paper.xml"), kept);
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T08:00:00Z"), ZoneOffset.UTC);
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(clock));
    copyTree(site.resolve("data"), tmp.resolve("data-before"));

    SavedFeeds.write(site.resolve("feeds/paper.xml"), kept,
        SavedFeeds.item("Claim about the mayor withdrawn", "claim", "Fri, 20 Nov 2026 10:00:00 GMT"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(clock));
    assertThat(Files.readString(site.resolve("public/index.html"))).contains("Claim about the mayor");

    // The data folder is restored from before (git checkout -- data/), and the feed no longer has the item.
    deleteTree(site.resolve("data"));
    copyTree(tmp.resolve("data-before"), site.resolve("data"));
    SavedFeeds.write(site.resolve("feeds/paper.xml"), kept);
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(clock));
    assertThat(Files.readString(site.resolve("public/index.html"))).doesNotContain("Claim about the mayor");
    try (var files = Files.walk(site.resolve("public"))) {
      assertThat(files.map(Path::toString)).noneMatch(f -> f.contains("claim-about-the-mayor"));
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path f : walk.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else if (!f.getFileName().toString().equals("build.lock")) {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
