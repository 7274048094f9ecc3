package dev.broadsheet.curate;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The articles of one curation as text features: each article's analysed headline and lead, its
 * TF-IDF vector over the whole set, and (once clustered) each story's centroid. Shared by story
 * clustering, related stories and the explanations in {@code --debug}.
 */
final class StoryModel {
  private static final int LEAD_WORDS = 60;
  /** Enough characters for LEAD_WORDS words nearly always. */
  static final int LEAD_CHARS = LEAD_WORDS * 20;

  /**
   * One article as curation sees it.
   *
   * @param time when it counts as published, in epoch milliseconds (0 when unknown)
   * @param vector its headline and lead as TF-IDF weights
   * @param headlineVector the headline alone: what the story is about, without the detail of its lead
   * @param proposing its terms rare enough around its time to propose candidate stories
   * @param headlineKey the headline's distinct terms in order: equal for copies of one headline, empty when too short to tell
   * @param hasLead whether it has a lead (a summary or a body) besides its headline
   * @param completeness the words of text it has, in buckets ({@link StoryClusterer#completeness})
   */
  record Features(Article article, long time, SparseVector vector, SparseVector headlineVector, int[] proposing,
      String headlineKey, boolean hasLead, int completeness) {}

  private final List<Features> features;
  private final ArticleVectors vocabulary;
  private List<Cluster> clusters = List.of();

  private StoryModel(List<Features> features, ArticleVectors vocabulary) {
    this.features = features;
    this.vocabulary = vocabulary;
  }

  static StoryModel of(List<Article> articles, String language, long windowMillis, LeadingTexts leads) {
    return of(articles, a -> language, windowMillis, leads, ArticleAnalyses.none());
  }

  /** As below, every article in {@code language}. */
  static StoryModel of(List<Article> articles, String language, long windowMillis, LeadingTexts leads,
      ArticleAnalyses kept) {
    return of(articles, a -> language, windowMillis, leads, kept);
  }

  /**
   * The model of {@code articles}, each analysed in the language {@code languageOf} gives it,
   * taking its analysed text from {@code kept} when it has it.
   */
  static StoryModel of(List<Article> articles, Function<Article, String> languageOf, long windowMillis,
      LeadingTexts leads, ArticleAnalyses kept) {
    return of(articles, languageOf, windowMillis, leads, kept, Headlines.brandingSuffixes(articles));
  }

