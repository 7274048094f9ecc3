import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.DigestAssembler;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Story clustering on real headlines (../shared/corpus/clustering), in process: B-cubed precision,
 * recall and F1 against the news service's stories, and the top ten stories against the ten
 * largest true stories (by distinct publishers). The same articles as make_site.py writes.
 */
public class HeadlineBench {
  record Row(String id, String title, String publisher, String story, long time) {}

  public static void main(String[] args) throws IOException {
    boolean verbose = Boolean.getBoolean("verbose");
    for (String file : args) {
      List<Row> rows = read(Path.of(file));
      StringBuilder yaml = new StringBuilder("title: Bench\nbaseUrl: https://bench.example/\nlanguage: en\n"
          + "timezone: UTC\nsources:\n");
      for (int k = 0; k < 40; k++) {
        yaml.append(String.format("  - {id: s%02d, name: Wire %d, url: s%02d.xml}%n", k, k, k));
      }
      if (System.getProperty("curation") != null) {
        yaml.append("curation: {").append(System.getProperty("curation")).append("}\n");
      }
      SiteConfig config = new ConfigLoader().parse(yaml.toString(), Path.of("/tmp/bench-site"), "broadsheet.yaml");
      Map<String, Row> byArticle = new HashMap<>();
      List<Article> articles = new ArrayList<>();
      for (Row r : rows) {
        String slug = r.publisher().toLowerCase().replaceAll("[^a-z0-9]+", "-");
        String url = "https://news.example/" + slug + "/" + r.id();
        int k = r.publisher().chars().sum() % 40;
        String source = String.format("s%02d", k);
        Instant t = Instant.ofEpochMilli(r.time());
        Article a = new Article(ArticleIds.of(url, "gold-" + r.id(), source), url, "gold-" + r.id(), source, r.title(),
            r.publisher(), "Wire " + k, null, List.of(), List.of(), t, null, t.plusSeconds(3600 * 24 * 30), null, null);
        articles.add(a);
        byArticle.put(a.id(), r);
      }
      long start = System.nanoTime();
      Digest digest = new DigestAssembler(config).assemble(articles, List.of()).digest();
      List<Story> stories = digest.stories();
      double seconds = (System.nanoTime() - start) / 1e9;
      Map<String, String> predicted = new HashMap<>();
      Map<String, List<Row>> members = new HashMap<>();
      for (Story s : stories) {
        List<Story.Item> items = new ArrayList<>(s.alsoReportedBy());
        items.add(0, s.lead());
        for (Story.Item i : items) {
          predicted.put(i.article().id(), s.id());
          members.computeIfAbsent(s.id(), x -> new ArrayList<>()).add(byArticle.get(i.article().id()));
        }
      }
      Map<String, Integer> goldSize = new HashMap<>();
      rows.forEach(r -> goldSize.merge(r.story(), 1, Integer::sum));
      Map<String, Integer> overlap = new HashMap<>();
      for (Map.Entry<String, String> e : predicted.entrySet()) {
        overlap.merge(e.getValue() + "\t" + byArticle.get(e.getKey()).story(), 1, Integer::sum);
      }
      double p = 0;
      double r = 0;
      for (Map.Entry<String, String> e : predicted.entrySet()) {
        int both = overlap.get(e.getValue() + "\t" + byArticle.get(e.getKey()).story());
        p += both / (double) members.get(e.getValue()).size();
        r += both / (double) goldSize.get(byArticle.get(e.getKey()).story());
      }
      p /= predicted.size();
      r /= predicted.size();
      System.out.printf("%s: %d headlines, %d true stories, %d predicted; B-cubed P %.3f R %.3f F1 %.3f; curated in %.2f s%n",
          Path.of(file).getFileName(), rows.size(), goldSize.size(), stories.size(), p, r, 2 * p * r / (p + r), seconds);
      topTen(rows, stories, members);
      editions(rows, digest, members, byArticle);
      if (Boolean.getBoolean("splits")) {
        Map<String, Map<String, List<String>>> split = new TreeMap<>();
        for (Map.Entry<String, List<Row>> e : members.entrySet()) {
          for (Row x : e.getValue()) {
            split.computeIfAbsent(x.story(), k -> new TreeMap<>()).computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                .add(x.title());
          }
        }
        split.forEach((gold, parts) -> {
          if (parts.size() > 1) {
            System.out.println("split " + gold.substring(0, 6) + ":");
            parts.values().forEach(t -> System.out.println("    " + t));
          }
        });
      }
      if (verbose) {
        members.entrySet().stream().sorted(Comparator.comparingInt(e -> -e.getValue().size())).limit(25).forEach(e -> {
          Map<String, Integer> comp = new TreeMap<>();
          e.getValue().forEach(x -> comp.merge(x.story().substring(0, 6), 1, Integer::sum));
          System.out.println("  " + e.getValue().size() + " " + comp + "  e.g. " + e.getValue().get(0).title());
        });
      }
    }
  }

