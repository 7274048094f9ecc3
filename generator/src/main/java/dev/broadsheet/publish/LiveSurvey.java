package dev.broadsheet.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The live site's entries, walked on a thread of their own while the build curates and renders.
 * A news site has a folder per page: at 10,000 articles the walk opens 11,500 folders, which took
 * a third of a second, and seconds when the disk's caches were cold, all of it on the build's path.
 *
 * <p>Publishing takes the walk only if it describes the folder that is live when publishing starts
 * and none of its folders changed since: each is looked at again, for a file added, removed or
 * renamed in a folder changes the folder's modification time, and looking costs a fraction of
 * listing. A folder changed in the seconds before the walk could change again within its time
 * stamp's resolution unseen; then the walk is not taken, and publishing walks the site itself.
 */
public final class LiveSurvey implements AutoCloseable {
  /** A folder modified this recently when the walk began may change again without a new time. */
  private static final Duration RACY = Duration.ofSeconds(3);

  /** A live entry: where it is, its file key, and whether the walk found a regular file there (not a link). */
  record Entry(Path path, String key, boolean regular) {}

  /** What one walk saw: entries by path relative to {@code root}, and each folder's time and key. */
  private record Walk(Path root, TreeMap<String, Entry> entries, Map<Path, String> folders) {}

  private final FutureTask<Walk> task;
  private volatile boolean cancelled;

  private LiveSurvey(Path root) {
    this.task = root == null ? null : new FutureTask<>(() -> walk(root, Instant.now()));
  }

  /** No survey: publishing walks the live site when it needs it. */
  public static LiveSurvey none() {
    return new LiveSurvey(null);
  }

  /**
   * Begins walking the site live in {@code output}, unless a killed build left things beside it
   * for publishing to put right first (then there is nothing to walk ahead).
   */
  static LiveSurvey start(Path output) {
    Path out = output.toAbsolutePath().normalize();
    if (out.getParent() == null || new SiteSwitch(out, HaltPoint.never()).hasLeftovers() || !Files.isDirectory(out)) {
      return none();
    }
    try {
      LiveSurvey survey = new LiveSurvey(out.toRealPath());
      Thread thread = new Thread(survey.task, "broadsheet-live-survey");
      // Never keeps a process alive: an unused survey is only a walk that nobody waits for.
      thread.setDaemon(true);
      thread.start();
      return survey;
    } catch (IOException e) {
      return none();
    }
  }

  /**
   * The entries of {@code live}, the folder that holds the live site as publishing starts (null
   * when there is none): the survey's, when it walked that folder and no folder changed since,
   * else walked now.
   */
  TreeMap<String, Entry> entries(Path live) throws IOException {
    if (live == null) {
      return new TreeMap<>();
    }
    Walk walked = finished();
    if (walked != null && walked.root().equals(live) && unchanged(walked.folders())) {
      return walked.entries();
    }
    return walk(live, null).entries();
  }

  /** Stops the walk if it is still running; its result is not used. */
  @Override
  public void close() {
    cancelled = true;
  }

  /** The survey's walk, or null when there is none, it was stopped, or it failed. */
  private Walk finished() {
    if (task == null) {
      return null;
    }
    task.run();
    try {
      return task.get();
    } catch (ExecutionException e) {
      // The walk met a file that vanished, a folder it may not read: publishing walks again and
      // reports what it meets itself.
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** Whether each folder still has the time and key it had when walked. */
  private static boolean unchanged(Map<Path, String> folders) {
    return folders.entrySet().parallelStream().allMatch(e -> {
      try {
        return e.getValue().equals(state(Files.readAttributes(e.getKey(), BasicFileAttributes.class,
            LinkOption.NOFOLLOW_LINKS)));
      } catch (IOException gone) {
        return false;
      }
    });
  }

  private static String state(BasicFileAttributes folder) {
    return folder.isDirectory() ? folder.lastModifiedTime().toInstant() + " " + folder.fileKey() : "not a folder";
  }

  /**
   * Every file and symbolic link under {@code root}, by relative path (links are not followed),
   * and each folder's state. With {@code began}, a survey's walk: null when stopped or when a
   * folder changed too recently for its state to be trusted later.
   */
  private Walk walk(Path root, Instant began) throws IOException {
    TreeMap<String, Entry> entries = new TreeMap<>();
    Map<Path, String> folders = new HashMap<>();
    Instant recent = began == null ? null : began.minus(RACY);
    boolean[] usable = {true};
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (recent != null && (cancelled || !attrs.lastModifiedTime().toInstant().isBefore(recent))) {
          usable[0] = false;
          return FileVisitResult.TERMINATE;
        }
        folders.put(dir, state(attrs));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
          entries.put(root.relativize(file).toString().replace('\\', '/'),
              new Entry(file, SpareSite.keyOf(attrs), attrs.isRegularFile()));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return usable[0] ? new Walk(Objects.requireNonNull(root), entries, folders) : null;
  }
}
