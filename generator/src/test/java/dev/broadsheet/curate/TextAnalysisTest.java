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
    assertThat(terms("sk", "Most v Bratislave a 5 tunelov")).containsExactly("most", "bratislave", "5", "tunelov");
  }

  @Test
  void polishWordsMeetWhateverTheirCaseAndItsFunctionWordsAreNoTerms() {
    List<String> one = terms("pl", "Pożar hali magazynowej pod Wrocławiem");
    List<String> other = terms("pl", "Ogromny pożar hal magazynowych w okolicach Wrocławia");
    assertThat(one).doesNotContain("pod").containsAll(List.of(other.get(1), other.get(2), other.get(3)));
    assertThat(terms("pl", "Nowy dworzec w Łodzi i 5 peronów")).doesNotContain("w", "i").contains("5", "dworzec");
  }

  @Test
  void chineseIsReadInPairsOfCharactersAndALoneOneStays() {
    assertThat(terms("zh", "北京大雨")).containsExactly("北京", "京大", "大雨");
    assertThat(terms("zh", "雨 北京")).containsExactly("雨", "北京");
    // Full-width letters and digits are folded as their ASCII forms.
    assertThat(terms("zh", "ＡＰＥＣ峰会 ２０２６")).contains("apec", "峰会", "2026");
  }

  @Test
  void japaneseKeepsPairsWithKanjiOrKatakanaNotItsGrammarInHiragana() {
    assertThat(terms("ja", "東京で大雨が降った")).contains("東京", "大雨").doesNotContain("で", "が", "った");
    // Two unrelated headlines that share only particles and endings share no term.
    List<String> feedService = terms("ja", "DrecomRSSに記事投稿が反映されないときに確認すること");
    List<String> newYear = terms("ja", "ゲーム三昧な正月を過ごしてしまった");
    assertThat(feedService).containsExactly("drecomrss", "記事", "事投", "投稿", "反映", "確認");
    assertThat(newYear).containsExactly("ゲー", "ーム", "ム三", "三昧", "正月", "過");
    assertThat(feedService).doesNotContainAnyElementsOf(newYear);
  }

  @Test
  void ukrainianWordsMeetInTheirDictionaryFormsAndLoseItsPrepositionsAndPronouns() {
    List<String> terms = terms("uk", "Нацбанк зберіг облікову ставку на рівні 13%");
    assertThat(terms).contains("нацбанк", "зберегти", "обліковий", "ставка", "13").doesNotContain("на", "Нацбанк")
        .doesNotHaveDuplicates();
    assertThat(terms("uk", "Бюджет ухвалено Верховною Радою")).contains("верховний", "рада");
    assertThat(terms("uk", "Експорт ІТ-послуг за 11 місяців")).doesNotContain("за");
    // Words of every story: the year, today, "has" and "already", in any form.
    assertThat(terms("uk", "Уряд вже має план на 2027 рік, сьогодні про роки війни")).contains("уряд", "план", "2027")
        .doesNotContain("вже", "мати", "рік", "сьогодні");
  }

  @Test
  void chineseJapaneseAndKoreanDatesAndTimesAreNotTerms() {
    assertThat(terms("zh", "2026年11月20日 北京大雨")).containsExactly("北京", "京大", "大雨");
    assertThat(terms("ja", "11月20日9時30分に東京で大雨")).containsExactly("東京", "大雨");
    assertThat(terms("ko", "2026년 11월 20일 9시 30분 정부 예산")).containsExactly("정부", "예산");
    // A year alone stays, as in English ("the 2026 budget").
    assertThat(terms("zh", "2026年预算")).contains("2026");
  }

  @Test
  void japaneseLongVowelMarkAfterHiraganaIsNoTerm() {
    assertThat(terms("ja", "すごーい")).isEmpty();
    assertThat(terms("ja", "ゲーム")).containsExactly("ゲー", "ーム");
  }

  @Test
  void koreanWordsAreReadInPairsSoAWordWithItsParticleMeetsItAlone() {
    assertThat(terms("ko", "정부는 예산을")).containsExactly("정부", "부는", "예산", "산을");
    assertThat(terms("ko", "정부 예산")).containsExactly("정부", "예산");
  }

  @Test
  void languagesLuceneKnowsAreStemmedAndLoseTheirStopWords() {
    assertThat(terms("cs", "Most a tunel v Praze")).doesNotContain("a", "v").contains("most");
    assertThat(terms("ru", "Новый мост и тоннель")).doesNotContain("и").hasSize(3);
    assertThat(terms("hu", "Az új híd és az alagút")).doesNotContain("az", "és");
  }

  @Test
  void datesAndClockTimesWrittenInATextAreNotItsTerms() {
    assertThat(terms("en", "Time 2018-11-19 21:42:38 UTC, 2018-11-19 13:42:38 -08:00 at epicenter; depth 12 km"))
        .containsExactly("time", "epicent", "depth", "12", "km");
    assertThat(terms("en", "Vote on 11/19/2018 at 9:30 for the 2018 budget of 250 million"))
        .containsExactly("vote", "2018", "budget", "250", "million");
    assertThat(terms("en", "Updated 2018-11-19T21:42:38Z, doors at 9:30pm")).containsExactly("updat", "door");
    // The zone written after a time goes with it; capitals elsewhere stay.
    assertThat(terms("en", "Launch at 14:05 GMT from the ESA site, 9:30 EST.")).containsExactly("launch", "esa", "site");
    assertThat(terms("en", "Doors 21:42  UTC+1, ferry 7:15 CEST")).containsExactly("door", "ferri");
    assertThat(terms("en", "At 10:30 NASA will launch the probe; train 9:15 TGV to Paris"))
        .contains("nasa", "tgv").doesNotContain("10", "30");
    // A score, a fraction or a range of years is not a date.
    assertThat(terms("en", "Arsenal win 2-1, a 3/4 majority in 1914-1918")).contains("2", "1", "3", "4", "1914", "1918");
  }
}
