package dev.broadsheet.store;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Another build of the site held its lock for longer than this build would wait. Nothing was read
 * or written; the command line exits with its own code so that a scheduler can tell "busy" from
 * "broken".
 */
public final class SiteBusyException extends BroadsheetException {
  private static final long serialVersionUID = 1L;

  SiteBusyException(Path lockFile, LockRecord holder, Duration waited) {
    this(lockFile, holder, "gave up after waiting "
        + (waited.getNano() == 0 ? waited.toSeconds() + " s" : waited.toMillis() + " ms"));
  }

  /** {@code gaveUp} says why the wait ended: "gave up after waiting 600 s". */
  SiteBusyException(Path lockFile, LockRecord holder, String gaveUp) {
    super(new Problem(lockFile.toString(), "another build of this site is running ("
        + (holder == null ? "its details are not written yet" : holder.describe()) + "); " + gaveUp
        + ". Nothing was changed; build again when it has finished"));
  }
}
