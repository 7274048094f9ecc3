package dev.broadsheet.render;

/**
 * One output file, described but not yet written: rendering never touches the disk.
 *
 * @param path its path in the output folder, with '/' separators
 * @param bytes its content; null for a page {@linkplain #kept kept as published}
 */
public record RenderedFile(String path, byte[] bytes) {
  /**
   * A page whose bytes are those of the same path in the published site: the last build
   * published it from the same model, and the file is untouched since (see {@link PageCache}).
   */
  public static RenderedFile kept(String path) {
    return new RenderedFile(path, null);
  }
}
