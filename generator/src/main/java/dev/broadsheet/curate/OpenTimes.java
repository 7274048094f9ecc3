package dev.broadsheet.curate;

import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The times within one window of an article that no build has grouped yet: the stretch of the
 * store that a new article can change the grouping of. Disjoint intervals, in order.
 */
final class OpenTimes {
  private final long[] from;
  private final long[] to;

  private OpenTimes(long[] from, long[] to) {
    this.from = from;
    this.to = to;
  }

  /** Around the articles of {@code articles} (sorted by time) that {@code previous} has no story for. */
  static OpenTimes around(List<Article> articles, Map<String, String> previous, long window) {
    List<long[]> intervals = new ArrayList<>();
    for (Article a : articles) {
      if (previous.containsKey(a.id())) {
        continue;
      }
      long t = StoryModel.timeOf(a);
      // Only news: an item dated long before it was first seen (a new source's backlog, a source
      // put back, a pick of an old page) leaves the old stories around it as they are.
      if (a.firstSeen() == null || t < a.firstSeen().toEpochMilli() - window) {
        continue;
      }
      long start = t - window;
      long end = t + window;
      long[] last = intervals.isEmpty() ? null : intervals.get(intervals.size() - 1);
      if (last != null && start <= last[1]) {
        last[1] = Math.max(last[1], end);
      } else {
        intervals.add(new long[] {start, end});
      }
    }
    long[] from = new long[intervals.size()];
    long[] to = new long[intervals.size()];
    for (int k = 0; k < intervals.size(); k++) {
      from[k] = intervals.get(k)[0];
      to[k] = intervals.get(k)[1];
    }
    return new OpenTimes(from, to);
  }

  boolean contains(long time) {
    int low = 0;
    int high = from.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (to[mid] < time) {
        low = mid + 1;
      } else if (from[mid] > time) {
        high = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }
}
