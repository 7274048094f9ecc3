package dev.broadsheet.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The folders a walk of the live site saw, each with what tells its versions apart, so that a
 * later look tells whether any changed since ({@link LiveSurvey}): a file added, removed or renamed
 * in a folder sets the folder's change time to the present, which no program can set back.
 */
final class WalkedFolders {
  /** What tells a folder's versions apart, read in one call (a view Windows does not have). */
  static final String ATTRIBUTES = "unix:ctime,lastModifiedTime,ino,dev,mode";

  private WalkedFolders() {}

  /** A folder as walked: where it is and its state then (a list, never looked up: only checked again one by one). */
  record Folder(Path path, State state) {}

  /**
   * What tells a folder's versions apart: its change and modification times (to the nanosecond)
   * and its identity and mode, compared as values (a time printed as text costs a date's formatting).
   */
  record State(long changed, long modified, Object device, Object inode, Object mode) {
    static State of(Map<String, Object> a) {
      return new State(nanos(a.get("ctime")), nanos(a.get("lastModifiedTime")), a.get("dev"), a.get("ino"),
          a.get("mode"));
    }

    private static long nanos(Object time) {
      return ((FileTime) time).to(java.util.concurrent.TimeUnit.NANOSECONDS);
    }
  }

  /** Whether each folder still has the time and key it had when walked. */
  static boolean unchanged(List<Folder> folders) {
    return folders.parallelStream().allMatch(f -> {
      try {
        return f.state().equals(state(f.path()));
      } catch (IOException | UnsupportedOperationException gone) {
        return false;
      }
    });
  }

  /**
   * A folder's change time, modification time and identity. The change time is what cannot be
   * faked: restoring a folder's modification time after adding a file to it (as {@code rsync -t},
   * {@code cp -p} or {@code tar} do) sets its change time to the present.
   */
  private static State state(Path folder) throws IOException {
    return State.of(Files.readAttributes(folder, ATTRIBUTES, LinkOption.NOFOLLOW_LINKS));
  }

  /** The change time in {@code attributes} (read with {@link #ATTRIBUTES}). */
  static Instant changed(Map<String, Object> attributes) {
    return ((FileTime) attributes.get("ctime")).toInstant();
  }
}
