package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class VocabularyTest {
  private static final String TEXT = """
      # A comment, then an entry continued on indented lines.
      label = (?iu)^(read more
          # a comment inside an entry
          |lesen sie auch)$
      stems = abonn|inscri
          |suivez
      broken = (?iu)(unclosed
      """;

  @Test
  void continuedLinesJoinWithoutTheirIndentationAndKeepTheInlineFlags() {
    Pattern label = Vocabulary.parse(TEXT, "test.txt").pattern("label");

    assertThat(label.pattern()).isEqualTo("(?iu)^(read more|lesen sie auch)$");
    assertThat(label.matcher("LESEN SIE AUCH").matches()).isTrue();
  }

  @Test
  void aWordListIsItsWordsInOrder() {
    assertThat(Vocabulary.parse(TEXT, "test.txt").words("stems")).isEqualTo(List.of("abonn", "inscri", "suivez"));
  }

  @Test
  void aMissingEntryIsNamedInTheError() {
    Vocabulary vocabulary = Vocabulary.parse(TEXT, "test.txt");

    assertThatThrownBy(() -> vocabulary.pattern("prompt-word")).hasMessage("test.txt has no entry 'prompt-word'");
    assertThatThrownBy(() -> vocabulary.words("prompt-stems")).hasMessage("test.txt has no entry 'prompt-stems'");
  }

  @Test
  void aBrokenPatternIsNamedInTheError() {
    assertThatThrownBy(() -> Vocabulary.parse(TEXT, "test.txt").pattern("broken"))
        .hasMessageStartingWith("test.txt: entry 'broken' is not a valid pattern: Unclosed group");
  }

  @Test
  void aLineThatIsNeitherAnEntryNorAContinuationIsRefusedWithItsLineNumber() {
    assertThatThrownBy(() -> Vocabulary.parse("label = a\nLabel: b\n", "test.txt"))
        .hasMessageContaining("test.txt:2: neither 'name = text' nor an indented line");
    assertThatThrownBy(() -> Vocabulary.parse("    |continued\n", "test.txt")).hasMessageContaining("test.txt:1:");
  }

  @Test
  void anEntryGivenTwiceIsRefused() {
    assertThatThrownBy(() -> Vocabulary.parse("label = a\nlabel = b\n", "test.txt"))
        .hasMessage("test.txt:2: entry 'label' is given twice");
  }

  @Test
  void aMissingFileIsNamedInTheError() {
    assertThatThrownBy(() -> Vocabulary.read("no-such-vocabulary.txt"))
        .hasMessageContaining("no-such-vocabulary.txt is not on the classpath");
  }

  @Test
  void theExtractorsVocabularyHasEveryEntryItsClassesAskFor() throws ClassNotFoundException {
    // Their constants look every entry up when the class is initialised: a missing one would throw here.
    for (String name : List.of("Phrases", "Bylines", "BodyPruner", "Boilerplate")) {
      Class.forName(Vocabulary.class.getPackageName() + "." + name);
    }
    assertThat(Phrases.label("Lesen Sie auch:")).isTrue();
    assertThat(Phrases.prompt("Sign up for our newsletter.")).isTrue();
    assertThat(Bylines.clean("By Jane Doe, Senior Political Writer | 12 March 2026")).isEqualTo("Jane Doe");
  }
}
