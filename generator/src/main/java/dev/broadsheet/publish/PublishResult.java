package dev.broadsheet.publish;

import dev.broadsheet.base.Problem;
import java.util.List;
import java.util.Set;

/**
 * What publishing changed in the output folder.
 *
 * @param written files whose bytes changed or that are new
 * @param unchanged files left alone because their bytes were the same
 * @param deleted files of an earlier build that this build no longer produces
 * @param problems static files that were left out, and warnings (ignored manifest lines, files in
 *     the way of published ones); the site was published without them
 * @param replaced paths of pages that a theme asset or a static file was published in place of
 */
public record PublishResult(int written, int unchanged, int deleted, List<Problem> problems, Set<String> replaced) {
  public PublishResult {
    problems = List.copyOf(problems);
    replaced = Set.copyOf(replaced);
  }

  /** Nothing published, nothing to report. */
  public PublishResult(int written, int unchanged, int deleted) {
    this(written, unchanged, deleted, List.of(), Set.of());
  }
}
