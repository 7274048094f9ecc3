package dev.broadsheet;

import dev.broadsheet.base.Problem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a build did. A build with problems still published what it could; the caller decides
 * whether problems should fail the job.
 *
 * @param output the output folder
 * @param sources what became of the configured sources
 * @param articles what became of the store
 * @param site what was curated, rendered and written
 * @param problems every input that could not be used, with the reason
 * @param firstContentError the first pick or page that could not be used, or null when all could
 * @param stageTimes wall time per stage, in pipeline order
 * @param failureBudgetPercent the share of failed sources the site tolerates ({@code fetch.maxFailedSourcesPercent})
 * @param fetchOnly whether the build only updated the store (nothing curated, rendered or published)
 */
public record BuildResult(Path output, Sources sources, Articles articles, Site site, List<Problem> problems,
    Problem firstContentError, Map<String, Duration> stageTimes, int failureBudgetPercent, boolean fetchOnly) {

  /**
   * @param ok sources read and parsed
   * @param notModified sources that answered 304 Not Modified
   * @param skipped remote sources skipped because the build was offline
   * @param failed sources that failed (each also a problem)
   */
  public record Sources(int ok, int notModified, int skipped, int failed) {}

  /**
   * @param added articles new to the store
   * @param updated known articles whose data changed
   * @param stored articles in the store after the build
   * @param extracted article pages fetched and extracted in this build
   * @param pruned articles removed by the retention rule
   * @param hidden stored articles that picks hide ({@code hide: true}): kept off the site, and stored without their texts
   */
  public record Articles(int added, int updated, int stored, int extracted, int pruned, int hidden) {
    /** What became of the store when no pick hides an article. */
    public Articles(int added, int updated, int stored, int extracted, int pruned) {
      this(added, updated, stored, extracted, pruned, 0);
    }
  }

  /**
   * @param stories stories in the digest
   * @param editions editions in the digest
   * @param pagesRendered pages rendered by templates (0 when the site was up to date)
   * @param filesWritten output files written
   * @param filesUnchanged output files left alone because their bytes were the same
   * @param filesRemoved output files of the last build that this one no longer publishes (a section
   *     renamed, editions made weekly): named in the summary, since their addresses are gone
   */
  public record Site(int stories, int editions, int pagesRendered, int filesWritten, int filesUnchanged,
      int filesRemoved) {
    /** A site of which nothing was removed. */
    public Site(int stories, int editions, int pagesRendered, int filesWritten, int filesUnchanged) {
      this(stories, editions, pagesRendered, filesWritten, filesUnchanged, 0);
    }
  }

  public BuildResult {
    problems = List.copyOf(problems);
    stageTimes = Collections.unmodifiableMap(new LinkedHashMap<>(stageTimes));
  }

  /** Whether a pick or a page could not be used. */
  public boolean contentErrors() {
    return firstContentError != null;
  }

  /** Failed sources as a share of the site's sources, those an offline build skipped among them, in percent (0 when none). */
  public int failedSourcesPercent() {
    long tried = counted();
    return tried == 0 ? 0 : (int) Math.round(100.0 * sources.failed() / tried);
  }

  /**
   * The sources the failure budget is a share of: every source of the site, those an offline build
   * skipped among them (as far as anyone knows they are fine): three broken saved feeds of 165
   * sources are 1.8%, not the 50% of the six an offline build read.
   */
  private long counted() {
    return (long) sources.ok() + sources.notModified() + sources.skipped() + sources.failed();
  }

  /**
   * Whether more sources failed than the site's failure budget allows, compared exactly: one
   * failed source in 201 is 0.5%, over a budget of 0 though it prints as 0%.
   */
  public boolean exceedsFailureBudget() {
    long tried = counted();
    return sources.failed() > 0 && sources.failed() * 100L > (long) failureBudgetPercent * tried;
  }

  /**
   * Whether a build run with {@code --fail-on-errors} should count as failed: too many sources
   * failed, or a pick or page could not be used. The site was published either way.
   */
  public boolean failsOnErrors() {
    return exceedsFailureBudget() || contentErrors();
  }

  /** Why {@link #failsOnErrors()} holds, in one sentence for the CLI and the Maven plugin alike. */
  public String failureReason() {
    List<String> reasons = new ArrayList<>();
    if (exceedsFailureBudget()) {
      int percent = failedSourcesPercent();
      long tried = counted();
      // Rounded to the budget or under it, a share over it is said with its tenths (5.5%, not 5%).
      // Tenths rounded up: 1 source in 2,001 is 0.1%, not 0.0%, over a budget of none.
      String share = percent > failureBudgetPercent ? String.valueOf(percent)
          : String.format(java.util.Locale.ROOT, "%.1f", Math.ceil(1000.0 * sources.failed() / tried) / 10);
      reasons.add(sources.failed() + " source(s) failed (" + share + "%, budget "
          + failureBudgetPercent + "%)");
    }
    if (contentErrors()) {
      // Named, so that a CI log's last line says where to look.
      reasons.add("picks or pages have errors (the first: " + firstContentError + ")");
    }
    return String.join(" and ", reasons) + (fetchOnly ? ". The store was updated." : ". The site was published.");
  }

  /** Problems that are errors, not warnings. */
  public List<Problem> errors() {
    return problems.stream().filter(p -> !p.isWarning()).toList();
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  /** The end-of-build summary, for people and CI logs alike: ASCII digits whatever the default locale. */
  public List<String> summary() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "Sources: %d ok, %d not modified, %d skipped (offline), %d failed",
        sources.ok(), sources.notModified(), sources.skipped(), sources.failed()));
    String stored = String.format(Locale.ROOT, "Articles: %d new, %d updated, %d stored%s%s, %s extracted",
        articles.added(), articles.updated(), articles.stored(),
        articles.pruned() == 0 ? "" : " (" + articles.pruned() + " older than retentionDays removed, with their pages)",
        articles.hidden() == 0 ? "" : " (" + articles.hidden() + " hidden by picks)",
        count(articles.extracted(), "page", "pages"));
    if (fetchOnly) {
      // "0 stories in 0 editions, 0 pages written -> public/index.html" read as a site emptied.
      lines.add(stored);
      lines.add("Pages: none rendered (the store was updated only)");
    } else {
      lines.add(String.format(Locale.ROOT, "%s; %s in %s", stored, count(site.stories(), "story", "stories"),
          count(site.editions(), "edition", "editions")));
      lines.add(String.format(Locale.ROOT, "Pages: %d written, %d unchanged%s%s -> %s", site.filesWritten(),
          site.filesUnchanged(), site.filesRemoved() == 0 ? "" : ", " + site.filesRemoved() + " removed",
          site.filesWritten() == 0 && site.filesRemoved() == 0 && site.filesUnchanged() > 0
              ? " (the site was up to date)" : "",
          output.resolve("index.html")));
    }
    StringBuilder times = new StringBuilder("Time:");
    long total = 0;
    for (Map.Entry<String, Duration> e : stageTimes.entrySet()) {
      times.append(' ').append(e.getKey()).append(' ').append(e.getValue().toMillis()).append(" ms,");
      total += e.getValue().toMillis();
    }
    lines.add(times.append(" total ").append(total).append(" ms").toString());
    return lines;
  }
}
