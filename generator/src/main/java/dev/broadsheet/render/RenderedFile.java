package dev.broadsheet.render;

/**
 * One output file, described but not yet written: rendering never touches the disk.
 *
 * @param path its path in the output folder, with '/' separators
 * @param bytes its content
 */
public record RenderedFile(String path, byte[] bytes) {}
