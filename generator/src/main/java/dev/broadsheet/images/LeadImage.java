package dev.broadsheet.images;

import java.util.List;

/**
 * A story's lead image as the site publishes it: the same picture at a few widths, narrowest
 * first. Templates read it through {@code h.image(article)}.
 *
 * @param key the name its files share, from a hash of where it came from
 * @param variants its sizes, narrowest first (at least one)
 */
public record LeadImage(String key, List<Variant> variants) {
  /** Cards are at most this wide on a desktop: the {@code src} for browsers without srcset. */
  static final int CARD_WIDTH = 640;

  public LeadImage {
    variants = List.copyOf(variants);
    if (variants.isEmpty()) {
      throw new IllegalArgumentException("an image needs at least one size");
    }
  }

  /**
   * One size of the image, as a file of the site.
   *
   * @param path its path in the site, such as {@code images/3f2a…-640.jpg}
   * @param width its width in pixels
   * @param height its height in pixels
   */
  public record Variant(String path, int width, int height) {
    /** Its media type: the site writes its images as PNG or JPEG, named for the format ({@link ImageStage}). */
    public String mediaType() {
      return path.endsWith(".png") ? "image/png" : "image/jpeg";
    }
  }

  /** The widest size no wider than a card, else the narrowest: the fallback {@code src}. */
  public Variant fallback() {
    Variant best = variants.get(0);
    for (Variant v : variants) {
      if (v.width() <= CARD_WIDTH) {
        best = v;
      }
    }
    return best;
  }

  /** The widest size: for link previews (og:image) and the newsletter. */
  public Variant largest() {
    return variants.get(variants.size() - 1);
  }
}
