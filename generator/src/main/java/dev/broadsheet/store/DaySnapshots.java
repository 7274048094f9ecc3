package dev.broadsheet.store;

import dev.broadsheet.base.AtomicFiles;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * What the last builds parsed of each day file, in the cache folder: its articles in binary form
 * ({@link ArticleBinary}), each one's digest, and whether the file is as this version writes it.
 * Parsing the JSON of a store of full texts is most of reading it (64 MB at 10,000 articles);
 * a day file is read from here instead when it is in the state it was parsed in, or else when its
 * bytes have the digest they had then (a fresh checkout, a restored cache), which costs a read and
 * a digest but no parse.
 *
 * <p>Safe to delete; a snapshot made by other code, damaged (a checksum covers each file) or of
 * other bytes is not used. A check writes none: snapshots are kept when the store is saved.
 */
final class DaySnapshots {
  private static final int MAGIC = 0x42534431;

  /**
   * A day file as parsed.
   *
   * @param state the file's state then ({@link dev.broadsheet.base.FileStates}), empty when it could not be told
   * @param fileDigest the digest of the file's bytes
   */
  record Kept(String state, byte[] fileDigest, boolean asWritten, List<byte[]> digests, List<Article> articles) {}

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

  /** What was kept of the day file {@code name}, or null when nothing usable was. */
  Kept read(String name) {
    if (folder == null) {
      return null;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(fileOf(name));
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      return null;
    }
    if (bytes.length < Long.BYTES) {
      return null;
    }
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - Long.BYTES);
    if (ByteBuffer.wrap(bytes).getLong(bytes.length - Long.BYTES) != crc.getValue()) {
      return null;
    }
    try {
      if (in.getInt() != MAGIC || !stamp.equals(ArticleBinary.text(in)) || !name.equals(ArticleBinary.text(in))) {
        return null;
      }
      String state = ArticleBinary.text(in);
      byte[] fileDigest = digest(in);
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
      return in.hasRemaining() ? null : new Kept(state, fileDigest, asWritten, digests, articles);
    } catch (IllegalArgumentException | BufferUnderflowException e) {
      return null;
    }
  }

  /** Notes what parsing the day file {@code name} gave; kept by {@link #save} unless that build rewrote the file. */
  void parsed(String name, Kept kept) {
    if (folder != null && kept.digests().size() == kept.articles().size() && !kept.digests().contains(null)) {
      parsed.put(name, kept);
    }
  }

  /** Forgets the day file {@code name}, which is no more or is being rewritten. */
  void gone(String name) {
    parsed.remove(name);
    if (folder != null) {
      try {
        AtomicFiles.delete(fileOf(name));
      } catch (IOException e) {
        // A snapshot left behind is of other bytes than the next file's, and is not used.
      }
    }
  }

  /** Writes the snapshots of the day files parsed since the last save, except those {@code rewritten}. */
  void save(Predicate<String> rewritten) {
    for (Map.Entry<String, Kept> day : parsed.entrySet()) {
      if (!rewritten.test(day.getKey())) {
        write(day.getKey(), day.getValue());
      }
    }
    parsed.clear();
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
          ArticleBinary.text(kept.state(), out);
          out.writeByte(kept.fileDigest().length);
          out.write(kept.fileDigest());
          out.writeBoolean(kept.asWritten());
          out.writeInt(kept.articles().size());
          for (int i = 0; i < kept.articles().size(); i++) {
            out.writeByte(kept.digests().get(i).length);
            out.write(kept.digests().get(i));
            ArticleBinary.write(kept.articles().get(i), out);
          }
          out.flush();
          // The checksum of everything before it, unchecked itself.
          new DataOutputStream(file).writeLong(crc.getValue());
        }
      });
    } catch (IOException e) {
      // Only slower next time: the day file is parsed again.
    }
  }

  private static byte[] digest(ByteBuffer in) {
    int length = in.get() & 0xff;
    byte[] digest = new byte[length];
    in.get(digest);
    return digest;
  }

  private Path fileOf(String name) {
    return folder.resolve(name.endsWith(".json") ? name.substring(0, name.length() - 5) + ".bin" : name + ".bin");
  }
}
