package dev.broadsheet.curate;

import dev.broadsheet.store.Article;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Groups articles that are the same story carried by several outlets: here, the same headline
 * (ignoring case, accents and punctuation) within a few days. Each group is ordered best first:
 * the publisher's own copy before a syndicated one, then the higher source weight, the longer
 * summary, the earlier publication, and finally the id, so the order never depends on input order.
 */
final class StoryGrouper {
  private static final Duration WINDOW = Duration.ofDays(3);

  private StoryGrouper() {}

  static List<List<Article>> group(Collection<Article> articles, ToDoubleFunction<Article> weight) {
    List<Article> byTime = new ArrayList<>(articles);
    byTime.sort(Comparator.comparing(Article::effectiveTime, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(Article::id));
    Map<String, List<Article>> open = new HashMap<>();
    List<List<Article>> groups = new ArrayList<>();
    for (Article a : byTime) {
      String key = titleKey(a.title());
      List<Article> group = key.length() < 12 ? null : open.get(key);
      if (group != null && within(group.get(0), a)) {
        group.add(a);
      } else {
        group = new ArrayList<>();
        group.add(a);
        groups.add(group);
        if (key.length() >= 12) {
          open.put(key, group);
        }
      }
    }
    Comparator<Article> best = Comparator.<Article>comparingInt(a -> a.via() == null ? 0 : 1)
        .thenComparingDouble(a -> -weight.applyAsDouble(a))
        .thenComparingInt(a -> -(a.summaryHtml() == null ? 0 : a.summaryHtml().length()))
        .thenComparing(Article::effectiveTime, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(Article::id);
    groups.forEach(g -> g.sort(best));
    return groups;
  }

  private static boolean within(Article first, Article next) {
    if (first.effectiveTime() == null || next.effectiveTime() == null) {
      return true;
    }
    return Duration.between(first.effectiveTime(), next.effectiveTime()).compareTo(WINDOW) <= 0;
  }

  static String titleKey(String title) {
    String folded = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    return folded.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
