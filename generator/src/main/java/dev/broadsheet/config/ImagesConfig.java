package dev.broadsheet.config;

import java.util.List;

/**
 * How the lead images of stories are copied into the site. The defaults live in {@link #defaults()}
 * beside the other config defaults, and docs/configuration.md documents them.
 *
 * @param enabled whether stories show images at all; off, no image is downloaded or published
 * @param widths the widths, in pixels, each image is resized to, ascending (never above its own width)
 * @param maxBytes the largest image file accepted, downloaded or read from disk
 * @param maxPixels the most pixels (width × height) an image may have; its header is read before it
 *     is decoded, so a small file that would unpack to gigabytes (a decompression bomb) is refused
 */
public record ImagesConfig(boolean enabled, List<Integer> widths, long maxBytes, long maxPixels) {
  public ImagesConfig {
    widths = List.copyOf(widths);
  }

  /** Phone, tablet and desktop cards; 5 MB and 40 megapixels hold any news photo. */
  public static ImagesConfig defaults() {
    return new ImagesConfig(true, List.of(320, 640, 1280), 5L << 20, 40_000_000L);
  }
}
