package dev.broadsheet;

import dev.broadsheet.base.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a build did. A build with problems still published what it could; the caller decides
 * whether problems should fail the job.
 *
 * @param output the output folder
 * @param sourcesOk sources read and parsed
 * @param sourcesNotModified sources that answered 304 Not Modified
 * @param sourcesSkipped remote sources skipped because the build was offline
 * @param sourcesFailed sources that failed (each also in {@code problems})
 * @param articlesAdded articles new to the store
 * @param articlesUpdated known articles whose data changed
 * @param articlesStored articles in the store after the build
 * @param pagesExtracted article pages fetched and extracted in this build
 * @param articlesPruned articles removed by the retention rule
 * @param stories stories in the digest
 * @param editions editions in the digest
 * @param pagesRendered pages rendered by templates in this build (0 when the site was up to date)
 * @param pagesWritten output files written
 * @param pagesUnchanged output files left alone because their bytes were the same
 * @param problems every input that could not be used, with the reason
 * @param stageTimes wall time per stage, in pipeline order
 * @param failureBudgetPercent the share of failed sources the site tolerates ({@code fetch.maxFailedSourcesPercent})
 */
public record BuildResult(
    Path output,
    int sourcesOk,
    int sourcesNotModified,
    int sourcesSkipped,
    int sourcesFailed,
    int articlesAdded,
    int articlesUpdated,
    int articlesStored,
    int pagesExtracted,
    int articlesPruned,
    int stories,
    int editions,
    int pagesRendered,
    int pagesWritten,
    int pagesUnchanged,
    List<Problem> problems,
    Map<String, Duration> stageTimes,
    int failureBudgetPercent) {

  public BuildResult {
    problems = List.copyOf(problems);
    stageTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageTimes));
  }

  /** Failed sources as a share of the sources that were tried, in percent (0 when none were). */
  public int failedSourcesPercent() {
    int tried = sourcesOk + sourcesNotModified + sourcesFailed;
    return tried == 0 ? 0 : (int) Math.round(100.0 * sourcesFailed / tried);
  }

  /** Whether more sources failed than the site's failure budget allows. */
  public boolean exceedsFailureBudget() {
    return sourcesFailed > 0 && failedSourcesPercent() > failureBudgetPercent;
  }

  /**
   * Whether a build run with {@code --fail-on-errors} should count as failed: too many sources
   * failed, or a pick or page could not be used. The site was published either way.
   */
  public boolean failsOnErrors() {
    return exceedsFailureBudget() || contentErrors();
  }

  /** Whether a pick or page has an error. */
  public boolean contentErrors() {
    return errors().stream().anyMatch(p -> p.where().startsWith("picks") || p.where().startsWith("pages"));
  }

  /** Problems that are errors, not warnings. */
  public java.util.List<Problem> errors() {
    return problems.stream().filter(p -> !p.isWarning()).toList();
  }
}
