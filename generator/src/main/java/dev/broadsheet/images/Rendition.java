package dev.broadsheet.images;

/**
 * One encoded size of an image.
 *
 * @param width its width in pixels
 * @param height its height in pixels
 * @param bytes the encoded file
 */
record Rendition(int width, int height, byte[] bytes) {}
