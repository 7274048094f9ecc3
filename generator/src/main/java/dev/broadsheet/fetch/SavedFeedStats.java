package dev.broadsheet.fetch;

import dev.broadsheet.base.StampedLines;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the last build saw of each saved feed file (a source that is a file in the site folder):
 * its size, modification time and file identity, and the digest of the bytes then read. A file
 * whose three are as recorded has those bytes, as build tools and git take it, and is not read
 * again just to find it unchanged (a 10,000-article site reads 60 MB of saved feeds a build). A
 * file changed too recently to tell a later change in the same clock tick is not recorded, and
 * read next time. Kept in the cache folder, safe to delete.
 */
final class SavedFeedStats {
  private static final String HEADER = "broadsheet-saved-feeds 1";
  /** Changes within this long of a file's recorded time could share its time: not trusted. */
  private static final Duration RACY = Duration.ofSeconds(2);

  private final StampedLines file;
  private final Map<String, String> previous;
  private final Map<String, String> current = new ConcurrentHashMap<>();

  private SavedFeedStats(StampedLines file) {
    this.file = file;
    this.previous = file == null ? Map.of() : file.read();
  }

  /** Nothing recorded or kept. */
  static SavedFeedStats none() {
    return new SavedFeedStats(null);
  }

  /** The record in {@code file}, brought up to date by {@link #save}. */
  static SavedFeedStats open(Path file) {
    return new SavedFeedStats(new StampedLines(file, HEADER));
  }

  /** The digest of {@code path}'s bytes when it was last read, if the file is still as it was then; else null. */
  String unchanged(String path, BasicFileAttributes now) {
    String last = previous.get(path);
    String seen = stat(now);
    if (last == null || seen == null || !last.startsWith(seen + " ")) {
      return null;
    }
    current.put(path, last);
    return last.substring(seen.length() + 1);
  }

  /** Records that {@code path}, as {@code before} describes it from before it was read, held bytes of {@code digest}. */
  void read(String path, BasicFileAttributes before, String digest, Instant now) {
    String seen = stat(before);
    boolean plainPath = path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0;
    if (seen != null && plainPath && before.lastModifiedTime().toInstant().isBefore(now.minus(RACY))) {
      current.put(path, seen + " " + digest);
    }
  }

  /** Brings the record to what this build saw, if that differs. */
  void save() {
    if (file != null && !current.equals(previous)) {
      file.write(current, v -> v);
    }
  }

  private static String stat(BasicFileAttributes a) {
    Object key = a.fileKey();
    if (key == null) {
      // Without a file identity a replaced file of the same size and time would pass: nothing is trusted.
      return null;
    }
    String identity = key.toString();
    if (identity.indexOf(' ') >= 0 || identity.indexOf('\t') >= 0 || identity.indexOf('\n') >= 0) {
      return null;
    }
    return a.size() + " " + a.lastModifiedTime().toInstant() + " " + identity;
  }
}
