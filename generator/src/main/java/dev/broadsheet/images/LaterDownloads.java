package dev.broadsheet.images;

import java.time.Instant;

/**
 * What an image run leaves to later runs, filled by the downloads as they end: from when an online
 * build would download something (an image over the cap, a failed one whose pause is over), and
 * whether the cache holds what the run found (it could not be written).
 */
final class LaterDownloads {
  private Instant again;
  private Instant warnedUntil;
  private boolean unsettled;

  synchronized void from(Instant when) {
    again = again == null || when.isBefore(again) ? when : again;
  }

  /** Notes a warning that says when its image is asked for again: true until then, for any build. */
  synchronized void warnedUntil(Instant when) {
    warnedUntil = warnedUntil == null || when.isBefore(warnedUntil) ? when : warnedUntil;
  }

  synchronized Instant warnedUntil() {
    return warnedUntil;
  }

  synchronized void unsettled() {
    unsettled = true;
  }

  synchronized Instant again() {
    return again;
  }

  synchronized boolean settled() {
    return !unsettled;
  }
}
