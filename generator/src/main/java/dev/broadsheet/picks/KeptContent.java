package dev.broadsheet.picks;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The last copy of each pick and page that could be read, in {@code .broadsheet-cache/content/}
 * under the file's own path. A typo in a pick's front matter would otherwise take the pick off the
 * published site at the next scheduled build, the editor's note with it, until someone read the
 * log; with a copy, the site shows the pick as it was until the file is fixed (the error is still
 * reported, and still fails {@code --fail-on-errors}). Safe to delete: the files are copied again.
 */
final class KeptContent {
  private final Path folder;
  private final boolean writes;
  /** The copies standing in for broken files this load, by the file's name: each with a digest of its bytes. */
  private final java.util.SortedMap<String, String> standIns = new java.util.TreeMap<>();

  /** {@code folder} holds the copies; {@code writes}: whether reading a file keeps a copy (a check keeps none). */
  private KeptContent(Path folder, boolean writes) {
    this.folder = folder;
    this.writes = writes;
  }

  /** The copies of the site in {@code siteDir}, kept up to date when {@code writes}. */
  static KeptContent of(Path siteDir, boolean writes) {
    return new KeptContent(siteDir.resolve(SiteConfig.CACHE_FOLDER).resolve("content"), writes);
  }

  /** No copies: a broken file's pick or page is left out. */
  static KeptContent none() {
    return new KeptContent(null, false);
  }

  /**
   * The copy to show for {@code broken}, named {@code name} (relative to the site folder), that
   * cannot be read: only one of the same pick or page, whose {@code key} line ({@code url} of a
   * pick, {@code title} of a page) the broken text still holds. A pick deleted, then written anew
   * under its name with a mistake, is another pick: its deleted note must not come back.
   */
  Path standIn(Path broken, String name, String key) {
    if (folder == null) {
      return null;
    }
    Path copy = folder.resolve(name).normalize();
    if (!copy.startsWith(folder) || !Files.isRegularFile(copy)) {
      return null;
    }
    try {
      byte[] kept = Files.readAllBytes(copy);
      String value = valueOf(new String(kept, java.nio.charset.StandardCharsets.UTF_8), key);
      String text = new String(Files.readAllBytes(broken), java.nio.charset.StandardCharsets.UTF_8);
      if (value == null || !text.contains(value)) {
        return null;
      }
      standIns.put(name, new dev.broadsheet.base.StreamHash().bytes(kept).hex());
      return copy;
    } catch (IOException e) {
      return null;
    }
  }

  /** Starts a load of {@code folderName}: the copies that stood in for its files before are forgotten. */
  void loading(String folderName) {
    standIns.keySet().removeIf(name -> name.startsWith(folderName + "/") || name.startsWith(folderName + "\\"));
  }

  /** The copies that stood in for broken files, with their digests: an input of the pages, as the files are. */
  String standIns() {
    return standIns.toString();
  }

  /** The value of the front matter's top-level {@code key} line, unquoted; null when there is none. */
  private static String valueOf(String text, String key) {
    for (String line : text.lines().toList()) {
      if (line.startsWith(key + ":")) {
        String value = line.substring(key.length() + 1).strip();
        if (value.length() > 1 && (value.startsWith("\"") && value.endsWith("\"")
            || value.startsWith("'") && value.endsWith("'"))) {
          value = value.substring(1, value.length() - 1);
        }
        return value.isBlank() ? null : value;
      }
    }
    return null;
  }

  /** Keeps {@code file}, just read without a problem, as the copy of {@code name}. */
  void keep(Path file, String name) {
    if (!writes) {
      return;
    }
    try {
      AtomicFiles.writeIfChanged(folder.resolve(name), Files.readAllBytes(file));
    } catch (IOException e) {
      // No copy: a later broken version of the file is left out, as it was before copies were kept.
    }
  }

  /** Removes the copies of {@code folderName}'s files not among {@code names}: a deleted pick does not come back. */
  void forgetAllBut(String folderName, Set<String> names) {
    Path copies = folder == null ? null : folder.resolve(folderName);
    if (!writes || copies == null || !Files.isDirectory(copies)) {
      return;
    }
    try (Stream<Path> files = Files.walk(copies)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!names.contains(folder.relativize(f).toString())) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      // Left as they are: a copy is used only while its file exists and cannot be read.
    }
  }
}
