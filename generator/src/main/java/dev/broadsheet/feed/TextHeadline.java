package dev.broadsheet.feed;

import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.store.Article;

/**
 * The headline of a feed item that has none (RSS 2.0 makes a title optional; microblog and
 * status feeds never give one): its text's first sentence, as a feed reader shows it. Every such
 * item shown as the same placeholder made a list of them unreadable, and in the site's language
 * only when that was English.
 */
final class TextHeadline {
  /** A headline this long reads as one; a first sentence longer than this is cut at a word. */
  static final int MAX_CHARS = 120;
  /** A sentence end this early is an abbreviation or an initial ("U.S.", "Dr."), not a sentence. */
  private static final int MIN_SENTENCE = 16;
  /** Where a long text is cut when it has no sentence end early enough. */
  private static final int CUT_CHARS = 100;

  private TextHeadline() {}

  /** The headline of an item whose text is {@code html} (sanitized), or {@link Article#UNTITLED} when it has no text. */
  static String of(String html) {
    String text = HtmlSanitizer.leadingText(html, 2 * MAX_CHARS);
    if (text.isEmpty()) {
      return Article.UNTITLED;
    }
    int end = sentenceEnd(text);
    if (end > 0) {
      // A headline does not end with a full stop; a question or an exclamation keeps its mark.
      String sentence = text.substring(0, end).strip();
      return sentence.endsWith(".") && !sentence.endsWith("..") ? sentence.substring(0, sentence.length() - 1)
          : sentence;
    }
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    int cut = text.lastIndexOf(' ', CUT_CHARS);
    if (cut < MIN_SENTENCE) {
      // A script written without spaces: cut between characters, never inside a surrogate pair.
      cut = Character.isLowSurrogate(text.charAt(CUT_CHARS)) ? CUT_CHARS - 1 : CUT_CHARS;
    }
    return text.substring(0, cut).strip() + "…";
  }

  /** The end (exclusive) of the first sentence within {@link #MAX_CHARS}, from {@link #MIN_SENTENCE} on, or -1. */
  private static int sentenceEnd(String text) {
    int limit = Math.min(text.length(), MAX_CHARS);
    for (int i = MIN_SENTENCE - 1; i < limit; i++) {
      char c = text.charAt(i);
      boolean ideographic = c == '。' || c == '！' || c == '？';
      if (ideographic || (c == '.' || c == '!' || c == '?' || c == '…')
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return -1;
  }
}
