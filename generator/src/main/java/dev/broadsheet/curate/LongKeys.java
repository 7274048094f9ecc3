package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * The one hash table of curation: long keys to dense indexes 0, 1, 2, ... in the order the keys
 * came, by open addressing. Its users keep their values in plain arrays under those indexes, so
 * counts, term weights and story lists need no boxing, and iterating visits keys in a fixed order.
 */
final class LongKeys {
  /**
   * Each slot's key with its top bit flipped, 0 for a free slot: new arrays are free without
   * being filled (centroids grow by doubling many times per build, and a fill was a tenth of
   * curation), and a probe reads one array. The one key that would look free, {@link
   * Long#MIN_VALUE}, is kept beside the table.
   */
  private long[] slots;
  /** Each slot's index. */
  private int[] indexes;
  private long[] keys;
  private int size;
  /** The index of {@link Long#MIN_VALUE}, or -1. */
  private int minValueIndex = -1;

  /** Room for {@code expected} keys before the first growth. */
  LongKeys(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
    slots = new long[capacity];
    indexes = new int[capacity];
    keys = new long[Math.max(4, expected)];
  }

  /** A term and a time bucket as one key; unscrambled, since {@link #add} hashes every key. */
  static long termInBucket(int term, long bucket) {
    return ((long) term << 32) | (bucket & 0xffffffffL);
  }

  int size() {
    return size;
  }

  /** The key at {@code index}, in the order keys were added. */
  long key(int index) {
    return keys[index];
  }

  /** The index of {@code key}, or -1. */
  int indexOf(long key) {
    if (key == Long.MIN_VALUE) {
      return minValueIndex;
    }
    int slot = slot(key);
    return slots[slot] == 0 ? -1 : indexes[slot];
  }

  /**
   * The sum of {@code weights[k] * values[indexOf(terms[k])]} over the terms present: a centroid's
   * dot product with an article, the probes inlined (clustering makes millions of them a build,
   * and the quick compiler the CLI runs with does not inline a probe into its caller).
   */
  double dot(int[] terms, float[] weights, double[] values) {
    long[] table = slots;
    int mask = table.length - 1;
    double sum = 0;
    for (int k = 0; k < terms.length; k++) {
      long key = terms[k];
      int slot = home(key, mask);
      long stored = key ^ Long.MIN_VALUE;
      long at;
      while ((at = table[slot]) != 0 && at != stored) {
        slot = (slot + 1) & mask;
      }
      if (at != 0) {
        sum += weights[k] * values[indexes[slot]];
      }
    }
    return sum;
  }

  /** The index of {@code key}, added as the next index when new. */
  int add(long key) {
    if (key == Long.MIN_VALUE) {
      if (minValueIndex < 0) {
        minValueIndex = append(key);
      }
      return minValueIndex;
    }
    int slot = slot(key);
    if (slots[slot] != 0) {
      return indexes[slot];
    }
    slots[slot] = key ^ Long.MIN_VALUE;
    indexes[slot] = append(key);
    if (size * 2 > slots.length) {
      rehash(slots.length * 2);
    }
    return size - 1;
  }

  private int append(long key) {
    if (size == keys.length) {
      keys = Arrays.copyOf(keys, size * 2);
    }
    keys[size] = key;
    return size++;
  }

  /** The slot a probe for {@code key} starts at: small enough for the quick compiler to inline. */
  private static int home(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** The slot holding {@code key}, or the free slot where it would go. */
  private int slot(long key) {
    int mask = slots.length - 1;
    int slot = home(key, mask);
    long stored = key ^ Long.MIN_VALUE;
    long at;
    while ((at = slots[slot]) != 0 && at != stored) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void rehash(int capacity) {
    slots = new long[capacity];
    indexes = new int[capacity];
    for (int i = 0; i < size; i++) {
      if (keys[i] == Long.MIN_VALUE) {
        continue;
      }
      int slot = slot(keys[i]);
      slots[slot] = keys[i] ^ Long.MIN_VALUE;
      indexes[slot] = i;
    }
  }
}
