import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One new article per build in a process that stays up ({@code broadsheet build --every}) against
 * the same change in a new process per build: CPU, wall and resident memory of each build, medians
 * printed. Usage: ScheduledBench JAR SIZE BUILDS INTERVAL ROOT (see bench/scheduled.sh).
 */
public class ScheduledBench {
  private static final double TICK = 100.0; // Linux's USER_HZ: /proc's CPU times are in hundredths of a second

  public static void main(String[] args) throws Exception {
    String jar = args[0];
    int size = Integer.parseInt(args[1]);
    int builds = Integer.parseInt(args[2]);
    String every = args[3];
    Path root = Path.of(args[4]);
    List<String> java = new ArrayList<>(List.of("java"));
    java.addAll(Arrays.stream(System.getenv().getOrDefault("BENCH_JAVA_OPTS",
        "-XX:TieredStopAtLevel=1 -XX:GCTimeRatio=4 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85")
        .split(" ")).filter(s -> !s.isBlank()).toList());
    List<String> cold = new ArrayList<>(java);
    cold.addAll(HugoCompare.classArchive(java, jar, root));
    cold.addAll(List.of("-jar", jar, "build", ".", "--offline", "--quiet"));
    NewsCorpus corpus = new NewsCorpus(size, 2026);
    Path site = root.resolve("site");
    corpus.writeBroadsheet(site);
    System.out.printf("%,d articles; load average %s%n", size, HugoCompare.load());
    // A first build and a first one-new build (a site's second publish lays out its spare tree once).
    for (int i = 0; i < 2; i++) {
      addArticle(corpus, site, 5_000 + i);
      HugoCompare.time(site, cold);
    }
    // A process that stays up has time to compile with the optimising compiler too: by default
    // it runs without -XX:TieredStopAtLevel=1, which the short-lived builds are better off with.
    List<String> scheduledJava = new ArrayList<>(List.of("java"));
    scheduledJava.addAll(Arrays.stream(System.getenv().getOrDefault("BENCH_SCHEDULED_OPTS",
        "-XX:GCTimeRatio=4 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85")
        .split(" ")).filter(s -> !s.isBlank()).toList());
    System.out.println("scheduled: " + String.join(" ", scheduledJava) + "; new processes: " + String.join(" ", cold));
    List<double[]> warm = scheduled(jar, scheduledJava, site, corpus, builds, every);
    List<double[]> fresh = new ArrayList<>();
    for (int i = 0; i < Math.min(builds, 5); i++) {
      addArticle(corpus, site, 7_000 + i);
      HugoCompare.Run r = HugoCompare.time(site, cold);
      fresh.add(new double[] {r.cpu(), r.wall(), r.rssKb() / 1024.0});
      System.out.printf("new process, build %d: cpu %.2f s wall %.2f s peak rss %.0f MB%n", i + 1, r.cpu(), r.wall(),
          r.rssKb() / 1024.0);
    }
    System.out.printf("%nMedians of one-new builds at %,d articles (load average now %s)%n", size, HugoCompare.load());
    System.out.println("| process | CPU | wall | RSS |");
    System.out.println("|---|---|---|---|");
    System.out.printf("| scheduled (builds 3 on) | %.2f s | %.2f s | %.0f MB between builds |%n",
        median(warm, 0), median(warm, 1), median(warm, 2));
    System.out.printf("| new process each build | %.2f s | %.2f s | %.0f MB peak |%n", median(fresh, 0),
        median(fresh, 1), median(fresh, 2));
  }

  /** Builds in one process, a new article written after each; the first two builds (warming up) are left out. */
  private static List<double[]> scheduled(String jar, List<String> java, Path site, NewsCorpus corpus, int builds,
      String every) throws Exception {
    List<String> command = new ArrayList<>(java);
    command.addAll(List.of("-jar", jar, "build", ".", "--offline", "--every", every));
    Process p = new ProcessBuilder(command).directory(site.toFile()).redirectErrorStream(true).start();
    Path stat = Path.of("/proc", Long.toString(p.pid()), "stat");
    List<double[]> measured = new ArrayList<>();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream()))) {
      double cpu0 = 0;
      long wall0 = 0;
      int built = 0;
      double[] last = null;
      String stages = "";
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.startsWith("Build ")) {
          cpu0 = cpu(stat);
          wall0 = System.nanoTime();
        } else if (line.startsWith("Time:")) {
          stages = line.substring("Time: ".length());
        } else if (line.startsWith("Next build")) {
          // Up to here, not to the summary: the collection after each build is the process's cost too.
          built++;
          last = new double[] {cpu(stat) - cpu0, (System.nanoTime() - wall0) / 1e9, 0};
          // Resident memory while the process waits, what it holds between builds: read once the
          // collector has given back what the build used (it uncommits the heap in the background).
          Thread.sleep(2_000);
          last[2] = rssMb(p.pid());
          System.out.printf("scheduled, build %d: cpu %.2f s wall %.2f s, then rss %.0f MB (%s)%n", built, last[0],
              last[1], last[2], stages);
          if (built > 2) {
            measured.add(last);
          }
          if (built == builds) {
            break;
          }
          addArticle(corpus, site, 6_000 + built);
        } else if (line.startsWith("broadsheet:") || line.startsWith("Problems") || line.startsWith("  ")) {
          System.out.println(line);
        }
      }
    } finally {
      p.destroy();
      p.waitFor();
    }
    return measured;
  }

  private static void addArticle(NewsCorpus corpus, Path site, int n) throws Exception {
    NewsCorpus.Item extra = corpus.extra(n);
    List<NewsCorpus.Item> items = new ArrayList<>(corpus.items(extra.source()));
    items.add(0, extra);
    corpus.writeFeed(site, extra.source(), items);
  }

  /** The process's user and system CPU so far, in seconds. */
  private static double cpu(Path stat) throws Exception {
    String s = Files.readString(stat);
    String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICK;
  }

  private static double rssMb(long pid) throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return 0;
  }

  private static double median(List<double[]> runs, int i) {
    double[] v = runs.stream().mapToDouble(r -> r[i]).sorted().toArray();
    return v.length == 0 ? Double.NaN : v[v.length / 2];
  }
}
