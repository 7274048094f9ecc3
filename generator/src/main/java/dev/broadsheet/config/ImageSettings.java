package dev.broadsheet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Validates the {@code images} block of the config. */
final class ImageSettings {
  /** Wider than any screen needs, and the decoded image of the widest still fits a small heap. */
  static final int MAX_WIDTH = 4096;

  private ImageSettings() {}

  /** The settings, with defaults; {@code check} reports each bad value. */
  static ImagesConfig read(RawConfig.RawImages raw, RangeCheck check) {
    ImagesConfig d = ImagesConfig.defaults();
    if (raw == null) {
      return d;
    }
    List<Integer> widths = d.widths();
    if (raw.widths() != null) {
      TreeSet<Integer> sorted = new TreeSet<>();
      for (Integer w : raw.widths()) {
        if (w == null || w < 16 || w > MAX_WIDTH) {
          check.problem().accept("/images/widths", "'images.widths' must list widths between 16 and " + MAX_WIDTH
              + " pixels, found " + w);
        } else {
          sorted.add(w);
        }
      }
      if (sorted.isEmpty() && raw.widths().isEmpty()) {
        check.problem().accept("/images/widths", "'images.widths' must list at least one width; to show no images,"
            + " set images.enabled: false");
      }
      widths = new ArrayList<>(sorted);
    }
    long maxBytes = check.atLeast(raw.maxBytes(), d.maxBytes(), 1024, "images.maxBytes");
    long maxPixels = check.atLeast(raw.maxPixels(), d.maxPixels(), 256, "images.maxPixels");
    int downloads = check.atLeast(raw.maxDownloadsPerBuild(), d.maxDownloadsPerBuild(), 0,
        "images.maxDownloadsPerBuild");
    return new ImagesConfig(!Boolean.FALSE.equals(raw.enabled()), widths, maxBytes, maxPixels, downloads);
  }
}
