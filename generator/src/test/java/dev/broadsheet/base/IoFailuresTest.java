package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;

class IoFailuresTest {
  @Test
  void aFailureOfTheMachineIsSaidInWordsWithWhatWasBeingDone() {
    RuntimeException wrapped = new IllegalStateException("the build stopped",
        new UncheckedIOException("cannot write data/sources.json", new AccessDeniedException("/site/data/sources.json")));
    assertThat(IoFailures.explain(wrapped))
        .isEqualTo("cannot write data/sources.json: /site/data/sources.json: permission denied");
    assertThat(IoFailures.explain(new UncheckedIOException("cannot write data/sources.json",
        new AccessDeniedException("/site/data/sources.json"))))
        .isEqualTo("cannot write data/sources.json: /site/data/sources.json: permission denied");
  }

  @Test
  void aProgramsErrorIsNotTakenForTheMachines() {
    assertThat(IoFailures.explain(new IllegalStateException("a bug"))).isNull();
    assertThat(IoFailures.explain(new IllegalStateException("a bug",
        new com.fasterxml.jackson.databind.JsonMappingException(null, "no such field")))).isNull();
  }
}
