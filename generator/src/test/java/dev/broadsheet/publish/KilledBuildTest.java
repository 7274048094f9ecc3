package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.store.StoreFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any point, in a JVM of its own, leaves the old site or the new one, never a
 * mix; the next build clears up everything it left and publishes the new site, and the store
 * loses nothing. The killed builds halt as a pipeline stage starts, after any step of publishing
 * (a file placed, a folder renamed), or get a real SIGKILL at a random moment.
 */
class KilledBuildTest {
  private static final String EARLIER = "2026-11-18T08:00:00Z";
  private static final String BEFORE = "2026-11-19T08:00:00Z";
  private static final String AFTER = "2026-11-20T08:00:00Z";
  private static final List<String> STAGES =
      List.of("config", "store", "fetch", "picks", "save", "curate", "render", "publish");

  @TempDir Path work;

  /** What the output must be right after the kill. */
  enum Expect { OLD, NEW, OLD_OR_NEW, NEW_BESIDE_MISSING_OUTPUT }

  record Point(String name, boolean linked, List<String> jvmOptions, List<String> args, long killAfterMillis,
      Expect expect) {}

  @Test
  void aBuildKilledAtAnyPointLeavesTheOldOrTheNewSiteAndTheNextBuildClearsUp() throws Exception {
    Path template = work.resolve("template");
    buildOldSite(template);
    TestSite.write(template, 2);
    Path reference = copy(template, work.resolve("reference"));
    build(reference, AFTER);
    TreeMap<String, String> oldSite = files(template.resolve("public"));
    TreeMap<String, String> newSite = files(reference.resolve("public"));
    assertThat(newSite).containsEntry("CNAME", "news.example.org\n").doesNotContainKey("contact/index.html");
    assertThat(oldSite).containsKey("contact/index.html").isNotEqualTo(newSite);

    List<Point> points = points(newSite.size());
    List<String> outcomes = new ArrayList<>();
    // Two at a time: most of each run is a JVM starting up.
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<String>> runs = new ArrayList<>();
      for (int i = 0; i < points.size(); i++) {
        Point p = points.get(i);
        Path site = work.resolve("kill-" + i);
        runs.add(pool.submit(() -> killAndRebuild(p, p.linked() ? linkedCopy(template, site) : siteWithSpare(site),
            oldSite, newSite, reference)));
      }
      for (Future<String> run : runs) {
        outcomes.add(run.get(5, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
    // Every point but the random SIGKILLs (which may come after a quick build ends) did kill its build.
    assertThat(outcomes).hasSize(points.size());
    assertThat(outcomes.stream().filter(o -> o.contains("killed")).count()).isGreaterThanOrEqualTo(20);
  }

  /**
   * The site before the killed build, built twice so that the site the second build replaced is
   * kept as the spare the killed build brings up to date; a copy would not do, as a spare is only
   * reused in the very folder its record names.
   */
  private static void buildOldSite(Path site) throws IOException {
    TestSite.write(site, 2);
    build(site, EARLIER);
    TestSite.write(site, 1);
    build(site, BEFORE);
    Files.writeString(site.resolve("public/CNAME"), "news.example.org\n");
  }

  private static Path siteWithSpare(Path site) throws IOException {
    buildOldSite(site);
    assertThat(site.resolve(".public.broadsheet-spare")).isDirectory();
    TestSite.write(site, 2);
    return site;
  }

  /** Stage starts, publish steps spread over the whole publish (in both switch modes), random kills. */
  private static List<Point> points(int files) {
    List<Point> points = new ArrayList<>();
    for (String stage : STAGES) {
      points.add(new Point("at " + stage, false, List.of(), List.of(stage), 0, Expect.OLD));
    }
    // Publishing places each file of the new site, then switches in three steps (or two with a link).
    for (int step : new int[] {1, files / 3, 2 * files / 3, files}) {
      points.add(publishStep(step, false, Expect.OLD));
    }
    points.add(publishStep(files + 1, false, Expect.NEW_BESIDE_MISSING_OUTPUT));
    points.add(publishStep(files + 2, false, Expect.NEW));
    points.add(publishStep(files + 3, false, Expect.NEW));
    for (int step : new int[] {1, files}) {
      points.add(publishStep(step, true, Expect.OLD));
    }
    points.add(publishStep(files + 1, true, Expect.NEW));
    points.add(publishStep(files + 2, true, Expect.NEW));
    Random random = new Random(11);
    for (int i = 0; i < 2; i++) {
      points.add(new Point("SIGKILL", false, List.of(), List.of(), 200 + random.nextInt(1200), Expect.OLD_OR_NEW));
    }
    return points;
  }

  private static Point publishStep(int step, boolean linked, Expect expect) {
    return new Point("publish step " + step + (linked ? " (link)" : ""), linked,
        List.of("-D" + HaltPoint.PROPERTY + "=" + step), List.of(), 0, expect);
  }

  private String killAndRebuild(Point p, Path site, TreeMap<String, String> oldSite, TreeMap<String, String> newSite,
      Path reference) throws Exception {
    Set<String> oldArticles = new StoreFiles(site.resolve("data")).load().articles().keySet();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
    command.addAll(p.jvmOptions());
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), BuildInChild.class.getName(),
        site.toString(), AFTER));
    command.addAll(p.args());
    Process child = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(site.resolveSibling(site.getFileName() + ".log").toFile()).start();
    if (p.killAfterMillis() > 0 && !child.waitFor(p.killAfterMillis(), TimeUnit.MILLISECONDS)) {
      child.destroyForcibly();
    }
    assertThat(child.waitFor(2, TimeUnit.MINUTES)).isTrue();
    // 137 is how a JVM halted at a point, or killed by SIGKILL, ends; a random kill may come too late.
    assertThat(child.exitValue()).as(p.name() + ": exit status (log in " + site + ".log)")
        .isIn(HaltPoint.STATUS, p.expect() == Expect.OLD_OR_NEW ? 0 : HaltPoint.STATUS);
    boolean killed = child.exitValue() == HaltPoint.STATUS;

    Path out = site.resolve("public");
    switch (p.expect()) {
      case OLD -> assertThat(files(out)).as(p.name()).isEqualTo(oldSite);
      case NEW -> assertThat(files(out)).as(p.name()).isEqualTo(newSite);
      case OLD_OR_NEW -> assertThat(files(out)).as(p.name()).isIn(oldSite, newSite);
      case NEW_BESIDE_MISSING_OUTPUT -> {
        assertThat(out).as(p.name()).doesNotExist();
        assertThat(files(site.resolve(".public.broadsheet-new"))).as(p.name()).isEqualTo(newSite);
      }
    }
    assertThat(new StoreFiles(site.resolve("data")).load().articles().keySet()).as(p.name())
        .containsAll(oldArticles);

    build(site, AFTER);
    assertThat(files(out)).as(p.name() + ", next build").isEqualTo(newSite);
    assertThat(leftovers(site)).as(p.name() + ", next build").isEmpty();
    for (String store : List.of("data/articles", "data/stories.json")) {
      assertThat(files(site.resolve(store))).as(p.name() + " " + store).isEqualTo(files(reference.resolve(store)));
    }
    return p.name() + (killed ? ": killed" : ": finished") + ", output was " + p.expect();
  }

