package dev.broadsheet.images;

import java.util.ArrayList;
import java.util.List;

/**
 * An image made for the site: what pages show of it and the files published.
 *
 * @param image its variants, as pages name them
 * @param files the bytes of each variant, at its path in the published site
 */
record Made(LeadImage image, List<ImageFile> files) {
  /** The image of cache key {@code key} in {@code renditions}, narrowest first. */
  static Made of(String key, List<Rendition> renditions) {
    String ext = extension(renditions);
    List<LeadImage.Variant> variants = new ArrayList<>();
    List<ImageFile> files = new ArrayList<>();
    for (Rendition r : renditions) {
      String path = "images/" + key + "-" + r.width() + "." + ext;
      variants.add(new LeadImage.Variant(path, r.width(), r.height()));
      files.add(new ImageFile(path, r.bytes()));
    }
    return new Made(new LeadImage(key, variants), files);
  }

  /** PNG files start with 0x89 'P'; everything else this stage writes is JPEG. */
  static String extension(List<Rendition> renditions) {
    byte[] b = renditions.get(0).bytes();
    return b.length > 1 && (b[0] & 0xff) == 0x89 && b[1] == 'P' ? "png" : "jpg";
  }
}
