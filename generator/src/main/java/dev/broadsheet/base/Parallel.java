package dev.broadsheet.base;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Independent work items (sources, images) run side by side, each failure its own result: the
 * stages that fetch many things at once share this one way of doing it.
 */
public final class Parallel {
  private Parallel() {}

  /**
   * {@code work} applied to every input on at most {@code threads} daemon threads named
   * {@code name}, the results in input order. An input whose work throws, or whose result the
   * caller is interrupted waiting for, gets {@code failed} with the reason in plain words.
   */
  public static <T, R> List<R> map(List<T> inputs, int threads, String name, Function<T, R> work,
      BiFunction<T, String, R> failed) {
    if (inputs.isEmpty()) {
      return List.of();
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, inputs.size())), r -> {
      Thread t = new Thread(r, name);
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<R>> futures = new ArrayList<>();
      inputs.forEach(input -> futures.add(pool.submit(() -> work.apply(input))));
      List<R> results = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        try {
          results.add(futures.get(i).get());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          results.add(failed.apply(inputs.get(i), "interrupted"));
        } catch (ExecutionException e) {
          results.add(failed.apply(inputs.get(i), "unexpected error: " + e.getCause()));
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }
}
