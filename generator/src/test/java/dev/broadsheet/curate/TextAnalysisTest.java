package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {
  private static List<String> terms(String language, String text) {
    try (TextAnalysis analysis = new TextAnalysis(language)) {
      return analysis.tokens(text).stream().map(TextAnalysis.Token::term).toList();
    }
  }

  @Test
  void aLanguageWithoutStopWordsLosesItsOneLetterWordsButNotItsNamesOrNumbers() {
    assertThat(terms("pl", "Nowy dworzec w Łodzi i 5 peronów")).containsExactly("nowy", "dworzec", "łodzi", "5",
        "peronów");
    assertThat(terms("sk", "Most v Bratislave a tunel")).containsExactly("most", "bratislave", "tunel");
  }

  @Test
  void aSingleIdeographIsAWordOfItsOwn() {
    assertThat(terms("zh", "北京大雨")).containsExactly("北", "京", "大", "雨");
  }

  @Test
  void languagesLuceneKnowsAreStemmedAndLoseTheirStopWords() {
    assertThat(terms("cs", "Most a tunel v Praze")).doesNotContain("a", "v").contains("most");
    assertThat(terms("ru", "Новый мост и тоннель")).doesNotContain("и").hasSize(3);
    assertThat(terms("hu", "Az új híd és az alagút")).doesNotContain("az", "és");
  }
}
