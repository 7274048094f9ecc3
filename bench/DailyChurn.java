import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * How much of a published site a day's news rewrites: what every upload to a static host and
 * every commit of the site carries. Generates a year of news ({@link NewsCorpus}), builds it, then
 * adds a day's new stories at a time, each day's build a new process of the jar as a scheduled CI
 * job runs it, and compares every published file's bytes before and after.
 *
 * <p>Usage: java -cp CLASSES DailyChurn JAR [SIZE [DAYS [STORIES]]] (defaults 3000, 4, 12).
 */
public class DailyChurn {
  public static void main(String[] args) throws Exception {
    String jar = args[0];
    int size = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int days = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int stories = args.length > 3 ? Integer.parseInt(args[3]) : 12;
    Path site = Files.createTempDirectory("broadsheet-churn");
    NewsCorpus corpus = new NewsCorpus(size, 2026);
    corpus.writeBroadsheet(site);
    build(jar, site);
    Map<Integer, List<NewsCorpus.Item>> extras = new TreeMap<>();
    System.out.printf("%d articles, %d sources; each day %d new stories (one a source)%n", size, NewsCorpus.SOURCES,
        stories);
    System.out.println("day  files  written  removed  by kind");
    for (int day = 1; day <= days; day++) {
      Map<String, String> before = hashes(site.resolve("public"));
      for (int s = 0; s < stories; s++) {
        // Each extra's words are drawn afresh: a new story, not a copy of another's headline.
        NewsCorpus.Item extra = corpus.extra(day * 1000 + s);
        extras.computeIfAbsent(extra.source(), k -> new ArrayList<>()).add(0, extra);
        List<NewsCorpus.Item> items = new ArrayList<>(extras.get(extra.source()));
        items.addAll(corpus.items(extra.source()));
        corpus.writeFeed(site, extra.source(), items);
      }
      build(jar, site);
      Map<String, String> after = hashes(site.resolve("public"));
      TreeMap<String, Integer> kinds = new TreeMap<>();
      int written = 0;
      for (Map.Entry<String, String> e : after.entrySet()) {
        if (!e.getValue().equals(before.get(e.getKey()))) {
          written++;
          kinds.merge(kind(e.getKey()), 1, Integer::sum);
        }
      }
      long removed = before.keySet().stream().filter(p -> !after.containsKey(p)).count();
      System.out.printf("%3d  %5d  %5d (%4.1f%%)  %5d  %s%n", day, after.size(), written, 100.0 * written / after.size(),
          removed, kinds);
    }
    try (Stream<Path> all = Files.walk(site)) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** A published file's kind: article pages, a list's own page, its numbered pages, feeds, editions... */
  private static String kind(String path) {
    if (path.endsWith(".xml") || path.endsWith(".json") && !path.startsWith("search/")) {
      return "feeds+sitemap";
    }
    if (path.matches("(sections|sources|tags|stories)/.*/page/\\d+/index\\.html")) {
      return "numbered list pages";
    }
    if (path.matches("(sections|sources|tags|stories)/[^/]+/index\\.html")) {
      return "lists' own pages";
    }
    int slash = path.indexOf('/');
    return slash < 0 ? "top" : path.substring(0, slash);
  }

  private static void build(String jar, Path site) throws IOException, InterruptedException {
    Process p = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-jar", jar, "build", ".", "--offline", "--quiet")
        .directory(site.toFile()).inheritIO().start();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the build failed");
    }
  }

  private static Map<String, String> hashes(Path root) throws Exception {
    Map<String, String> hashes = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        hashes.put(root.relativize(f).toString().replace('\\', '/'), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
      }
    }
    return hashes;
  }
}
