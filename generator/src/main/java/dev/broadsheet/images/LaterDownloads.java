package dev.broadsheet.images;

import java.time.Instant;

/**
 * What an image run leaves to later runs, filled by the downloads as they end: from when an online
 * build would download something (an image over the cap, a failed one whose pause is over), and
 * whether the cache holds what the run found (it could not be written).
 */
final class LaterDownloads {
  private Instant again;
  private boolean unsettled;

  synchronized void from(Instant when) {
    again = again == null || when.isBefore(again) ? when : again;
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
