package dev.broadsheet;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.store.SiteBusyException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Builds one site again and again at a fixed interval, in one process: a site on a server of its
 * own runs this under its service manager where others run a scheduled job. Each build reads its
 * inputs afresh and writes what a new process would; what the process keeps is its loaded classes
 * and compiled code, which a new process spends about a third of a small build's CPU on.
 *
 * <p>A build that fails, or finds the site busy, is told and the schedule goes on: the next source
 * fetch may well succeed. A build that outlasts the interval is not followed by one at once; the
 * schedule waits for its next slot, so builds keep to the times the interval gives.
 */
public final class BuildSchedule {
  /** What the schedule tells as it runs, on the thread that runs it. */
  public interface Events {
    /** Build {@code number} (the first is 1) starts. */
    default void starting(int number) {}

    /** A build finished and published (or had nothing to publish). */
    void built(int number, BuildResult result);

    /** A build failed before publishing: nothing was published, the site stays as it was. */
    void failed(int number, BroadsheetException failure);

    /** Another build of the site held it beyond the options' lock wait; this slot is skipped. */
    default void busy(int number, SiteBusyException busy) {
      failed(number, busy);
    }

    /** A build stopped on an error Broadsheet did not expect (a bug): told, and the schedule goes on. */
    void unexpected(int number, RuntimeException error);

    /**
     * The schedule waits for its next slot, {@code wait} from now; {@code missed} slots passed
     * while the last build ran.
     */
    default void waiting(Duration wait, long missed) {}
  }

  private final BuildOptions options;
  private final long everyNanos;
  private final Object lock = new Object();
  private boolean stopping;
  private boolean running;
  private Thread runner;

  public BuildSchedule(BuildOptions options, Duration every) {
    if (every.isNegative() || every.isZero()) {
      throw new IllegalArgumentException("the interval must be positive, found " + every);
    }
    this.options = options;
    this.everyNanos = every.toNanos();
  }

  /**
   * Builds at once, then at each interval from the first build's start, until {@link #stop}.
   *
   * @return how many builds ran
   */
  public int run(Events events) {
    synchronized (lock) {
      if (running) {
        throw new IllegalStateException("the schedule is running already");
      }
      running = true;
      runner = Thread.currentThread();
    }
    int builds = 0;
    try {
      long start = System.nanoTime();
      while (!stopping()) {
        builds++;
        buildOnce(builds, events);
        // The garbage of a build (a large site's store) is returned while the process idles,
        // not kept for the hours between builds; the next build starts on an empty heap either way.
        System.gc();
        long now = System.nanoTime();
        long next = nextSlot(start, everyNanos, now);
        long missed = (next - start) / everyNanos - builds;
        if (!stopping()) {
          events.waiting(Duration.ofNanos(next - now), Math.max(0, missed));
        }
        if (!sleepUntil(next)) {
          break;
        }
      }
      return builds;
    } finally {
      synchronized (lock) {
        running = false;
        runner = null;
        lock.notifyAll();
      }
    }
  }

  /**
   * Ends the schedule: its wait ends at once, a build in progress finishes first. Returns when
   * {@link #run} has returned, or after {@code grace}; called from an {@link Events} method (on the
   * schedule's own thread), it returns at once and the schedule ends after that build.
   *
   * @return whether the schedule ended within {@code grace}
   */
  public boolean stop(Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    synchronized (lock) {
      stopping = true;
      lock.notifyAll();
      if (runner == Thread.currentThread()) {
        return true;
      }
      try {
        while (running) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return false;
          }
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return !running;
      }
      return true;
    }
  }

  /** Whether a build is running or waiting for its slot. */
  public boolean isRunning() {
    synchronized (lock) {
      return running;
    }
  }

  private void buildOnce(int number, Events events) {
    events.starting(number);
    try {
      events.built(number, Broadsheet.build(options));
    } catch (SiteBusyException e) {
      events.busy(number, e);
    } catch (BroadsheetException e) {
      events.failed(number, e);
    } catch (RuntimeException e) {
      events.unexpected(number, e);
    }
  }

  /** Waits until {@code deadline} (a {@link System#nanoTime} value); false when stopped first. */
  private boolean sleepUntil(long deadline) {
    synchronized (lock) {
      try {
        while (!stopping) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            return true;
          }
          TimeUnit.NANOSECONDS.timedWait(lock, left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return false;
    }
  }

  private boolean stopping() {
    synchronized (lock) {
      return stopping || Thread.currentThread().isInterrupted();
    }
  }

  /** The first slot after {@code now} of a schedule that began at {@code start}: slots a build outlasted are skipped. */
  static long nextSlot(long start, long every, long now) {
    long elapsed = now - start;
    return start + (elapsed / every + 1) * every;
  }
}
