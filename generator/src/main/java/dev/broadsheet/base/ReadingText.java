package dev.broadsheet.base;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The text of HTML as one line a reader reads: tags removed, entities decoded, runs of spaces and
 * line breaks collapsed, and a block that ends without punctuation (a heading, a list item, a
 * caption, a line cut by a break) ended with a full stop where more text follows, unless that
 * text goes on in lower case (a sentence broken over two lines). Joined by a
 * space alone, "<h2>Key points</h2><p>The council…" reads as one sentence, "Key points The
 * council…", in every teaser that starts at a heading.
 */
final class ReadingText implements NodeVisitor {
  private final StringBuilder text = new StringBuilder();
  /** A block ended (or began) since the last text: the next text starts a new sentence unless the last one ended. */
  private boolean boundary;

  private ReadingText() {}

  /** The reading text of a body fragment; "" for null or blank HTML. */
  static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    ReadingText reading = new ReadingText();
    Jsoup.parseBodyFragment(html).body().traverse(reading);
    return reading.text.toString().strip();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.text());
    } else if (breaks(node)) {
      boundary = true;
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (breaks(node)) {
      boundary = true;
    }
  }

  private static boolean breaks(Node node) {
    return node instanceof Element e && (e.isBlock() || e.nameIs("br"));
  }

  private void append(String piece) {
    String words = piece.strip();
    if (words.isEmpty()) {
      // Space between two inline elements still parts their words.
      if (!piece.isEmpty() && !text.isEmpty() && text.charAt(text.length() - 1) != ' ') {
        text.append(' ');
      }
      return;
    }
    if (!text.isEmpty()) {
      if (boundary) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
          end--;
        }
        text.setLength(end);
        int last = end > 0 ? text.codePointBefore(end) : 0;
        if (end > 0 && endsWord(last) && !Character.isLowerCase(words.codePointAt(0))) {
          text.append(fullStop(text, end));
        }
        text.append(' ');
      } else if (Character.isWhitespace(piece.charAt(0)) || piece.charAt(0) == '\u00a0') {
        if (text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
      }
    }
    boundary = false;
    text.append(words);
    char last = piece.charAt(piece.length() - 1);
    if (Character.isWhitespace(last) || last == '\u00a0') {
      text.append(' ');
    }
  }

  /** Whether {@code c} ends a word: a letter, a digit, or a mark written over or beside one (Devanagari, Thai). */
  private static boolean endsWord(int c) {
    int type = Character.getType(c);
    return Character.isLetterOrDigit(c) || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }

  /**
   * The full stop of the script the text before {@code end} is written in: an ideographic one after
   * Chinese or Japanese, a danda after Devanagari and Bengali, none in Thai (which ends a
   * sentence with a space), else ".".
   */
  private static String fullStop(CharSequence text, int end) {
    int i = end;
    Character.UnicodeScript script = Character.UnicodeScript.COMMON;
    // A mark belongs to the script of the letter it is written on ("INHERITED" by itself).
    while (i > 0 && (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED)) {
      int c = Character.codePointBefore(text, i);
      script = Character.UnicodeScript.of(c);
      i -= Character.charCount(c);
    }
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA -> "\u3002";
      case DEVANAGARI, BENGALI -> "\u0964";
      case THAI -> "";
      default -> ".";
    };
  }
}
