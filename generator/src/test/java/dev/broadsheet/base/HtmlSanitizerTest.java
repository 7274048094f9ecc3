package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTest {
  private static final String[] PIECES = {"<p>", "</p>", "<br>", "<b>", "</b>", "<em>", "</em>", " ", "\n", "&amp;",
      "&nbsp;", "&#8212;", "<ul><li>", "</li><li>", "</li></ul>", "<a href=\"https://a.example/\">", "</a>",
      "<blockquote>", "</blockquote>", "<h2>", "</h2>", "caf\u00e9", "word", "longerword", "x", ",", "."};

  /** Stored summaries are sanitized, so well-formed, whatever mess the feed had. */
  @Test
  void leadingTextOfSanitizedHtmlIsTheStartOfItsTextEndingBeforeOneOfItsSpaces() {
    Random random = new Random(20261202);
    HtmlSanitizer sanitizer = new HtmlSanitizer();
    for (int n = 0; n < 2000; n++) {
      StringBuilder soup = new StringBuilder();
      int length = random.nextInt(600);
      for (int i = 0; i < length; i++) {
        soup.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String html = sanitizer.sanitize(soup.toString(), "https://a.example/");
      int min = 1 + random.nextInt(300);
      String text = HtmlSanitizer.readingText(html);
      String start = HtmlSanitizer.leadingText(html, min);
      String where = "html " + html + " with at least " + min;
      assertThat(text).as(where).startsWith(start);
      if (!start.equals(text)) {
        assertThat(start.length()).as(where).isGreaterThanOrEqualTo(min);
        assertThat(text.charAt(start.length())).as(where).isEqualTo(' ');
      }
    }
  }

  @Test
  void leadingTextOfALongArticleIsShorterThanItsText() {
    String html = "<p>Harbour ferries resume after the storm, <em>the council says</em>.</p>".repeat(400);
    String start = HtmlSanitizer.leadingText(html, 300);
    assertThat(start.length()).isBetween(300, 2000);
    assertThat(HtmlSanitizer.readingText(html)).startsWith(start + " ");
  }

  @Test
  void aHeadingOrListItemWithoutPunctuationEndsItsSentenceInTheReadingText() {
    assertThat(HtmlSanitizer.readingText("<h2>Key points</h2><p>The council met.</p><ul><li>Ferries resume</li>"
        + "<li>Roads close</li></ul>")).isEqualTo("Key points. The council met. Ferries resume. Roads close");
    assertThat(HtmlSanitizer.readingText("<h3>Why it matters:</h3>\n<p>Fares rise</p>"))
        .isEqualTo("Why it matters: Fares rise");
    assertThat(HtmlSanitizer.readingText("<p>\u201cWe will rebuild\u201d</p><p>Line one<br>line two</p>"))
        .isEqualTo("\u201cWe will rebuild\u201d Line one line two");
    assertThat(HtmlSanitizer.readingText("<h2>\u8981\u70b9</h2><p>\u6e2f\u306e\u30d5\u30a7\u30ea\u30fc</p>"))
        .isEqualTo("\u8981\u70b9\u3002 \u6e2f\u306e\u30d5\u30a7\u30ea\u30fc");
    // A Devanagari heading ends in a vowel sign, and its sentence with a danda; Thai ends none with a mark.
    assertThat(HtmlSanitizer.readingText("<h2>\u0928\u092e\u0938\u094d\u0924\u0947</h2><p>\u0926\u0941\u0928\u093f\u092f\u093e</p>"))
        .isEqualTo("\u0928\u092e\u0938\u094d\u0924\u0947\u0964 \u0926\u0941\u0928\u093f\u092f\u093e");
    assertThat(HtmlSanitizer.readingText("<h2>\u0e02\u0e48\u0e32\u0e27</h2><p>\u0e27\u0e31\u0e19\u0e19\u0e35\u0e49</p>"))
        .isEqualTo("\u0e02\u0e48\u0e32\u0e27 \u0e27\u0e31\u0e19\u0e19\u0e35\u0e49");
  }

  @Test
  void inlineMarkupKeepsWordsAndSpacesAsTheyAre() {
    assertThat(HtmlSanitizer.readingText("<p>The <b>caf</b>\u00e9 <em>and</em> the <a href=\"https://a.example/\">"
        + "harbour</a>&nbsp;reopen &amp; trade.</p>")).isEqualTo(HtmlSanitizer.text(
        "<p>The <b>caf</b>\u00e9 <em>and</em> the <a href=\"https://a.example/\">harbour</a>&nbsp;reopen &amp; trade.</p>"))
        .isEqualTo("The caf\u00e9 and the harbour reopen & trade.");
    assertThat(HtmlSanitizer.readingText("plain\u00a0text  with\nspaces")).isEqualTo("plain\u00a0text with spaces");
  }

  @Test
  void aTagNameInAHeadlineIsTextNotAnElementThatSwallowsTheRest() {
    assertThat(HtmlSanitizer.text("Quand l’IA rédige les <script> des sites : prudence"))
        .isEqualTo("Quand l’IA rédige les <script> des sites : prudence");
    assertThat(HtmlSanitizer.text("Why <b>bold</b> <STYLE> sheets still matter"))
        .isEqualTo("Why bold <STYLE> sheets still matter");
    // Elements whose text a reader sees anyway, and other names, are read as before.
    assertThat(HtmlSanitizer.text("Vote <noscript>now")).isEqualTo("Vote now");
    assertThat(HtmlSanitizer.text("<script-free> widgets matter")).isEqualTo("widgets matter");
    // Closed only by its own end tag.
    assertThat(HtmlSanitizer.text("a <style> guide</style-sheet> x")).isEqualTo("a <style> guide x");
    // A closed one is an element: its content is no text of the headline.
    assertThat(HtmlSanitizer.text("safe<script>location.href='x';</script> description")).isEqualTo("safe description");
  }

  @Test
  void aHeadlineKeepsATagItNeverClosesAsWords() {
    assertThat(HtmlSanitizer.headlineText("Rust's Option<T> and Result<T, E> explained"))
        .isEqualTo("Rust's Option<T> and Result<T, E> explained");
    assertThat(HtmlSanitizer.headlineText("The <canvas> element is 20 years old")).isEqualTo("The <canvas> element is 20 years old");
    assertThat(HtmlSanitizer.headlineText("<b>Breaking:</b> ferry <em>late</em>")).isEqualTo("Breaking: ferry late");
    // Closed before it is opened is no pair; a void element is markup alone; a closing tag alone is dropped as before.
    assertThat(HtmlSanitizer.headlineText("</i>Use <i> for idioms")).isEqualTo("Use <i> for idioms");
    assertThat(HtmlSanitizer.headlineText("One<br/>Two &amp; three")).isEqualTo("One Two & three");
    assertThat(HtmlSanitizer.headlineText("Why <script type=module> is slow")).isEqualTo("Why <script type=module> is slow");
    // Markup left open as HTML allows: an element whose end tag is optional, or one with attributes.
    assertThat(HtmlSanitizer.headlineText("<p>Hello world")).isEqualTo("Hello world");
    assertThat(HtmlSanitizer.headlineText("<span class=\"kicker\">Exclusive: ferry late")).isEqualTo("Exclusive: ferry late");
  }

  @Test
  void markupNestedDeeperThanAnyPageIsKeptAsItsText() {
    String deep = "<b>".repeat(20_000) + "deep words" + "</b>".repeat(20_000);
    String html = new HtmlSanitizer().sanitize("<p>Top " + deep + "</p>", "");
    assertThat(HtmlSanitizer.text(html)).isEqualTo("Top deep words");
    assertThat(html.split("<b>", -1).length - 1).isLessThanOrEqualTo(HtmlNesting.MAX_DEPTH);
    // A real summary's nesting is left alone.
    assertThat(new HtmlSanitizer().sanitize("<p><b><em>a</em></b></p>", "")).isEqualTo("<p><b><em>a</em></b></p>");
  }
}
