package dev.broadsheet.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnclosedQuoteTest {
  @Test
  void aValueOpeningAQuoteItDoesNotCloseIsFound() {
    assertThat(UnclosedQuote.opensUnclosed("title: \"Newbie Wire")).isTrue();
    assertThat(UnclosedQuote.opensUnclosed("  - 'It''s open")).isTrue();
    // An escaped quote does not close it.
    assertThat(UnclosedQuote.opensUnclosed("    name: \"Ends in an escaped quote \\\"")).isTrue();
  }

  @Test
  void closedQuotesPlainValuesAndCommentsAreNot() {
    assertThat(UnclosedQuote.opensUnclosed("title: \"Newbie Wire\"")).isFalse();
    assertThat(UnclosedQuote.opensUnclosed("title: \"Say \\\"hi\\\"\" # greeting")).isFalse();
    assertThat(UnclosedQuote.opensUnclosed("  - 'It''s closed'")).isFalse();
    assertThat(UnclosedQuote.opensUnclosed("title: Don't \"quote\" me")).isFalse();
    assertThat(UnclosedQuote.opensUnclosed("# title: \"commented out")).isFalse();
    assertThat(UnclosedQuote.opensUnclosed("sources:")).isFalse();
  }

  @Test
  void theFirstSuchLineInTheRangeIsReported() {
    String yaml = "a: \"x\"\nb: \"open\nc: d\ne: \"also open\n";
    assertThat(UnclosedQuote.lineIn(yaml, 1, 5)).isEqualTo(2);
    assertThat(UnclosedQuote.lineIn(yaml, 3, 5)).isEqualTo(4);
    assertThat(UnclosedQuote.lineIn(yaml, 3, 4)).isZero();
  }
}
