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
      String text = HtmlSanitizer.text(html);
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
    assertThat(HtmlSanitizer.text(html)).startsWith(start + " ");
  }
}
