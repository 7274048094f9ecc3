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
  void theLineWhoseQuoteRunsOnToWhereTheParserStoppedIsReported() {
    String yaml = "a: \"x\"\nb: \"open\nc: d\ne: \"{f}\" g\n";
    // b's quote runs on to the first quote of line 4, where the parser stops.
    assertThat(UnclosedQuote.lineIn(yaml, 1, 4)).isEqualTo(2);
    assertThat(UnclosedQuote.lineIn(yaml, 3, 4)).isZero();
    assertThat(UnclosedQuote.lineIn(yaml, 1, 3)).isZero();
  }

  @Test
  void aValueQuotedOverSeveralLinesOnPurposeIsNotBlamedForALaterError() {
    String yaml = "note: \"one\n  two\"\nlist: [unclosed\nnext: \"x\"\n";
    assertThat(UnclosedQuote.lineIn(yaml, 1, 4)).isZero();
  }
}
