package dev.broadsheet.fetch;

import java.time.Duration;
import java.util.Locale;

/**
 * The one time limit of fetching a URL: every attempt, redirect and pause between retries must
 * fit in it, so {@code fetch.timeoutSeconds} is the longest a source can take, however it fails.
 * The clock starts when the first request may go (after waiting for a per-host slot, which is
 * other sources' time, not this one's). Used by one thread for one fetch.
 */
final class Deadline {
  private final Duration budget;
  private long end;
  private boolean started;

  Deadline(Duration budget) {
    this.budget = budget;
  }

  void start() {
    if (!started) {
      started = true;
      end = System.nanoTime() + budget.toNanos();
    }
  }

  boolean started() {
    return started;
  }

  long remainingNanos() {
    return started ? Math.max(0, end - System.nanoTime()) : budget.toNanos();
  }

  boolean passed() {
    return started && System.nanoTime() - end >= 0;
  }

  /** The budget as people read it: "30 s", or "1500 ms" when not whole seconds. */
  String describe() {
    long millis = budget.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%d ms", millis);
  }
}
