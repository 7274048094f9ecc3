package dev.broadsheet.curate;

import dev.broadsheet.base.Slugs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * For each story, the k other stories most alike as wholes (cosine of the sums of their headline
 * vectors: a headline says what a story is about, a lead adds detail that other stories lack), from the
 * days around it; never itself, never a story under the same headline. Two stories must share a
 * word that says what happened (not a name, a place or a number), so a shared place name alone
 * does not make them related; two that share only one such word must be more alike than others
 * ({@link #ONE_WORD_MINIMUM}): one word in common is as often "vote", "deal" or "winter" as a topic.
 * Candidates come from an inverted index of the centroids' terms and a bounded heap keeps the k
 * best, so the work grows with the number of stories, not its square.
 */
final class RelatedStories {
  private static final double MINIMUM = 0.1;
  /**
   * How alike two stories that share one word saying what happened must be to be related. On the
   * real headlines of the clustering corpus (bench/related-stories.sh), links between stories of the
   * same news category went from 0.75 to 0.77 of all links (3,285 headlines) and from 0.67 to 0.75
   * (a 192-headline digest), losing 12% and 22% of the links, most of them across categories.
   */
  static final double ONE_WORD_MINIMUM = 0.2;
  /** A related story must be at least this share as alike as the most related one: no filler. */
  private static final double RELATIVE_MINIMUM = 0.6;
  private static final int TERMS = 30;

  private RelatedStories() {}

  /**
   * Related stories, and which stories are so alike that a reader would take them for one event.
   *
   * @param related story id to the ids of its related stories, most related first
   * @param alike pairs of story ids at least as alike as two stories that merge, whose shown
   *     headlines are at least as alike as related stories must be
   */
  record Result(Map<String, List<String>> related, Set<Pair> alike) {
    boolean alike(String a, String b) {
      return alike.contains(Pair.of(a, b));
    }
  }

  /** Two story ids, the lesser first. */
  record Pair(String first, String second) {
    static Pair of(String a, String b) {
      return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
    }
  }

  /**
   * A story's headlines as a topic vector. Each word weighs (1 + log tf) × IDF × log(1 + df),
   * counted over the articles within the related-stories window: IDF alone favours the rarest
   * word, which suits telling events apart; a topic is a word that several stories of those days
   * use ("storm" in a stormy week), while a word only two articles share ("end") is more likely
   * chance.
   */
  private static SparseVector topic(Cluster cluster, StoryModel model, long time, long span) {
    java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
    for (int i : cluster.members()) {
      for (int term : model.get(i).headlineVector().terms()) {
        counts.merge(term, 1, Integer::sum);
      }
    }
    ArticleVectors vocabulary = model.vocabulary();
    int documents = vocabulary.localDocuments(time, span);
    int[] terms = new int[counts.size()];
    double[] weights = new double[counts.size()];
    int k = 0;
    for (var e : counts.entrySet()) {
      int df = Math.max(1, vocabulary.localDf(e.getKey(), time, span));
      terms[k] = e.getKey();
      weights[k++] = (1 + Math.log(e.getValue())) * (Math.log((documents + 1.0) / (df + 1.0)) + 1) * Math.log(1 + df);
    }
    Centroid sum = new Centroid();
    float[] w = new float[terms.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = (float) weights[i];
    }
    sum.add(new SparseVector(terms, w));
    return sum.top(TERMS);
  }

  /** The headline vector of the report {@code story} shows, or an empty vector when the cluster lacks it. */
  private static SparseVector shownHeadline(Cluster cluster, Story story, StoryModel model) {
    String lead = story.lead().article().id();
    for (int i : cluster.members()) {
      if (model.get(i).article().id().equals(lead)) {
        return model.get(i).headlineVector();
      }
    }
    return new SparseVector(new int[0], new float[0]);
  }

  /** How many words that say what happened (not names) {@code a} and {@code b} share: 0, 1, or 2 for more. */
  private static int sharesWhatHappened(SparseVector a, SparseVector b, ArticleVectors vocabulary) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.terms().length && j < b.terms().length) {
      if (a.terms()[i] == b.terms()[j]) {
        if (!vocabulary.names(a.terms()[i]) && ++shared == 2) {
          return shared;
        }
        i++;
        j++;
      } else if (a.terms()[i] < b.terms()[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  static Result find(List<Story> stories, StoryModel model, int k, int days, double sameEvent) {
    return find(stories, model, k, days, sameEvent, id -> true);
  }

  /**
   * As above, related stories found only for the stories {@code relating} accepts (the others are
   * candidates only), and only the pairs alike that hold one of them. Those pairs are looked for
   * from both of their stories, as among all stories: a story is found only by the words that are
   * not common at its own time, so one of two stories may find the other and not be found by it.
   */
  static Result find(List<Story> stories, StoryModel model, int k, int days, double sameEvent,
      java.util.function.Predicate<String> relating) {
    Map<String, List<String>> related = new HashMap<>();
    Set<Pair> alike = new HashSet<>();
    Map<String, Story> byId = new HashMap<>();
    stories.forEach(s -> byId.put(s.id(), s));
    List<Cluster> clusters = model.clusters().stream().filter(c -> byId.containsKey(c.id())).toList();
    int n = clusters.size();
    Story[] story = new Story[n];
    long[] times = new long[n];
    long window = Duration.ofDays(days).toMillis();
    for (int c = 0; c < n; c++) {
      story[c] = byId.get(clusters.get(c).id());
      times[c] = story[c].time() == null ? 0 : story[c].time().toEpochMilli();
    }
    // Topics read only the finished model: made side by side.
    SparseVector[] vectors = java.util.stream.IntStream.range(0, n).parallel()
        .mapToObj(c -> topic(clusters.get(c), model, times[c], window)).toArray(SparseVector[]::new);
    TermTimeIndex index = new TermTimeIndex(window, n * (ArticleVectors.MAX_TERMS / 4));
    for (int c = 0; c < n; c++) {
      for (int term : vectors[c].terms()) {
        if (!model.vocabulary().commonAt(term, times[c])) {
          index.add(term, times[c], c);
        }
      }
    }
    // Each story's neighbours read only the finished index: found side by side in runs of
    // stories, each run with its own visit marks, and joined in order.
    // Headlines as compared (folded), once per story: a story's own and its candidates' are compared.
    String[] headlines = java.util.stream.IntStream.range(0, n).parallel()
        .mapToObj(c -> Slugs.fold(story[c].lead().article().title())).toArray(String[]::new);
    // The headline each story shows, as a vector: what a reader compares when two stories look like
    // one. Its lead is one of its cluster's members, found there, not in a table of every article.
    SparseVector[] shownHeadlines = java.util.stream.IntStream.range(0, n).parallel()
        .mapToObj(c -> shownHeadline(clusters.get(c), story[c], model)).toArray(SparseVector[]::new);
    Neighbourhoods all = new Neighbourhoods(story, vectors, times, headlines, shownHeadlines, index, model.vocabulary(),
        window);
    List<Found> found = Runs.inOrder(n, (from, to) -> {
      Found run = new Found(new ArrayList<>(), new ArrayList<>());
      int[] visited = new int[n];
      List<Pair> pairs = new ArrayList<>();
      for (int c = from; c < to; c++) {
        boolean relates = relating.test(story[c].id());
        Map.Entry<String, List<String>> list = all.related(c, visited, relates ? k : 0, sameEvent, pairs);
        if (relates) {
          run.related().add(list);
          run.alike().addAll(pairs);
        } else {
          pairs.stream().filter(p -> relating.test(p.first()) || relating.test(p.second())).forEach(run.alike()::add);
        }
        pairs.clear();
      }
      return run;
    });
    for (Found run : found) {
      run.related().forEach(e -> related.put(e.getKey(), e.getValue()));
      alike.addAll(run.alike());
    }
    return new Result(related, alike);
  }

  /** What one run of stories found: each story's related ones, and the pairs alike enough to be one event. */
  private record Found(List<Map.Entry<String, List<String>>> related, List<Pair> alike) {}

  /** Story number {@code index} as a candidate. */
  private record Match(int index, Story story, double similarity) {}

  private static final Comparator<Match> WORST_FIRST = Comparator.comparingDouble(Match::similarity)
      .thenComparing(m -> m.story().id(), Comparator.reverseOrder());

  /** The stories with their topic vectors and times, and an index of their terms by time. */
  private record Neighbourhoods(Story[] story, SparseVector[] vectors, long[] times, String[] headlines,
      SparseVector[] shownHeadlines, TermTimeIndex index, ArticleVectors vocabulary, long window) {
    /**
     * Story {@code c}'s related stories, most related first; pairs alike enough to be one event
     * go to {@code alike}. {@code visited} marks stories already compared (by {@code c + 1}).
     */
    Map.Entry<String, List<String>> related(int c, int[] visited, int k, double sameEvent, List<Pair> alike) {
      Story s = story[c];
      PriorityQueue<Match> best = new PriorityQueue<>(WORST_FIRST);
      int stamp = c + 1;
      for (int term : vectors[c].terms()) {
        index.visit(term, times[c] - window, times[c] + window, o -> {
          if (o == c || visited[o] == stamp || Math.abs(times[o] - times[c]) > window) {
            return;
          }
          visited[o] = stamp;
          int shared = sharesWhatHappened(vectors[c], vectors[o], vocabulary);
          if (shared == 0) {
            return;
          }
          double sim = vectors[c].dot(vectors[o]);
          // One event as a reader would see it: the stories alike as wholes, and the headlines they
          // show alike too (a big story's many headlines share a word with almost anything).
          if (sim >= sameEvent && shownHeadlines[c].dot(shownHeadlines[o]) >= MINIMUM) {
            alike.add(Pair.of(s.id(), story[o].id()));
          }
          if (sim >= (shared == 1 ? ONE_WORD_MINIMUM : MINIMUM) && k > 0) {
            best.add(new Match(o, story[o], sim));
            if (best.size() > k * 3) {
              best.poll();
            }
          }
        });
      }
      List<Match> ranked = new ArrayList<>(best);
      ranked.sort(WORST_FIRST.reversed());
      // Two stories under one headline (a copy carried again days later) would read as a repeat.
      Set<String> shown = new HashSet<>();
      shown.add(headlines[c]);
      List<String> chosen = new ArrayList<>();
      double floor = ranked.isEmpty() ? 0 : ranked.get(0).similarity() * RELATIVE_MINIMUM;
      for (Match m : ranked) {
        if (chosen.size() < k && m.similarity() >= floor
            && shown.add(headlines[m.index()])) {
          chosen.add(m.story().id());
        }
      }
      return Map.entry(s.id(), chosen);
    }
  }
}
