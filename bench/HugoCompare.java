import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Broadsheet against Hugo on the same generated year of full-text news (see {@link NewsCorpus}),
 * each tool a separate process so start-up counts. For every size and round, both sites are copied
 * afresh and built in five scenarios: first build, nothing changed, one new article, one edited
 * pick, and the next new article. The first publish after a first build lays out a second copy of
 * the site beside it (Broadsheet's spare, which every later publish updates instead of writing a
 * whole tree): "one new article" pays for that once in a site's life; "next new article" is the
 * build every later new article costs. The two tools alternate scenario by scenario (who goes
 * first alternates by round), so both see the same load. Prints CPU (user + sys of the process
 * and its children), wall time and peak RSS of each run, and a table of medians. Run by
 * bench/hugo-compare.sh.
 *
 * <p>Arguments: the Broadsheet jar, the number of rounds, then one or more sizes.
 */
public class HugoCompare {
  private static final String[] SCENARIOS = {"first build", "unchanged", "one new article", "one edited pick",
      "next new article"};

  record Run(double wall, double cpu, long rssKb) {}

  public static void main(String[] args) throws Exception {
    String jar = args[0];
    int rounds = Integer.parseInt(args[1]);
    int[] sizes = Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray();
    List<String> java = new ArrayList<>(List.of("java"));
    String opts = System.getenv().getOrDefault("BENCH_JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:GCTimeRatio=4 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85");
    java.addAll(Arrays.stream(opts.split(" ")).filter(s -> !s.isBlank()).toList());
    // BENCH_DIR=/dev/shm keeps the sites in memory: on a disk whose file system allocates new
    // files slowly after many deletions (ext4 without a journal), creating them took up to 43% of
    // a first build's CPU.
    String under = System.getenv("BENCH_DIR");
    Path root = under == null || under.isBlank() ? Files.createTempDirectory("broadsheet-vs-hugo")
        : Files.createTempDirectory(Path.of(under), "broadsheet-vs-hugo");
    try {
      compare(jar, rounds, sizes, java, opts, root);
    } finally {
      // A year of news in two sites per size, and their outputs: gigabytes, not left behind.
      new ProcessBuilder("rm", "-rf", root.toString()).inheritIO().start().waitFor();
    }
  }

  private static void compare(String jar, int rounds, int[] sizes, List<String> java, String opts, Path root)
      throws Exception {
    if (!opts.contains("SharedArchiveFile") && !"0".equals(System.getenv("BENCH_APPCDS"))) {
      java.addAll(classArchive(java, jar, root));
    }
    java.addAll(List.of("-jar", jar, "build", ".", "--offline", "--quiet"));
    System.out.printf("Broadsheet: %s; Hugo: %s; load average %s%n", String.join(" ", java), version(),
        load());
    Map<String, List<Run>> runs = new LinkedHashMap<>();
    for (int size : sizes) {
      NewsCorpus corpus = new NewsCorpus(size, 2026);
      Path pristineBs = root.resolve(size + "/bs");
      Path pristineHugo = root.resolve(size + "/hugo");
      corpus.writeBroadsheet(pristineBs);
      corpus.writeHugo(pristineHugo);
      for (int round = 0; round < rounds; round++) {
        Path bs = copy(pristineBs, root.resolve(size + "/bs-run"));
        Path hugo = copy(pristineHugo, root.resolve(size + "/hugo-run"));
        List<String> hugoCommand = List.of("hugo", "--quiet", "--source", hugo.toString());
        for (int s = 0; s < SCENARIOS.length; s++) {
          change(s, corpus, bs, hugo, round);
          boolean broadsheetFirst = round % 2 == 0;
          for (int t = 0; t < 2; t++) {
            boolean isBs = (t == 0) == broadsheetFirst;
            Run r = isBs ? time(bs, java) : time(hugo, hugoCommand);
            String key = size + "|" + SCENARIOS[s] + "|" + (isBs ? "Broadsheet" : "Hugo");
            runs.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            System.out.printf("%-44s cpu %7.2f s  wall %7.2f s  rss %5d MB  (load %s)%n", key, r.cpu(), r.wall(),
                r.rssKb() / 1024, load());
          }
        }
        System.out.printf("%d articles: Broadsheet %d HTML files, Hugo %d HTML files%n", size,
            count(bs.resolve("public")), count(hugo.resolve("public")));
      }
    }
    table(sizes, runs);
  }

