package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Work begun on a thread of its own: run once, taken with what it made or what it threw. */
class AheadTest {
  @Test
  void theWorkRunsOnItsOwnThreadOnceAndIsTakenByWhoeverAsks() throws Exception {
    AtomicInteger runs = new AtomicInteger();
    CountDownLatch started = new CountDownLatch(1);
    Ahead<String> ahead = Ahead.start("test-ahead", () -> {
      runs.incrementAndGet();
      started.countDown();
      return Thread.currentThread().getName();
    });
    assertThat(started.await(5, TimeUnit.SECONDS)).as("began before anyone asked").isTrue();
    assertThat(ahead.get()).isEqualTo("test-ahead");
    assertThat(ahead.get()).isEqualTo("test-ahead");
    assertThat(runs).hasValue(1);
  }

  @Test
  void whatTheWorkThrewIsThrownToTheTaker() {
    Ahead<String> broken = Ahead.start("test-broken", () -> {
      throw new BroadsheetException(new Problem("data/articles/2026/11/20.json", "broken"));
    });
    assertThatThrownBy(broken::get).isInstanceOf(BroadsheetException.class).hasMessageContaining("20.json");
    Ahead<String> unreadable = Ahead.start("test-io", () -> {
      throw new IOException("cannot read");
    });
    assertThatThrownBy(unreadable::get).isInstanceOf(UncheckedIOException.class).hasMessageContaining("cannot read");
  }

  @Test
  void waitingForTheEndReturnsOnceTheWorkEnded() {
    java.util.concurrent.atomic.AtomicBoolean finished = new java.util.concurrent.atomic.AtomicBoolean();
    Ahead<Boolean> slow = Ahead.start("test-slow", () -> {
      Thread.sleep(300);
      finished.set(true);
      return true;
    });
    slow.awaitEnd(Duration.ofSeconds(5));
    // Looked at before taking the result, which would wait by itself.
    assertThat(finished).isTrue();
    assertThat(slow.get()).isTrue();
  }
}
