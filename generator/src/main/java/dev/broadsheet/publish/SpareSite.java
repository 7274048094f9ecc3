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
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The site a switch replaced, kept beside the live one to be brought up to date as the next one.
 * Laying a new site out in an empty folder creates a folder and a link for every page, and
 * deleting the replaced site removes them again: at 10,000 articles that was most of a
 * one-new-article build's wall time, and on ext4 without a journal every inode freed in the last
 * minutes makes each new one dearer. The replaced site differs from the next one only in what the
 * last two builds changed, so only that is touched.
 *
 * <p>What the spare holds is recorded when it is switched out (its paths, from the walk of the live
 * site every publish makes anyway), so the spare is never walked: the record says what to delete,
 * and a file is left alone only when it is, at that moment, the live site's very file. The record
 * and a marker file inside the spare share a random token: a folder without the marker, a record
 * that cannot be read, or a file system without file keys, and the next site is laid out in an
 * empty folder as before. A build
 * killed while updating the spare leaves it as the half-built next site, which the next build
 * deletes like any other.
 */
final class SpareSite {
  private static final String LINK = "link:";
  /** The file inside the spare that ties it to its record. */
  static final String MARKER = ".broadsheet-spare";

  private SpareSite() {}

  /** The file key of {@code path} itself (a link's own), as text; null when the file system has none. */
  static String keyOf(BasicFileAttributes attributes) {
    Object key = attributes.fileKey();
    return key == null ? null : (attributes.isSymbolicLink() ? LINK : "") + key;
  }

  /**
   * Records that the folder to be marked with {@code token} ({@link #mark}) holds exactly
   * {@code entries} (path to file key); returns false, recording nothing, when some key is unknown
   * or a path cannot be written on a line.
   */
  static boolean record(Path record, String token, Map<String, String> entries) throws IOException {
    Files.deleteIfExists(record);
    if (entries.containsValue(null) || entries.keySet().stream().anyMatch(p -> p.indexOf('\n') >= 0 || p.indexOf('\r') >= 0)) {
      return false;
    }
    StringBuilder text = new StringBuilder(token).append('\n');
    // Sorted from an array: the entries come in the live site's sorted order, which makes this one
    // pass, where a tree compared each of a hundred thousand paths about seventeen times.
    String[] paths = entries.keySet().toArray(String[]::new);
    java.util.Arrays.sort(paths);
    for (String path : paths) {
      text.append(path).append('\t').append(entries.get(path)).append('\n');
    }
    AtomicFiles.writeIfChanged(record, text.toString().getBytes(StandardCharsets.UTF_8));
    return true;
  }

  /**
   * Marks {@code folder}, no longer live, as the one the record with {@code token} describes. A
   * token, not the folder's file key: a folder deleted and replaced may get the same inode number.
   */
  static void mark(Path folder, String token) throws IOException {
    Files.writeString(folder.resolve(MARKER), token);
  }

  /** What {@code spare} holds by the record, if the record is about that very folder. */
  static Optional<Map<String, String>> read(Path record, Path spare) {
    try {
      Path marker = spare.resolve(MARKER);
      if (!Files.isDirectory(spare, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(record)
          || !Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
      if (lines.isEmpty() || !lines.get(0).equals(Files.readString(marker, StandardCharsets.UTF_8))) {
        return Optional.empty();
      }
      Map<String, String> entries = new HashMap<>();
      for (String line : lines.subList(1, lines.size())) {
        int tab = line.lastIndexOf('\t');
        String path = tab <= 0 ? "" : line.substring(0, tab);
        // Only paths inside the folder: the record is ours, but it is a file anyone can edit.
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || !OutputManifest.isInside(spare, path)) {
          return Optional.empty();
        }
        entries.put(path, line.substring(tab + 1));
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
    Files.delete(spare.resolve(MARKER));
    TreeSet<Path> emptied = new TreeSet<>(Comparator.comparingInt(Path::getNameCount).reversed()
        .thenComparing(Comparator.naturalOrder()));
    // Asked once per file the spare holds: by hash, not by comparing the long prefixes paths share.
    Set<String> kept = new HashSet<>(next.files().keySet());
    kept.addAll(next.carried().keySet());
    for (String path : held.keySet()) {
      if (!kept.contains(path)) {
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
          if (old == null || !sameFile(spare.resolve(path), next.liveKeys().get(path))) {
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
      if (liveKey == null || liveKey.startsWith(LINK) || !sameFile(spare.resolve(e.getKey()), liveKey)) {
        StagedSite.carry(e.getValue(), clear(spare.resolve(e.getKey())));
      }
      halt.step();
    }
  }

  /**
   * Whether {@code file} in the spare is, right now, the live site's file whose key is
   * {@code liveKey}: both exist at this moment, so one key means one file. The record is not
   * trusted for this; it only says what to delete.
   */
  private static boolean sameFile(Path file, String liveKey) {
    try {
      return liveKey != null && liveKey.equals(
          keyOf(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
    } catch (IOException e) {
      return false;
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
