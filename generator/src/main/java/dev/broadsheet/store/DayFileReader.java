package dev.broadsheet.store;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.FileStates;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads one day file the cheapest way what earlier builds kept allows: in the state the day
 * record saw it in, from its snapshot without reading the file; else read and digested, from the
 * snapshot of those bytes; else parsed, its articles' digests taken from the day record when the
 * file is in the state that recorded them.
 */
final class DayFileReader {
  private final DayFileJson json;
  private final DayFileRecord record;
  private final DaySnapshots snapshots;
  private final AtomicInteger parsed = new AtomicInteger();

  DayFileReader(DayFileJson json, DayFileRecord record, DaySnapshots snapshots) {
    this.json = json;
    this.record = record;
    this.snapshots = snapshots;
  }

  /** The day file {@code name} at {@code file}; a file that cannot be read gives a day holding its problem. */
  DayFileJson.Day read(Path file, String name) {
    try {
      String before = FileStates.stateOf(file);
      DayFileRecord.Known known = record.known(name, before);
      if (known != null) {
        DaySnapshots.Kept kept = snapshots.read(name, known.fileDigest());
        if (kept != null && kept.digests().size() == known.digests().size()) {
          record.sawAsRecorded(name, before);
          return new DayFileJson.Day(kept.articles(), known.digests(), known.asWritten(), null);
        }
      }
      // What is recorded is trusted for bytes read between two looks at one state: a file changed
      // meanwhile is digested, and not recorded.
      byte[] bytes = bytes(file);
      String state = before != null && before.equals(FileStates.stateOf(file)) ? before : null;
      byte[] fileDigest = DayFileJson.fileDigest(bytes);
      DaySnapshots.Kept kept = snapshots.read(name, fileDigest);
      DayFileJson.Day day;
      if (kept != null) {
        day = new DayFileJson.Day(kept.articles(), kept.digests(), kept.asWritten(), null);
      } else {
        parsed.incrementAndGet();
        // The record's digests hold for bytes read in the state it saw (state is before, or null).
        day = json.read(file, bytes, state != null ? known : null);
        snapshots.parsed(name, new DaySnapshots.Kept(fileDigest, day.asWritten(), day.digests(), day.articles()));
      }
      record.saw(name, state, fileDigest, day.asWritten(), day.digests());
      return day;
    } catch (BroadsheetException e) {
      return new DayFileJson.Day(List.of(), List.of(), false, e);
    }
  }

  /** How many day files were parsed (not read from a snapshot) so far. */
  int parsed() {
    return parsed.get();
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
