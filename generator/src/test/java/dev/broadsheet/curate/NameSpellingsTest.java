package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameSpellingsTest {
  @Test
  void aNameWrittenApartMeetsTheSameNameWrittenAsOneWord() {
    try (TextAnalysis analysis = new TextAnalysis("en")) {
      List<TextAnalysis.Token> apart = analysis.tokens("Shoppers flock to Wal Mart stores");
      List<TextAnalysis.Token> together = analysis.tokens("WalMart cuts prices");
      NameSpellings spellings = new NameSpellings();
      spellings.learn(apart);
      spellings.learn(together);
      assertThat(spellings.withOtherSpellings(apart)).extracting(TextAnalysis.Token::term).contains("walmart");
      // Two words that no text writes as one stay two words.
      List<TextAnalysis.Token> other = analysis.tokens("Hong Kong shares fall");
      assertThat(spellings.withOtherSpellings(other)).extracting(TextAnalysis.Token::term)
          .doesNotContain("hongkong");
    }
  }
}