  /** Makes scenario {@code s}'s change in both sites; the first two scenarios change nothing. */
  private static void change(int s, NewsCorpus corpus, Path bs, Path hugo, int round) throws IOException {
    if (s == 2 || s == 4) {
      // The next article is another source's: the first one's feed stays as it was.
      NewsCorpus.Item extra = corpus.extra(s == 2 ? round : 1_001 + round);
      List<NewsCorpus.Item> items = new ArrayList<>(corpus.items(extra.source()));
      items.add(0, extra);
      corpus.writeFeed(bs, extra.source(), items);
      NewsCorpus.writeHugoPage(hugo, extra);
    } else if (s == 3) {
      String note = "An edited note, round " + round + ".";
      Files.writeString(bs.resolve("picks/pick.md"), NewsCorpus.pickFile(corpus.pickTarget(), note));
      Files.writeString(hugo.resolve("content/picks/pick.md"), corpus.hugoPick(note));
    }
  }

  static Run time(Path dir, List<String> command) throws Exception {
    Path report = Files.createTempFile("time", ".txt");
    List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", report.toString()));
    timed.addAll(command);
    Process p = new ProcessBuilder(timed).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed in " + dir + ":\n" + output);
    }
    String[] f = Files.readString(report).strip().split("\\s+");
    Files.delete(report);
    return new Run(Double.parseDouble(f[0]), Double.parseDouble(f[1]) + Double.parseDouble(f[2]),
        Long.parseLong(f[3]));
  }

  private static void table(int[] sizes, Map<String, List<Run>> runs) {
    System.out.printf("%nMedians (load average now %s)%n", load());
    System.out.println("| articles | scenario | Broadsheet CPU | wall | peak RSS | Hugo CPU | wall | peak RSS | CPU ratio |");
    System.out.println("|---|---|---|---|---|---|---|---|---|");
    for (int size : sizes) {
      for (String s : SCENARIOS) {
        Run b = median(runs.get(size + "|" + s + "|Broadsheet"));
        Run h = median(runs.get(size + "|" + s + "|Hugo"));
        System.out.printf("| %,d | %s | %.2f s | %.2f s | %d MB | %.2f s | %.2f s | %d MB | %.2f× |%n", size, s,
            b.cpu(), b.wall(), b.rssKb() / 1024, h.cpu(), h.wall(), h.rssKb() / 1024, b.cpu() / h.cpu());
      }
    }
  }

  private static Run median(List<Run> list) {
    double[] wall = list.stream().mapToDouble(Run::wall).sorted().toArray();
    double[] cpu = list.stream().mapToDouble(Run::cpu).sorted().toArray();
    long[] rss = list.stream().mapToLong(Run::rssKb).sorted().toArray();
    int m = list.size() / 2;
    return new Run(wall[m], cpu[m], rss[m]);
  }

  private static Path copy(Path from, Path to) throws Exception {
    if (Files.exists(to)) {
      new ProcessBuilder("rm", "-rf", to.toString()).inheritIO().start().waitFor();
    }
    new ProcessBuilder("cp", "-a", from.toString(), to.toString()).inheritIO().start().waitFor();
    return to;
  }

  static String load() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * The class archive the generated workflow keeps between runs (static AppCDS), made from the
   * classes one untimed training build of a small generated site loads, and the options that use it.
   */
  static List<String> classArchive(List<String> java, String jar, Path root) throws Exception {
    Path archive = root.resolve("broadsheet.jsa");
    Path site = root.resolve("training");
    new NewsCorpus(300, 7).writeBroadsheet(site);
    Path classes = root.resolve("broadsheet.classlist");
    List<String> train = new ArrayList<>(java);
    train.addAll(List.of("-XX:DumpLoadedClassList=" + classes, "-jar", jar, "build", ".", "--offline", "--quiet"));
    run(site, train);
    run(site, List.of("java", "-Xshare:dump", "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + archive,
        "-Xlog:cds=off", "-cp", jar));
    return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off");
  }

  private static void run(Path dir, List<String> command) throws Exception {
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
  }

  private static String version() throws Exception {
    Process p = new ProcessBuilder("hugo", "version").redirectErrorStream(true).start();
    return new String(p.getInputStream().readAllBytes()).strip().split(" ")[1];
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".html")).count();
    }
  }
}
