package dev.broadsheet.publish;

import dev.broadsheet.base.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The site a switch replaced, kept beside the live one to be brought up to date as the next one.
 * Laying a new site out in an empty folder creates a folder and a link for every page, and
 * deleting the replaced site removes them again: at 10,000 articles that was most of a
 * one-new-article build's wall time, and on ext4 without a journal every inode freed in the last
 * minutes makes each new one dearer. The replaced site differs from the next one only in what the
 * last two builds changed, so only that is touched.
 *
 * <p>What the spare holds is recorded when it is switched out (each entry's file key, from the walk
 * of the live site every publish makes anyway), so the spare is never walked. The record names the
 * folder by its own file key: a folder it does not name, a record that cannot be read, or a file
 * system without file keys, and the next site is laid out in an empty folder as before. A build
 * killed while updating the spare leaves it as the half-built next site, which the next build
 * deletes like any other.
 */
final class SpareSite {
  private static final String LINK = "link:";

  private SpareSite() {}

  /** The file key of {@code path} itself (a link's own), as text; null when the file system has none. */
  static String keyOf(BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    return key == null ? null : (attributes.isSymbolicLink() ? LINK : "") + key;
  }

  /**
   * Records that the folder {@code folder} holds exactly {@code entries} (path to file key), or
   * removes the record when some key is unknown.
   */
  static void record(Path record, Path folder, Map<String, String> entries) throws IOException {
    String folderKey = keyOf(Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    if (folderKey == null || entries.containsValue(null)) {
      Files.deleteIfExists(record);
      return;
    }
    StringBuilder text = new StringBuilder(folderKey).append('\n');
    new java.util.TreeMap<>(entries).forEach((path, key) -> text.append(path).append('\t').append(key).append('\n'));
    AtomicFiles.writeIfChanged(record, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** What {@code folder} holds by the record, if the record is about that very folder. */
  static Optional<Map<String, String>> read(Path record, Path folder) {
    try {
      if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(record)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
      String folderKey = keyOf(Files.readAttributes(folder, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
      if (lines.isEmpty() || !lines.get(0).equals(folderKey)) {
        return Optional.empty();
      }
      Map<String, String> entries = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        int tab = line.lastIndexOf('\t');
        if (tab <= 0) {
          return Optional.empty();
        }
        entries.put(line.substring(0, tab), line.substring(tab + 1));
      }
      return Optional.of(entries);
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * Turns {@code spare}, which holds {@code held}, into {@code next}: files the new site does not
   * have are deleted (and folders left empty), every file that is not already the live site's
   * file is put in place, and each file of the new site is one {@link HaltPoint} step, as when
   * laying it out anew. A file is never written through: one the spare shares with the live site
   * is unlinked before its new bytes are written.
   */
  static void update(Path spare, Map<String, String> held, StagedSite next, HaltPoint halt) throws IOException {
    TreeSet<Path> emptied = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
        .thenComparing(Comparator.naturalOrder()));
    for (String path : held.keySet()) {
      if (!next.files().containsKey(path) && !next.carried().containsKey(path)) {
        Path file = spare.resolve(path);
        Files.deleteIfExists(file);
        for (Path dir = file.getParent(); !dir.equals(spare); dir = dir.getParent()) {
          emptied.add(dir);
        }
      }
    }
    for (Path dir : emptied) {
      try {
        Files.deleteIfExists(dir);
      } catch (DirectoryNotEmptyException e) {
        // Still holds files of the new site.
      }
    }
    try {
      next.files().keySet().parallelStream().forEach(path -> {
        try {
          Path old = next.reused().get(path);
          String liveKey = next.liveKeys().get(path);
          if (old == null || liveKey == null || !liveKey.equals(held.get(path))) {
            Path target = clear(spare.resolve(path));
            if (old != null) {
              StagedSite.linkOrCopy(old, target);
            } else {
              Files.write(target, next.files().get(path));
              AtomicFiles.makeReadable(target);
            }
          }
          halt.step();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + path, e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    for (Map.Entry<String, Path> e : next.carried().entrySet()) {
      String liveKey = next.liveKeys().get(e.getKey());
      if (liveKey == null || liveKey.startsWith(LINK) || !liveKey.equals(held.get(e.getKey()))) {
        StagedSite.carry(e.getValue(), clear(spare.resolve(e.getKey())));
      }
      halt.step();
    }
  }

  /** {@code target} made free to be created: its folder exists and nothing is at its name. */
  private static Path clear(Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try {
      Files.deleteIfExists(target);
    } catch (DirectoryNotEmptyException e) {
      AtomicFiles.deleteTree(target);
    } catch (NoSuchFileException e) {
      // Gone meanwhile: nothing to clear.
    }
    return target;
  }
}
