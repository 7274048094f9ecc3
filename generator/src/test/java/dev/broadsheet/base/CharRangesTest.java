package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharRangesTest {
  @Test
  void findsTheFirstCharacterOfTheRangeItsEndsIncludedAcrossChunks() {
    assertThat(CharRanges.first("", 'a', 'z')).isEqualTo(-1);
    assertThat(CharRanges.first("ABC", 'a', 'z')).isEqualTo(-1);
    assertThat(CharRanges.first("ABa", 'a', 'z')).isEqualTo(2);
    assertThat(CharRanges.first("ABz", 'a', 'z')).isEqualTo(2);
    assertThat(CharRanges.first("`{", 'a', 'z')).as("just outside both ends").isEqualTo(-1);
    String far = "x".repeat(10_000) + "\u0092" + "x";
    assertThat(CharRanges.first(far, '\u0080', '\u009F')).isEqualTo(10_000);
    assertThat(CharRanges.first("x".repeat(4096) + "\u00C3", '\u00C2', '\u00F0')).isEqualTo(4096);
    assertThat(CharRanges.first("\uFFFF", '\u0000', '\uFFFF')).isZero();
  }
}
