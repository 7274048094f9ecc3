package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void aNameWindowsKeepsForADeviceIsNotAFolderName() {
    assertThat(Slugs.of("CON", 40)).isEqualTo("con_");
    assertThat(Slugs.of("Aux", 40)).isEqualTo("aux_");
    assertThat(Slugs.of("LPT1", 40)).isEqualTo("lpt1_");
    assertThat(Slugs.of("Con 1", 40)).isEqualTo("con-1");
    assertThat(Slugs.of("Con Edison", 40)).isEqualTo("con-edison");
  }

  @Test
  void accentsAreDroppedAndTheRestIsHyphenated() {
    assertThat(Slugs.of("Café owners: 3 new rules!", 60)).isEqualTo("cafe-owners-3-new-rules");
  }

  @Test
  void latinLettersWithoutADecompositionAreSpelledOutNotDropped() {
    assertThat(Slugs.of("Łódź Straße", 60)).isEqualTo("lodz-strasse");
    assertThat(Slugs.of("Grøn omstilling på Færøerne", 60)).isEqualTo("gron-omstilling-pa-faeroerne");
    assertThat(Slugs.of("Þórður Ðorđević", 60)).isEqualTo("thordur-dordevic");
    assertThat(Slugs.of("Œuvre, İstanbul, ıslak", 60)).isEqualTo("oeuvre-istanbul-islak");
  }

  @Test
  void foldingComparesSpellingsAsAReaderWould() {
    assertThat(Slugs.fold("STRASSE")).isEqualTo(Slugs.fold("Straße"));
    assertThat(Slugs.fold("Lodz")).isEqualTo(Slugs.fold("Łódź"));
    assertThat(Slugs.fold(null)).isEmpty();
  }

  @Test
  void aTitleWithoutLatinLettersOrDigitsIsUntitled() {
    assertThat(Slugs.of("日本語", 60)).isEqualTo("untitled");
    assertThat(Slugs.ofOrNull("日本語 — ?", 60)).isNull();
  }

  @Test
  void cyrillicAndGreekAreSpelledInLatinLetters() {
    assertThat(Slugs.of("Как пережить новогоднюю ночь", 60)).isEqualTo("kak-perezhit-novogodnyuyu-noch");
    // Ukrainian, told by its own letters: и is y, г is h.
    assertThat(Slugs.of("Щедрий вечір у Львові, ґанок", 60)).isEqualTo("shchedryi-vechir-u-lvovi-ganok");
    assertThat(Slugs.of("Київ і Харків", 60)).isEqualTo("kyiv-i-kharkiv");
    assertThat(Slugs.of("Нови мост у Београду", 60)).isEqualTo("novi-most-u-beogradu");
    // Serbian, told by its own letters: as its Latin spelling without marks.
    assertThat(Slugs.of("Чачак и Ђурђевдан", 60)).isEqualTo("cacak-i-djurdjevdan");
    assertThat(Slugs.of("Σεισμός στην Αθήνα", 60)).isEqualTo("seismos-stin-athina");
    assertThat(Slugs.of("Βουλή, Ευρώπη, αυτοκίνητο", 60)).isEqualTo("vouli-evropi-avtokinito");
    // A diaeresis parts the pair; an apostrophe inside a Ukrainian word is no break.
    assertThat(Slugs.of("προϋπολογισμό", 60)).isEqualTo("proypologismo");
    assertThat(Slugs.of("Прем’єра опери", 60)).isEqualTo("premyera-opery");
    assertThat(Slugs.of("Don't stop", 60)).isEqualTo("don-t-stop");
    // ъ: Bulgarian's vowel before a consonant, Russian's silent sign before a vowel.
    assertThat(Slugs.of("България", 60)).isEqualTo("balgariya");
    assertThat(Slugs.of("объект", 60)).isEqualTo("obekt");
    // Folding, which compares names, keeps the letters as they are.
    assertThat(Slugs.fold("Россия")).isEqualTo("россия");
  }

  @Test
  void aSlugIsCutAtItsLengthWithoutATrailingHyphen() {
    assertThat(Slugs.of("one two three", 8)).isEqualTo("one-two");
  }

  @Test
  void theUnspelledSlugIsTheOneMadeBeforeLettersLikeOWithStrokeWereSpelledOut() {
    assertThat(Slugs.unspelledOf("Børsen", 40)).isEqualTo("b-rsen");
    assertThat(Slugs.unspelledOf("Café", 40)).isEqualTo(Slugs.of("Café", 40));
  }
}
