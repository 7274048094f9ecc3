package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextCutsTest {
  @Test
  void aCutNeverSplitsWhatAReaderSeesAsOneCharacter() {
    String smile = "ab\uD83D\uDE00cd";
    assertThat(TextCuts.boundary(smile, 3)).isEqualTo(2);
    assertThat(TextCuts.boundary(smile, 4)).isEqualTo(4);
    // e and its combining acute accent
    assertThat(TextCuts.boundary("caf" + "e\u0301" + "s", 4)).isEqualTo(3);
    // man, joiner, woman, joiner, girl: one family
    String family = "x\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67y";
    for (int end = 2; end < family.length() - 1; end++) {
      assertThat(TextCuts.boundary(family, end)).as("cut at %d", end).isEqualTo(1);
    }
    assertThat(TextCuts.boundary(family, family.length() - 1)).isEqualTo(family.length() - 1);
    assertThat(TextCuts.boundary("plain text", 5)).isEqualTo(5);
    // a thumb and its skin tone; France's flag; letters a joiner sits between are letters apart
    assertThat(TextCuts.boundary("ab\uD83D\uDC4D\uD83C\uDFFDcd", 4)).isEqualTo(2);
    assertThat(TextCuts.boundary("ab\uD83C\uDDEB\uD83C\uDDF7cd", 4)).isEqualTo(2);
    assertThat(TextCuts.boundary("ab\uD83C\uDDEB\uD83C\uDDF7\uD83C\uDDEB\uD83C\uDDF7", 6)).isEqualTo(6);
    String joinedLetters = "a\u200D".repeat(500);
    assertThat(TextCuts.boundary(joinedLetters, 400)).isBetween(399, 400);
  }

  @Test
  void aShortenedTextEndsInAnEllipsisOnlyWhenSomethingWasCut() {
    assertThat(TextCuts.shortened("short", 10)).isEqualTo("short");
    assertThat(TextCuts.shortened("\uD83D\uDE00".repeat(5), 5)).isEqualTo("\uD83D\uDE00".repeat(2) + "…");
  }
}
