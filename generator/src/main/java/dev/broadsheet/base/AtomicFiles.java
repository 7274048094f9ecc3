package dev.broadsheet.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes files so that a reader (a web server, git, a crashed build) sees either the old bytes or
 * the new ones, never half a file, and leaves a file alone when its bytes did not change, so that
 * timestamps, rsync and CI diffs stay quiet.
 *
 * <p>The new bytes go to a hidden {@code .NAME<digits>.tmp} beside the target and are renamed over
 * it. A build killed between the two leaves that file behind; the next write of the same target,
 * changed or not, removes it, so leftovers live only until the next build.
 */
public final class AtomicFiles {
  private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> READABLE =
      java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
  /** Asked once: looking up a file's store for every file written costs more than the write. */
  private static final boolean POSIX =
      java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  private static final String TEMP_SUFFIX = ".tmp";

  private AtomicFiles() {}

  /** Writes {@code bytes} to {@code target} unless it already holds them; true when it wrote. */
  public static boolean writeIfChanged(Path target, byte[] bytes) throws IOException {
    return write(target, bytes, false);
  }

  /**
   * As {@link #writeIfChanged}, and the bytes and the rename reach the disk before it returns, so
   * that a power cut cannot leave an empty or half-written file where the old one was. For the
   * article store, which nothing else can rebuild; the published site is rebuilt from it.
   */
  public static boolean writeDurably(Path target, byte[] bytes) throws IOException {
    return write(target, bytes, true);
  }

  /** Fills a temporary file with what the target is to hold. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path temp) throws IOException;
  }

  /**
   * Replaces {@code target} with what {@code content} writes, through the same temporary file and
   * rename, without holding it all in memory first: for large derived files (caches), which are
   * replaced whether or not they changed.
   */
  public static void replace(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    removeLeftovers(dir, target.getFileName().toString());
    Files.createDirectories(dir);
    rename(target, dir, content);
  }

  private static boolean write(Path target, byte[] bytes, boolean durable) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    removeLeftovers(dir, target.getFileName().toString());
    if (sameBytes(target, bytes)) {
      return false;
    }
    Files.createDirectories(dir);
    rename(target, dir, temp -> {
      if (durable) {
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
          ByteBuffer buffer = ByteBuffer.wrap(bytes);
          while (buffer.hasRemaining()) {
            out.write(buffer);
          }
          out.force(true);
        }
      } else {
        Files.write(temp, bytes);
      }
    });
    if (durable) {
      syncDirectory(dir);
    }
    return true;
  }

  /** Writes a hidden temporary file beside {@code target} with {@code content} and renames it over the target. */
  private static void rename(Path target, Path dir, Content content) throws IOException {
    Path temp = Files.createTempFile(dir, "." + target.getFileName(), TEMP_SUFFIX);
    try {
      content.writeTo(temp);
      makeReadable(temp);
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Makes a rename in {@code dir} durable where the file system allows it. */
  private static void syncDirectory(Path dir) {
    try (FileChannel folder = FileChannel.open(dir, StandardOpenOption.READ)) {
      folder.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // A folder that cannot be opened or synced (Windows, some network and FUSE file systems):
      // the rename has happened and is as durable as that file system makes it.
    }
  }

  /** Deletes {@code target} and any temporary file a killed write of it left behind. */
  public static void delete(Path target) throws IOException {
    Files.deleteIfExists(target);
    removeLeftovers(target.toAbsolutePath().getParent(), target.getFileName().toString());
  }

  /**
   * The names whose interrupted write could have left a file called {@code fileName} behind:
   * {@code .index.html123.tmp} is a leftover of {@code index.html}. Several when the name itself
   * ends in digits ({@code page2}); none when {@code fileName} is not shaped like a leftover.
   */
  public static List<String> leftoverTargets(String fileName) {
    List<String> targets = new ArrayList<>();
    if (!fileName.startsWith(".") || !fileName.endsWith(TEMP_SUFFIX)) {
      return targets;
    }
    String middle = fileName.substring(1, fileName.length() - TEMP_SUFFIX.length());
    for (int digits = middle.length() - 1; digits > 0 && Character.isDigit(middle.charAt(digits)); digits--) {
      targets.add(middle.substring(0, digits));
    }
    return targets;
  }

  /**
   * Gives a new file the permissions a web server needs: temporary files are private (600), and a
   * strict umask would make fresh files private too.
   */
  public static void makeReadable(Path file) throws IOException {
    if (POSIX) {
      Files.setPosixFilePermissions(file, READABLE);
    }
  }

  /**
   * Deletes {@code dir} and everything in it without following symbolic links: a link is removed,
   * never what it points to. Nothing happens when {@code dir} does not exist.
   */
  public static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
        // A folder someone made read-only (chmod -R a-w on a published site) is the build's own to
        // empty: without write permission on it nothing inside could be deleted.
        if (!Files.isWritable(d)) {
          withOwnerWrite(d);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
        if (e != null) {
          throw e;
        }
        Files.deleteIfExists(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Adds the owner's write (and search) permission to {@code dir}, where the file system and its owner allow. */
  private static void withOwnerWrite(Path dir) {
    permissionsWithOwnerWrite(dir, dir);
  }

  /**
   * Gives {@code target} the permissions of {@code from} and the owner's write and search
   * permission whatever they are: a folder a build makes or empties must stay its own to change.
   * Where the file system has no such permissions, or they are another user's to set, nothing changes.
   */
  public static void permissionsWithOwnerWrite(Path target, Path from) {
    try {
      java.util.Set<java.nio.file.attribute.PosixFilePermission> p = Files.getPosixFilePermissions(from);
      p.add(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
      p.add(java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);
      Files.setPosixFilePermissions(target, p);
    } catch (UnsupportedOperationException | IOException e) {
      // What follows reports what it cannot do; the permissions there stand.
    }
  }

  private static void removeLeftovers(Path dir, String name) throws IOException {
    String prefix = "." + name;
    DirectoryStream.Filter<Path> leftover = p -> {
      String file = p.getFileName().toString();
      return file.startsWith(prefix) && leftoverTargets(file).contains(name);
    };
    try (DirectoryStream<Path> found = Files.newDirectoryStream(dir, leftover)) {
      for (Path p : found) {
        Files.deleteIfExists(p);
      }
    } catch (NoSuchFileException e) {
      // No folder yet, so nothing was left in it.
    }
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
