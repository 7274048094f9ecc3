package dev.broadsheet.render;

import dev.broadsheet.base.FileStates;
import dev.broadsheet.base.StampedLines;
import dev.broadsheet.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the last build rendered, kept in a cache folder so that the next build, in a new process,
 * renders only the pages whose model changed. For each page it records the fingerprint of
 * everything the page was made from (see {@link ModelFingerprint}) and the size, modification time
 * and file identity of the file then published. A page whose fingerprint is the same, and whose
 * published file is still that very file, would render to the bytes already there: it is kept.
 *
 * <p>The whole record belongs to one stamp (Broadsheet version, theme, site templates, config and
 * output folder); under any other stamp it is ignored. It is written only after a build made every
 * page and output it tried and published them without problems (the pages whose entry changed
 * appended, see {@link StampedLines}); a warning does not keep it from being written, as each is
 * found again on kept pages. It is safe to delete at any time: the next build then renders every page.
 */
public final class PageCache {
  /** The cache folder in a site folder: never committed, safe to delete. */
  public static final String FOLDER = SiteConfig.CACHE_FOLDER;
  static final String FILE = "pages.tsv";
  private static final String HEADER = "broadsheet-pages 1 ";

  private record Entry(String key, String file) {}

  private final Path folder;
  private final Path output;
  private final String stamp;
  private final StampedLines record;
  private final Map<String, Entry> previous;
  private final Map<String, String> current;
  /**
   * The published state of each page kept as published, as seen when it was kept: publishing
   * links that very file into the next site, so it is still its state, and saving need not ask
   * the file system about every page again.
   */
  private final Map<String, String> keptStates;
  /** Published files' states as seen already, by path (null where not seen); null when each file is looked at. */
  private final Function<String, String> seen;

  private PageCache(Path folder, Path output, String stamp, StampedLines record) {
    this.seen = null;
    this.folder = folder;
    this.output = output;
    this.stamp = stamp;
    this.record = record;
    Map<String, String> lines = record.read();
    // Sized for the last build's pages: tables grown entry by entry rehash several times a build.
    previous = new HashMap<>(Math.max(16, lines.size() * 2));
    current = new ConcurrentHashMap<>(Math.max(16, lines.size() * 2));
    keptStates = new ConcurrentHashMap<>(Math.max(16, lines.size() * 2));
    lines.forEach((file, line) -> {
      String[] f = line.split("\t", 2);
      if (f.length == 2) {
        previous.put(file, new Entry(f[0], f[1]));
      }
    });
  }

  private PageCache(PageCache cache, Function<String, String> seen) {
    this.folder = cache.folder;
    this.output = cache.output;
    this.stamp = cache.stamp;
    this.record = cache.record;
    this.previous = cache.previous;
    this.current = cache.current;
    this.keptStates = cache.keptStates;
    this.seen = seen;
  }

  /**
   * This record, taking a published file's state from {@code seen} (by path relative to the
   * output; null where it did not see the file, which is then looked at) rather than from the
   * file system: the live site's walk has every one ({@code null}: none).
   */
  public PageCache knowing(Function<String, String> seen) {
    return seen == null ? this : new PageCache(this, seen);
  }

  /** The record in {@code dir} if it was made under {@code stamp} for {@code output}; else an empty one. */
  static PageCache open(Path dir, Path output, String stamp) {
    Path out = output.toAbsolutePath().normalize();
    return new PageCache(dir, out, stamp, new StampedLines(dir.resolve(FILE), HEADER + stamp + " " + out));
  }

  /**
   * This record if it was opened under {@code current}, else the record as it is under that stamp:
   * one opened early whose templates or settings changed since (an editor saving a template while
   * a preview builds) must not vouch for pages made before the change.
   */
  PageCache under(String current) {
    return current.equals(stamp) ? this : open(folder, output, current).knowing(seen);
  }

  /** The cache folder the record is kept in, for what else is kept beside it. */
  Path folder() {
    return folder;
  }

  /**
   * Whether the page at {@code path}, published as {@code file}, was last made from a model
   * with fingerprint {@code key} and its file is untouched since; either way the page now has
   * that key.
   */
  boolean unchanged(String path, String file, String key) {
    current.put(file, key);
    Entry last = previous.get(file);
    if (last != null && last.key().equals(key) && publishedState(file).map(last.file()::equals).orElse(false)) {
      keptStates.put(file, last.file());
      return true;
    }
    keptStates.remove(file);
    return false;
  }

  /** Records that the page published as {@code file} was rendered from a model with fingerprint {@code key}. */
  void rendered(String file, String key) {
    current.put(file, key);
    keptStates.remove(file);
  }

  /**
   * Writes the record of this build's pages, as now published; call only after publishing
   * succeeded. The files in {@code replaced} are not this build's pages (a static file took the
   * address) and are left out, so that the page is made again once the static file is gone.
   */
  public void save(java.util.Collection<String> replaced) {
    // Unordered: the record sorts what it writes.
    Map<String, String> lines = new HashMap<>(current.size() * 2);
    current.forEach((file, key) -> {
      if (replaced.contains(file)) {
        return;
      }
      String kept = keptStates.get(file);
      (kept != null ? Optional.of(kept) : state(output.resolve(file))).ifPresent(s -> {
        if (file.indexOf('\t') < 0 && file.indexOf('\n') < 0) {
          lines.put(file, key + "\t" + s);
        }
      });
    });
    record.write(lines, UnaryOperator.identity());
  }

  /** The state of the published {@code file}: as seen, else as it is now. */
  private Optional<String> publishedState(String file) {
    String known = seen == null ? null : seen.apply(file);
    return known != null ? Optional.of(known) : state(output.resolve(file));
  }

  /** A published file's identity: size, modification time and file key (device and inode where known). */
  private static Optional<String> state(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      if (!a.isRegularFile()) {
        return Optional.empty();
      }
      return Optional.of(FileStates.identity(a));
    } catch (IOException e) {
      // Gone or unreadable: not the file the record describes.
      return Optional.empty();
    }
  }
}
