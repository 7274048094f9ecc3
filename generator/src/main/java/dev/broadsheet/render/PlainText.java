package dev.broadsheet.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML as plain text that keeps its shape: a paragraph, heading or quote on lines of its own, a
 * list item as "- item" (or "1. item" in a numbered list), a quote's lines after "> ", a table row
 * as its cells joined by " | ", a picture as its alt text in brackets, and a blank line between
 * paragraphs, lists, tables and quotes (not between a list's items or a table's rows), as mail
 * written by hand has them. An editor's note with a table of votes read as one run of words in
 * the text newsletter, and one of three paragraphs as a single one.
 */
final class PlainText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption", "pre", "figure", "figcaption",
      "section", "article", "aside", "header", "footer", "nav", "main", "address", "details", "summary", "hr");
  /** Blocks a blank line sets apart from what comes before them, outside a list item or a table. */
  private static final Set<String> PARAGRAPHS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "ul", "ol", "dl", "table", "pre", "figure", "address", "details", "hr");
  private static final String BULLET = "- ";

  private PlainText() {}

  /** The lines of {@code html}'s text joined by line breaks, paragraphs apart by one blank line; "" for null. */
  static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    walk(Jsoup.parseBodyFragment(html).body(), lines, line);
    end(lines, line);
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    return String.join("\n", lines);
  }

  /**
   * {@code text} in lines of at most {@code width} columns, {@code indent} included, broken
   * between words (a longer word, an address, keeps its line); every line after the first starts
   * with {@code indent}, the first being indented where the text is printed. A list item's lines
   * go on under its words, not its marker, and a quote's carry its "> ". Chinese, Japanese and
   * Korean characters take two columns, as terminals show them, and a run of them breaks between
   * any two. Mail keeps lines short: readers' programs show them as sent, and servers may break
   * lines over 998 characters.
   */
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile(" +");

  static String wrap(String text, int width, String indent) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n", -1)) {
      if (out.length() > 0) {
        // A blank line between paragraphs stays blank: no indent left trailing on it.
        out.append('\n').append(paragraph.isBlank() ? "" : indent);
      }
      String[] words = SPACES.split(paragraph.strip());
      // What each line after a paragraph's first starts with, besides the indent: under a list
      // item's words, or the quote's mark again.
      String hang = words.length > 1 && words[0].equals(">") ? "> "
          : words.length > 1 && words[0].matches("-|\\d+\\.") ? " ".repeat(words[0].length() + 1) : "";
      int room = Math.max(20, width - indent.length());
      StringBuilder line = new StringBuilder();
      int used = 0;
      for (int w = 0; w < words.length; w++) {
        String word = words[w];
        int wide = columns(word);
        if (w > 0) {
          // A list's marker stays with the first word after it.
          boolean afterMarker = w == 1 && !hang.isEmpty();
          if (!afterMarker && used + 1 + wide > room && !(wide > room && breaksAnywhere(word))) {
            out.append(line).append('\n').append(indent).append(hang);
            line.setLength(0);
            used = hang.length();
          } else {
            line.append(' ');
            used++;
          }
        }
        if (used + wide > room && breaksAnywhere(word)) {
          // Written without spaces, the run breaks where the line is full.
          for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            int cpWide = columns(cp);
            // A comma, full stop or closing bracket stays on the line it ends (Japanese and Chinese
            // never start a line with one): it goes a column or two past the width instead, once.
            boolean keptOn = used <= room && NO_LINE_START.indexOf(cp) >= 0;
            if (used + cpWide > room && used > hang.length() && !keptOn) {
              out.append(line).append('\n').append(indent).append(hang);
              line.setLength(0);
              used = hang.length();
            }
            line.appendCodePoint(cp);
            used += cpWide;
            i += Character.charCount(cp);
          }
        } else {
          line.append(word);
          used += wide;
        }
      }
      out.append(line);
    }
    return out.toString();
  }

  /** How many columns {@code text} takes on a terminal: two for each wide character. */
  static int columns(String text) {
    int columns = 0;
    for (int i = 0; i < text.length(); ) {
      if (text.charAt(i) < FIRST_WIDE) {
        columns++;
        i++;
      } else {
        int cp = text.codePointAt(i);
        columns += columns(cp);
        i += Character.charCount(cp);
      }
    }
    return columns;
  }

  /** What may not start a line of Chinese or Japanese: closing punctuation, small kana, the prolonged sound mark. */
  private static final String NO_LINE_START = "\u3001\u3002\uFF0C\uFF0E\uFF1A\uFF1B\uFF01\uFF1F\u30FB"
      + "\uFF09\u3015\uFF3D\uFF5D\u3009\u300B\u300D\u300F\u3011\u3019\u3017\u301F\uFF60\u00BB\u2019\u201D"
      + "\u30FC\u3005\u303B\u309D\u309E\u30FD\u30FE\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087"
      + "\u308E\u3095\u3096\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6\u301C";

  /** Below Hangul's first letters (U+1100) no character is wide: the common case needs no script lookup. */
  private static final char FIRST_WIDE = '\u1100';

  private static int columns(int codePoint) {
    return wide(codePoint) ? 2 : 1;
  }

  /** Whether a word is a run of wide characters (Chinese, Japanese, Korean), which lines may break anywhere in. */
  private static boolean breaksAnywhere(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) >= FIRST_WIDE) {
        return word.codePoints().anyMatch(PlainText::wide);
      }
    }
    return false;
  }

  private static boolean wide(int cp) {
    if (cp < FIRST_WIDE) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
        || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }

  private static void walk(Node node, List<String> lines, StringBuilder line) {
    for (Node child : node.childNodes()) {
      if (child instanceof TextNode text) {
        line.append(text.text());
      } else if (child instanceof Element e) {
        String tag = e.normalName();
        if (tag.equals("br")) {
          end(lines, line);
        } else if (tag.equals("li")) {
          end(lines, line);
          line.append(marker(e));
          walk(e, lines, line);
          end(lines, line);
        } else if (tag.equals("blockquote")) {
          end(lines, line);
          apart(e, lines);
          List<String> quoted = new ArrayList<>();
          StringBuilder inner = new StringBuilder();
          walk(e, quoted, inner);
          end(quoted, inner);
          while (!quoted.isEmpty() && quoted.get(quoted.size() - 1).isEmpty()) {
            quoted.remove(quoted.size() - 1);
          }
          quoted.forEach(q -> lines.add(q.isEmpty() ? ">" : "> " + q));
        } else if (tag.equals("img")) {
          // A text mail shows no pictures: what the picture shows is said where it stood.
          String alt = e.attr("alt").strip();
          line.append('[').append(alt.isEmpty() ? "picture" : alt).append(']');
        } else if (tag.equals("tr")) {
          end(lines, line);
          List<String> cells = new ArrayList<>();
          for (Element cell : e.children()) {
            cells.add(cell.text().strip());
          }
          if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            lines.add(String.join(" | ", cells));
          }
        } else if (tag.equals("a") && webAddress(e.attr("href")) && !sameAsWords(e.text(), e.attr("href"))) {
          // A text mail has no links: the address goes after the words, for the reader to follow.
          walk(e, lines, line);
          line.append(" (").append(e.attr("href").strip()).append(')');
        } else if (BLOCKS.contains(tag)) {
          // A list item's first paragraph (a loose Markdown list) goes on the bullet's line.
          if (!line.toString().equals(BULLET) && !line.toString().matches("\\d+\\. ")) {
            end(lines, line);
            apart(e, lines);
          }
          walk(e, lines, line);
          end(lines, line);
        } else {
          walk(e, lines, line);
        }
      }
    }
  }

  /**
   * A blank line before {@code block} when it is a paragraph-like block after text, outside any
   * list item or table, and none is there already.
   */
  private static void apart(Element block, List<String> lines) {
    if (!PARAGRAPHS.contains(block.normalName()) || lines.isEmpty() || lines.get(lines.size() - 1).isEmpty()) {
      return;
    }
    for (Element up = block.parent(); up != null; up = up.parent()) {
      String tag = up.normalName();
      if (tag.equals("li") || tag.equals("table") || tag.equals("dd")) {
        return;
      }
    }
    lines.add("");
  }

  /** A list item's marker: its number in a numbered list (from the list's start), else a bullet. */
  private static String marker(Element item) {
    Element list = item.parent();
    if (list == null || !list.normalName().equals("ol")) {
      return BULLET;
    }
    int number;
    try {
      number = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
    } catch (NumberFormatException e) {
      number = 1;
    }
    for (Element sibling : list.children()) {
      if (sibling == item) {
        break;
      }
      if (sibling.normalName().equals("li")) {
        number++;
      }
    }
    return number + ". ";
  }

  /** Whether the link's words are its address already ("ed@x.org", "www.x.com"): not written twice. */
  private static boolean sameAsWords(String words, String href) {
    String w = words.strip().toLowerCase(java.util.Locale.ROOT);
    String h = href.strip().toLowerCase(java.util.Locale.ROOT).replaceFirst("^(mailto:|https?://)", "");
    return w.equals(h) || w.equals(href.strip().toLowerCase(java.util.Locale.ROOT)) || (w + "/").equals(h);
  }

  private static boolean webAddress(String href) {
    String h = href.strip().toLowerCase(java.util.Locale.ROOT);
    return h.startsWith("http://") || h.startsWith("https://") || h.startsWith("mailto:");
  }

  /** Ends the line being written, if it has words: white space collapsed as a browser would. */
  private static void end(List<String> lines, StringBuilder line) {
    String text = line.toString().replaceAll("\\s+", " ").strip();
    if (!text.isEmpty() && !text.equals(BULLET.strip())) {
      lines.add(text);
    }
    line.setLength(0);
  }
}
