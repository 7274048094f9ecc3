package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlTextTest {
  @Test
  void removesControlCharactersNonCharactersAndLoneSurrogates() {
    String dirty = "a\u0000b\u0001c\u000Cd\u001Be\uFFFEf\uFFFFg\uD800h\uDC00i";
    assertThat(XmlText.clean(dirty)).isEqualTo("abcdefghi");
    assertThat(XmlText.firstDisallowed(dirty)).isEqualTo(1);
    assertThat(XmlText.describe(dirty, 1)).isEqualTo("U+0000");
  }

  @Test
  void keepsWhitespaceAndCharactersBeyondTheBasicPlane() {
    String clean = "tab\tline\ncr\r emoji \uD83D\uDCF0 café \uFFFD";
    assertThat(XmlText.clean(clean)).isSameAs(clean);
    assertThat(XmlText.firstDisallowed(clean)).isEqualTo(-1);
  }

  @Test
  void findsTheFirstDisallowedCharacterAtEveryPositionOfTheBlocksItReadsAtATime() {
    // Plain text with one other character at each position: allowed ones (whitespace, a pair of
    // surrogates, U+E000, U+FFFD) must be passed over, disallowed ones found exactly there.
    String[] others = {"\t", "\n", "\r", "\uD83D\uDCF0", "\uE000", "\uFFFD", "\u0000", "\u001F", "\uD800", "\uDC00",
        "\uFFFE", "\uFFFF", "\uDBFF\u0041"};
    java.util.Random random = new java.util.Random(42);
    for (int length = 1; length <= 40; length++) {
      for (int at = 0; at < length; at++) {
        for (String other : others) {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < length; i++) {
            text.append(i == at ? other : String.valueOf((char) (0x20 + random.nextInt(0xD7E0))));
          }
          assertThat(XmlText.firstDisallowed(text.toString())).as("%s at %d of %d", XmlText.describe(other, 0), at, length)
              .isEqualTo(firstDisallowedOneByOne(text.toString()));
        }
      }
    }
  }

  /** The plain reading of the rule: code point by code point. */
  private static int firstDisallowedOneByOne(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!XmlText.isAllowed(cp)) {
        return i;
      }
      i += Character.charCount(cp);
    }
    return -1;
  }

  @Test
  void findsTheFirstDisallowedCharacterWhereverLongTextsAreCutIntoChunksForScanning() {
    // 8192 is the scanner's chunk: a pair of surrogates may straddle it, a lone one may end it.
    String a = "a".repeat(8191);
    assertThat(XmlText.firstDisallowed(a + "\uD83D\uDCF0" + "b".repeat(9000) + "\u0001")).isEqualTo(8191 + 2 + 9000);
    assertThat(XmlText.firstDisallowed(a + "\uD83D\uDCF0" + "b".repeat(9000))).isEqualTo(-1);
    assertThat(XmlText.firstDisallowed(a + "\uD800")).isEqualTo(8191);
    assertThat(XmlText.firstDisallowed(a + "\uD800x")).isEqualTo(8191);
    assertThat(XmlText.firstDisallowed(a + "a\uDC00")).isEqualTo(8192);
    assertThat(XmlText.firstDisallowed("x".repeat(20000) + "\uFFFF")).isEqualTo(20000);
    String mixed = "é\uD83D\uDCF0".repeat(5000) + "\u0008";
    assertThat(XmlText.firstDisallowed(mixed)).isEqualTo(15000);
    assertThat(XmlText.clean(mixed)).isEqualTo("é\uD83D\uDCF0".repeat(5000));
  }

  @Test
  void nullStaysNull() {
    assertThat(XmlText.clean((String) null)).isNull();
    assertThat(XmlText.clean((List<String>) null)).isEmpty();
  }

  @Test
  void cleansEveryItemOfAListAndDropsTheOnesLeftEmpty() {
    assertThat(XmlText.clean(Arrays.asList("Ann\u0001", "\u0002", null, "Bo"))).containsExactly("Ann", "Bo");
  }

  @Test
  void htmlLosesReferencesToSuchCharactersButKeepsEveryOtherReference() {
    assertThat(XmlText.cleanHtml("<p>a&#x1;b&#0;c&#65534;d&#X1B;e\u0002</p>")).isEqualTo("<p>abcde</p>");
    String kept = "<p>&#x2014; &#169; &amp;#1; &#9; &#99999999;</p>";
    assertThat(XmlText.cleanHtml(kept)).isEqualTo(kept);
  }

  @Test
  void aReferenceWithoutItsSemicolonIsTakenOutTooSinceHtmlReadsItAsTheCharacter() {
    assertThat(XmlText.cleanHtml("<p>a&#1 b&#x1B c&#0</p>")).isEqualTo("<p>a b c</p>");
    assertThat(org.jsoup.Jsoup.parse(XmlText.cleanHtml("<p title=\"x&#2y\">&#3z</p>")).select("p").outerHtml())
        .isEqualTo("<p title=\"xy\">z</p>");
    assertThat(XmlText.cleanHtml("<p>a&#00000001;b&#x000000001;c</p>")).isEqualTo("<p>abc</p>");
    String kept = "<p>&#169 &#x2014 &#65a &#9 &#0000000065;</p>";
    assertThat(XmlText.cleanHtml(kept)).isEqualTo(kept);
  }

  @Test
  void cleaningWhatWasCleanedChangesNothing() {
    // Taking "&#1;" out of "&#&#1;1;" leaves another "&#1;": a store read twice must read the same.
    assertThat(XmlText.cleanHtml("<p>x&#&#1;1;y</p>")).isEqualTo("<p>xy</p>");
    assertThat(XmlText.cleanHtml("&#&#&#x1;x1;1;")).isEmpty();
    String[] pieces = {"&#", "&#x", "1;", "0;", "1b;", "65;", "1", "b", "x", "\u0001", "&amp;", ";", "&#9;", "\uD800", "é"};
    java.util.Random random = new java.util.Random(3);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder html = new StringBuilder();
      for (int k = random.nextInt(9); k >= 0; k--) {
        html.append(pieces[random.nextInt(pieces.length)]);
      }
      String once = XmlText.cleanHtml(html.toString());
      assertThat(XmlText.cleanHtml(once)).as("cleaning %s twice", html).isEqualTo(once);
    }
  }
}
