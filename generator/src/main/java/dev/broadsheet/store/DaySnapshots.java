package dev.broadsheet.store;

import dev.broadsheet.base.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * What parsing each day file gave, in the cache folder: its articles in binary form
 * ({@link ArticleBinary}), each one's digest, and whether the file is as this version writes it,
 * under the digest of the file's bytes. Parsing the JSON of a store of full texts is most of
 * reading it (64 MB at 10,000 articles): a day file whose bytes have a snapshot's digest is read
 * from the snapshot, and one in the state the day record saw it in ({@link DayFileRecord}) is not
 * even read. A snapshot holds exactly what parsing its bytes gives, so it stays true until the
 * file changes, whatever its times (a fresh checkout, a restored cache).
 *
 * <p>Safe to delete; a snapshot made by other code, of other bytes, or damaged (a checksum covers
 * each file) is not used. A check writes none: snapshots are kept when the store is saved.
 */
final class DaySnapshots {
  private static final int MAGIC = 0x42534432;
  private static final String SUFFIX = ".bin";

  /** A day file as parsed: what {@link DayFileJson#read} gave for bytes with {@code fileDigest}. */
  record Kept(byte[] fileDigest, boolean asWritten, List<byte[]> digests, List<Article> articles) {}

  private final Path folder;
  private final String stamp;
  private final Map<String, Kept> parsed = new ConcurrentHashMap<>();

  private DaySnapshots(Path folder, String stamp) {
    this.folder = folder;
    this.stamp = stamp;
  }

  /** No snapshots: every day file is parsed. */
  static DaySnapshots none() {
    return new DaySnapshots(null, null);
  }

  /** The snapshots in {@code folder}, used when made under {@code stamp} (the running code). */
  static DaySnapshots open(Path folder, String stamp) {
    return new DaySnapshots(folder, stamp);
  }

  /** What parsing the day file {@code name} gave when its bytes had {@code fileDigest}, or null when not kept. */
  Kept read(String name, byte[] fileDigest) {
    if (folder == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(fileOf(name));
    } catch (IOException e) {
      return null;
    }
    if (bytes.length < Long.BYTES) {
      return null;
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
    try {
      // The header first: a snapshot of other bytes (the day a build added to) is not decoded.
      if (in.getInt() != MAGIC || !stamp.equals(ArticleBinary.text(in)) || !name.equals(ArticleBinary.text(in))
          || !Arrays.equals(digest(in), fileDigest)) {
        return null;
      }
      CRC32C crc = new CRC32C();
      crc.update(bytes, 0, bytes.length - Long.BYTES);
      if (ByteBuffer.wrap(bytes).getLong(bytes.length - Long.BYTES) != crc.getValue()) {
        return null;
      }
      boolean asWritten = in.get() != 0;
      int count = in.getInt();
      if (count < 0 || count > in.remaining()) {
        return null;
      }
      List<byte[]> digests = new ArrayList<>(count);
      List<Article> articles = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        digests.add(digest(in));
        articles.add(ArticleBinary.read(in));
      }
      return in.hasRemaining() ? null : new Kept(fileDigest, asWritten, digests, articles);
    } catch (IllegalArgumentException | BufferUnderflowException e) {
      return null;
    }
  }

  /** Notes what parsing the day file {@code name} gave, for {@link #save} to keep. */
  void parsed(String name, Kept kept) {
    if (folder != null && kept.digests().size() == kept.articles().size() && !kept.digests().contains(null)) {
      parsed.put(name, kept);
    }
  }

  /**
   * Keeps what was parsed since the last save, except days {@code rewritten} (their bytes are no
   * more), and deletes the snapshots of days not in {@code days} (deleted, by a save or by hand).
   */
  void save(Predicate<String> rewritten, Set<String> days) {
    if (folder == null) {
      return;
    }
    for (Map.Entry<String, Kept> day : parsed.entrySet()) {
      if (!rewritten.test(day.getKey())) {
        write(day.getKey(), day.getValue());
      }
    }
    parsed.clear();
    sweep(days);
  }

  private void sweep(Set<String> days) {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = folder.relativize(file).toString().replace('\\', '/');
        boolean kept = name.endsWith(SUFFIX) && !file.getFileName().toString().startsWith(".")
            && days.contains(name.substring(0, name.length() - SUFFIX.length()) + ".json");
        if (!kept) {
          Files.deleteIfExists(file);
          dev.broadsheet.base.EmptyFolders.remove(file.getParent(), folder);
        }
      }
    } catch (IOException | RuntimeException e) {
      // What is left is of no day or of other bytes, and is not used.
    }
  }

  private void write(String name, Kept kept) {
    try {
      AtomicFiles.replace(fileOf(name), temp -> {
        CRC32C crc = new CRC32C();
        try (OutputStream file = Files.newOutputStream(temp);
            CheckedOutputStream checked = new CheckedOutputStream(new BufferedOutputStream(file, 1 << 16), crc);
            DataOutputStream out = new DataOutputStream(checked)) {
          out.writeInt(MAGIC);
          ArticleBinary.text(stamp, out);
          ArticleBinary.text(name, out);
          digest(kept.fileDigest(), out);
          out.writeBoolean(kept.asWritten());
          out.writeInt(kept.articles().size());
          for (int i = 0; i < kept.articles().size(); i++) {
            digest(kept.digests().get(i), out);
            ArticleBinary.write(kept.articles().get(i), out);
          }
          out.flush();
          // The checksum of everything before it, unchecked itself.
          new DataOutputStream(file).writeLong(crc.getValue());
        }
      });
    } catch (IOException | RuntimeException e) {
      // Only slower next time: the day file is parsed again.
    }
  }

  private static void digest(byte[] digest, DataOutputStream out) throws IOException {
    out.writeByte(digest.length);
    out.write(digest);
  }

  private static byte[] digest(ByteBuffer in) {
    byte[] digest = new byte[in.get() & 0xff];
    in.get(digest);
    return digest;
  }

  private Path fileOf(String name) {
    return folder.resolve((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name) + SUFFIX);
  }
}