  private static void topTen(List<Row> rows, List<Story> stories, Map<String, List<Row>> members) {
    Map<String, Set<String>> publishers = new HashMap<>();
    rows.forEach(r -> publishers.computeIfAbsent(r.story(), x -> new HashSet<>()).add(r.publisher()));
    List<String> largest = publishers.keySet().stream()
        .sorted(Comparator.comparingInt((String s) -> -publishers.get(s).size()).thenComparing(s -> s)).limit(10).toList();
    List<Story> ranked = new ArrayList<>(stories);
    ranked.sort(Comparator.comparingDouble((Story s) -> -s.score().total()).thenComparing(Story::id));
    int among = 0;
    Set<String> seen = new HashSet<>();
    int duplicates = 0;
    for (Story s : ranked.subList(0, Math.min(10, ranked.size()))) {
      Map<String, Integer> votes = new HashMap<>();
      members.get(s.id()).forEach(x -> votes.merge(x.story(), 1, Integer::sum));
      String label = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
      among += largest.contains(label) ? 1 : 0;
      duplicates += seen.add(label) ? 0 : 1;
    }
    System.out.printf("  top 10 stories: %d among the 10 largest true stories, %d repeating a true story%n", among,
        duplicates);
  }

  /**
   * Each daily edition against that day's news: how many of the day's headlines belong to a story the
   * edition lists, and how many of its top stories are among the day's largest true stories (by
   * distinct publishers that day).
   */
  private static void editions(List<Row> rows, Digest digest, Map<String, List<Row>> members, Map<String, Row> byArticle) {
    Map<LocalDate, List<Row>> byDay = new TreeMap<>();
    rows.forEach(r -> byDay.computeIfAbsent(day(r.time()), d -> new ArrayList<>()).add(r));
    for (Edition e : digest.editions()) {
      List<Row> day = byDay.getOrDefault(e.date(), List.of());
      Set<String> listed = new HashSet<>();
      List<Story> all = e.listed();
      for (Story s : all) {
        s.reports().forEach(i -> listed.add(i.article().id()));
      }
      Map<String, String> storyOf = new HashMap<>();
      for (Story s : digest.stories()) {
        s.reports().forEach(i -> storyOf.put(i.article().id(), s.id()));
      }
      Set<String> listedStories = new HashSet<>();
      all.forEach(s -> listedStories.add(s.id()));
      long covered = 0;
      for (Map.Entry<String, Row> a : byArticle.entrySet()) {
        if (day(a.getValue().time()).equals(e.date()) && listedStories.contains(storyOf.get(a.getKey()))) {
          covered++;
        }
      }
      Map<String, Set<String>> publishers = new HashMap<>();
      day.forEach(r -> publishers.computeIfAbsent(r.story(), x -> new HashSet<>()).add(r.publisher()));
      int n = e.topStories().size();
      List<String> largest = publishers.keySet().stream()
          .sorted(Comparator.comparingInt((String x) -> -publishers.get(x).size()).thenComparing(x -> x)).limit(n).toList();
      int among = 0;
      for (Story s : e.topStories()) {
        Map<String, Integer> votes = new HashMap<>();
        members.get(s.id()).forEach(x -> votes.merge(x.story(), 1, Integer::sum));
        String label = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
            .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        among += largest.contains(label) ? 1 : 0;
      }
      System.out.printf("  edition %s: %d headlines that day, %d (%.0f%%) in a story it lists; %d stories listed;"
          + " top %d: %d among the day's %d largest true stories%n", e.date(), day.size(), covered,
          day.isEmpty() ? 0.0 : 100.0 * covered / day.size(), e.storyCount(), n, among, n);
    }
  }

  private static LocalDate day(long millis) {
    return Instant.ofEpochMilli(millis).atZone(java.time.ZoneOffset.UTC).toLocalDate();
  }

  static List<Row> read(Path file) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csv(line);
      rows.add(new Row(f.get(0), f.get(1), f.get(3), f.get(5), Long.parseLong(f.get(6))));
    }
    return rows;
  }

  private static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cur.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
