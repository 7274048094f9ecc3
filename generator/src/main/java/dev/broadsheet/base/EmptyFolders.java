package dev.broadsheet.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Folders a removed file leaves empty: a pruned month of day files leaves none behind. */
public final class EmptyFolders {
  private EmptyFolders() {}

  /** Removes {@code folder} and the folders above it, up to {@code root} (kept), while each is empty. */
  public static void remove(Path folder, Path root) {
    for (Path f = folder; f != null && f.startsWith(root) && !f.equals(root); f = f.getParent()) {
      try (Stream<Path> entries = Files.list(f)) {
        if (entries.findAny().isPresent()) {
          return;
        }
      } catch (IOException e) {
        return;
      }
      try {
        Files.delete(f);
      } catch (IOException e) {
        // A file arrived meanwhile, or the folder cannot be removed: it only stays.
        return;
      }
    }
  }
}
