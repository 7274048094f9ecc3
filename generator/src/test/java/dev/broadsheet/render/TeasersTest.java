package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TeasersTest {
  /** What a teaser's end loses, as the pattern the scan replaced says it. */
  private static final Pattern TRAILING = Pattern.compile("[\\s,;:.\\-–—\u3001\uFF0C\uFF1B]+$");

  @Test
  void aTeaserLosesTheSpacesAndPunctuationItEndsInAsThePatternWould() {
    assertThat(Teasers.cut("The council voted, and then; the mayor spoke at length.", 24)).isEqualTo("The council voted, and…");
    assertThat(Teasers.withoutTrailingPunctuation("Closed —\u2028")).isEqualTo("Closed\u2028");
    String alphabet = "ab ,;:.-–—\u3001\uFF0C\uFF1B\t\n\r\u000B\f\u0085\u2028\u2029\u00a0!";
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = text.toString();
      assertThat(Teasers.withoutTrailingPunctuation(s)).as("'%s'", s).isEqualTo(TRAILING.matcher(s).replaceAll(""));
    }
  }
}
