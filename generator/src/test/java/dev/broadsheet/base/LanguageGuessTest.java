package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuessTest {
  private final LanguageGuess guess = new LanguageGuess();

  private static String times(String text, int n) {
    return (text + "\n").repeat(n);
  }

  @Test
  void aFeedsWorthOfProseIsToldByItsCommonWords() {
    assertThat(guess.of(times("The council said on Monday that the bridge will be closed for repairs, and that the"
        + " ferry is to run an early sailing until it opens again.", 3))).isEqualTo("en");
    assertThat(guess.of(times("Le conseil a annoncé lundi que le pont sera fermé pour des travaux et que le bac"
        + " assurera une traversée de plus dans la matinée jusqu'à sa réouverture.", 3))).isEqualTo("fr");
    assertThat(guess.of(times("Der Stadtrat hat am Montag mitgeteilt, dass die Brücke wegen Bauarbeiten gesperrt"
        + " wird und die Fähre bis zur Wiedereröffnung eine frühe Fahrt anbietet.", 3))).isEqualTo("de");
    assertThat(guess.of(times("El ayuntamiento anunció el lunes que el puente se cerrará por obras y que el"
        + " transbordador tendrá una salida más temprana hasta que se vuelva a abrir.", 3))).isEqualTo("es");
  }

  @Test
  void aScriptOfOneLanguageTellsIt() {
    assertThat(guess.of("市議会は月曜日、橋を修理のため閉鎖すると発表した。フェリーは早朝便を増やす。")).isEqualTo("ja");
    assertThat(guess.of("시의회는 월요일 다리를 보수를 위해 폐쇄한다고 발표했다.")).isEqualTo("ko");
    assertThat(guess.of("市议会周一宣布，大桥将因维修而关闭，渡轮将增加早班。")).isEqualTo("zh");
    assertThat(guess.of("Το δημοτικό συμβούλιο ανακοίνωσε ότι η γέφυρα θα κλείσει.")).isEqualTo("el");
    assertThat(guess.of("Міська рада оголосила, що міст закриють на ремонт, а пором їздитиме частіше.")).isEqualTo("uk");
  }

  @Test
  void textThatDoesNotTellClearlyIsLeftUnsaid() {
    assertThat(guess.of("Harbour bridge closes")).as("a headline alone").isNull();
    assertThat(guess.of(times("Nepa lonepa pane dipol diwendibar riri hancosgre", 20))).as("no language's words").isNull();
    assertThat(guess.of("https://t.example/b?P=a&T=d%2fe%2fs%2fl%2fy%2fa")).as("an address").isNull();
    assertThat(guess.of("")).isNull();
    assertThat(guess.of(times("मंगलवार को नगर परिषद ने पुल बंद करने की घोषणा की।", 3))).as("a script of several languages").isNull();
  }

  @Test
  void aGuessContradictsOnlyALanguageItCouldHaveNamedOrOneNotItsNeighbour() {
    assertThat(guess.contradicts("de", "en-US")).isTrue();
    assertThat(guess.contradicts("en", "en-GB")).isFalse();
    assertThat(guess.contradicts("no", "nb")).as("Norwegian, as written").isFalse();
    assertThat(guess.contradicts("cs", "sk")).as("Slovak text reads as Czech").isFalse();
    assertThat(guess.contradicts("pt", "gl")).isFalse();
    assertThat(guess.contradicts("en", "sk")).isTrue();
    assertThat(guess.contradicts("ja", "sk")).as("a script of its own").isTrue();
  }

  @Test
  void halfOneLanguageAndHalfAnotherIsNeither() {
    String english = "The council said on Monday that the bridge will be closed for repairs, and that it is to open.";
    String french = "Le conseil a annoncé lundi que le pont sera fermé pour des travaux et que le bac est là.";
    assertThat(guess.of(times(english + "\n" + french, 4))).isNull();
  }

  @Test
  void shortTextInAnotherScriptThanTheLanguageTakenLeansToOneOfThatScriptsLanguages() {
    String russian = "Банк России на заседании в пятницу сохранил ключевую ставку на уровне 16% годовых. Мэр Москвы"
        + " открыл станцию после реконструкции, пассажиропоток превысит 400 тысяч человек в сутки. Синоптики"
        + " предупредили о резком похолодании, в школах могут отменить занятия для младших классов.";
    assertThat(guess.of(russian)).as("too short to tell alone").isNull();
    assertThat(guess.ofOtherScript(russian, "de-AT")).isEqualTo("ru");
    assertThat(guess.ofOtherScript(russian, "ja")).isEqualTo("ru");
    // Not for a language that may be written in it, nor one this does not know the script of.
    assertThat(guess.ofOtherScript(russian, "bg")).isNull();
    assertThat(guess.ofOtherScript(russian, "mn")).isNull();
    assertThat(guess.ofOtherScript("Harbour bridge closes for repairs", "de")).isNull();
    assertThat(guess.ofOtherScript("Міська рада оголосила, що міст закриють на ремонт.", "en")).isEqualTo("uk");
    // Other alphabets write ы and э too; a headline may have ъ and no ы: neither is told by letters.
    assertThat(guess.ofOtherScript(("Монгол Улсын Ерөнхийлөгч өнөөдөр Улаанбаатар хотод шинэ эмнэлгийн барилгыг"
        + " ашиглалтад орууллаа. ").repeat(4), "en")).isNull();
    assertThat(guess.ofOtherScript(("Кыргызстандын президенти бүгүн Бишкекте жаңы мектептин ачылышына катышты. ")
        .repeat(4), "en")).isNull();
    assertThat(guess.ofOtherScript("Съезд объявил итоги", "en")).isNull();
  }
}
