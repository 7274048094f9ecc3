package dev.broadsheet.curate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * For each story, the k other stories most alike as wholes (cosine of their centroids), from the
 * days around it; never itself, never a story under the same headline. Two stories must share at
 * least two weighty terms, so one shared place name or section word does not make them related.
 * Candidates come from an inverted index of the centroids' terms and a bounded heap keeps the k
 * best, so the work grows with the number of stories, not its square.
 */
final class RelatedStories {
  private static final double MINIMUM = 0.2;
  private static final int MIN_SHARED_TERMS = 2;
  private static final int TERMS = 30;

  private RelatedStories() {}

  /**
   * Related stories, and which stories are so alike that a reader would take them for one event.
   *
   * @param related story id to the ids of its related stories, most related first
   * @param alike pairs of story ids ({@link #pair}) at least as alike as two stories that merge
   */
  record Result(Map<String, List<String>> related, Set<String> alike) {
    boolean alike(String a, String b) {
      return alike.contains(pair(a, b));
    }
  }

  static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
  }

  static Result find(List<Story> stories, StoryModel model, int k, int days, double sameEvent) {
    Map<String, List<String>> related = new HashMap<>();
    Set<String> alike = new HashSet<>();
    Map<String, Story> byId = new HashMap<>();
    stories.forEach(s -> byId.put(s.id(), s));
    List<Assignment.Cluster> clusters = model.clusters().stream().filter(c -> byId.containsKey(c.id())).toList();
    int n = clusters.size();
    Story[] story = new Story[n];
    SparseVector[] vectors = new SparseVector[n];
    long[] times = new long[n];
    long window = Duration.ofDays(days).toMillis();
    TermTimeIndex index = new TermTimeIndex(window);
    int maxDf = Math.max(20, model.size() / 20);
    for (int c = 0; c < n; c++) {
      story[c] = byId.get(clusters.get(c).id());
      vectors[c] = clusters.get(c).centroid().top(TERMS);
      times[c] = story[c].time() == null ? 0 : story[c].time().toEpochMilli();
      for (int term : vectors[c].terms()) {
        if (model.vocabulary().df(term) <= maxDf) {
          index.add(term, times[c], c);
        }
      }
    }
    record Match(Story story, double similarity) {}
    Comparator<Match> worstFirst = Comparator.comparingDouble(Match::similarity)
        .thenComparing(m -> m.story().id(), Comparator.reverseOrder());
    int[] visited = new int[n];
    for (int c = 0; c < n; c++) {
      Story s = story[c];
      PriorityQueue<Match> best = new PriorityQueue<>(worstFirst);
      int stamp = c + 1;
      int self = c;
      for (int term : vectors[c].terms()) {
        index.visit(term, times[c] - window, times[c] + window, o -> {
          if (o == self || visited[o] == stamp || Math.abs(times[o] - times[self]) > window) {
            return;
          }
          visited[o] = stamp;
          if (vectors[self].shared(vectors[o]) < MIN_SHARED_TERMS) {
            return;
          }
          double sim = vectors[self].dot(vectors[o]);
          if (sim >= sameEvent) {
            alike.add(pair(s.id(), story[o].id()));
          }
          if (sim >= MINIMUM && k > 0) {
            best.add(new Match(story[o], sim));
            if (best.size() > k * 3) {
              best.poll();
            }
          }
        });
      }
      List<Match> ranked = new ArrayList<>(best);
      ranked.sort(worstFirst.reversed());
      // Two stories under one headline (a copy carried again days later) would read as a repeat.
      Set<String> headlines = new LinkedHashSet<>();
      headlines.add(Headlines.fold(s.lead().article().title()));
      List<String> chosen = new ArrayList<>();
      for (Match m : ranked) {
        if (chosen.size() < k && headlines.add(Headlines.fold(m.story().lead().article().title()))) {
          chosen.add(m.story().id());
        }
      }
      related.put(s.id(), chosen);
    }
    return new Result(related, alike);
  }
}
