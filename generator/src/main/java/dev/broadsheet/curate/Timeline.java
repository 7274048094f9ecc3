package dev.broadsheet.curate;

import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
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
    List<Timed> timed = new ArrayList<>(articles.size());
    articles.forEach(a -> timed.add(new Timed(StoryModel.timeOf(a), a)));
    timed.sort(Comparator.comparingLong(Timed::time).thenComparing(t -> t.article().id()));
    List<Article> sorted = new ArrayList<>(timed.size());
    long[] times = new long[timed.size()];
    for (int i = 0; i < times.length; i++) {
      sorted.add(timed.get(i).article());
      times[i] = timed.get(i).time();
    }
    return new Timeline(sorted, times);
  }
}
