package dev.broadsheet;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** A build's stages as its listener hears of them, and how long each took, in the order they first ran. */
final class StageClock {
  private final BuildListener listener;
  private final Map<String, Duration> times = new LinkedHashMap<>();
  /** The stage the listener was last told of. */
  private String lastStage;

  StageClock(BuildListener listener) {
    this.listener = listener;
  }

  /**
   * Runs {@code work} as part of {@code stage}: a stage met again (the checks, the records) adds
   * to its time, and is said again only when another stage was said in between.
   */
  <T> T timed(String stage, Supplier<T> work) {
    if (!stage.equals(lastStage)) {
      listener.stage(stage);
      lastStage = stage;
    }
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      times.merge(stage, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
    }
  }

  /** As {@link #timed}, for work with no result. */
  void step(String stage, Runnable work) {
    timed(stage, () -> {
      work.run();
      return null;
    });
  }

  /** Counts {@code time} spent outside any stage's work (waiting for another build) as {@code stage}'s. */
  void add(String stage, Duration time) {
    times.merge(stage, time, Duration::plus);
  }

  /** Each stage's time so far. */
  Map<String, Duration> times() {
    return times;
  }
}
