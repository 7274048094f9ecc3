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
 * <p>The first build runs at once, the others at multiples of the interval from the epoch: every
 * {@code 15m} at :00, :15, :30 and :45 UTC, every {@code 1h} on the hour, as a cron job would, so
 * that an operator knows when builds run (a backup of the store at :07 meets none) whenever the
 * process started. A build that fails, or finds the site busy, is told and the schedule goes on:
 * the next source fetch may well succeed. A build that outlasts the interval is not followed by
 * one at once; the schedule waits for its next slot.
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
     * The schedule waits for its next slot, {@code wait} from now; the last build took longer than
     * the interval and left out {@code missed} slots (0 when it did not).
     */
    default void waiting(Duration wait, long missed) {}
  }

  /** Feed publishers may block a reader that asks more often; builds that fetch nothing may run at any interval. */
  public static final Duration ONLINE_MINIMUM = Duration.ofMinutes(1);
  /** Below a second a schedule is a loop, and {@link System#nanoTime} spans no more than a few centuries. */
  public static final Duration SHORTEST = Duration.ofSeconds(1);
  public static final Duration LONGEST = Duration.ofDays(366);

  private final BuildOptions options;
  private final long everyMillis;
  private final Object lock = new Object();
  private boolean stopping;
  private boolean running;
  private Thread runner;

  /**
   * A schedule of builds of {@code options}' site every {@code every}.
   *
   * @throws IllegalArgumentException for an interval under {@link #SHORTEST} or over {@link #LONGEST}, or,
   *     for builds that fetch their sources, under {@link #ONLINE_MINIMUM}; its message says which
   */
  public BuildSchedule(BuildOptions options, Duration every) {
    if (every.compareTo(SHORTEST) < 0 || every.compareTo(LONGEST) > 0) {
      throw new IllegalArgumentException("the interval must be from 1 second to 366 days");
    }
    if (!options.offline() && every.compareTo(ONLINE_MINIMUM) < 0) {
      throw new IllegalArgumentException("too often for builds that fetch their sources: at least a minute apart"
          + " (offline, any interval from a second)");
    }
    // A stop asked while a build waits for another build of the site ends the wait: the build has
    // not begun, and would otherwise hold the stop for as long as the other runs, and then its own.
    this.options = options.withGiveUpWaiting(this::stopping);
    this.everyMillis = every.toMillis();
  }

  /**
   * Builds at once, then at each multiple of the interval from the epoch, until {@link #stop} or an
   * interrupt of the thread. A schedule runs once: after a stop (even one asked before it ran) it
   * builds nothing. An {@link Error} of a build (out of memory) ends it and is thrown.
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
      // Slots are numbered from the epoch; the first build's is the one it runs in.
      long slot = Math.floorDiv(System.currentTimeMillis(), everyMillis);
      while (!stopping()) {
        builds++;
        long started = System.currentTimeMillis();
        buildOnce(builds, events);
        // The garbage of a build (a large site's store) is returned while the process idles,
        // not kept for the hours between builds; the next build starts on an empty heap either way.
        System.gc();
        long now = System.currentTimeMillis();
        long next = nextSlot(slot, now, everyMillis);
        long wait = next * everyMillis - now;
        if (!stopping()) {
          events.waiting(Duration.ofMillis(wait), missedSlots(started, now, everyMillis));
        }
        slot = next;
        if (!sleepUntil(System.nanoTime() + wait * 1_000_000L)) {
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

  /**
   * The slots whose time came while a build that began at {@code started} ran, a whole interval or
   * more after its start (epoch milliseconds): the builds it left out by taking longer than the
   * interval. The slot a first build, begun between two, runs into is not one of them.
   */
  static long missedSlots(long started, long ended, long every) {
    long firstLate = Math.floorDiv(started - 1, every) + 2;
    return Math.max(0, Math.floorDiv(ended, every) - firstLate + 1);
  }

  /**
   * The slot after a build of {@code slot} that ended at {@code now} (epoch milliseconds): the
   * next one to begin, those the build outlasted left out, and never {@code slot} again (a build
   * woken a moment before its slot's time, by a clock that differs from the sleep's, that ends
   * within that moment).
   */
  static long nextSlot(long slot, long now, long every) {
    return Math.max(Math.floorDiv(now, every), slot) + 1;
  }
}
