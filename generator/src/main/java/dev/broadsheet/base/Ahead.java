package dev.broadsheet.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work begun on a thread of its own for a later step of the build to take: what one step would
 * wait for (reading the store, walking the live site) done while another step runs. Whoever takes
 * it and finds it not begun (no thread could be had) does it on the spot; either way it runs once.
 *
 * @param <T> what the work makes
 */
public final class Ahead<T> {
  private final FutureTask<T> task;
  private final Thread thread;

  private Ahead(Callable<T> work, String name) {
    this.task = new FutureTask<>(work);
    this.thread = new Thread(task, name);
  }

  /** Begins {@code work} on a daemon thread named {@code name}: an unused result never keeps a process alive. */
  public static <T> Ahead<T> start(String name, Callable<T> work) {
    Ahead<T> ahead = new Ahead<>(work, name);
    ahead.thread.setDaemon(true);
    try {
      ahead.thread.start();
    } catch (OutOfMemoryError e) {
      // No thread to be had (a tightly limited container): the taker does the work itself.
    }
    return ahead;
  }

  /**
   * What the work made, waiting for it to end. What it threw is thrown here: an unchecked
   * exception or error as it was, an I/O error as an {@link UncheckedIOException}.
   */
  public T get() {
    task.run();
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof IOException io) {
        throw new UncheckedIOException(io);
      }
      throw new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
    }
  }

  /** Whether the work ended (made its result or threw), so that {@link #get} would not wait. */
  public boolean isDone() {
    return task.isDone();
  }

  /** Waits up to {@code limit} for work that began to end: for work told to stop, or no longer wanted, so that none outlives its caller. */
  public void awaitEnd(Duration limit) {
    if (thread.isAlive()) {
      try {
        thread.join(limit.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
