package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * A map from long keys to int counts: the per-(term, time bucket) counts of curation are looked
 * up millions of times, and boxed {@code HashMap<Long, Integer>} entries cost more than the
 * arithmetic around them.
 */
final class LongIntMap {
  private final LongKeys keys = new LongKeys(32);
  private int[] values = new int[32];

  int get(long key) {
    int index = keys.indexOf(key);
    return index < 0 ? 0 : values[index];
  }

  void add(long key, int delta) {
    int index = keys.add(key);
    if (index == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    values[index] += delta;
  }
}
