package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildResultTest {
  private static BuildResult result(int ok, int failed, int budgetPercent) {
    return new BuildResult(Path.of("public"), new BuildResult.Sources(ok, 0, 0, failed),
        new BuildResult.Articles(0, 0, 0, 0, 0), new BuildResult.Site(0, 0, 0, 0, 0), List.of(), null, Map.of(),
        budgetPercent, false);
  }

  @Test
  void oneFailedSourceOfManyIsOverABudgetOfNoneThoughItPrintsAsNoPercent() {
    BuildResult oneIn201 = result(200, 1, 0);
    assertThat(oneIn201.failedSourcesPercent()).isZero();
    assertThat(oneIn201.exceedsFailureBudget()).isTrue();
    assertThat(oneIn201.failureReason()).startsWith("1 source(s) failed (0.5%, budget 0%)");
  }

  @Test
  void sourcesAnOfflineBuildSkippedCountAmongTheSitesSourcesNotAsFailed() {
    // 3 broken saved feeds of 165 sources, 159 of them skipped offline: 1.8%, not 3 of the 6 read.
    BuildResult offline = new BuildResult(Path.of("public"), new BuildResult.Sources(3, 0, 159, 3),
        new BuildResult.Articles(0, 0, 0, 0, 0), new BuildResult.Site(0, 0, 0, 0, 0), List.of(), null, Map.of(), 5,
        false);
    assertThat(offline.exceedsFailureBudget()).isFalse();
    assertThat(offline.failedSourcesPercent()).isEqualTo(2);
  }

  @Test
  void theBudgetIsComparedExactlyAtItsEdge() {
    // 5 of 100 is the budget of 5%, not over it; 6 of 100 and 11 of 201 (5.47%) are over.
    assertThat(result(95, 5, 5).exceedsFailureBudget()).isFalse();
    assertThat(result(94, 6, 5).exceedsFailureBudget()).isTrue();
    assertThat(result(190, 11, 5).exceedsFailureBudget()).isTrue();
    assertThat(result(190, 11, 5).failureReason()).startsWith("11 source(s) failed (5.5%, budget 5%)");
    assertThat(result(94, 6, 5).failureReason()).startsWith("6 source(s) failed (6%, budget 5%)");
    assertThat(result(2000, 1, 0).failureReason()).startsWith("1 source(s) failed (0.1%, budget 0%)");
    assertThat(result(10, 0, 0).exceedsFailureBudget()).isFalse();
  }

  @Test
  void aBuildThatWroteNothingSaysTheSiteWasUpToDate() {
    BuildResult nothing = new BuildResult(Path.of("public"), new BuildResult.Sources(0, 3, 0, 0),
        new BuildResult.Articles(0, 0, 40, 0, 0), new BuildResult.Site(12, 3, 0, 0, 57), List.of(), null, Map.of(), 0,
        false);
    assertThat(nothing.summary()).anySatisfy(l -> assertThat(l).startsWith("Pages: 0 written, 57 unchanged (the site was"
        + " up to date) -> "));
    assertThat(result(3, 0, 0).summary()).noneSatisfy(l -> assertThat(l).contains("up to date"));
  }

  @Test
  void pagesABuildNoLongerPublishesAreCountedInItsSummary() {
    BuildResult weekly = new BuildResult(Path.of("public"), new BuildResult.Sources(0, 3, 0, 0),
        new BuildResult.Articles(0, 0, 40, 0, 0), new BuildResult.Site(12, 1, 4, 4, 50, 15), List.of(), null,
        Map.of(), 0, false);
    assertThat(weekly.summary()).anySatisfy(l -> assertThat(l).startsWith("Pages: 4 written, 50 unchanged, 15 removed -> "));
  }
}
