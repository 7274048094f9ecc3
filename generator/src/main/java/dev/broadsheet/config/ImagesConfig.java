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
 * @param maxDownloadsPerBuild the most images downloaded in one build, newest stories first; the
 *     rest wait for the next build
 */
public record ImagesConfig(boolean enabled, List<Integer> widths, long maxBytes, long maxPixels,
    int maxDownloadsPerBuild) {
  public ImagesConfig {
    widths = List.copyOf(widths);
  }

  /**
   * Phone, tablet and desktop cards; 5 MB and 40 megapixels hold any news photo; 200 downloads
   * (like fetch.maxPagesPerBuild) keep a new site's first build to a few minutes.
   */
  public static ImagesConfig defaults() {
    return new ImagesConfig(true, List.of(320, 640, 1280), 5L << 20, 40_000_000L, 200);
  }
}
