package dev.broadsheet.curate;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Terms to the stories that hold them, in time buckets one window long: a lookup visits only the
 * buckets a window around its time can reach, so a site with years of stories costs no more per
 * article than one with a week of them. A story is listed in every bucket where it has an article
 * with the term. Lists keep insertion order, so every lookup visits stories in the same order.
 */
final class TermTimeIndex {
  private final long bucketMillis;
  /** (term, bucket) keys to lists whose element 0 is their length. */
  private final LongKeys keys;
  private int[][] lists;

  /**
   * An index with room for {@code expectedKeys} (term, bucket) pairs before it grows: grown from a
   * small table, it rehashed millions of keys several times a build at 100,000 articles.
   */
  TermTimeIndex(long windowMillis, int expectedKeys) {
    this.bucketMillis = Math.max(1, windowMillis);
    int expected = Math.max(1024, expectedKeys);
    this.keys = new LongKeys(expected);
    this.lists = new int[expected][];
  }

  void add(int term, long time, int story) {
    int index = keys.add(key(term, Math.floorDiv(time, bucketMillis)));
    if (index == lists.length) {
      lists = Arrays.copyOf(lists, lists.length * 2);
    }
    int[] list = lists[index];
    if (list == null) {
      list = new int[] {0, 0, 0, 0};
      lists[index] = list;
    }
    int length = list[0];
    if (length > 0 && list[length] == story) {
      return;
    }
    if (length + 1 >= list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      lists[index] = list;
    }
    list[length + 1] = story;
    list[0] = length + 1;
  }

  /** Visits the stories listed for {@code term} in every bucket between {@code from} and {@code to}; repeats possible. */
  void visit(int term, long from, long to, IntConsumer story) {
    for (long b = Math.floorDiv(from, bucketMillis); b <= Math.floorDiv(to, bucketMillis); b++) {
      int index = keys.indexOf(key(term, b));
      if (index >= 0) {
        int[] list = lists[index];
        for (int i = 1; i <= list[0]; i++) {
          story.accept(list[i]);
        }
      }
    }
  }

  private static long key(int term, long bucket) {
    return LongKeys.termInBucket(term, bucket);
  }
}
