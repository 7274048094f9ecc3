package dev.broadsheet.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One build at a time per site. Two builds that each read the store, add what they fetched and
 * write it back would each drop the other's new articles, so a build holds {@code data/build.lock}
 * from before it reads the store until it has written everything.
 *
 * <p>Exclusion is an OS lock on the file (on a byte far past its content, so that the content
 * stays readable everywhere), and another thread of the same JVM is kept out by the JVM's own lock
 * table. The OS drops the lock of a process that dies, so a killed build never blocks the next
 * one; the record it leaves (pid, host, start) is reported as taken over. The record also names
 * the holder to a build that waits. Where OS locks do nothing (some network file systems), the
 * record alone decides: it is respected unless stale, that is on this host with its process gone
 * (or the pid now another process), or older than {@link #STALE_AFTER}.
 */
public final class SiteLock implements AutoCloseable {
  public static final String FILE_NAME = "build.lock";
  /** Far longer than any build: only a record this old from another host is taken over. */
  public static final Duration STALE_AFTER = Duration.ofHours(6);
  private static final long REGION = Long.MAX_VALUE - 1;
  private static final long POLL_MILLIS = 200;
  private static final Duration LONGEST_WAIT = Duration.ofDays(36_500);

  private final Path file;
  private final FileChannel channel;
  private final FileLock osLock;
  private final LockRecord mine;
  private final LockRecord tookOverFrom;

  private SiteLock(Path file, FileChannel channel, FileLock osLock, LockRecord mine, LockRecord tookOverFrom) {
    this.file = file;
    this.channel = channel;
    this.osLock = osLock;
    this.mine = mine;
    this.tookOverFrom = tookOverFrom;
  }

  /**
   * Takes the lock of the site whose store is {@code dataDir}, waiting up to {@code wait} for
   * another build to finish; {@code waiting} is told once, with the holder (null if not yet
   * known), when this build has to wait. Throws {@link SiteBusyException} when the wait is over.
   */
  public static SiteLock acquire(Path dataDir, Duration wait, Clock clock, Consumer<LockRecord> waiting) {
    return acquire(dataDir, wait, clock, waiting, () -> false);
  }

  /**
   * As above, the wait also ended (with the same exception) as soon as {@code giveUp} says so: a
   * scheduled process asked to stop does not wait for another build to then run one of its own.
   */
  public static SiteLock acquire(Path dataDir, Duration wait, Clock clock, Consumer<LockRecord> waiting,
      java.util.function.BooleanSupplier giveUp) {
    Path file = dataDir.resolve(FILE_NAME);
    // Waits beyond a century are as good as endless, and past 292 years in nanoseconds they overflow.
    long deadline = System.nanoTime() + (wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait).toNanos();
    boolean told = false;
    try {
      Files.createDirectories(dataDir);
      LockRecord me = LockRecord.current(clock);
      while (true) {
        Attempt attempt = tryOnce(file, me, clock);
        if (attempt.lock() != null) {
          return attempt.lock();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new SiteBusyException(file, attempt.holder(), wait);
        }
        if (giveUp.getAsBoolean()) {
          throw new SiteBusyException(file, attempt.holder(), "gave up waiting: this build was asked to stop");
        }
        if (!told) {
          waiting.accept(attempt.holder());
          told = true;
        }
        Thread.sleep(Math.max(1, Math.min(POLL_MILLIS, Duration.ofNanos(left).toMillis())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock " + file, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SiteBusyException(file, null, wait);
    }
  }

  /** The lock file. */
  public Path file() {
    return file;
  }

  /** The record of a build that did not finish and whose lock this one took over, if any. */
  public Optional<LockRecord> tookOverFrom() {
    return Optional.ofNullable(tookOverFrom);
  }

  /** Either the lock, or who holds it (null when not known yet). */
  private record Attempt(SiteLock lock, LockRecord holder) {}

  private static Attempt tryOnce(Path file, LockRecord me, Clock clock) throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    boolean kept = false;
    try {
      FileLock os;
      try {
        os = channel.tryLock(REGION, 1, false);
      } catch (OverlappingFileLockException e) {
        os = null;
      }
      if (os == null) {
        return new Attempt(null, read(file));
      }
      LockRecord previous = LockRecord.parse(contentOf(channel));
      if (previous != null && !previous.isStale(me, clock.instant())) {
        // The OS granted a lock that a live build holds: locks do nothing on this file system.
        return new Attempt(null, previous);
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(me.format().getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(false);
      if (!me.equals(read(file))) {
        // The finishing build deleted the file after we opened it: our lock is on a file no one
        // else will open. Try again with the file at the path now.
        return new Attempt(null, null);
      }
      kept = true;
      return new Attempt(new SiteLock(file, channel, os, me, previous), me);
    } finally {
      if (!kept) {
        channel.close();
      }
    }
  }

  private static String contentOf(FileChannel channel) throws IOException {
    long size = Math.min(channel.size(), 4096);
    ByteBuffer buffer = ByteBuffer.allocate((int) size);
    while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) > 0) {
      // Reads until the buffer is full or the content ends.
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  /** The record at the path, or null when there is none or it is not complete yet. */
  private static LockRecord read(Path file) {
    try {
      return LockRecord.parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      // Unreadable for now (being replaced, or a platform that blocks reads of locked files).
      return null;
    }
  }

  /** Releases the lock; the file goes, unless another build has already replaced it. */
  @Override
  public void close() {
    try {
      boolean ours = mine.equals(read(file));
      // Emptied before it goes: a build that opened this file already must not see a live record.
      channel.truncate(0);
      if (ours) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release " + file, e);
    } finally {
      try {
        osLock.release();
        channel.close();
      } catch (IOException e) {
        // Closing the channel releases the OS lock in any case.
      }
    }
  }

  /** The host name recorded in locks; "unknown" when the system cannot tell. */
  static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown";
    }
  }
}
