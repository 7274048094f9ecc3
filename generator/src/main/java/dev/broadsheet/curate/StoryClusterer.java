package dev.broadsheet.curate;

import dev.broadsheet.config.CurationConfig;
import dev.broadsheet.feed.HtmlSanitizer;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups articles that tell the same story. Two articles are the same story when, within the time
 * window, their headline and lead are near copies (MinHash resemblance of word pairs: syndicated and
 * lightly edited copies), or their TF-IDF vectors are close and they name the same people, places
 * or numbers (different outlets on one event). Rare words find the candidate pairs, so the work
 * grows with the number of articles, not its square. IDF weighting means a sentence that many
 * articles share, such as boilerplate, cannot tie two stories together.
 */
final class StoryClusterer {
  private final CurationConfig settings;

  StoryClusterer(CurationConfig settings) {
    this.settings = settings;
  }

  /** The vectors and features of a set of articles, kept for related stories. */
  record Model(List<Article> articles, List<TextFeatures> features, List<Map<String, Double>> vectors,
      Map<String, List<Integer>> postings) {}

  /** Articles grouped into stories, each group best first (see {@link #best}). */
  record Result(List<List<Article>> groups, Model model) {}

  Result cluster(List<Article> input, SourceWeights weight) {
    List<Article> articles = new ArrayList<>(input);
    articles.sort(Comparator.comparing(Article::effectiveTime, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Article::id));
    int n = articles.size();
    Map<String, Set<String>> branding = Headlines.brandingSuffixes(articles);
    List<TextFeatures> features = new ArrayList<>(n);
    for (Article a : articles) {
      features.add(TextFeatures.of(Headlines.withoutBranding(a, branding), lead(a)));
    }
    Map<String, Integer> df = new HashMap<>();
    for (TextFeatures f : features) {
      f.words.forEach(w -> df.merge(w, 1, Integer::sum));
    }
    List<Map<String, Double>> vectors = new ArrayList<>(n);
    for (TextFeatures f : features) {
      vectors.add(vector(f, df, n));
    }
    Map<String, List<Integer>> postings = postings(features, df, n);
    UnionFind groups = new UnionFind(n);
    Map<String, Integer> byCanonical = new HashMap<>();
    for (int i = 0; i < n; i++) {
      // An article seen twice (another feed, another tracking parameter) is one article.
      Integer twin = byCanonical.putIfAbsent(canonicalKey(articles.get(i)), i);
      if (twin != null) {
        groups.union(twin, i);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j : candidates(i, features, postings)) {
        if (j > i && groups.find(i) != groups.find(j) && withinWindow(articles.get(i), articles.get(j))
            && sameStory(features.get(i), features.get(j), vectors.get(i), vectors.get(j))) {
          groups.union(i, j);
        }
      }
    }
    Map<Integer, List<Article>> byRoot = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(groups.find(i), k -> new ArrayList<>()).add(articles.get(i));
    }
    Comparator<Article> best = best(weight);
    List<List<Article>> result = new ArrayList<>();
    for (List<Article> g : byRoot.values()) {
      g.sort(best);
      result.add(g);
    }
    return new Result(result, new Model(articles, features, vectors, postings));
  }

  boolean sameStory(TextFeatures a, TextFeatures b, Map<String, Double> va, Map<String, Double> vb) {
    if (TextFeatures.resemblance(a, b) >= settings.duplicateThreshold()) {
      return true;
    }
    double cos = cosine(va, vb);
    int shared = 0;
    for (String e : a.entities) {
      if (b.entities.contains(e)) {
        shared++;
      }
    }
    return (cos >= settings.similarityThreshold() && shared >= 1)
        || (cos >= settings.coverageThreshold() && shared >= 2);
  }

  /**
   * The order of a story's articles, best first: the most complete text, then the highest source
   * weight, then the earliest publication, then the id.
   */
  static Comparator<Article> best(SourceWeights weight) {
    return Comparator.<Article>comparingInt(a -> -completeness(a))
        .thenComparingDouble(a -> -weight.of(a))
        .thenComparing(Article::effectiveTime, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::id);
  }

  /** Words of text available for the article, in buckets so that near-equal lengths tie. */
  static int completeness(Article a) {
    int words = a.page() != null && a.page().wordCount() > 0 ? a.page().wordCount()
        : HtmlSanitizer.text(a.summaryHtml()).split("\\s+").length;
    return words / 25;
  }

  private boolean withinWindow(Article a, Article b) {
    if (a.effectiveTime() == null || b.effectiveTime() == null) {
      return true;
    }
    return Duration.between(a.effectiveTime(), b.effectiveTime()).abs().compareTo(settings.window()) <= 0;
  }

  static String lead(Article a) {
    String text = HtmlSanitizer.text(a.summaryHtml());
    if (text.isEmpty() && a.page() != null && a.page().bodyHtml() != null) {
      text = HtmlSanitizer.text(a.page().bodyHtml());
    }
    String[] words = text.split("\\s+");
    return words.length <= 60 ? text : String.join(" ", java.util.Arrays.copyOf(words, 60));
  }

  /** The article's identity as a link: its page's own canonical URL when known (AMP, mirrors), else its link. */
  static String canonicalKey(Article a) {
    if (a.page() != null && a.page().canonicalUrl() != null) {
      return ArticleIds.normalizeLink(a.page().canonicalUrl());
    }
    return a.url() == null ? "id:" + a.id() : ArticleIds.normalizeLink(a.url());
  }

  private static Map<String, Double> vector(TextFeatures f, Map<String, Integer> df, int n) {
    Map<String, Double> v = new LinkedHashMap<>();
    double norm = 0;
    for (Map.Entry<String, Integer> e : f.counts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * (Math.log((n + 1.0) / (df.get(e.getKey()) + 1.0)) + 1);
      v.put(e.getKey(), w);
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    if (length > 0) {
      v.replaceAll((k, w) -> w / length);
    }
    return v;
  }

  static double cosine(Map<String, Double> a, Map<String, Double> b) {
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    double dot = 0;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double w = large.get(e.getKey());
      if (w != null) {
        dot += e.getValue() * w;
      }
    }
    return dot;
  }

  /** Word to articles, for words rare enough to say something (in at most 5% of articles, or 20). */
  private static Map<String, List<Integer>> postings(List<TextFeatures> features, Map<String, Integer> df, int n) {
    int maxDf = Math.max(20, n / 20);
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < features.size(); i++) {
      for (String w : features.get(i).words) {
        if (df.get(w) <= maxDf && df.get(w) > 1) {
          postings.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        }
      }
    }
    return postings;
  }

  static Set<Integer> candidates(int i, List<TextFeatures> features, Map<String, List<Integer>> postings) {
    Set<Integer> found = new HashSet<>();
    for (String w : features.get(i).words) {
      List<Integer> list = postings.get(w);
      if (list != null) {
        found.addAll(list);
      }
    }
    found.remove(i);
    return found;
  }

  /** Disjoint sets with path halving; the smaller index is the root, so results are order-stable. */
  private static final class UnionFind {
    private final int[] parent;

    UnionFind(int n) {
      parent = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra != rb) {
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
      }
    }
  }
}
