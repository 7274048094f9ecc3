package dev.broadsheet.config;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/** Validates the {@code images} block of the config. */
final class ImageSettings {
  /** Wider than any screen needs, and the decoded image of the widest still fits a small heap. */
  static final int MAX_WIDTH = 4096;

  private ImageSettings() {}

  /** The settings, with defaults; {@code problem} receives (JSON pointer, message) for each bad value. */
  static ImagesConfig read(RawConfig.RawImages raw, BiConsumer<String, String> problem) {
    ImagesConfig d = ImagesConfig.defaults();
    if (raw == null) {
      return d;
    }
    List<Integer> widths = d.widths();
    if (raw.widths() != null) {
      TreeSet<Integer> sorted = new TreeSet<>();
      for (Integer w : raw.widths()) {
        if (w == null || w < 16 || w > MAX_WIDTH) {
          problem.accept("/images/widths", "'images.widths' must list widths between 16 and " + MAX_WIDTH
              + " pixels, found " + w);
        } else {
          sorted.add(w);
        }
      }
      if (sorted.isEmpty() && raw.widths().isEmpty()) {
        problem.accept("/images/widths", "'images.widths' must list at least one width; to show no images,"
            + " set images.enabled: false");
      }
      widths = new ArrayList<>(sorted);
    }
    long maxBytes = raw.maxBytes() == null ? d.maxBytes() : raw.maxBytes();
    if (maxBytes < 1024) {
      problem.accept("/images/maxBytes", "'images.maxBytes' must be at least 1024, found " + maxBytes);
    }
    long maxPixels = raw.maxPixels() == null ? d.maxPixels() : raw.maxPixels();
    if (maxPixels < 256) {
      problem.accept("/images/maxPixels", "'images.maxPixels' must be at least 256, found " + maxPixels);
    }
    int downloads = raw.maxDownloadsPerBuild() == null ? d.maxDownloadsPerBuild() : raw.maxDownloadsPerBuild();
    if (downloads < 0) {
      problem.accept("/images/maxDownloadsPerBuild", "'images.maxDownloadsPerBuild' must be at least 0, found "
          + downloads);
    }
    return new ImagesConfig(!Boolean.FALSE.equals(raw.enabled()), widths, maxBytes, maxPixels, downloads);
  }
}
