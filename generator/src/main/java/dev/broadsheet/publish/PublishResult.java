package dev.broadsheet.publish;

import dev.broadsheet.base.Problem;
import java.util.List;

/**
 * What publishing changed in the output folder.
 *
 * @param written files whose bytes changed or that are new
 * @param unchanged files left alone because their bytes were the same
 * @param deleted files of an earlier build that this build no longer produces
 * @param problems static files that were left out, and warnings (ignored manifest lines, files in
 *     the way of published ones); the site was published without them
 */
public record PublishResult(int written, int unchanged, int deleted, List<Problem> problems) {
  public PublishResult {
    problems = List.copyOf(problems);
  }

  /** Nothing published, nothing to report. */
  public PublishResult(int written, int unchanged, int deleted) {
    this(written, unchanged, deleted, List.of());
  }
}
