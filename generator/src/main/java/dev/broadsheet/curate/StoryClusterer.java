package dev.broadsheet.curate;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.config.CurationConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Groups articles that tell the same story, as an online assignment that each build continues.
 * Articles come in time order; each joins the story whose centroid (the sum of its articles'
 * TF-IDF vectors) it is closest to, if close enough and recent enough, or starts a new story.
 * Stories whose centroids are close are then merged as wholes, and articles new in this build
 * may move to a story that fits them better than the one they joined early. Because an article
 * must resemble a story as a whole, a chain of pairwise-similar but unrelated headlines cannot
 * grow into one story.
 *
 * <p>Articles that earlier builds assigned keep their story, so a story keeps its id (and every
 * URL made from it) as new reports join it over days; those near a new article in time (not a backlog item) are grouped
 * again with it, and a story grouped again keeps the id most of its articles had. Candidates come from an inverted index of
 * terms, so the work grows with the number of articles, not its square.
 */
final class StoryClusterer {
  private static final int REFINE_PASSES = 2;
  private static final double MOVE_MARGIN = 0.05;
  /**
   * How many windows around a new article the articles earlier builds grouped are grouped again:
   * with one, a story built hour by hour still lost fragments that a build of all its reports at
   * once joined (real headlines spread over six days, B-cubed F1 0.812 against 0.830 at once;
   * with two, 0.825).
   */
  static final long OPEN_WINDOWS = 2;
  /**
   * The fewest reports for a story to lead with one of its typical half. A story of a few has no
   * typical report to speak of: its most complete text leads. On the real headlines, 24 of 78
   * stories of three or more reports were led by a report of another event; 9 with this rule from
   * five reports, 10 from three.
   */
  private static final int TYPICAL_FROM = 5;
  /** Copies (a syndicated or re-run article) join their story up to this long after it. */
  static final Duration COPY_WINDOW = Duration.ofDays(30);
  /** The order articles are grouped in: by time (undated first), then id. */
  static final Comparator<Article> IN_TIME = Comparator.comparing(Article::effectiveTime,
      Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder())).thenComparing(Article::id);

  private final CurationConfig settings;
  private final java.util.function.Function<Article, String> languageOf;
  private final LeadingTexts leads;
  private final ArticleAnalyses analyses;

  /** Clusters in the language {@code languageOf} gives each article ({@link ArticleLanguages}). */
  StoryClusterer(CurationConfig settings, java.util.function.Function<Article, String> languageOf, LeadingTexts leads,
      ArticleAnalyses analyses) {
    this.settings = settings;
    this.languageOf = languageOf;
    this.leads = leads;
    this.analyses = analyses;
  }

  /**
   * Articles grouped into stories.
   *
   * @param groups each story's articles, best first (see {@link #best})
   * @param storyIds each group's story id, in the same order
   * @param model the vectors, for related stories and explanations
   */
  record Result(List<List<Article>> groups, List<String> storyIds, List<Map<String, Story.Why>> why, StoryModel model) {}

  Result cluster(List<Article> input, SourceWeights weight, Map<String, String> previous) {
    return cluster(input, weight, previous, Headlines.brandingSuffixes(input));
  }

  /** As above, headlines read without the {@code branding} suffixes of their source ({@link Headlines#brandingSuffixes}). */
  Result cluster(List<Article> input, SourceWeights weight, Map<String, String> previous,
      Map<String, java.util.Set<String>> branding) {
    return cluster(input, weight, previous, branding, false);
  }

  /**
   * As above; with {@code regroupAll}, every article is grouped again as the new ones' neighbours
   * are, its story in {@code previous} only naming the stories (a build whose records were made under
   * other settings or languages: what they grouped is not what these would).
   */
  Result cluster(List<Article> input, SourceWeights weight, Map<String, String> previous,
      Map<String, java.util.Set<String>> branding, boolean regroupAll) {
    return cluster(input, weight, previous, branding, regroupAll, java.util.Set.of());
  }

  /**
   * As above, the articles of the stories in {@code regrouped} grouped again too, as the new ones'
   * neighbours are: stories whose reports changed since they were grouped (a headline rewritten, a
   * pick's title edited), whose old grouping may no longer hold.
   */
  Result cluster(List<Article> input, SourceWeights weight, Map<String, String> previous,
      Map<String, java.util.Set<String>> branding, boolean regroupAll, java.util.Set<String> regrouped) {
    List<Article> articles = new ArrayList<>(input);
    articles.sort(IN_TIME);
    StoryModel model = StoryModel.of(articles, languageOf, settings.window().toMillis(), leads, analyses, branding);
    Assignment assignment = new Assignment(model, settings);
    List<Integer> fresh = new ArrayList<>();
    Map<String, Integer> byCanonical = new HashMap<>();
    Map<String, Integer> byHeadline = new HashMap<>();
    Map<String, Integer> seededSizes = new HashMap<>();
    // Articles near in time to a new one are grouped again with it, as a build of all of them at
    // once would group them: a story first reported in fragments, built hour by hour, still comes
    // together. Their stories keep their ids (Assignment#nameNewStories); older articles keep theirs.
    OpenTimes open = OpenTimes.around(articles, previous, OPEN_WINDOWS * settings.window().toMillis());
    // Normalising every link is the longest step of this otherwise light loop: done beforehand, side by side.
    String[] canonical = articles.parallelStream().map(StoryClusterer::canonicalKey).toArray(String[]::new);
    Map<Integer, String> reopened = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      String before = previous.get(articles.get(i).id());
      if (before != null && (regroupAll || regrouped.contains(before) || open.contains(model.get(i).time()))) {
        reopened.put(i, before);
      } else if (before != null) {
        seededSizes.merge(before, 1, Integer::sum);
      }
    }
    for (int i = 0; i < articles.size(); i++) {
      String before = reopened.containsKey(i) ? null : previous.get(articles.get(i).id());
      // An article seen twice (another feed, a tracking parameter, an AMP page) is one article,
      // and a copy under the same headline (syndication, a re-run) is the same story, up to
      // COPY_WINDOW apart: further apart, it is told again (and a build that settles the stories
      // far from a new article sees no further).
      Integer twin = byCanonical.put(canonical[i], i);
      String headline = model.get(i).headlineKey();
      Integer copy = headline.isEmpty() ? null : byHeadline.get(headline);
      if (before != null) {
        assignment.seed(i, before, seededSizes.get(before));
      } else if (twin != null && Math.abs(model.get(twin).time() - model.get(i).time()) <= COPY_WINDOW.toMillis()) {
        assignment.join(i, assignment.storyOf(twin));
      } else if (copy != null && Math.abs(model.get(copy).time() - model.get(i).time()) <= COPY_WINDOW.toMillis()) {
        assignment.join(i, assignment.storyOf(copy));
      } else {
        fresh.add(i);
        assignment.assign(i);
      }
      if (!headline.isEmpty()) {
        byHeadline.put(headline, i);
      }
    }
    assignment.mergeStories();
    // Copies stay with their original; only articles placed by similarity may move.
    for (int pass = 0; pass < REFINE_PASSES; pass++) {
      if (!assignment.refine(fresh, MOVE_MARGIN)) {
        break;
      }
    }
    assignment.nameNewStories(reopened);
    return result(assignment, model, weight);
  }

  private static Result result(Assignment assignment, StoryModel model, SourceWeights weight) {
    // Each story's order and explanations read only the finished model: made side by side, in order.
    record Made(List<Article> group, Map<String, Story.Why> reasons) {}
    List<Cluster> clusters = assignment.clusters();
    List<Made> made = clusters.parallelStream().map(c -> {
      List<Article> group = new ArrayList<>();
      Map<String, Story.Why> reasons = new HashMap<>();
      Map<Article, Integer> complete = new java.util.IdentityHashMap<>();
      for (int i : c.members()) {
        group.add(model.get(i).article());
        reasons.put(model.get(i).article().id(), model.why(c, i));
        complete.put(model.get(i).article(), model.get(i).completeness());
      }
      // In a story of many reports, those as alike the rest as most are come first: one that joined
      // on a shared word or two (the earliest, say) would head it with another event's headline.
      double[] alike = group.stream().mapToDouble(a -> reasons.get(a.id()).similarity()).sorted().toArray();
      double typical = group.size() < TYPICAL_FROM ? 0 : alike[alike.length / 2];
      group.sort(Comparator.comparing((Article a) -> reasons.get(a.id()).similarity() < typical)
          .thenComparing(best(complete::get, weight)));
      return new Made(group, reasons);
    }).toList();
    List<List<Article>> groups = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Map<String, Story.Why>> why = new ArrayList<>();
    for (int c = 0; c < clusters.size(); c++) {
      groups.add(made.get(c).group());
      ids.add(clusters.get(c).id());
      why.add(made.get(c).reasons());
    }
    model.setClusters(clusters);
    return new Result(groups, ids, why, model);
  }

  /**
   * The order of a story's articles, best first: the most complete text, then the highest source
   * weight, then the earliest publication, then the id; in a story of {@link #TYPICAL_FROM} reports
   * or more, among those at least as alike the rest of their story as its median report first.
   */
  static Comparator<Article> best(ToIntFunction<Article> completeness, SourceWeights weight) {
    return Comparator.<Article>comparingInt(a -> -completeness.applyAsInt(a))
        .thenComparingDouble(a -> -weight.of(a))
        .thenComparing(Article::effectiveTime, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::id);
  }

  /** Words of text available for the article, in buckets so that near-equal lengths tie. */
  static int completeness(Article a) {
    int words = a.page() != null && a.page().wordCount() > 0 ? a.page().wordCount()
        : a.contentHtml() != null ? wordsIn(a.contentHtml()) : wordsIn(a.summaryHtml());
    return words / 25;
  }

  /**
   * The words of sanitized HTML, counted without parsing it: runs of characters between white
   * space and tags. A full-text summary is thousands of words and only its size in buckets of 25
   * matters here; a word split by an inline tag counting twice does not move it.
   */
  static int wordsIn(String html) {
    if (html == null) {
      return 0;
    }
    int words = 0;
    boolean inWord = false;
    boolean inTag = false;
    // Over an array: charAt costs several times more under the quick compiler the CLI runs with.
    char[] text = html.toCharArray();
    for (int i = 0; i < text.length; i++) {
      char c = text[i];
      if (inTag) {
        inTag = c != '>';
      } else if (c == '<') {
        inTag = true;
        inWord = false;
      } else if (c > ' ' && c < 0xA0 && c != '&') {
        // A letter, digit or sign of the common range: no lookup (isSpace is not inlined by C1).
        if (!inWord) {
          inWord = true;
          words++;
        }
      } else if (isSpace(c) || c == '&' && html.startsWith("&nbsp;", i)) {
        // A text's no-break spaces separate its words too.
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        words++;
      }
    }
    return words;
  }

  /** White space, the no-break space included; the common cases decided without a table lookup. */
  private static boolean isSpace(char c) {
    if (c <= ' ') {
      return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0B;
    }
    return c >= 0xA0 && (c == 0xA0 || Character.isWhitespace(c));
  }

  /** The article's identity as a link: its page's own canonical URL when known (AMP, mirrors), else its link. */
  static String canonicalKey(Article a) {
    if (a.page() != null && a.page().canonicalUrl() != null) {
      return ArticleIds.normalizeLink(a.page().canonicalUrl());
    }
    return a.url() == null ? "id:" + a.id() : ArticleIds.normalizeLink(a.url());
  }
}
