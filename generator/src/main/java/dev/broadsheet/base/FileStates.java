package dev.broadsheet.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * What a build learnt from files (a digest of their bytes, say), kept in a cache file with each
 * file's state: size, modification time and identity. A file still in the recorded state holds
 * the same bytes, as build tools and git take it, so what was learnt holds too. A file changed in
 * the last {@link #RACY} is never recorded: a file system that keeps times to the second or two
 * could give an edit made right after the build the very time the build saw.
 *
 * <p>Safe to delete, ignored under another header ({@link StampedLines}); only what this build
 * looked up or learnt is kept for the next one.
 */
public final class FileStates {
  /** How recently changed a file must not be for its state to be trusted (FAT keeps times to 2 s). */
  private static final Duration RACY = Duration.ofSeconds(3);

  private final StampedLines lines;
  private final Map<String, String> previous;
  private final Map<String, String> current = new ConcurrentHashMap<>();

  private FileStates(StampedLines lines) {
    this.lines = lines;
    this.previous = lines == null ? Map.of() : lines.read();
  }

  /** Nothing recorded or kept. */
  public static FileStates none() {
    return new FileStates(null);
  }

  /** The record in {@code file} if it was made under {@code header}; else an empty one that {@link #save} fills. */
  public static FileStates open(Path file, String header) {
    return new FileStates(new StampedLines(file, header));
  }

  /**
   * The state of a file with {@code attributes}, as seen at {@code now}, or null when it cannot
   * tell the file's versions apart: no identity, not a regular file, or changed too recently.
   */
  public static String stateOf(BasicFileAttributes attributes, Instant now) {
    Object key = attributes.fileKey();
    if (key == null || !attributes.isRegularFile()
        || !attributes.lastModifiedTime().toInstant().isBefore(now.minus(RACY))) {
      return null;
    }
    String state = identity(attributes);
    return state.indexOf('\t') >= 0 || state.indexOf('\n') >= 0 || state.indexOf('\r') >= 0 ? null : state;
  }

  /**
   * A file's size, modification time and file key (device and inode where the file system has
   * them, else "null"), as one text: equal for the same file unchanged.
   */
  public static String identity(BasicFileAttributes attributes) {
    return attributes.size() + " " + InstantText.of(attributes.lastModifiedTime().toInstant()) + " " + attributes.fileKey();
  }

  /** The state of {@code file} itself (a link's own) now, or null (see above). */
  public static String stateOf(Path file) {
    try {
      return stateOf(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS), Instant.now());
    } catch (IOException e) {
      return null;
    }
  }

  /** What was recorded of {@code name} when it was in {@code state} (may be null), or null. */
  public String recorded(String name, String state) {
    String line = state == null ? null : previous.get(name);
    return line != null && line.startsWith(state + "\t") ? line.substring(state.length() + 1) : null;
  }

  /** Keeps {@code value} for {@code name} in {@code state}; with no state, or a name no line can hold, forgets it. */
  public void keep(String name, String state, String value) {
    if (state == null || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0
        || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      current.remove(name);
    } else {
      current.put(name, state + "\t" + value);
    }
  }

  /** Forgets {@code name}: no more, or not to be trusted. */
  public void forget(String name) {
    current.remove(name);
  }

  /** Brings the record to what this build kept, when that differs. A record that cannot be written is only slower next time. */
  public void save() {
    if (lines != null && !current.equals(previous)) {
      try {
        lines.write(current, UnaryOperator.identity());
      } catch (java.io.UncheckedIOException e) {
        // The next build reads the files again.
      }
    }
  }
}
