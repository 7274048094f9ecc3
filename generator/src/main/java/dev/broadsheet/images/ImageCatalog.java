package dev.broadsheet.images;

import dev.broadsheet.store.Article;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The lead images a build publishes, by the image reference an article carries (its URL, or the
 * path of a file in the site folder for a pick), and their files. Immutable.
 */
public final class ImageCatalog {
  private static final ImageCatalog EMPTY = new ImageCatalog(Map.of(), List.of());

  private final Map<String, LeadImage> byReference;
  private final List<ImageFile> files;

  ImageCatalog(Map<String, LeadImage> byReference, List<ImageFile> files) {
    this.byReference = new TreeMap<>(byReference);
    this.files = List.copyOf(files);
  }

  /** No images: a site with {@code images.enabled: false}, or a caller that does not run the stage. */
  public static ImageCatalog empty() {
    return EMPTY;
  }

  /** The published image of {@code article}'s lead image, or null when it has none or it was skipped. */
  public LeadImage of(Article article) {
    return article == null || article.imageUrl() == null ? null : byReference.get(article.imageUrl());
  }

  /** The files to publish, sorted by path. */
  public List<ImageFile> files() {
    return files;
  }

  /**
   * What the pages depend on: which reference has which files. Part of the up-to-date check and
   * the preview's render cache key, so that an image that arrives later does get shown.
   */
  public String stamp() {
    StringBuilder s = new StringBuilder();
    byReference.forEach((ref, image) -> s.append(ref).append(' ').append(image).append('\n'));
    return s.toString();
  }

  /** {@link #stamp()} as 24 hex digits, to append to a fingerprint. */
  public String fingerprint() {
    return ImageCache.key(stamp());
  }
}
