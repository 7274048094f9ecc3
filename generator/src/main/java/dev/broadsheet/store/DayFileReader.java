package dev.broadsheet.store;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.base.FileStates;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one day file the cheapest way what earlier builds kept allows: from its snapshot when the
 * file is in the state it was parsed in (without reading the file), or when its bytes are those
 * parsed then (read and digested, not parsed); else parsed, its articles' digests taken from the
 * day record when the file is in the state that recorded them.
 */
final class DayFileReader {
  private final DayFileJson json;
  private final DayFileRecord record;
  private final DaySnapshots snapshots;

  DayFileReader(DayFileJson json, DayFileRecord record, DaySnapshots snapshots) {
    this.json = json;
    this.record = record;
    this.snapshots = snapshots;
  }

  /** The day file {@code name} at {@code file}; a file that cannot be read gives a day holding its problem. */
  DayFileJson.Day read(Path file, String name) {
    try {
      String before = FileStates.stateOf(file);
      DaySnapshots.Kept kept = snapshots.read(name);
      if (kept != null && before != null && before.equals(kept.state())) {
        record.saw(name, before, kept.asWritten(), kept.digests());
        return new DayFileJson.Day(kept.articles(), kept.digests(), kept.asWritten(), null);
      }
      // What is kept is trusted for bytes read between two looks at one state: a file changed
      // meanwhile is digested, and not recorded.
      byte[] bytes = bytes(file);
      String state = before != null && before.equals(FileStates.stateOf(file)) ? before : null;
      byte[] fileDigest = ChangeDigests.start().digest(bytes);
      DayFileJson.Day day = kept != null && Arrays.equals(kept.fileDigest(), fileDigest)
          ? new DayFileJson.Day(kept.articles(), kept.digests(), kept.asWritten(), null)
          : json.read(file, bytes, record.known(name, state));
      record.saw(name, state, day.asWritten(), day.digests());
      snapshots.parsed(name, new DaySnapshots.Kept(state, fileDigest, day.asWritten(), day.digests(), day.articles()));
      return day;
    } catch (BroadsheetException e) {
      return new DayFileJson.Day(List.of(), List.of(), false, e);
    }
  }

  /** A store file's bytes; one that cannot be read is a problem naming it. */
  static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file.toString(), "cannot read: " + e.getMessage()), e);
    }
  }
}
