package dev.broadsheet.render;

import dev.broadsheet.base.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The editions feed's HTML of each edition, kept in the cache folder beside the page record
 * ({@link PageCache}): the feed carries the latest editions whole, and one new article changes
 * only the edition it is in, yet the feed is written again and every edition was rendered for it
 * (at 10,000 articles a quarter of a second of a one-new build). An edition's HTML is reused when
 * the fingerprint of all it is made from (its model, templates and settings) is the one it was
 * kept under, so a kept file can only ever be what rendering would make.
 *
 * <p>Like the page record, it is brought up to date only after a build published without
 * problems ({@link #save}), and it is safe to delete: the next build renders the editions again.
 */
final class EditionHtmlCache {
  static final String FOLDER = "edition-html";
  private static final String SUFFIX = ".html";

  private final Path dir;
  /** What this build rendered, by file name: the key line, then the HTML. */
  private final Map<String, String> made = new ConcurrentHashMap<>();

  EditionHtmlCache(Path cacheFolder) {
    this.dir = cacheFolder.resolve(FOLDER);
  }

  /** An edition's name in the cache: its date, which no other edition of one build has. */
  static String name(dev.broadsheet.curate.Edition edition) {
    return edition.date().toString();
  }

  /** The HTML kept for the edition named {@code name} under {@code key}, or null. */
  String get(String name, String key) {
    String file = name + SUFFIX;
    try {
      String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      int end = text.indexOf('\n');
      if (end > 0 && text.substring(0, end).equals(key)) {
        return text.substring(end + 1);
      }
    } catch (IOException | RuntimeException e) {
      // Missing, unreadable or not UTF-8: not a kept edition; it is rendered and kept anew.
    }
    return null;
  }

  /** Keeps {@code html}, made under {@code key}, for the next build once {@link #save} runs. */
  void put(String name, String key, String html) {
    made.put(name + SUFFIX, key + "\n" + html);
  }

  /**
   * Writes what this build rendered and deletes what is kept of editions not named in
   * {@code carried}, the editions the feed now carries (whether or not this build rendered it:
   * a build that kept the feed as published used none of them, and they are still the feed's). A
   * failure only costs the next build a render, so it is not reported.
   */
  void save(java.util.Collection<String> carried) {
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, String> e : made.entrySet()) {
        AtomicFiles.writeIfChanged(dir.resolve(e.getKey()), e.getValue().getBytes(StandardCharsets.UTF_8));
      }
      Set<String> keep = new java.util.HashSet<>();
      carried.forEach(name -> keep.add(name + SUFFIX));
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          String name = f.getFileName().toString();
          // Only kept editions: a folder or another writer's temporary file is not this cache's to delete.
          if (name.endsWith(SUFFIX) && !keep.contains(name) && Files.isRegularFile(f)) {
            Files.deleteIfExists(f);
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // The cache is only an aid: the next build renders what it cannot read.
    }
  }
}
