package dev.broadsheet.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FetchResultTest {
  @Test
  void aServersOverlongWordsAreCutBeforeTheyArePrintedOrStored() {
    String etag = "\"" + "x".repeat(60_000) + "\"";
    FetchResult r = FetchResult.failed("s", "the ETag " + etag + " is not valid");
    assertThat(r.error()).hasSize(FetchResult.MAX_ERROR_LENGTH + 1).startsWith("the ETag \"xxx").endsWith("x…");
    assertThat(FetchResult.failed("s", "HTTP 404").error()).isEqualTo("HTTP 404");
  }
}
