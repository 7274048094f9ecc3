package dev.broadsheet.extract;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of a block, as a reader sees it, for the body's plain text.
 *
 * <p>Like jsoup's {@code text()}, with one difference: where an inline element (a link, emphasis,
 * a span) starts or ends between a Chinese or Japanese character and a Latin letter, with no space
 * in the markup, a space is put in the text. Those scripts write words without spaces, so
 * the element's edge is the only word boundary there is, and joining "ソフト", a link "KeePass" and
 * "の" into one run makes one unsearchable word. This is the spacing CSS Text 4 calls
 * {@code text-autospace: ideograph-alpha}, applied only at element edges: inside one run of text
 * the writer's spacing is kept as written. Digits are not spaced (CSS keeps that apart too, as
 * {@code ideograph-numeric}): numbers sit tight in addresses and dates ("玉峰村6鄰20號", "3月9日").
 * Hangul is not included: Korean separates words with spaces and attaches particles to a Latin
 * word ("Apple은"). The HTML of paragraphs is not changed (headings are rebuilt from this text).
 */
final class InlineText {
  private InlineText() {}

  /** {@code el}'s text with white space runs made one space, trimmed (see the class comment). */
  static String of(Element el) {
    StringBuilder out = new StringBuilder();
    NodeTraversor.traverse(new Visitor(out), el);
    return BodyWriter.normalize(out.toString());
  }

  private static final class Visitor implements NodeVisitor {
    private final StringBuilder out;
    /** Whether an inline element started or ended since the last text was written. */
    private boolean edge;

    Visitor(StringBuilder out) {
      this.out = out;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        // text() collapses white space and drops soft hyphens and zero-width spaces, as Element.text() does.
        String text = t.text();
        if (!text.isEmpty()) {
          if (edge && out.length() > 0 && autospace(out.charAt(out.length() - 1), text.charAt(0))) {
            out.append(' ');
          }
          out.append(text);
          edge = false;
        }
      } else if (node instanceof Element e) {
        boundary(e);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        boundary(e);
      }
    }

    /** A line break or block separates words, as in jsoup's text(); an inline element's edge may. */
    private void boundary(Element e) {
      if (e.isBlock() || "br".equals(e.normalName())) {
        out.append(' ');
      } else {
        edge = true;
      }
    }
  }

  /** Whether a space belongs between {@code before} and {@code after} at an element's edge. */
  static boolean autospace(char before, char after) {
    return ideograph(before) && alphabetic(after) || alphabetic(before) && ideograph(after);
  }

  private static boolean ideograph(char c) {
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }

  /** A Latin, Greek or Cyrillic letter (not a full-width form, which is set like an ideograph). */
  private static boolean alphabetic(char c) {
    if (!Character.isLetter(c)) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return (script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
        || script == Character.UnicodeScript.CYRILLIC) && (c < '\uff00' || c > '\uffef');
  }
}
