import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.DigestAssembler;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Clustering benchmark: pairwise precision and recall against the labelled fixture, and the time
 * to curate 10,000 articles (clustering, ranking, related stories, editions) on one thread.
 */
public class ClusteringBench {
  public static void main(String[] args) throws Exception {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (!line.startsWith("group\t")) {
        rows.add(line.split("\t", -1));
      }
    }
    SiteConfig config = new ConfigLoader().parse("""
        title: Bench
        baseUrl: https://bench.example/
        sources:
          - {id: wire, name: Meridian Wire, url: w.xml}
          - {id: courier, name: The Harbour Courier, url: c.xml}
          - {id: valley, name: Valley Times, url: v.xml}
          - {id: post, name: Northern Post, url: p.xml}
        """ + (System.getProperty("curation") == null ? "" : "curation: {" + System.getProperty("curation") + "}\n"),
        Path.of("/tmp/bench-site"), "broadsheet.yaml");
    Map<String, String> label = new HashMap<>();
    List<Article> articles = articles(rows, 0, label);
    List<Story> stories = new DigestAssembler(config).assemble(articles, List.of()).digest().stories();
    Map<String, Integer> cluster = new HashMap<>();
    int c = 0;
    for (Story s : stories) {
      cluster.put(s.lead().article().id(), c);
      for (Story.Item i : s.alsoReportedBy()) {
        cluster.put(i.article().id(), c);
      }
      c++;
    }
    long tp = 0;
    long fp = 0;
    long fn = 0;
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        Article a = articles.get(i);
        Article b = articles.get(j);
        boolean truth = label.get(a.id()).equals(label.get(b.id()));
        boolean predicted = cluster.get(a.id()).equals(cluster.get(b.id()));
        if (truth && predicted) {
          tp++;
        } else if (predicted) {
          fp++;
          wrong.add("merged apart stories:  " + a.title() + "  |  " + b.title());
        } else if (truth) {
          fn++;
          wrong.add("split one story:       " + a.title() + "  |  " + b.title());
        }
      }
    }
    System.out.printf("fixture: %d articles, %d labelled stories, %d predicted stories%n", articles.size(),
        label.values().stream().distinct().count(), stories.size());
    System.out.printf("pairwise precision %.3f, recall %.3f (%d true pairs found, %d wrong pairs, %d pairs missed)%n",
        tp / (double) Math.max(1, tp + fp), tp / (double) Math.max(1, tp + fn), tp, fp, fn);
    wrong.forEach(w -> System.out.println("  " + w));

    for (int size : new int[] {10_000, 100_000}) {
      List<Article> big = new ArrayList<>();
      for (int copy = 0; big.size() < size; copy++) {
        big.addAll(articles(rows, copy, new HashMap<>()));
      }
      big = big.subList(0, size);
      DigestAssembler assembler = new DigestAssembler(config);
      assembler.assemble(big.subList(0, Math.min(size, 20_000)), List.of());
      java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
      List<Double> cpu = new ArrayList<>();
      int count = 0;
      for (int run = 0; run < 3; run++) {
        System.gc();
        long start = threads.getCurrentThreadCpuTime();
        count = assembler.assemble(big, List.of()).digest().stories().size();
        cpu.add((threads.getCurrentThreadCpuTime() - start) / 1e9);
      }
      cpu.sort(null);
      long heap = 0;
      for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == java.lang.management.MemoryType.HEAP) {
          heap += pool.getPeakUsage().getUsed();
        }
      }
      System.out.printf("%,d articles curated (clustered, ranked, related, cut into editions): median %.2f s CPU"
          + " on one thread (runs %s), %d stories, peak heap %d MB%n", size, cpu.get(1), cpu, count, heap >> 20);
    }
  }

  /** The fixture as articles; copy n is shifted n x 30 days, with its own URLs and entity names. */
  static List<Article> articles(List<String[]> rows, int copy, Map<String, String> label) {
    List<Article> out = new ArrayList<>();
    int n = 0;
    for (String[] r : rows) {
      String url = "https://" + r[2] + ".example/" + copy + "/" + (n++);
      String suffix = copy == 0 ? "" : " " + copy;
      Instant t = Instant.parse(r[3]).plus(Duration.ofDays(30L * copy));
      Article a = new Article(ArticleIds.of(url, null, r[2]), url, null, r[2], r[4] + suffix, r[1], null, null,
          List.of(), List.of(), t, null, t, "<p>" + r[5] + "</p>", null);
      label.put(a.id(), copy + ":" + r[0]);
      out.add(a);
    }
    return out;
  }
}
