package dev.broadsheet.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

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

  /** Replaces the file with {@code values} (in key order) under the header; a cache that cannot be written is only a slower next build. */
  public void write(SortedMap<String, String> values) {
    StringBuilder out = new StringBuilder(header).append('\n');
    values.forEach((key, value) -> out.append(key).append('\t').append(value).append('\n'));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      AtomicFiles.writeIfChanged(file, out.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + " (it is safe to delete)", e);
    }
  }
}