  private static void build(Path site, String instant) {
    Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)));
  }

  /** Temporary files, and folders beside the output other than the one a link points to. */
  private static List<String> leftovers(Path site) throws IOException {
    Path active = Files.isSymbolicLink(site.resolve("public")) ? site.resolve("public").toRealPath() : null;
    try (Stream<Path> all = Files.walk(site)) {
      // The spare and its record are the site the last switch replaced, kept on purpose.
      Set<String> kept = Set.of(".public.broadsheet-spare", ".public.broadsheet-spare.tsv");
      return all.filter(p -> p.getFileName().toString().endsWith(".tmp")
              || p.getParent().equals(site) && p.getFileName().toString().startsWith(".public.")
              && !p.equals(active) && !(active == null && kept.contains(p.getFileName().toString())))
          .map(Path::toString).toList();
    }
  }

  /** Every file under {@code dir} (through a link, if it is one) with its bytes; empty when it is missing. */
  static TreeMap<String, String> files(Path dir) throws IOException {
    TreeMap<String, String> files = new TreeMap<>();
    if (!Files.exists(dir)) {
      return files;
    }
    Path real = dir.toRealPath();
    if (Files.isRegularFile(real)) {
      files.put("", Files.readString(real, StandardCharsets.ISO_8859_1));
      return files;
    }
    try (Stream<Path> walk = Files.walk(real)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(real.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  /** Copies a site, symbolic links as links. */
  static Path copy(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isSymbolicLink(p)) {
          Files.createSymbolicLink(target, Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A copy whose output is a link to the site's folder, as a web server's document root would be. */
  private static Path linkedCopy(Path from, Path to) throws IOException {
    copy(from, to);
    Files.move(to.resolve("public"), to.resolve(".public.broadsheet-a"));
    Files.createSymbolicLink(to.resolve("public"), Path.of(".public.broadsheet-a"));
    return to;
  }
}
