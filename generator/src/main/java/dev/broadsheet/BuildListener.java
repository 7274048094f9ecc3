package dev.broadsheet;

/**
 * Progress of a build, for a terminal or a log. Called from the build's threads; implementations
 * must be thread-safe. Every method does nothing by default.
 */
public interface BuildListener {
  BuildListener NONE = new BuildListener() {};

  /**
   * A stage starts, with the name {@link BuildResult#stageTimes} gives it (config, fetch, feed,
   * store, picks, extract, save, check, caches, curate, records, images, render, publish, in that
   * order, a build of an up-to-date site stopping early); or "up to date", when the rest is skipped.
   */
  default void stage(String name) {}

  /** {@code done} of {@code total} items of a stage are finished (sources, pages). */
  default void progress(String stage, int done, int total) {}

  /** Another build of the site ({@code holder}: "pid 4242 on host ci-7, since ...") runs; this one waits up to {@code wait}. */
  default void waitingForLock(String holder, java.time.Duration wait) {}
}
