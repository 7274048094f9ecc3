package dev.broadsheet.publish;

import dev.broadsheet.base.Ahead;
import dev.broadsheet.base.FileStates;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The live site's entries, walked on a thread of their own while the build curates and renders.
 * A news site has a folder per page: at 10,000 articles the walk opens 11,500 folders, which took
 * a third of a second, and seconds when the disk's caches were cold, all of it on the build's path.
 *
 * <p>Publishing takes the walk only if it describes the folder that is live when publishing starts
 * and none of its folders changed since: each is looked at again, for a file added, removed or
 * renamed in a folder sets the folder's change time to the present (a time no program can set
 * back), and looking costs a fraction of listing. A folder changed in the seconds before the walk
 * could change again within its time stamp's resolution unseen; then the walk is not taken, and
 * publishing walks the site itself, as it does where change times are not to be had (Windows) or
 * not to be trusted at once (network file systems).
 */
public final class LiveSurvey implements AutoCloseable {
  /** A folder changed this recently when the walk began may change again without a new change time. */
  private static final Duration RACY = Duration.ofSeconds(3);
  /**
   * The same for a folder whose change time has a fraction of a second, on the site's own device
   * of a local file system that keeps such times: the kernel stamps them from a clock that ticks
   * every few milliseconds. A site rebuilt seconds after the last build (a preview, a burst of news)
   * would otherwise never take its survey: its folders all changed within three seconds.
   */
  private static final Duration RACY_FINE = Duration.ofMillis(250);
  /** Local file systems that keep change times finer than a second (ext4 reports itself as ext2/ext3 too). */
  private static final java.util.Set<String> FINE_TIMES = java.util.Set.of("ext4", "ext2/ext3", "xfs", "btrfs",
      "tmpfs", "f2fs", "zfs", "bcachefs", "apfs");
  /** How long closing waits for a stopped walk to notice. */
  private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);

  /**
   * A live entry: where it is, its file key, whether the walk found a regular file there (not a
   * link), and then its state ({@link FileStates#identity}), else null.
   */
  record Entry(Path path, String key, boolean regular, String state) {}

  /**
   * What one walk saw: entries by path relative to {@code root}, and each folder's time and key;
   * a survey's walk also has its entries by hash, for rendering's look-ups (a tree compares the
   * long prefixes paths share).
   */
  private record Walk(Path root, TreeMap<String, Entry> entries, List<WalkedFolders.Folder> folders,
      Map<String, Entry> byPath) {}

  /** The walk begun ahead, or null when there is none. */
  private Ahead<Walk> ahead;
  private final Duration racy;
  /** The window for a folder with fine change times on {@link #device}, or null for none. */
  private final Duration fine;
  /** The device of the site's folder, whose folders {@link #fine} is for. */
  private final Object device;
  private final AtomicInteger walks = new AtomicInteger();
  private volatile boolean cancelled;
  /** Whether {@link #walkedStates} gave the walk's states to anyone: then a walk again must tell what changed since. */
  private volatile boolean statesGiven;
  /** The paths whose state a walk again found changed since the states given (empty: none, or none given). */
  private java.util.Set<String> changedSinceStates = java.util.Set.of();

  private LiveSurvey(Duration racy, Duration fine, Object device) {
    this.racy = racy;
    this.fine = fine;
    this.device = device;
  }

  /** No survey: publishing walks the live site when it needs it. */
  public static LiveSurvey none() {
    return new LiveSurvey(RACY, null, null);
  }

  /**
   * Begins walking the site live in {@code output}, unless a killed build left things beside it
   * for publishing to put right first, or the file system cannot be trusted to tell of changes.
   */
  static LiveSurvey start(Path output) {
    return start(output, null);
  }

  /**
   * As above; a folder changed within {@code racy} before the walk makes the walk unusable (null:
   * three seconds, or a quarter of one for a folder whose change time shows it is finer).
   */
  static LiveSurvey start(Path output, Duration racy) {
    Path out = output.toAbsolutePath().normalize();
    if (out.getParent() == null || new SiteSwitch(out, HaltPoint.never()).hasLeftovers() || !Files.isDirectory(out)) {
      return none();
    }
    try {
      Path root = out.toRealPath();
      String type = Files.getFileStore(root).type().toLowerCase(java.util.Locale.ROOT);
      Map<String, Object> attributes = Files.readAttributes(root, WalkedFolders.ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
      if (!trustworthy(type, attributes)) {
        return none();
      }
      LiveSurvey survey = racy != null ? new LiveSurvey(racy, null, null)
          : new LiveSurvey(RACY, FINE_TIMES.contains(type) ? RACY_FINE : null, attributes.get("dev"));
      survey.ahead = Ahead.start("broadsheet-live-survey", () -> survey.walk(root, Instant.now()));
      return survey;
    } catch (IOException | UnsupportedOperationException e) {
      return none();
    }
  }

  /**
   * Whether the folder's file system keeps change times and file identities that this machine
   * sees at once. A network file system may answer from a cache for a while, or keep a server's
   * clock: there the site is walked when publishing, as it always was.
   */
  private static boolean trustworthy(String type, Map<String, Object> attributes) {
    if (type.startsWith("nfs") || type.startsWith("cifs") || type.startsWith("smb") || type.startsWith("fuse")
        || type.equals("9p") || type.equals("afs") || type.equals("ceph") || type.equals("glusterfs")) {
      return false;
    }
    WalkedFolders.changed(attributes);
    return true;
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
    if (walked != null && walked.root().equals(live) && WalkedFolders.unchanged(walked.folders())) {
      return walked.entries();
    }
    Walk again = walk(live, null);
    if (walked != null && statesGiven) {
      // A page kept by the state the walk gave was kept for a file that may have been replaced since.
      java.util.Set<String> changed = new java.util.HashSet<>();
      walked.byPath().forEach((path, entry) -> {
        Entry now = again.entries().get(path);
        if (entry.state() != null && (now == null || !entry.state().equals(now.state()))) {
          changed.add(path);
        }
      });
      changedSinceStates = changed;
    }
    return again.entries();
  }

  /**
   * The files whose state {@link #walkedStates} gave and that {@link #entries} found otherwise
   * (replaced, removed) when it had to walk the site again: a page kept for its state then holds
   * what someone else put there.
   */
  java.util.Set<String> changedSinceStates() {
    return changedSinceStates;
  }

  /**
   * The state of each regular file of the live site as the survey's walk saw it, by path relative
   * to the site ({@link FileStates#identity}; null for any other path), when the walk has ended
   * and is usable; else null, and whoever asks looks at the files themselves. Rendering asks this
   * of every published page: at 100,000 pages, asking the file system again took half a second of
   * CPU. A file replaced or removed since shows in its folder, so publishing walks again and stops
   * rather than publish it as a kept page ({@link #changedSinceStates}); one changed in place (which
   * no folder tells of) is taken as it was, as one changed after it was looked at always was, until
   * the next build, whose look finds it changed.
   */
  public java.util.function.Function<String, String> walkedStates() {
    if (ahead == null || !ahead.isDone()) {
      return null;
    }
    Walk walked = finished();
    if (walked == null) {
      return null;
    }
    statesGiven = true;
    return path -> {
      Entry entry = walked.byPath().get(path);
      return entry == null ? null : entry.state();
    };
  }

  /** Stops the walk if it is still running; its result is not used. */
  @Override
  public void close() {
    cancelled = true;
    if (ahead != null) {
      // Stopped at the next entry: waited for, so that no walk outlives the build's lock.
      ahead.awaitEnd(CLOSE_WAIT);
    }
  }

  /** How many times this survey walked a site: once ahead, and again when the walk was not taken. */
  int walks() {
    return walks.get();
  }

  /** The survey's walk, or null when there is none, it was stopped, or it failed. */
  private Walk finished() {
    if (ahead == null) {
      return null;
    }
    try {
      return ahead.get();
    } catch (RuntimeException e) {
      // The walk met a file that vanished, a folder it may not read: publishing walks again and
      // reports what it meets itself.
      return null;
    }
  }

  /**
   * Every file and symbolic link under {@code root}, by relative path (links are not followed),
   * and each folder's state. With {@code began}, a survey's walk: null when stopped or when a
   * folder changed too recently for its state to be trusted later.
   */
  private Walk walk(Path root, Instant began) throws IOException {
    TreeMap<String, Entry> entries = new TreeMap<>();
    List<WalkedFolders.Folder> folders = new ArrayList<>();
    // Every path the walk gives is under the root: its relative name is the rest of its text.
    int rootLength = root.toString().length() + (root.getNameCount() == 0 ? 0 : 1);
    Instant recent = began == null ? null : began.minus(racy);
    Instant recentFine = began == null || fine == null ? null : began.minus(fine);
    boolean[] usable = {true};
    // States for the survey's walk, which rendering asks for, and for a walk again after it gave them.
    boolean statesWanted = began != null || statesGiven;
    walks.incrementAndGet();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        if (recent != null) {
          Map<String, Object> now = Files.readAttributes(dir, WalkedFolders.ATTRIBUTES, LinkOption.NOFOLLOW_LINKS);
          // A change time with a fraction of a second is kept finer than seconds (one kept in whole
          // seconds never has one), unless it is a folder of another device mounted inside the site.
          boolean fineHere = recentFine != null && WalkedFolders.changed(now).getNano() != 0 && device != null
              && device.equals(now.get("dev"));
          if (cancelled || !WalkedFolders.changed(now).isBefore(fineHere ? recentFine : recent)) {
            usable[0] = false;
            return FileVisitResult.TERMINATE;
          }
          folders.add(new WalkedFolders.Folder(dir, WalkedFolders.State.of(now)));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (recent != null && cancelled) {
          usable[0] = false;
          return FileVisitResult.TERMINATE;
        }
        if (attrs.isRegularFile() || attrs.isSymbolicLink()) {
          entries.put(file.toString().substring(rootLength).replace('\\', '/'),
              new Entry(file, SpareSite.keyOf(attrs), attrs.isRegularFile(),
                  attrs.isRegularFile() && statesWanted ? FileStates.identity(attrs) : null));
        }
        return FileVisitResult.CONTINUE;
      }
    });
    return usable[0] ? new Walk(root, entries, folders, began == null ? Map.of() : new java.util.HashMap<>(entries))
        : null;
  }
}
