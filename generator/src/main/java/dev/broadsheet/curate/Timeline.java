package dev.broadsheet.curate;

import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Articles by time, then id, with their times beside them: each time read once, where sorting
 * 100,000 articles by a comparator that reads them makes millions of comparisons.
 *
 * @param articles the articles in that order
 * @param times each article's time ({@link StoryModel#timeOf}), in the same order
 */
record Timeline(List<Article> articles, long[] times) {
  static Timeline of(Collection<Article> articles) {
    record Timed(long time, Article article) {}
    Timed[] timed = new Timed[articles.size()];
    int n = 0;
    for (Article a : articles) {
      timed[n++] = new Timed(StoryModel.timeOf(a), a);
    }
    // Written out rather than composed, which costs several calls a comparison under the quick
    // compiler; on every core (the whole store, every build).
    java.util.Arrays.parallelSort(timed, (x, y) -> x.time() != y.time() ? Long.compare(x.time(), y.time())
        : x.article().id().compareTo(y.article().id()));
    List<Article> sorted = new ArrayList<>(timed.length);
    long[] times = new long[timed.length];
    for (int i = 0; i < times.length; i++) {
      sorted.add(timed[i].article());
      times[i] = timed[i].time();
    }
    return new Timeline(sorted, times);
  }
}
