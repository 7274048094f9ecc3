package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * A map from long keys to int counts: the per-(term, time bucket) counts of curation are looked
 * up millions of times, and boxed {@code HashMap<Long, Integer>} entries cost more than the
 * arithmetic around them.
 */
final class LongIntMap {
  private final LongKeys keys;
  private int[] values;

  LongIntMap() {
    this(32);
  }

  /** Room for {@code expected} keys before the first growth. */
  LongIntMap(int expected) {
    keys = new LongKeys(expected);
    values = new int[Math.max(4, expected)];
  }

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
