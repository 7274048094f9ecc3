package dev.broadsheet.curate;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Work over the indexes {@code 0..n} done side by side in runs of neighbours (up to 64 runs of at
 * least 256, one when there are fewer), each run with whatever state it keeps for itself, and the
 * runs' results joined in order: the same result on any number of threads.
 */
final class Runs {
  private Runs() {}

  /** The work of one run: the indexes from {@code from} (inclusive) to {@code to} (exclusive). */
  interface Run<T> {
    T over(int from, int to);
  }

  static <T> List<T> inOrder(int n, Run<T> run) {
    int runs = Math.max(1, Math.min(64, n / 256));
    return IntStream.range(0, runs).parallel().mapToObj(r -> run.over(r * n / runs, (r + 1) * n / runs)).toList();
  }
}
