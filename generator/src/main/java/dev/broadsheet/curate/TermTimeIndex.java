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
  private static final long FREE = Long.MIN_VALUE;
  private final long bucketMillis;
  /** Open addressing from (term, bucket) keys to lists whose element 0 is their length. */
  private long[] keys = new long[1024];
  private int[][] lists = new int[1024][];
  private int size;

  TermTimeIndex(long windowMillis) {
    this.bucketMillis = Math.max(1, windowMillis);
    Arrays.fill(keys, FREE);
  }

  void add(int term, long time, int story) {
    if (size * 2 >= keys.length) {
      grow();
    }
    long key = key(term, Math.floorDiv(time, bucketMillis));
    int slot = slot(key);
    if (keys[slot] != key) {
      keys[slot] = key;
      lists[slot] = new int[] {0, 0, 0, 0};
      size++;
    }
    int[] list = lists[slot];
    int length = list[0];
    if (length > 0 && list[length] == story) {
      return;
    }
    if (length + 1 >= list.length) {
      list = Arrays.copyOf(list, list.length * 2);
      lists[slot] = list;
    }
    list[length + 1] = story;
    list[0] = length + 1;
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int slot = (int) (key ^ (key >>> 32)) & mask;
    while (keys[slot] != FREE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[][] oldLists = lists;
    keys = new long[oldKeys.length * 2];
    lists = new int[oldKeys.length * 2][];
    Arrays.fill(keys, FREE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        int slot = slot(oldKeys[i]);
        keys[slot] = oldKeys[i];
        lists[slot] = oldLists[i];
      }
    }
  }

  /** Visits the stories listed for {@code term} in every bucket between {@code from} and {@code to}; repeats possible. */
  void visit(int term, long from, long to, IntConsumer story) {
    for (long b = Math.floorDiv(from, bucketMillis); b <= Math.floorDiv(to, bucketMillis); b++) {
      long key = key(term, b);
      int slot = slot(key);
      int[] list = keys[slot] == key ? lists[slot] : null;
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
