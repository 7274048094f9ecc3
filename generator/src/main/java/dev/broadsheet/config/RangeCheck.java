package dev.broadsheet.config;

import java.util.function.BiConsumer;

/**
 * The one rule for numbers in the config: a value not given takes its default; one out of range
 * is reported to {@code problem} (JSON pointer, message) and kept, so that a single pass finds
 * every problem of the file. Keys are written as the user writes them ({@code fetch.retries}); the
 * pointer follows from the key unless given.
 */
record RangeCheck(BiConsumer<String, String> problem) {
  int atLeast(Integer value, int fallback, int min, String key) {
    return between(value, fallback, min, Integer.MAX_VALUE, key);
  }

  int atLeast(Integer value, int fallback, int min, String pointer, String key) {
    return value == null ? fallback : (int) check(value, min, Integer.MAX_VALUE, pointer, key);
  }

  long atLeast(Long value, long fallback, long min, String key) {
    return value == null ? fallback : check(value, min, Long.MAX_VALUE, pointerOf(key), key);
  }

  int between(Integer value, int fallback, int min, int max, String key) {
    return value == null ? fallback : (int) check(value, min, max, pointerOf(key), key);
  }

  /** A share: above 0 and at most 1. */
  double share(Double value, double fallback, String key) {
    if (value != null && (value <= 0 || value > 1)) {
      problem.accept(pointerOf(key), "'" + key + "' must be above 0 and at most 1, found " + value);
    }
    return value == null ? fallback : value;
  }

  private long check(long value, long min, long max, String pointer, String key) {
    if (value < min || value > max) {
      String range = max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? "at least " + min
          : "between " + min + " and " + max;
      problem.accept(pointer, "'" + key + "' must be " + range + ", found " + value);
    }
    return value;
  }

  private static String pointerOf(String key) {
    return "/" + key.replace('.', '/');
  }
}
