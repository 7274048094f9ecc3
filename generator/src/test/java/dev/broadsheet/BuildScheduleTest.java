package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildScheduleTest {
  /** What a schedule told, in order: "built 1: 295 written", "failed 2: …", "waiting". */
  private static final class Told implements BuildSchedule.Events {
    final List<String> said = new CopyOnWriteArrayList<>();
    private final BiConsumer<Integer, Told> afterBuild;

    Told(BiConsumer<Integer, Told> afterBuild) {
      this.afterBuild = afterBuild;
    }

    @Override
    public void starting(int number) {
      said.add("starting " + number);
    }

    @Override
    public void built(int number, BuildResult result) {
      said.add("built " + number + ": " + result.site().filesWritten() + " written");
      afterBuild.accept(number, this);
    }

    @Override
    public void failed(int number, BroadsheetException failure) {
      said.add("failed " + number + ": " + failure.problems());
      afterBuild.accept(number, this);
    }

    @Override
    public void unexpected(int number, RuntimeException error) {
      said.add("unexpected " + number + ": " + error);
    }
  }

  @Test
  void buildsAtOnceThenAtEachIntervalUntilStopped(@TempDir Path dir) {
    Path site = SampleSite.copyTo(dir.resolve("site"));
    BuildSchedule schedule = new BuildSchedule(BuildOptions.of(site).withOffline(true), Duration.ofSeconds(1));
    Told told = new Told((n, t) -> {
      if (n == 3) {
        // Stopped from the schedule's own thread: it ends after this build.
        assertThat(schedule.stop(Duration.ZERO)).isTrue();
      }
    });

    assertThat(schedule.run(told)).isEqualTo(3);

    assertThat(told.said).hasSize(6).startsWith("starting 1").contains("starting 2", "starting 3");
    assertThat(told.said.get(1)).startsWith("built 1: ").isNotEqualTo("built 1: 0 written");
    // Nothing changed in between: the later builds find the site up to date, as new processes would.
    assertThat(told.said).contains("built 2: 0 written", "built 3: 0 written");
    assertThat(site.resolve("public/index.html")).exists();
    assertThat(schedule.isRunning()).isFalse();
  }

  @Test
  void aFailingBuildIsToldAndTheScheduleGoesOnToTheNextOne(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir.resolve("site"));
    Path config = site.resolve("broadsheet.yaml");
    Path front = site.resolve("public/index.html");
    String good = Files.readString(config);
    List<String> fronts = new CopyOnWriteArrayList<>();
    BuildSchedule schedule = new BuildSchedule(BuildOptions.of(site).withOffline(true), Duration.ofSeconds(1));
    Told told = new Told((n, t) -> {
      try {
        fronts.add(Files.readString(front));
        if (n == 1) {
          Files.writeString(config, good + "\nbaseUrl: [unclosed\n");
        } else if (n == 2) {
          Files.writeString(config, good);
        } else {
          schedule.stop(Duration.ZERO);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });

    assertThat(schedule.run(told)).isEqualTo(3);

    assertThat(told.said.get(3)).startsWith("failed 2: ").contains("broadsheet.yaml");
    assertThat(told.said.get(5)).startsWith("built 3: ");
    // The failed build published nothing: the site stayed as the first build left it.
    assertThat(fronts).hasSize(3).containsOnly(fronts.get(0));
  }

  @Test
  void aStopDuringABuildLetsItFinishAndEndsTheWaitAtOnce(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir.resolve("site"));
    BuildSchedule schedule = new BuildSchedule(BuildOptions.of(site).withOffline(true), Duration.ofHours(1));
    CompletableFuture<Boolean> stopped = new CompletableFuture<>();
    List<String> said = new CopyOnWriteArrayList<>();
    BuildSchedule.Events events = new BuildSchedule.Events() {
      @Override
      public void starting(int number) {
        // Asked to stop as the first build starts, from another thread, as a service manager does;
        // the build begins once the stop is waiting for it.
        Thread stopper = new Thread(() -> stopped.complete(schedule.stop(Duration.ofMinutes(2))));
        stopper.start();
        while (stopper.getState() != Thread.State.TIMED_WAITING && !stopped.isDone()) {
          Thread.onSpinWait();
        }
        said.add("starting " + number);
      }

      @Override
      public void built(int number, BuildResult result) {
        said.add("built " + number + (stopped.isDone() ? " after the stop returned" : ", the stop waiting"));
      }

      @Override
      public void failed(int number, BroadsheetException failure) {
        said.add("failed " + number);
      }

      @Override
      public void unexpected(int number, RuntimeException error) {
        said.add("unexpected " + number);
      }
    };

    // Not an hour: the stop ends the wait for the next slot.
    CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> schedule.run(events));
    assertThat(run.get(2, TimeUnit.MINUTES)).isEqualTo(1);

    assertThat(stopped.get(1, TimeUnit.MINUTES)).isTrue();
    assertThat(said).containsExactly("starting 1", "built 1, the stop waiting");
    assertThat(site.resolve("public/index.html")).exists();
    // A schedule runs once.
    assertThat(schedule.run(events)).isZero();
  }

  @Test
  void aStopEndsABuildsWaitForAnotherBuildOfTheSiteAtOnce(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir.resolve("site"));
    java.util.concurrent.CountDownLatch waiting = new java.util.concurrent.CountDownLatch(1);
    BuildOptions options = BuildOptions.of(site).withOffline(true).withLockWait(Duration.ofMinutes(10))
        .withListener(new BuildListener() {
          @Override
          public void waitingForLock(String holder, Duration wait) {
            waiting.countDown();
          }
        });
    BuildSchedule schedule = new BuildSchedule(options, Duration.ofHours(1));
    List<String> said = new CopyOnWriteArrayList<>();
    BuildSchedule.Events events = new BuildSchedule.Events() {
      @Override
      public void built(int number, BuildResult result) {
        said.add("built " + number);
      }

      @Override
      public void failed(int number, BroadsheetException failure) {
        said.add("failed " + number + ": " + failure.problems().get(0).message());
      }

      @Override
      public void unexpected(int number, RuntimeException error) {
        said.add("unexpected " + number + ": " + error);
      }
    };
    try (var other = dev.broadsheet.store.SiteLock.acquire(site.resolve("data"), Duration.ZERO,
        java.time.Clock.systemUTC(), h -> { })) {
      CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> schedule.run(events));
      assertThat(waiting.await(1, TimeUnit.MINUTES)).isTrue();

      // Not ten minutes, nor the other build's time and then a build of its own: the build had not begun.
      assertThat(schedule.stop(Duration.ofMinutes(1))).isTrue();
      assertThat(run.get(1, TimeUnit.MINUTES)).isEqualTo(1);
    }
    assertThat(said).singleElement().asString().startsWith("failed 1: another build of this site is running")
        .contains("gave up waiting: this build was asked to stop");
    assertThat(site.resolve("public")).doesNotExist();
  }

  @Test
  void anIntervalOutsideItsBoundsOrTooShortForBuildsThatFetchIsRefused(@TempDir Path dir) {
    BuildOptions online = BuildOptions.of(dir);
    assertThatThrownBy(() -> new BuildSchedule(online, Duration.ofSeconds(30)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least a minute apart");
    assertThat(new BuildSchedule(online, Duration.ofMinutes(1))).isNotNull();
    assertThat(new BuildSchedule(online.withOffline(true), Duration.ofSeconds(1))).isNotNull();
    for (Duration wrong : List.of(Duration.ofMillis(500), Duration.ZERO, Duration.ofDays(367))) {
      assertThatThrownBy(() -> new BuildSchedule(online.withOffline(true), wrong)).as(wrong.toString())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("from 1 second to 366 days");
    }
  }

  @Test
  void slotsAreMultiplesOfTheIntervalAndABuildThatOutlastsOneSkipsIt() {
    long quarter = Duration.ofMinutes(15).toMillis();
    long twelve = java.time.Instant.parse("2026-12-06T12:00:00Z").toEpochMilli();
    long slot = Math.floorDiv(twelve + 7 * 60_000, quarter);
    // A build begun at 12:07 that ends at 12:09 is followed at 12:15, one that ends at 12:47 at 13:00.
    assertThat(BuildSchedule.nextSlot(slot, twelve + 9 * 60_000, quarter) * quarter).isEqualTo(twelve + quarter);
    long late = BuildSchedule.nextSlot(slot, twelve + 47 * 60_000, quarter);
    assertThat(late * quarter).isEqualTo(twelve + 4 * quarter);
    // 12:30 and 12:45 came more than 15 minutes after the build's start: left out by its length.
    assertThat(BuildSchedule.missedSlots(twelve + 7 * 60_000, twelve + 47 * 60_000, quarter)).isEqualTo(2);
    // The first build, begun at 12:14 and done at 12:16, ran into 12:15's slot without taking 15 minutes.
    assertThat(BuildSchedule.missedSlots(twelve + 14 * 60_000, twelve + 16 * 60_000, quarter)).isZero();
    // A build begun at its slot, 12:15, that ends at 12:31 left out 12:30's.
    assertThat(BuildSchedule.missedSlots(twelve + quarter, twelve + 31 * 60_000, quarter)).isEqualTo(1);
    assertThat(BuildSchedule.missedSlots(twelve + quarter - 2, twelve + 29 * 60_000, quarter)).isZero();
    // Woken 2 ms before 12:15 by the sleep's clock and done at once: the next build is at 12:30, not again at 12:15.
    long woken = slot + 1;
    assertThat(BuildSchedule.nextSlot(woken, twelve + quarter - 2, quarter)).isEqualTo(woken + 1);
  }
}
