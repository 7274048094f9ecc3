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
 * list item as "- item", a table row as its cells joined by " | ". An editor's note with a table
 * of votes read as one run of words in the text newsletter.
 */
final class PlainText {
  private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
      "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "caption", "pre", "figure", "figcaption",
      "section", "article", "aside", "header", "footer", "nav", "main", "address", "details", "summary", "hr");
  private static final String BULLET = "- ";

  private PlainText() {}

  /** The lines of {@code html}'s text, without blank ones, joined by line breaks; "" for null. */
  static String of(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    walk(Jsoup.parseBodyFragment(html).body(), lines, line);
    end(lines, line);
    return String.join("\n", lines);
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
          line.append(BULLET);
          walk(e, lines, line);
          end(lines, line);
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
          if (!line.toString().equals(BULLET)) {
            end(lines, line);
          }
          walk(e, lines, line);
          end(lines, line);
        } else {
          walk(e, lines, line);
        }
      }
    }
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
