package dev.broadsheet.curate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Terms to the stories that hold them, in time buckets one window long: a lookup visits only the
 * buckets a window around its time can reach, so a site with years of stories costs no more per
 * article than one with a week of them. A story is listed in every bucket where it has an article
 * with the term. Lists keep insertion order, so every lookup visits stories in the same order.
 */
final class TermTimeIndex {
  private final long bucketMillis;
  private final Map<Long, int[]> postings = new HashMap<>();

  TermTimeIndex(long windowMillis) {
    this.bucketMillis = Math.max(1, windowMillis);
  }

  void add(int term, long time, int story) {
    long key = key(term, Math.floorDiv(time, bucketMillis));
    int[] list = postings.get(key);
    if (list == null) {
      list = new int[] {0, 0, 0, 0};
      postings.put(key, list);
    }
    int size = list[0];
    if (size > 0 && list[size] == story) {
      return;
    }
    if (size + 1 >= list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      postings.put(key, list);
    }
    list[size + 1] = story;
    list[0] = size + 1;
  }

  /** Visits the stories listed for {@code term} in every bucket between {@code from} and {@code to}; repeats possible. */
  void visit(int term, long from, long to, IntConsumer story) {
    for (long b = Math.floorDiv(from, bucketMillis); b <= Math.floorDiv(to, bucketMillis); b++) {
      int[] list = postings.get(key(term, b));
      if (list != null) {
        for (int i = 1; i <= list[0]; i++) {
          story.accept(list[i]);
        }
      }
    }
  }

  /**
   * Term and bucket as one long. The scramble is a bijection (an odd multiplier and a shift-xor),
   * so keys stay unique, while {@link Long#hashCode} no longer folds many pairs onto one value.
   */
  private static long key(int term, long bucket) {
    long k = (((long) term << 32) | (bucket & 0xffffffffL)) * 0x9E3779B97F4A7C15L;
    return k ^ (k >>> 29);
  }
}
