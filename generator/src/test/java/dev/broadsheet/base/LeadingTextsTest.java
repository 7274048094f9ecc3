package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadingTextsTest {
  @TempDir Path dir;

  private static String longSummary(String word) {
    return ("<p>" + (word + " ").repeat(40) + "</p>\n").repeat(20);
  }

  @Test
  void aTextIsTheSameAsParsingItsSummary() {
    String html = longSummary("harbour");
    LeadingTexts texts = LeadingTexts.inMemory(300);
    String parsed = HtmlSanitizer.leadingText(html, 300);
    String text = texts.of(html, 300);
    // No more than a caller can read: the parsed text, cut at its first space from 300 characters on.
    assertThat(text.length()).isGreaterThanOrEqualTo(300).isLessThan(parsed.length());
    assertThat(parsed).startsWith(text + " ");
    assertThat(text.lastIndexOf(' ')).isLessThan(300);
    assertThat(texts.of("<p>Short &amp; sweet</p>", 300)).isEqualTo("Short & sweet");
    assertThat(texts.of(null, 300)).isEmpty();
  }

  @Test
  void aShorterNeedGetsAPrefixOfTheSameTextThatReachesPastIt() {
    String html = longSummary("strike");
    String text = LeadingTexts.inMemory(1200).of(html, 100);
    String own = HtmlSanitizer.leadingText(html, 100);
    assertThat(text.length()).isGreaterThanOrEqualTo(1200);
    assertThat(text.substring(0, 100)).isEqualTo(own.substring(0, 100));
  }

  @Test
  void aLongerNeedThanTheTextsKeepIsReadAsTextsKeptThatLongWouldBe() {
    String html = longSummary("ferry");
    String read = LeadingTexts.inMemory(100).of(html, 2000);
    assertThat(read).isEqualTo(LeadingTexts.inMemory(2000).of(html, 2000));
    assertThat(read.length()).isGreaterThanOrEqualTo(2000);
    assertThat(HtmlSanitizer.leadingText(html, 2000)).startsWith(read);
  }

  @Test
  void aTextReadLongerFirstIsTheSameTextAShortReaderGets() {
    // Sentences that end where a word might be cut, and no-break spaces between words.
    String html = ("<h2>Key points</h2><p>" + "The\u00a0council met. Ferries ran late; ".repeat(30) + "</p>").repeat(6);
    for (int kept : new int[] {50, 181, 300, 301}) {
      LeadingTexts texts = LeadingTexts.inMemory(kept);
      texts.of(html, 1200);
      assertThat(texts.of(html, kept)).as("kept %d", kept).isEqualTo(LeadingTexts.inMemory(kept).of(html, kept));
      assertThat(texts.of(html, kept / 2)).isEqualTo(LeadingTexts.inMemory(kept).of(html, kept / 2));
    }
  }

  @Test
  void anOpeningIsReadAsTheMarkupItIsPartOfWhereverItsCutFalls() {
    // Soft hyphens, which a parser drops and plain text keeps; the first tag far into the summary.
    for (int sentences : new int[] {6, 8, 10, 14}) {
      String html = "Die Bundes\u00ADregierung hat am Montag neue Regeln beschlossen. ".repeat(sentences)
          + "<a href=\"https://example.org/\">mehr</a> " + "Weitere S\u00e4tze folgen hier. ".repeat(30);
      String whole = HtmlSanitizer.readingText(html);
      for (int kept : new int[] {181, 281}) {
        String fresh = LeadingTexts.inMemory(kept).of(html, kept);
        assertThat(fresh).as("%d sentences, kept %d", sentences, kept).doesNotContain("\u00AD").isNotEmpty();
        assertThat(whole).startsWith(fresh);
        LeadingTexts afterLead = LeadingTexts.inMemory(kept);
        afterLead.of(html, 1200);
        assertThat(afterLead.of(html, kept)).isEqualTo(fresh);
      }
    }
  }

  /** The texts of a build that keeps them in this test's file, under one stamp. */
  private LeadingTexts build() {
    return LeadingTexts.open(dir.resolve("leading-texts.tsv"), "code-1", 50);
  }

  @Test
  void aTextKeptUnderItsSourceIsFoundByTheSourceAndNotByItsHtml() {
    byte[] article = {1, 2, 3};
    LeadingTexts first = build();
    assertThat(first.of("<p>Council votes on the harbour plan</p>", 50, article))
        .isEqualTo("Council votes on the harbour plan");
    first.save();
    // The source stands for its HTML: the next build looks the text up by it alone.
    String sameLength = "<p>Council votes on the harbour PLAN</p>";
    assertThat(build().of(sameLength, 50, article)).isEqualTo("Council votes on the harbour plan");
    // Without the source, or with another one, the HTML is read for itself.
    assertThat(build().of(sameLength, 50)).isEqualTo("Council votes on the harbour PLAN");
    assertThat(build().of(sameLength, 50, new byte[] {9})).isEqualTo("Council votes on the harbour PLAN");
  }

  @Test
  void aTextFirstReadByItsHtmlIsKeptUnderItsSourceToo() {
    byte[] article = {4, 5, 6};
    LeadingTexts first = build();
    // Curation reads the summary by its HTML, then a page by its article's digest.
    first.of("<p>Storm closes the port</p>", 50);
    first.of("<p>Storm closes the port</p>", 50, article);
    first.save();
    assertThat(build().of("<p>Storm closes the PORT</p>", 50, article)).isEqualTo("Storm closes the port");
  }

  /** A file that kept the text of {@code html}, as a build under {@code stamp} leaves it. */
  private Path keptAfterABuildOf(String name, String stamp, String html) {
    Path file = dir.resolve(name);
    LeadingTexts build = LeadingTexts.open(file, stamp, 50);
    build.of(html, 50);
    build.save();
    return file;
  }

  @Test
  void textsAreKeptForTheNextBuildUnderTheSameStamp() throws Exception {
    Path file = keptAfterABuildOf("cache/leading-texts.tsv", "code-1", "<p>Tab\there, new\nline and a back\\slash</p>");
    // Replace the kept text: the next build must take it from the file rather than parse again.
    String kept = Files.readString(file);
    Files.writeString(file, kept.replace("Tab here, new line and a back\\\\slash", "from\\tthe\\\\file"));
    assertThat(LeadingTexts.open(file, "code-1", 50).of("<p>Tab\there, new\nline and a back\\slash</p>", 50))
        .isEqualTo("from\tthe\\file");
    assertThat(LeadingTexts.open(file, "code-2", 50).of("<p>Tab\there, new\nline and a back\\slash</p>", 50))
        .isEqualTo("Tab here, new line and a back\\slash");
  }

  @Test
  void anEditedSummaryIsParsedAgainAndUnusedTextsAreDropped() throws Exception {
    Path file = keptAfterABuildOf("leading-texts.tsv", "s", "<p>Old words</p>");
    LeadingTexts second = LeadingTexts.open(file, "s", 50);
    assertThat(second.of("<p>New words</p>", 50)).isEqualTo("New words");
    second.save();
    assertThat(Files.readString(file)).contains("New words").doesNotContain("Old words");
  }

  @Test
  void aBrokenFileIsOnlyASlowerBuild() throws Exception {
    Path file = dir.resolve("leading-texts.tsv");
    Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
    assertThat(LeadingTexts.open(file, "s", 50).of("<p>Fine</p>", 50)).isEqualTo("Fine");
  }
}
