package dev.broadsheet.publish;

/**
 * What publishing changed in the output folder.
 *
 * @param written files whose bytes changed or that are new
 * @param unchanged files left alone because their bytes were the same
 * @param deleted files of an earlier build that this build no longer produces
 */
public record PublishResult(int written, int unchanged, int deleted) {}
