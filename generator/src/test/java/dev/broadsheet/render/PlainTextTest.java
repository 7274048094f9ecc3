package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {
  @Test
  void keepsParagraphsListItemsAndTableRowsOnLinesOfTheirOwnAndParagraphsApart() {
    String note = "<p>How they <em>voted</em>:</p><table><thead><tr><th>Councillor</th><th>Vote</th></tr></thead>"
        + "<tbody><tr><td>Ruth Okafor</td><td>Yes</td></tr><tr><td>Dan Whitlow</td><td>No</td></tr></tbody></table>"
        + "<ul><li>Repairs start in <a href=\"https://x.example\">March</a></li><li>Tolls stay</li></ul>"
        + "<p>First line<br>second   line</p>";
    assertThat(PlainText.of(note)).isEqualTo("""
        How they voted:

        Councillor | Vote
        Ruth Okafor | Yes
        Dan Whitlow | No

        - Repairs start in March (https://x.example)
        - Tolls stay

        First line
        second line""");
  }

  @Test
  void aLooseListKeepsItsBulletsAndDefinitionsAndEmptyRowsAreNotRunTogether() {
    assertThat(PlainText.of("<ul><li><p>The contract is large</p></li><li><p>Nobody saw the bids</p></li></ul>"
        + "<dl><dt>Term</dt><dd>Definition</dd></dl><table><tr><td></td><td> </td></tr><tr><td>a</td></tr></table>"))
        .isEqualTo("- The contract is large\n- Nobody saw the bids\n\nTerm\nDefinition\n\na");
  }

  @Test
  void aLinkWhoseWordsAreItsAddressIsNotWrittenTwice() {
    assertThat(PlainText.of("<p>Write to <a href=\"mailto:ed@x.org\">ed@x.org</a> or see <a href=\"http://www.x.com\">"
        + "www.x.com</a> and <a href=\"https://x.com/a\">the list</a></p>"))
        .isEqualTo("Write to ed@x.org or see www.x.com and the list (https://x.com/a)");
  }

  @Test
  void paragraphsOfANoteStandApartAndTheirBlankLineIsNotIndented() {
    String note = PlainText.of("<p>The council met.</p><p>It voted <strong>no</strong>.</p><div><p>Again.</p></div>"
        + "<h3>Next</h3><p>Monday.</p>");
    assertThat(note).isEqualTo("The council met.\n\nIt voted no.\n\nAgain.\n\nNext\n\nMonday.");
    assertThat(PlainText.wrap("Note: " + note, 76, "    "))
        .isEqualTo("Note: The council met.\n\n    It voted no.\n\n    Again.\n\n    Next\n\n    Monday.");
  }

  @Test
  void plainWordsStayOneLineAndNothingIsEmpty() {
    assertThat(PlainText.of("Just &amp; words")).isEqualTo("Just & words");
    assertThat(PlainText.of(null)).isEmpty();
    assertThat(PlainText.of("<p> </p>")).isEmpty();
  }

  @Test
  void numberedListsKeepTheirNumbersQuotesTheirMarksAndPicturesTheirWords() {
    assertThat(PlainText.of("<ol><li>Close the bridge</li><li><p>Repair the deck</p></li></ol>"
        + "<ol start=\"7\"><li>Reopen</li></ol><blockquote><p>We will not wait.</p><p>Nor should you.</p></blockquote>"
        + "<p><img src=\"https://x.example/tide.png\" alt=\"Tide chart\"> above, <img src=\"a.png\" alt=\"\"></p>"))
        .isEqualTo("1. Close the bridge\n2. Repair the deck\n\n7. Reopen\n\n> We will not wait.\n>\n> Nor should you.\n\n"
            + "[Tide chart] above, [picture]");
  }

  @Test
  void mailLinesAreWrappedBetweenWordsAndAnAddressKeepsItsLine() {
    String note = "Editor's note: the council met for six hours and the vote went against the harbour board again\n"
        + "- https://port-alder.example/council/minutes/2026/12/04/the-whole-record-of-the-meeting";
    assertThat(PlainText.wrap(note, 40, "    ")).isEqualTo("""
        Editor's note: the council met for
            six hours and the vote went against
            the harbour board again
            - https://port-alder.example/council/minutes/2026/12/04/the-whole-record-of-the-meeting""");
  }

  @Test
  void aListItemGoesOnUnderItsWordsAQuoteKeepsItsMarkAndWideCharactersBreakAnywhere() {
    assertThat(PlainText.wrap("2. The full council papers (https://council.example/papers.pdf) run to four hundred pages",
        40, "    ")).isEqualTo("""
        2. The full council papers
               (https://council.example/papers.pdf)
               run to four hundred pages""");
    assertThat(PlainText.wrap("> We will not wait for the board to decide what the harbour needs", 40, ""))
        .isEqualTo("> We will not wait for the board to\n> decide what the harbour needs");
    // Thirty characters of Japanese are sixty columns: no line over forty, none but the last short.
    String wrapped = PlainText.wrap("港湾局は来週から岸壁の補修工事を始めると発表した。工事は三か月続く予定", 40, "  ");
    assertThat(wrapped.lines()).hasSize(2).allMatch(l -> PlainText.columns(l) <= 40);
    assertThat(PlainText.columns(wrapped.lines().findFirst().orElseThrow())).isGreaterThanOrEqualTo(36);
  }

  @Test
  void chineseJapaneseAndKoreanTakeTwoColumnsAndEverythingElseOne() {
    assertThat(PlainText.columns("Zürich, 10 €")).isEqualTo(12);
    assertThat(PlainText.columns("東京で")).isEqualTo(6);
    assertThat(PlainText.columns("\u1100\uAC00")).as("Hangul's first letter and a syllable").isEqualTo(4);
    assertThat(PlainText.columns("\u10FF")).isEqualTo(1);
    assertThat(PlainText.columns("a\uD83D\uDE00")).as("an emoji is one code point").isEqualTo(2);
    assertThat(PlainText.wrap("東京で" + "あ".repeat(40), 40, "")).contains("\n");
  }

  @Test
  void aJapaneseLineNeverStartsWithACommaAFullStopOrAClosingBracket() {
    // Thirty-eight wide characters fill the 76 columns; the comma after them would start the next line.
    String text = "\u690D\u7530\u7DCF\u88C1\u306F".repeat(7) + "\u8A18\u8005\u4F1A\u3001\u4ECA\u5F8C\u3082\u7D4C\u6E08\u3002";
    String wrapped = PlainText.wrap(text, 76, "");
    for (String line : wrapped.split("\n")) {
      assertThat(line).doesNotStartWith("\u3001").doesNotStartWith("\u3002");
      assertThat(PlainText.columns(line)).isLessThanOrEqualTo(78);
    }
    assertThat(wrapped.replace("\n", "")).isEqualTo(text);
  }

  @Test
  void aRunOfCharactersThatMayNotStartALineGoesPastTheWidthByOneOfThemAtMost() {
    String text = "\u6771\u4EAC".repeat(19) + "\u30FC".repeat(30) + "\u6771\u4EAC";
    String wrapped = PlainText.wrap(text, 40, "");
    for (String line : wrapped.split("\n")) {
      assertThat(PlainText.columns(line)).isLessThanOrEqualTo(42);
    }
    assertThat(wrapped.replace("\n", "")).isEqualTo(text);
  }
}
