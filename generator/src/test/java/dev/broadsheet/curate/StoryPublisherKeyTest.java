package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Slugs;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StoryPublisherKeyTest {
  /** The key as first defined: letters and numbers (Unicode L and N) in runs, one space between, no leading "the". */
  private static String byPattern(String name) {
    String folded = Pattern.compile("[^\\p{L}\\p{N}]+").matcher(Slugs.fold(name)).replaceAll(" ").strip();
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  @Test
  void aPublisherIsTheSameWithOrWithoutTheArticleCaseAccentsAndPunctuation() {
    assertThat(Story.publisherKey("The Guardian")).isEqualTo("guardian");
    assertThat(Story.publisherKey("  guardian. ")).isEqualTo("guardian");
    assertThat(Story.publisherKey("Le Monde — International")).isEqualTo("le monde international");
    assertThat(Story.publisherKey("Gazeta Wyborcza/Łódź")).isEqualTo("gazeta wyborcza lodz");
    assertThat(Story.distinctPublishers(List.of("The Guardian", "Guardian", "BBC News", "bbc-news")))
        .containsExactly("The Guardian", "BBC News");
  }

  @Test
  void theKeyIsTheOneThePatternDefinedForAnyName() {
    List<String> names = List.of("", " ", "the", "The ", "the x", "THE  Times", "Theatre Weekly", "the-the",
        "日本経済新聞", "Ⅻ Chronicle ²", "Ǆurnal", "ʻOkina Press", "Straße & Co.", "𝔉𝔯𝔞𝔨𝔱𝔲𝔯 Post",
        "Café\u0301 Noir", "A\u00a0B", "x\u2028y", "\u200bZero width", "\uD840\uDC00 Daily", "Lone \uD800 half",
        "The \uDC00");
    for (String name : names) {
      assertThat(Story.publisherKey(name)).as(name).isEqualTo(byPattern(name));
    }
    String alphabet = "aT h e.-_ 1²Ⅻéßø日\u00a0\u0301ǅ𝔉\uD840\uDC00";
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder name = new StringBuilder();
      for (int k = random.nextInt(12); k > 0; k--) {
        name.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
            random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
      }
      assertThat(Story.publisherKey(name.toString())).as(name.toString()).isEqualTo(byPattern(name.toString()));
    }
  }
}
