package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real headlines grouped build by build, as a site built every few hours groups them, against the
 * same headlines grouped in one build: the news service's stories ({@code ../shared/corpus/clustering})
 * decide, by B-cubed F1. Skipped without the corpus.
 */
class IncrementalClusteringCorpusTest {
  private static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "clustering");

  record Row(String id, String title, String publisher, String story, long time) {}

  @ParameterizedTest(name = "{0}, times stretched {1}x, a build every {2} h")
  @CsvSource({"headlines_digest.csv, 1, 1", "headlines.csv, 1, 6", "headlines.csv, 4, 6", "headlines.csv, 8, 4"})
  void aSiteBuiltEveryFewHoursGroupsTheStoriesAsWellAsOneBuildOfThemAll(String file, int stretch, int hours)
      throws Exception {
    Path csv = CORPUS.resolve(file);
    assumeTrue(Files.isRegularFile(csv), "the clustering corpus is not beside the project: " + csv.toAbsolutePath());
    List<Row> rows = read(csv, stretch);
    SiteConfig config = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\nlanguage: en\ntimezone: UTC\n"
        + "sources:\n  - {id: wire, name: Wire, url: w.xml}\n", Path.of("/tmp/site"), "broadsheet.yaml");
    long first = rows.stream().mapToLong(Row::time).min().orElseThrow();
    long last = rows.stream().mapToLong(Row::time).max().orElseThrow();

    double atOnce = f1(rows, new DigestAssembler(config).assemble(articles(rows, last), List.of()).stories());
    SortedMap<String, String> stories = new java.util.TreeMap<>();
    // As a build continues from the last one's records: stories far from the new headlines settled.
    dev.broadsheet.store.StoryRecords records = dev.broadsheet.store.StoryRecords.none();
    for (long t = first; ; t = Math.min(last, t + hours * 3_600_000L)) {
      DigestAssembler.Result result = new DigestAssembler(config).assemble(articles(rows, t), List.of(), records);
      stories = result.stories();
      records = result.records();
      if (t == last) {
        break;
      }
    }
    double stepwise = f1(rows, stories);
    // What the settled stories show against working every story out again from the same grouping.
    dev.broadsheet.store.StoryRecords full = new DigestAssembler(config).assemble(articles(rows, last), List.of(),
        dev.broadsheet.store.StoryRecords.membership(stories)).records();
    int sameLead = 0;
    int sameRelated = 0;
    for (var e : full.stories().entrySet()) {
      dev.broadsheet.store.StoryRecords.Story settled = records.stories().get(e.getKey());
      sameLead += settled != null && settled.articles().get(0).equals(e.getValue().articles().get(0)) ? 1 : 0;
      sameRelated += settled != null && settled.related().equals(e.getValue().related()) ? 1 : 0;
    }
    int count = full.stories().size();
    System.out.printf("incremental clustering %s x%d every %d h: B-cubed F1 %.4f, in one build %.4f; against working"
        + " out every story again: same lead %d of %d, same related stories %d of %d%n", file, stretch, hours, stepwise,
        atOnce, sameLead, count, sameRelated, count);
    assertThat(stepwise).isGreaterThanOrEqualTo(atOnce - 0.01);
    // Measured: every lead but one (at x4 and x8) and every related list the same.
    assertThat(sameLead).isGreaterThanOrEqualTo(count * 98 / 100);
    assertThat(sameRelated).isGreaterThanOrEqualTo(count * 95 / 100);
  }

  /** The headlines published by {@code now}, each first seen at the build that found it. */
  private static List<Article> articles(List<Row> rows, long now) {
    List<Article> articles = new ArrayList<>();
    for (Row r : rows) {
      if (r.time() <= now) {
        String url = url(r);
        Instant t = Instant.ofEpochMilli(r.time());
        articles.add(new Article(ArticleIds.of(url, "gold-" + r.id(), "wire"), url, "gold-" + r.id(), "wire", r.title(),
            r.publisher(), null, null, List.of(), List.of(), t, null, t, null, null));
      }
    }
    return articles;
  }

  private static double f1(List<Row> rows, Map<String, String> storyOf) {
    Map<String, String> gold = new HashMap<>();
    for (Row r : rows) {
      String url = url(r);
      gold.put(ArticleIds.of(url, "gold-" + r.id(), "wire"), r.story());
    }
    Map<String, Integer> predictedSize = new HashMap<>();
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    storyOf.forEach((article, story) -> {
      predictedSize.merge(story, 1, Integer::sum);
      goldSize.merge(gold.get(article), 1, Integer::sum);
      both.merge(story + "\t" + gold.get(article), 1, Integer::sum);
    });
    double p = 0;
    double r = 0;
    for (Map.Entry<String, String> e : storyOf.entrySet()) {
      int shared = both.get(e.getValue() + "\t" + gold.get(e.getKey()));
      p += shared / (double) predictedSize.get(e.getValue());
      r += shared / (double) goldSize.get(gold.get(e.getKey()));
    }
    p /= storyOf.size();
    r /= storyOf.size();
    return 2 * p * r / (p + r);
  }

  /** The row's link, as make_site.py writes it. */
  private static String url(Row r) {
    return "https://news.example/" + r.publisher().toLowerCase().replaceAll("[^a-z0-9]+", "-") + "/" + r.id();
  }

  /** The rows, their times moved {@code stretch} times as far from the first as they are. */
  private static List<Row> read(Path file, int stretch) throws Exception {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Row> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csv(line);
      rows.add(new Row(f.get(0), f.get(1), f.get(3), f.get(5), Long.parseLong(f.get(6))));
    }
    long first = rows.stream().mapToLong(Row::time).min().orElseThrow();
    rows.replaceAll(r -> new Row(r.id(), r.title(), r.publisher(), r.story(), first + (r.time() - first) * stretch));
    return rows;
  }

  /** One line of RFC 4180 CSV. */
  private static List<String> csv(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        field.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
