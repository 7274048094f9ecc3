package dev.broadsheet.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A cache file that a build reads and the next one brings up to date: a header line naming what
 * it was made under (format, Broadsheet's code, whatever else decides its contents), then one line
 * per key, the key and its value split by the first tab. Read under any other header, it is empty.
 * Keys and values must hold no line break; values may hold tabs.
 *
 * <p>A key may have several lines; the last one counts. A build that changed a few values appends
 * their lines, instead of writing tens of megabytes again for a site of 100,000 articles; the
 * file is written anew once a fifth of its lines are outdated. A line cut short by a killed build
 * (the file does not end with a line break) is ignored, and the next write starts the file anew.
 */
public final class StampedLines {
  private final Path file;
  private final String header;
  /** What {@link #read} found: each key's last value, and how many lines held them; null before it ran or when nothing was usable. */
  private Map<String, String> found;
  private int foundLines;
  /** The file's size, time and identity when {@link #read} found it: lines are appended only to that very file. */
  private String foundState;

  public StampedLines(Path file, String header) {
    this.file = file;
    this.header = header;
  }

  /** Each key's value, or nothing when the file is missing, unreadable or made under another header. */
  public Map<String, String> read() {
    Map<String, String> values = new HashMap<>();
    found = null;
    try {
      String state = state();
      String text = Files.readString(file, StandardCharsets.UTF_8);
      List<String> lines = text.lines().toList();
      if (!lines.isEmpty() && lines.get(0).equals(header)) {
        boolean whole = text.endsWith("\n");
        for (String line : lines.subList(1, whole ? lines.size() : Math.max(1, lines.size() - 1))) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            values.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
        if (whole && state != null && state.equals(state())) {
          found = values;
          foundLines = lines.size() - 1;
          foundState = state;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Nothing kept, or nothing readable: the build does the work, and writes the file anew.
      values.clear();
    }
    return java.util.Collections.unmodifiableMap(values);
  }

  /**
   * Brings the file to {@code values} (each value as {@code encode} writes it): appends the lines
   * of keys whose value {@link #read} did not find, or rewrites the file in key order, line by
   * line ({@link AtomicFiles#replace}), when it read none or too many lines would be outdated. A
   * cache that cannot be written is only a slower next build.
   */
  public void write(Map<String, String> values, UnaryOperator<String> encode) {
    try {
      if (found != null) {
        List<String> changed = new ArrayList<>();
        // Unordered: only the few changed lines are sorted (a hundred thousand pages a build).
        values.forEach((key, value) -> {
          String line = encode.apply(value);
          if (!line.equals(found.get(key))) {
            changed.add(key + "\t" + line + "\n");
          }
        });
        changed.sort(null);
        // Only to the file as read: one deleted, replaced or grown since is written anew.
        if ((foundLines + changed.size()) * 4L <= values.size() * 5L && foundState.equals(state())) {
          found = null;
          try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
            for (String line : changed) {
              out.write(line);
            }
            return;
          } catch (IOException e) {
            // Written anew below; a line cut short by the failure is ignored by the next read.
          }
        }
      }
      found = null;
      AtomicFiles.replace(file, temp -> {
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          out.write(header);
          out.write('\n');
          String[] keys = values.keySet().toArray(String[]::new);
          java.util.Arrays.parallelSort(keys);
          for (String key : keys) {
            out.write(key);
            out.write('\t');
            out.write(encode.apply(values.get(key)));
            out.write('\n');
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + " (it is safe to delete)", e);
    }
  }

  /** The file's size, time and identity, or null when it has none or cannot be read. */
  private String state() {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() == null ? null : FileStates.identity(a);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * {@code text} as one line of such a file, or one tab-separated field: backslashes, tabs and line
   * breaks written as {@code \\}, {@code \t}, {@code \n}, {@code \r}; {@link #unescape} reads it back.
   */
  public static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }

  /** The text {@link #escape} wrote. */
  public static String unescape(String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char n = text.charAt(++i);
        out.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