  /**
   * As above, each source's headlines read without the {@code branding} suffixes found over all of
   * its articles (the model may be of some of them only).
   */
  static StoryModel of(List<Article> articles, Function<Article, String> languageOf, long windowMillis,
      LeadingTexts leads, ArticleAnalyses kept, Map<String, Set<String>> branding) {
    ArticleVectors vocabulary = new ArticleVectors(windowMillis);
    List<ArticleAnalyses.Analysed> analysed = analyse(articles, languageOf, leads, kept, branding);
    NameSpellings spellings = new NameSpellings();
    for (ArticleAnalyses.Analysed a : analysed) {
      spellings.learn(a.text().title());
      spellings.learn(a.text().lead());
    }
    // Once learned, the spellings are only read: each text's found side by side; counted in order.
    List<ArticleVectors.Text> texts = analysed.parallelStream().map(a -> new ArticleVectors.Text(
        spellings.withOtherSpellings(a.text().title()), spellings.withOtherSpellings(a.text().lead()))).toList();
    List<ArticleVectors.Ids> ids = new ArrayList<>(articles.size());
    for (int i = 0; i < analysed.size(); i++) {
      ids.add(vocabulary.observe(texts.get(i), timeOf(articles.get(i))));
    }
    vocabulary.observed();
    // Vectors read the finished counts only: made side by side in runs of neighbouring articles
    // (sorted by time, so a run shares its terms' counts, kept per run), joined in order. A run's
    // table starts with room for MAX_TERMS pairs of (term, time bucket) per article: an estimate
    // (a text may have more distinct terms, and a run's articles share many), not a bound.
    List<List<Features>> made = Runs.inOrder(texts.size(), (from, to) -> {
      LongIntMap counts = new LongIntMap((to - from) * ArticleVectors.MAX_TERMS);
      List<Features> run = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        run.add(features(articles.get(i), texts.get(i), headlineKey(analysed.get(i).text()), ids.get(i),
            analysed.get(i).completeness(), vocabulary, counts));
      }
      return run;
    });
    List<Features> features = new ArrayList<>(articles.size());
    made.forEach(features::addAll);
    return new StoryModel(features, vocabulary);
  }

  /**
   * Each article's headline and lead as analysed terms, in the language {@code languageOf} gives
   * it, each source's headlines read without its {@code branding}; taken from {@code kept} when it has them.
   */
  static List<ArticleAnalyses.Analysed> analyse(List<Article> articles, Function<Article, String> languageOf,
      LeadingTexts leads, ArticleAnalyses kept, Map<String, Set<String>> branding) {
    // One analysis per language, made before the articles are analysed side by side (Lucene's
    // analyzers keep their state per thread); a site in one language has one.
    Map<String, TextAnalysis> analyses = new HashMap<>();
    try {
      for (Article a : articles) {
        analyses.computeIfAbsent(analysisKey(languageOf.apply(a)), TextAnalysis::new);
      }
      return articles.parallelStream().map(article -> kept.of(article, branding.get(Headlines.owner(article)),
          a -> {
            TextAnalysis analysis = analyses.get(analysisKey(languageOf.apply(a)));
            return new ArticleAnalyses.Analysed(new ArticleVectors.Text(analysis.tokens(Headlines.storyText(a, branding)),
                analysis.tokens(lead(a, leads))), StoryClusterer.completeness(a));
          })).toList();
    } finally {
      analyses.values().forEach(TextAnalysis::close);
    }
  }

  private static Features features(Article article, ArticleVectors.Text text, String headlineKey,
      ArticleVectors.Ids ids, int completeness, ArticleVectors vocabulary, LongIntMap counts) {
    long time = timeOf(article);
    SparseVector vector = vocabulary.vector(ids, time, counts);
    int documents = vocabulary.localDocuments(time);
    int[] proposing = Arrays.stream(vector.terms()).filter(t -> !vocabulary.commonAt(t, time, documents, counts))
        .toArray();
    return new Features(article, time, vector, vocabulary.vector(ids.titleOnly(), time, counts), proposing,
        headlineKey, !text.lead().isEmpty(), completeness);
  }

  /** Languages analysed alike share one analysis: regions do not change how words are stemmed. */
  private static String analysisKey(String language) {
    return language == null ? "" : dev.broadsheet.base.LanguageTags.primary(language);
  }

  static long timeOf(Article a) {
    return a.effectiveTime() == null ? 0 : a.effectiveTime().toEpochMilli();
  }

  /**
   * The headline's distinct terms, sorted: equal for copies of one headline, empty when too short
   * to tell. Read as analysed, before other spellings of names are added: the same for an article
   * whether or not the model it is in holds the other spelling.
   */
  static String headlineKey(ArticleVectors.Text text) {
    Set<String> terms = new TreeSet<>();
    text.title().forEach(t -> terms.add(t.term()));
    return terms.size() >= 4 ? String.join(" ", terms) : "";
  }

  /** The summary, or else the start of the extracted body: the first words of the article. */
  static String lead(Article a, LeadingTexts leads) {
    // The opening (at least LEAD_CHARS characters, or all of it) holds LEAD_WORDS words nearly always.
    String text = leads.of(a.summaryHtml(), LEAD_CHARS);
    if (text.isEmpty() && a.page() != null && a.page().bodyHtml() != null) {
      text = leads.of(a.page().bodyHtml(), LEAD_CHARS);
    }
    return firstWords(text, LEAD_WORDS);
  }

  /** The text if it has at most {@code n} words, else its first {@code n} words joined by spaces. */
  static String firstWords(String text, int n) {
    List<String> words = new ArrayList<>(n);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || isSpace(text.charAt(i));
      if (!space && start < 0) {
        start = i;
      } else if (space && start >= 0) {
        if (words.size() == n) {
          return String.join(" ", words);
        }
        words.add(text.substring(start, i));
        start = -1;
      }
    }
    return text;
  }

  /** White space as the regular expression {@code \s} has it. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  int size() {
    return features.size();
  }

  Features get(int i) {
    return features.get(i);
  }

  ArticleVectors vocabulary() {
    return vocabulary;
  }

  void setClusters(List<Cluster> clusters) {
    this.clusters = List.copyOf(clusters);
  }

  List<Cluster> clusters() {
    return clusters;
  }

  /**
   * Why an article is in its story: its similarity to the rest of the story (the centroid without
   * it) and the heaviest words it shares with it, names first marked as such.
   */
  Story.Why why(Cluster cluster, int article) {
    SparseVector v = features.get(article).vector();
    Centroid sum = cluster.centroid();
    // The rest of the story is the sum without this article: |S - v|² = |S|² - 2 S·v + |v|².
    double dot = sum.dot(v);
    double vv = v.dot(v);
    double restNorm = Math.sqrt(Math.max(0, sum.norm() * sum.norm() - 2 * dot + vv));
    double similarity = cluster.members().size() > 1 && restNorm > 1e-9 ? (dot - vv) / restNorm : 0;
    record Shared(int term, double weight) {}
    List<Shared> shared = new ArrayList<>();
    for (int k = 0; k < v.terms().length; k++) {
      double rest = sum.get(v.terms()[k]) - v.weights()[k];
      if (rest > 1e-6) {
        shared.add(new Shared(v.terms()[k], rest * v.weights()[k]));
      }
    }
    shared.sort((x, y) -> x.weight() != y.weight() ? Double.compare(y.weight(), x.weight()) : Integer.compare(x.term(), y.term()));
    List<String> words = new ArrayList<>();
    for (Shared s : shared.subList(0, Math.min(6, shared.size()))) {
      words.add(vocabulary.term(s.term()) + (vocabulary.names(s.term()) ? " (name)" : ""));
    }
    return new Story.Why(features.get(article).article().id(), Math.round(similarity * 100) / 100.0, words);
  }
}
