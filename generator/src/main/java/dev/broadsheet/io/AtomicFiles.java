package dev.broadsheet.io;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

/**
 * Writes files so that a reader (a web server, git, a crashed build) sees either the old bytes or
 * the new ones, never half a file, and leaves a file alone when its bytes did not change, so that
 * timestamps, rsync and CI diffs stay quiet.
 */
public final class AtomicFiles {
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> READABLE =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
  /** Asked once: looking up a file's store for every file written costs more than the write. */
  private static final boolean POSIX =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target} unless it already holds them; true when it wrote. */
  public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    if (sameBytes(target, bytes)) {
      return false;
    }
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      // Temporary files are private (600); published files must be readable by a web server.
      if (POSIX) {
        Files.setPosixFilePermissions(temp, READABLE);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return true;
  }

  private static boolean sameBytes(Path target, byte[] bytes) throws IOException {
    try {
      if (Files.size(target) != bytes.length) {
        return false;
      }
      return Arrays.equals(Files.readAllBytes(target), bytes);
    } catch (NoSuchFileException e) {
      return false;
    }
  }
}
