package dev.broadsheet.store;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code data/build.lock} says about the build holding it: a few {@code key=value} lines a
 * person can read.
 *
 * @param pid the holding process
 * @param host the machine it runs on
 * @param started when it took the lock
 * @param processStarted when that process started (null if the system would not say), which tells
 *     a live holder from a new process that was given the same pid
 * @param token unique to this holding, so that a build only ever removes its own lock
 */
public record LockRecord(long pid, String host, Instant started, Instant processStarted, String token) {
  /** The record of this process taking the lock now. */
  static LockRecord current(Clock clock) {
    ProcessHandle self = ProcessHandle.current();
    return new LockRecord(self.pid(), SiteLock.hostName(), clock.instant(), self.info().startInstant().orElse(null),
        UUID.randomUUID().toString());
  }

  /** The record in {@code text}, or null when it is empty or not complete (being written). */
  static LockRecord parse(String text) {
    Map<String, String> fields = new HashMap<>();
    for (String line : text.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0 && !line.startsWith("#")) {
        fields.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
      }
    }
    try {
      String processStarted = fields.get("processStarted");
      return new LockRecord(Long.parseLong(fields.get("pid")), fields.get("host"), Instant.parse(fields.get("started")),
          processStarted == null || processStarted.isEmpty() ? null : Instant.parse(processStarted),
          fields.get("token"));
    } catch (RuntimeException e) {
      // NumberFormatException, DateTimeException or a missing field: not a whole record.
      return null;
    }
  }

  String format() {
    return "# A Broadsheet build of this site is running; the file goes when it ends.\n"
        + "pid=" + pid + "\nhost=" + host + "\nstarted=" + started + "\nprocessStarted="
        + (processStarted == null ? "" : processStarted) + "\ntoken=" + token + "\n";
  }

  /** For messages: "pid 4242 on host ci-7, since 2026-11-21T08:00:00Z". */
  public String describe() {
    return "pid " + pid + " on host " + host + ", since " + started;
  }

  /**
   * Whether this record can no longer stand for a running build, seen from {@code me} at {@code
   * now}: older than {@link SiteLock#STALE_AFTER}, or on this host with its process gone or the
   * pid now another process's. This JVM's own pid counts as gone: a thread of this JVM that holds
   * the lock is kept out by the JVM's lock table before the record is ever read.
   */
  boolean isStale(LockRecord me, Instant now) {
    if (Duration.between(started, now).compareTo(SiteLock.STALE_AFTER) > 0) {
      return true;
    }
    if (host == null || !host.equals(me.host())) {
      return false;
    }
    if (pid == me.pid()) {
      return true;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    Optional<Instant> start = process.get().info().startInstant();
    try {
      return processStarted != null && start.isPresent()
          && Duration.between(start.get(), processStarted).abs().compareTo(Duration.ofSeconds(1)) > 0;
    } catch (DateTimeException | ArithmeticException e) {
      return false;
    }
  }
}
