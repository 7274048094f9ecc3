package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.picks.Pick;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickLanguagesTest {
  private static Pick pick(String title, String noteHtml, String language) {
    return new Pick("picks/p.md", "https://x.example/a", title, null, List.of(), Instant.parse("2026-11-19T12:00:00Z"),
        false, 0, false, null, noteHtml, null, null, null, null, List.of(), language);
  }

  private static final String FRENCH = "<p>« La réforme des retraites est une question de justice, et nous ne"
      + " céderons pas sur ce point », a déclaré la ministre devant les députés, qui ont voté contre le texte"
      + " dans la nuit. Les syndicats appellent à une nouvelle journée de mobilisation pour la semaine prochaine,"
      + " et ils disent que le gouvernement doit retirer son projet avant la fin du mois.</p>";

  @Test
  void aNoteInAnotherScriptOrClearlyInAnotherLanguageSaysSoAndTheTitleIsToldByItsOwnWords() {
    assertThat(new PickLanguages("de").ofNote(pick(null, "<p>ウッチの新しい橋が開通しました。</p>", null))).isEqualTo("ja");
    assertThat(new PickLanguages("en").ofNote(pick(null, "<p>هذا تقرير مهم عن الانتخابات في البلاد</p>", null)))
        .isEqualTo("ar");
    PickLanguages english = new PickLanguages("en");
    Pick quoted = pick("Why the pension protests matter", FRENCH, null);
    assertThat(english.ofNote(quoted)).isEqualTo("fr");
    assertThat(english.ofTitle(quoted)).as("an English title over a French quote").isEmpty();
  }

  @Test
  void shortWordsInTheSitesScriptAndANeighbourOfTheSitesLanguageSayNothing() {
    assertThat(new PickLanguages("en").ofNote(pick("A bridge opens", "<p>Worth a look.</p>", null))).isEmpty();
    assertThat(new PickLanguages("de").ofTitle(pick("Ein Wort zur Brücke", "", null))).isEmpty();
    assertThat(new PickLanguages("be").ofNote(pick(null, "<p>Гэта цікавы артыкул пра выбары.</p>", null))).isEmpty();
    assertThat(new PickLanguages("mk").ofNote(pick(null, "<p>Ова е добра статија за јавниот превоз.</p>", null)))
        .isEmpty();
    assertThat(new PickLanguages("ja").ofTitle(pick("東京都知事選挙結果", "", null))).as("Han alone, on a Japanese site")
        .isEmpty();
    assertThat(new PickLanguages("zh-Hant").ofNote(pick(null, "<p>這是一篇關於選舉結果的重要報導，值得一讀。</p>", null)))
        .isEmpty();
    String slovak = "<p>" + "Vláda schválila nový zákon, ktorý má pomôcť rodinám s deťmi, a opozícia tvrdí, že to"
        + " nestačí, pretože ceny stále rastú a ľudia nemajú na nájom ani na jedlo. ".repeat(4) + "</p>";
    assertThat(new PickLanguages("sk").ofNote(pick(null, slovak, null))).isEmpty();
  }

  @Test
  void aNoteIsToldByTheEditorsOwnWordsNotByWhatItQuotes() {
    String quote = FRENCH.replace("<p>", "<blockquote><p>").replace("</p>", "</p></blockquote>");
    PickLanguages german = new PickLanguages("de");
    assertThat(german.ofNote(pick(null, quote + "<p>So schreibt es die Ministerin. Lesenswert.</p>", null)))
        .as("a German comment under a long French quote").isEmpty();
    assertThat(german.ofNote(pick(null, quote, null))).as("nothing but the quote").isEqualTo("fr");
  }

  @Test
  void wordsRunningTheOtherWayAreSaidToDoSoEvenWhereTheirLanguageIsNotTold() {
    Pick arabic = pick("لماذا يسقط الجسر", "<p>مقال مهم.</p>", null);
    PickLanguages german = new PickLanguages("de");
    assertThat(german.ofNote(arabic)).as("too few words to tell Arabic from Persian or Urdu").isEmpty();
    assertThat(german.noteDirection(arabic)).isEqualTo("rtl");
    assertThat(german.titleDirection(arabic)).isEqualTo("rtl");
    PickLanguages arabicSite = new PickLanguages("ar");
    assertThat(arabicSite.titleDirection(pick("Why the bridge falls", "<p>مقال مهم.</p>", null))).isEqualTo("ltr");
    assertThat(arabicSite.noteDirection(pick("Why the bridge falls", "<p>مقال مهم.</p>", null))).isEmpty();
    assertThat(arabicSite.noteDirection(pick(null, "<p>A must read.</p>", "fa"))).as("Persian runs as Arabic does")
        .isEmpty();
    assertThat(arabicSite.noteDirection(pick(null, "<p>A must read.</p>", "ar"))).as("the key: the site's language")
        .isEmpty();
    assertThat(german.noteDirection(pick(null, "<p>Worth a look.</p>", null))).isEmpty();
    assertThat(german.noteDirection(pick(null, "<p>12, 13, 14.</p>", null))).as("no letters").isEmpty();
  }

  @Test
  void thePicksOwnKeyHasTheLastWordForTitleAndNote() {
    PickLanguages english = new PickLanguages("en");
    Pick polish = pick("Most w porcie zamknięty", "<p>Worth a look.</p>", "pl");
    assertThat(english.ofNote(polish)).isEqualTo("pl");
    assertThat(english.ofTitle(polish)).isEqualTo("pl");
    assertThat(english.ofNote(pick(null, FRENCH, "en-GB"))).as("the site's language, written otherwise").isEmpty();
    assertThat(english.ofTitle(pick(null, FRENCH, "fr"))).as("no title of its own").isEmpty();
  }
}
