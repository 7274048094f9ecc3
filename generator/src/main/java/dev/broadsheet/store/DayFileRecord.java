package dev.broadsheet.store;

import dev.broadsheet.base.StampedLines;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What the last build read or wrote of each day file, kept in a cache file: the file's size,
 * modification time and identity, and the digest of each of its articles' texts. A day file still
 * in that state is not digested again: MD5 under the quick (C1) compiler the CLI runs with reads
 * about 330 MB/s, and a store of full texts is 64 MB at 10,000 articles. A file is judged by its
 * state as git and build tools judge it; rewriting a file gives it a new time or a new identity.
 *
 * <p>Safe to delete (every day file is then digested as it is read), ignored under another stamp
 * (Broadsheet's code), and never needed for correctness of what is stored: the store itself is
 * always parsed from its files.
 */
final class DayFileRecord {
  private static final String HEADER = "broadsheet-day-files 1 ";
  /** How recently changed a file must not be for its state to be trusted (FAT keeps times to 2 s). */
  private static final long RACY_MILLIS = 3000;

  /**
   * A day file as recorded.
   *
   * @param asWritten whether its bytes were as this version writes them
   * @param digests each article's digest, in the file's order
   */
  record Known(boolean asWritten, List<byte[]> digests) {}

  private final StampedLines lines;
  private final Map<String, String> previous;
  private final Map<String, String> current = new ConcurrentHashMap<>();

  private DayFileRecord(StampedLines lines) {
    this.lines = lines;
    this.previous = lines == null ? Map.of() : lines.read();
  }

  /** No record: every day file is digested as it is read. */
  static DayFileRecord none() {
    return new DayFileRecord(null);
  }

  /** The record in {@code file} if it was made under {@code stamp}; else an empty one that {@link #save} fills. */
  static DayFileRecord open(Path file, String stamp) {
    return new DayFileRecord(new StampedLines(file, HEADER + stamp));
  }

  /**
   * The state of {@code file} as a record line holds it, or null when it cannot tell the file's
   * versions apart: no file identity, or changed in the last {@link #RACY_MILLIS} (a file system
   * that keeps times to the second or two could give an edit made right after a build the very
   * time the build saw, so such a file is digested once more, by a later build).
   */
  static String stateOf(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      boolean racy = a.lastModifiedTime().toMillis() > System.currentTimeMillis() - RACY_MILLIS;
      return a.fileKey() == null || !a.isRegularFile() || racy ? null
          : a.size() + " " + a.lastModifiedTime() + " " + a.fileKey();
    } catch (IOException e) {
      return null;
    }
  }

  /** What was recorded of the day file {@code name} when it was in {@code state}, or null. */
  Known known(String name, String state) {
    String line = state == null ? null : previous.get(name);
    if (line == null || !line.startsWith(state + "\t") || line.length() < state.length() + 3) {
      return null;
    }
    String rest = line.substring(state.length() + 1);
    List<byte[]> digests = new ArrayList<>();
    try {
      for (String hex : rest.substring(2).split(",")) {
        if (!hex.isEmpty()) {
          digests.add(HexFormat.of().parseHex(hex));
        }
      }
    } catch (IllegalArgumentException e) {
      // A damaged line: the file is digested as it is read.
      return null;
    }
    return new Known(rest.charAt(0) == '1', digests);
  }

  /** Records the day file {@code name} as read or written in {@code state}; a file without a digest for every article is left out. */
  void saw(String name, String state, boolean asWritten, List<byte[]> digests) {
    if (state == null || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0
        || digests.contains(null)) {
      current.remove(name);
      return;
    }
    StringBuilder line = new StringBuilder(state).append('\t').append(asWritten ? '1' : '0').append('\t');
    for (int i = 0; i < digests.size(); i++) {
      line.append(i == 0 ? "" : ",").append(HexFormat.of().formatHex(digests.get(i)));
    }
    current.put(name, line.toString());
  }

  /** Forgets the day file {@code name}, which is no more. */
  void gone(String name) {
    current.remove(name);
  }

  /** Writes what this build saw, when it differs from what was read. A record that cannot be written is only slower next time. */
  void save() {
    if (lines != null && !current.equals(previous)) {
      try {
        lines.write(current, UnaryOperator.identity());
      } catch (java.io.UncheckedIOException e) {
        // The next build digests the day files it reads.
      }
    }
  }
}
