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

  /** The copy of the file named {@code name} (relative to the site folder), if there is one. */
  Path copyOf(String name) {
    if (folder == null) {
      return null;
    }
    Path copy = folder.resolve(name).normalize();
    return copy.startsWith(folder) && Files.isRegularFile(copy) ? copy : null;
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
