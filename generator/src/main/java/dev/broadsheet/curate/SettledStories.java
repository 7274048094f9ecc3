package dev.broadsheet.curate;

import dev.broadsheet.store.Article;
import dev.broadsheet.store.StoryRecords;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which stories a build works out again and which it shows as the last build recorded them. A
 * new article can change the grouping only of stories with a report within a few windows of it;
 * those stories' related stories and their neighbours' can change only within the related-stories
 * span of them; everything further away in time is settled. Curation then models only the articles
 * near what changed, so its work grows with the news, not with the store.
 *
 * <p>Three rings: stories that may <em>change</em> (their grouping, order and explanations are
 * worked out again), stories that <em>relate</em> to those (their related stories are found
 * again) and stories that are <em>compared</em> with those (their topics are needed as candidates).
 * Everything the rings read is in the {@link Plan#modelled} articles: every report of a story in a
 * ring, and every article around them in time that a word's weight there counts.
 */
final class SettledStories {
  private final long window;
  private final long relatedSpan;
  private final long openSpan;
  private final long copySpan;

  /**
   * @param window the curation window (a time bucket of word counts, and how far a report joins a story)
   * @param relatedSpan how far apart in time related stories may be
   * @param openSpan how far around a new article the stories earlier builds grouped are grouped again
   * @param copySpan how far apart a copy under the same headline still joins its story
   */
  SettledStories(long window, long relatedSpan, long openSpan, long copySpan) {
    this.window = window;
    this.relatedSpan = relatedSpan;
    this.openSpan = openSpan;
    this.copySpan = copySpan;
  }

  /**
   * What a build works out again.
   *
   * @param changing stories whose grouping may change: worked out whole
   * @param relating stories whose related stories may change (the changing ones among them)
   * @param compared stories whose topics the relating ones are compared with (the relating ones among them)
   * @param modelled the articles curation models, in the order given
   */
  record Plan(Set<String> changing, Set<String> relating, Set<String> compared, List<Article> modelled) {
    /** Whether {@code story} is shown as the last build recorded it. */
    boolean settled(String story) {
      return !changing.contains(story);
    }
  }

  /**
   * The plan for {@code articles} at {@code times} (ascending), grouped as {@code
   * storyOf} says (article id to story id; an article without is new), where {@code touched} are the
   * stories that changed since they were recorded (their articles, their text, a pick),
   * {@code storyTime} gives each recorded story's time as this build would place it, and {@code
   * pickTimes} the dates of the picks of new articles (a story is placed at its pick's date).
   */
  Plan plan(List<Article> articles, long[] times, Map<String, String> storyOf,
      Map<String, StoryRecords.Story> recorded, Set<String> touched, Map<String, Long> storyTime,
      List<Long> pickTimes) {
    Map<String, List<Integer>> members = new HashMap<>();
    List<Integer> fresh = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      String story = storyOf.get(articles.get(i).id());
      if (story == null) {
        fresh.add(i);
      } else {
        members.computeIfAbsent(story, k -> new ArrayList<>()).add(i);
      }
    }
    Set<String> changing = new HashSet<>(touched);
    // A new article joins or merges with stories within a window of the articles grouped again around it.
    long reach = openSpan + window;
    for (int n : fresh) {
      forEachBetween(times, times[n] - reach, times[n] + reach, i -> {
        String story = storyOf.get(articles.get(i).id());
        if (story != null) {
          changing.add(story);
        }
      });
    }
    changing.retainAll(members.keySet());
    // The times a changing story can be placed at: any of its reports, and new ones.
    List<Long> changingTimes = new ArrayList<>(pickTimes);
    fresh.forEach(n -> changingTimes.add(times[n]));
    for (String id : changing) {
      members.get(id).forEach(i -> changingTimes.add(times[i]));
      changingTimes.add(storyTime.get(id));
    }
    Set<String> relating = near(members.keySet(), storyTime, sorted(changingTimes));
    relating.addAll(changing);
    // A story that named a changing story, or one that is gone, among its related or alike ones
    // finds them again: the changing one may have moved in time (its lead gone, a pick's date).
    recorded.forEach((id, story) -> {
      if (members.containsKey(id) && (namesAny(story.related(), changing, members)
          || namesAny(story.alike(), changing, members))) {
        relating.add(id);
      }
    });
    List<Long> relatingTimes = new ArrayList<>(changingTimes);
    relating.forEach(id -> relatingTimes.add(storyTime.get(id)));
    Set<String> compared = near(members.keySet(), storyTime, sorted(relatingTimes));
    compared.addAll(relating);
    return new Plan(changing, relating, compared,
        modelled(articles, times, fresh, members, compared, storyTime, pickTimes));
  }

  /** The stories whose time is within the related span of one of {@code times} (sorted). */
  private Set<String> near(Set<String> stories, Map<String, Long> storyTime, long[] times) {
    Set<String> near = new HashSet<>();
    for (String id : stories) {
      long t = storyTime.get(id);
      int at = Arrays.binarySearch(times, t);
      int after = at >= 0 ? at : -at - 1;
      if (at >= 0 || after < times.length && times[after] - t <= relatedSpan
          || after > 0 && t - times[after - 1] <= relatedSpan) {
        near.add(id);
      }
    }
    return near;
  }

  /**
   * The articles the plan's rings read: every report of a compared story, the articles within two
   * windows of one (a word's weight counts its neighbouring time buckets), within the related span
   * of a compared story's time (a topic's word weights count that span), and within the copy span
   * of a new article (a copy under the same headline, or the same article seen under another
   * address, joins its story: an article seen again further away in time is a story of its own).
   */
  private List<Article> modelled(List<Article> articles, long[] times, List<Integer> fresh,
      Map<String, List<Integer>> members, Set<String> compared, Map<String, Long> storyTime, List<Long> pickTimes) {
    List<long[]> spans = new ArrayList<>();
    long bucketReach = 2 * window;
    // A topic's word weights count the related span around the story's time, in whole buckets;
    // whether a word is common there counts the buckets beside its own.
    long topicReach = Math.max(relatedSpan, 2 * window) + window;
    for (String id : compared) {
      members.get(id).forEach(i -> spans.add(new long[] {times[i] - bucketReach, times[i] + bucketReach}));
      long t = storyTime.get(id);
      spans.add(new long[] {t - topicReach, t + topicReach});
    }
    // A new story placed at its pick's date has its topic there.
    pickTimes.forEach(t -> spans.add(new long[] {t - topicReach, t + topicReach}));
    for (int n : fresh) {
      long reach = Math.max(copySpan, openSpan + window) + bucketReach;
      spans.add(new long[] {times[n] - reach, times[n] + reach});
    }
    spans.sort((a, b) -> Long.compare(a[0], b[0]));
    boolean[] in = new boolean[articles.size()];
    long coveredTo = Long.MIN_VALUE;
    for (long[] span : spans) {
      long from = Math.max(span[0], coveredTo);
      if (span[1] >= from) {
        forEachBetween(times, from, span[1], i -> in[i] = true);
        coveredTo = Math.max(coveredTo, span[1]);
      }
    }
    for (String id : compared) {
      members.get(id).forEach(i -> in[i] = true);
    }
    List<Article> modelled = new ArrayList<>();
    for (int i = 0; i < in.length; i++) {
      if (in[i]) {
        modelled.add(articles.get(i));
      }
    }
    return modelled;
  }

  /** Whether {@code ids} hold one of {@code changing} or one that is not {@code present}. */
  private static boolean namesAny(List<String> ids, Set<String> changing, Map<String, ?> present) {
    for (String id : ids) {
      if (changing.contains(id) || !present.containsKey(id)) {
        return true;
      }
    }
    return false;
  }

  private static long[] sorted(List<Long> times) {
    long[] sorted = times.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    return sorted;
  }

  /** Calls {@code action} with each index of {@code times} (ascending) from {@code from} to {@code to}. */
  private static void forEachBetween(long[] times, long from, long to, java.util.function.IntConsumer action) {
    int at = Arrays.binarySearch(times, from);
    int i = at >= 0 ? at : -at - 1;
    while (i > 0 && times[i - 1] == from) {
      i--;
    }
    for (; i < times.length && times[i] <= to; i++) {
      action.accept(i);
    }
  }
}
