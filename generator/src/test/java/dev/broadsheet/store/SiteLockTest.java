package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteLockTest {
  private static final Duration SHORT = Duration.ofMillis(300);
  @TempDir Path data;
  private final List<Process> children = new ArrayList<>();
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    children.forEach(Process::destroyForcibly);
    pool.shutdownNow();
  }

  private static SiteLock acquire(Path dataDir, Duration wait) {
    return SiteLock.acquire(dataDir, wait, Clock.systemUTC(), holder -> { });
  }

  private Path lockFile() {
    return data.resolve(SiteLock.FILE_NAME);
  }

  @Test
  void aSecondBuildInTheSameJvmWaitsForTheFirstThenGoesAhead() throws Exception {
    SiteLock first = acquire(data, SHORT);
    List<LockRecord> toldWaiting = new CopyOnWriteArrayList<>();
    Future<SiteLock> second = pool.submit(() -> SiteLock.acquire(data, Duration.ofSeconds(30), Clock.systemUTC(),
        toldWaiting::add));
    Thread.sleep(400);
    assertThat(second).isNotDone();
    first.close();
    try (SiteLock got = second.get(30, TimeUnit.SECONDS)) {
      assertThat(got.tookOverFrom()).isEmpty();
      assertThat(toldWaiting).singleElement().extracting(LockRecord::pid).isEqualTo(ProcessHandle.current().pid());
    }
  }

  @Test
  void aWaitTooLongToCountInNanosecondsWaitsRatherThanFailing() {
    try (SiteLock got = SiteLock.acquire(data, Duration.ofSeconds(Long.MAX_VALUE), Clock.systemUTC(), r -> { })) {
      assertThat(got.tookOverFrom()).isEmpty();
    }
  }

  @Test
  void aSecondBuildGivesUpAfterItsWaitNamingTheHolder() {
    try (SiteLock held = acquire(data, SHORT)) {
      assertThatThrownBy(() -> pool.submit(() -> acquire(data, SHORT)).get())
          .hasCauseInstanceOf(SiteBusyException.class)
          .hasMessageContaining("another build of this site is running (pid " + ProcessHandle.current().pid()
              + " on host " + SiteLock.hostName() + ", since ")
          .hasMessageContaining("gave up after waiting 300 ms. Nothing was changed");
    }
  }

  @Test
  void theLockFileNamesItsHolderAndGoesWhenReleased() throws Exception {
    try (SiteLock held = acquire(data, SHORT)) {
      assertThat(Files.readString(lockFile())).contains("pid=" + ProcessHandle.current().pid())
          .contains("host=" + SiteLock.hostName()).contains("started=").contains("token=");
    }
    assertThat(lockFile()).doesNotExist();
    try (SiteLock again = acquire(data, Duration.ZERO)) {
      assertThat(again.tookOverFrom()).isEmpty();
    }
  }

  @Test
  void aLockHeldByAnotherJvmIsRespectedThenTakenOverWhenThatJvmIsKilled() throws Exception {
    Process child = start(data.toString());
    assertThat(firstLine(child)).isEqualTo("held");
    assertThatThrownBy(() -> acquire(data, SHORT)).isInstanceOf(SiteBusyException.class)
        .hasMessageContaining("(pid " + child.pid() + " on host ");

    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    // Killed: it left its record, but the OS released its lock.
    assertThat(Files.readString(lockFile())).contains("pid=" + child.pid());
    try (SiteLock taken = acquire(data, Duration.ofSeconds(10))) {
      assertThat(taken.tookOverFrom()).get().extracting(LockRecord::pid).isEqualTo(child.pid());
    }
  }

  @Test
  void aLockReleasedByAnotherJvmIsTakenWithoutAWarning() throws Exception {
    Process child = start(data.toString());
    assertThat(firstLine(child)).isEqualTo("held");
    CompletableFuture<SiteLock> waiting = CompletableFuture.supplyAsync(() -> acquire(data, Duration.ofSeconds(30)),
        pool);
    child.getOutputStream().close();
    try (SiteLock got = waiting.get(30, TimeUnit.SECONDS)) {
      assertThat(got.tookOverFrom()).isEmpty();
    }
  }

  @Test
  void aRecordOfADeadProcessIsTakenOverWithItsDetails() throws Exception {
    Process gone = new ProcessBuilder(java(), "-version").redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(gone.waitFor(30, TimeUnit.SECONDS)).isTrue();
    write(new LockRecord(gone.pid(), SiteLock.hostName(), Instant.now(), null, "t"));
    try (SiteLock taken = acquire(data, Duration.ZERO)) {
      assertThat(taken.tookOverFrom()).get().extracting(LockRecord::describe).asString()
          .startsWith("pid " + gone.pid() + " on host " + SiteLock.hostName() + ", since ");
    }
  }

  /**
   * Where OS locks do nothing, the record alone decides. Imitated by writing records of a live
   * process that holds no OS lock: a recent one on this host is respected; one whose pid now
   * belongs to a process started at another time, or one older than the limit, is taken over.
   */
  @Test
  void aRecordOfALiveBuildIsRespectedEvenWhereOsLocksDoNothing() throws Exception {
    Process sleeper = start("--sleep");
    assertThat(firstLine(sleeper)).isEqualTo("ready");
    Instant processStart = sleeper.info().startInstant().orElse(null);
    write(new LockRecord(sleeper.pid(), SiteLock.hostName(), Instant.now(), processStart, "t"));
    assertThatThrownBy(() -> acquire(data, SHORT)).isInstanceOf(SiteBusyException.class)
        .hasMessageContaining("(pid " + sleeper.pid() + " on host ");

    write(new LockRecord(sleeper.pid(), "another-host", Instant.now(), null, "t"));
    assertThatThrownBy(() -> acquire(data, SHORT)).isInstanceOf(SiteBusyException.class);

    write(new LockRecord(sleeper.pid(), "another-host", Instant.now().minus(SiteLock.STALE_AFTER).minusSeconds(60),
        null, "t"));
    try (SiteLock taken = acquire(data, SHORT)) {
      assertThat(taken.tookOverFrom()).get().extracting(LockRecord::host).isEqualTo("another-host");
    }

    if (processStart != null) {
      write(new LockRecord(sleeper.pid(), SiteLock.hostName(), Instant.now(), processStart.minusSeconds(3600), "t"));
      try (SiteLock taken = acquire(data, SHORT)) {
        assertThat(taken.tookOverFrom()).as("the pid was reused by another process").isPresent();
      }
    }
  }

  private void write(LockRecord record) throws Exception {
    Files.writeString(lockFile(), record.format(), StandardCharsets.UTF_8);
  }

  private Process start(String argument) throws Exception {
    Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"),
        LockHolderMain.class.getName(), argument).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    children.add(p);
    return p;
  }

  private String firstLine(Process p) throws Exception {
    BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    return pool.submit(out::readLine).get(60, TimeUnit.SECONDS);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
