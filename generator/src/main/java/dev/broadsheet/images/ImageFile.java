package dev.broadsheet.images;

/**
 * One image file for the published site.
 *
 * @param path its path in the output folder, with '/' separators
 * @param bytes its content
 */
public record ImageFile(String path, byte[] bytes) {}
