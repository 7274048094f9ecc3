package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpellingsTest {
  @Test
  void aNameWrittenApartMeetsTheSameNameWrittenAsOneWord() {
    try (TextAnalysis analysis = new TextAnalysis("en")) {
      List<TextAnalysis.Token> apart = analysis.tokens("Mt. Gox files for bankruptcy");
      List<TextAnalysis.Token> together = analysis.tokens("MtGox boss targeted by hackers");
      NameSpellings spellings = new NameSpellings();
      spellings.learn(apart);
      spellings.learn(together);
      assertThat(spellings.withOtherSpellings(apart)).extracting(TextAnalysis.Token::term).contains("mtgox");
      // Two words that no text writes as one stay two words.
      List<TextAnalysis.Token> other = analysis.tokens("Hong Kong shares fall");
      assertThat(spellings.withOtherSpellings(other)).extracting(TextAnalysis.Token::term)
          .doesNotContain("hongkong");
    }
  }
}
