package dev.broadsheet.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * A cache file that a build reads and the next one replaces: a header line naming what it was
 * made under (format, Broadsheet's code, whatever else decides its contents), then one line per
 * key, the key and its value split by the first tab. Read under any other header, it is empty.
 * Keys and values must hold no line break; values may hold tabs.
 */
public record StampedLines(Path file, String header) {
  /** Each key's value, or nothing when the file is missing, unreadable or made under another header. */
  public Map<String, String> read() {
    Map<String, String> values = new HashMap<>();
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (!lines.isEmpty() && lines.get(0).equals(header)) {
        for (String line : lines.subList(1, lines.size())) {
          int tab = line.indexOf('\t');
          if (tab > 0) {
            values.put(line.substring(0, tab), line.substring(tab + 1));
          }
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // Nothing kept, or nothing readable: the build does the work, and writes the file anew.
      values.clear();
    }
    return values;
  }

  /**
   * Replaces the file with {@code values} (in key order, each value as {@code encode} writes it)
   * under the header, line by line ({@link AtomicFiles#replace}): a large site's cache is tens of
   * megabytes, written at the end of a build whose heap is full of pages. A cache that cannot be
   * written is only a slower next build.
   */
  public void write(Map<String, String> values, UnaryOperator<String> encode) {
    try {
      AtomicFiles.replace(file, temp -> {
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
          out.write(header);
          out.write('\n');
          for (String key : new TreeSet<>(values.keySet())) {
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
}
