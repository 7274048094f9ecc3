package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageClockTest {
  @Test
  void aStageMetAgainAddsToItsTimeAndIsSaidAgainOnlyAfterAnother() {
    List<String> said = new ArrayList<>();
    StageClock stages = new StageClock(new BuildListener() {
      @Override
      public void stage(String name) {
        said.add(name);
      }
    });
    stages.step("check", () -> sleep(20));
    stages.step("check", () -> sleep(20));
    assertThat(stages.timed("curate", () -> 7)).isEqualTo(7);
    stages.step("check", () -> sleep(20));
    assertThat(said).containsExactly("check", "curate", "check");
    assertThat(stages.times().keySet()).containsExactly("check", "curate");
    assertThat(stages.times().get("check").toMillis()).isGreaterThanOrEqualTo(60);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
