package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * A map from long keys to int counts with open addressing: the per-(term, time bucket) counts of
 * curation are looked up millions of times, and boxed {@code HashMap<Long, Integer>} entries
 * cost more than the arithmetic around them.
 */
final class LongIntMap {
  private static final long FREE = Long.MIN_VALUE;
  private long[] keys = new long[64];
  private int[] values = new int[64];
  private int size;

  LongIntMap() {
    Arrays.fill(keys, FREE);
  }

  int get(long key) {
    int slot = find(key);
    return keys[slot] == key ? values[slot] : 0;
  }

  void add(long key, int delta) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = find(key);
    if (keys[slot] != key) {
      keys[slot] = key;
      size++;
    }
    values[slot] += delta;
  }

  private int find(long key) {
    int mask = keys.length - 1;
    long h = key * 0x9E3779B97F4A7C15L;
    int slot = (int) (h ^ (h >>> 32)) & mask;
    while (keys[slot] != FREE && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    Arrays.fill(keys, FREE);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != FREE) {
        add(oldKeys[i], oldValues[i]);
      }
    }
  }
}
