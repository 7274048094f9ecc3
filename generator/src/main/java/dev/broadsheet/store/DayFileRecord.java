package dev.broadsheet.store;

import dev.broadsheet.base.FileStates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * What the last build read or wrote of each day file ({@link FileStates}: its size, modification
 * time and identity): the digest of its bytes ({@link DayFileJson#fileDigest}) and of each of its
 * articles' texts. A day file still in that state is not digested again (a store of full texts is
 * 64 MB at 10,000 articles, and its articles' MD5 reads about 330 MB/s under the quick (C1)
 * compiler the CLI runs with), and with the snapshot of
 * those bytes ({@link DaySnapshots}) it is not even read. The record is safe to delete and ignored
 * under another stamp (Broadsheet's code).
 */
final class DayFileRecord {
  private static final String HEADER = "broadsheet-day-files 4 ";

  /**
   * A day file as recorded.
   *
   * @param fileDigest the digest of its bytes (its snapshot is found by it: {@link DaySnapshots})
   * @param asWritten whether its bytes were as this version writes them
   * @param digests each article's digest, in the file's order
   */
  record Known(byte[] fileDigest, boolean asWritten, List<byte[]> digests) {}

  private final FileStates states;

  private DayFileRecord(FileStates states) {
    this.states = states;
  }

  /** No record: every day file is digested as it is read. */
  static DayFileRecord none() {
    return new DayFileRecord(FileStates.none());
  }

  /** The record in {@code file} if it was made under {@code stamp}; else an empty one that {@link #save} fills. */
  static DayFileRecord open(Path file, String stamp) {
    return new DayFileRecord(FileStates.open(file, HEADER + stamp));
  }

  /** What was recorded of the day file {@code name} when it was in {@code state}, or null. */
  Known known(String name, String state) {
    String value = states.recorded(name, state);
    String[] fields = value == null ? new String[0] : value.split("\t", -1);
    if (fields.length != 3 || fields[0].length() != 1) {
      return null;
    }
    List<byte[]> digests = new ArrayList<>();
    try {
      for (String hex : fields[2].split(",")) {
        if (!hex.isEmpty()) {
          digests.add(HexFormat.of().parseHex(hex));
        }
      }
      return new Known(HexFormat.of().parseHex(fields[1]), fields[0].charAt(0) == '1', digests);
    } catch (IllegalArgumentException e) {
      // A damaged line: the file is digested as it is read.
      return null;
    }
  }

  /**
   * Records the day file {@code name} as read or written in {@code state}, its bytes with
   * {@code fileDigest}; a file without a digest for every article is left out.
   */
  void saw(String name, String state, byte[] fileDigest, boolean asWritten, List<byte[]> digests) {
    if (digests.contains(null)) {
      states.forget(name);
      return;
    }
    StringBuilder value = new StringBuilder().append(asWritten ? '1' : '0').append('\t')
        .append(HexFormat.of().formatHex(fileDigest)).append('\t');
    for (int i = 0; i < digests.size(); i++) {
      value.append(i == 0 ? "" : ",").append(HexFormat.of().formatHex(digests.get(i)));
    }
    states.keep(name, state, value.toString());
  }

  /**
   * Keeps what was recorded of the day file {@code name} in {@code state}, which it is still in:
   * the line as read, without formatting a year of digests again.
   */
  void sawAsRecorded(String name, String state) {
    String value = states.recorded(name, state);
    if (value != null) {
      states.keep(name, state, value);
    }
  }

  /** Forgets the day file {@code name}, which is no more. */
  void gone(String name) {
    states.forget(name);
  }

  /** Writes what this build saw, when it differs from what was read. */
  void save() {
    states.save();
  }
}
