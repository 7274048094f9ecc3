package dev.broadsheet.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Teaser cards and the listings made of them. A card is a small block that opens with a headline
 * (a link or a heading) and may add a line of summary: the "More stories" and "You may also like"
 * blocks beside and below an article, and the front pages it links from. A block made mostly of
 * three or more cards is a listing, never an article, however much text its summaries add up to.
 */
final class Listing {
  private static final Set<String> CARD_TAGS = Set.of("article", "li", "div", "section", "aside");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "ul", "ol", "article", "main", "aside",
      "nav", "header", "footer");
  private static final int MAX_CARD_TEXT = 600;
  private static final int MIN_HEADLINE = 15;

  private Listing() {}

  /** Whether {@code el} is a teaser card: a small block that opens with its headline. */
  static boolean isCard(Element el, TextStats stats) {
    int text = stats.text(el);
    if (!CARD_TAGS.contains(el.normalName()) || text < MIN_HEADLINE || text > MAX_CARD_TEXT) {
      return false;
    }
    Element first = firstTextElement(el);
    if (first == null) {
      return false;
    }
    Element headline = first;
    for (Element p = first; p != null && p != el; p = p.parent()) {
      String name = p.normalName();
      if ("a".equals(name) || name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '2' && name.charAt(1) <= '6') {
        headline = p;
      }
    }
    // An h1 is the page's own headline: the block that holds it is the article, not a card.
    String name = headline.normalName();
    boolean isHeadline = "a".equals(name) || name.matches("h[2-6]");
    return isHeadline && (stats.text(headline) >= MIN_HEADLINE || "article".equals(el.normalName()))
        && !opensSentence(el, headline);
  }

  /**
   * Whether the headline is the first sentence of a paragraph ("<b><a>X is investigating Y</a>.</b>
   * The company said…"), as in a news round-up, rather than a title standing on its own.
   */
  private static boolean opensSentence(Element el, Element headline) {
    String h = BodyWriter.normalize(headline.text());
    String text = BodyWriter.normalize(el.text());
    int at = text.indexOf(h);
    if (h.isEmpty() || at < 0) {
      return false;
    }
    int end = at + h.length();
    char last = h.charAt(h.length() - 1);
    return ".!?".indexOf(last) >= 0 || end < text.length() && ".!?;:".indexOf(text.charAt(end)) >= 0;
  }

  /** Whether most of {@code el}'s text sits in three or more teaser cards. */
  static boolean isListing(Element el, TextStats stats) {
    int half = (stats.text(el) + 1) / 2;
    int[] found = new int[2];
    collect(el, stats, 0, found, half);
    return found[0] >= 3 && found[1] >= half;
  }

  /**
   * Counts cards (found[0]) and their text (found[1]) below {@code el}, three levels down at most,
   * through containers only (cards sit in lists and grids, not in paragraphs), and stops as soon as
   * the answer is known.
   */
  private static void collect(Element el, TextStats stats, int depth, int[] found, int half) {
    for (Element child = el.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (found[0] >= 3 && found[1] >= half) {
        return;
      }
      if (isCard(child, stats)) {
        found[0]++;
        found[1] += stats.text(child);
      } else if (depth < 3 && CONTAINERS.contains(child.normalName()) && stats.text(child) > 0) {
        collect(child, stats, depth + 1, found, half);
      }
    }
  }

  /** The element that holds {@code el}'s first text, or null when it has none. */
  private static Element firstTextElement(Element el) {
    for (org.jsoup.nodes.Node n = el.firstChild(); n != null; ) {
      if (n instanceof org.jsoup.nodes.TextNode t && !t.isBlank()) {
        return (Element) t.parent();
      }
      if (n.childNodeSize() > 0) {
        n = n.childNode(0);
        continue;
      }
      while (n != null && n != el && n.nextSibling() == null) {
        n = n.parent();
      }
      if (n == null || n == el) {
        return null;
      }
      n = n.nextSibling();
    }
    return null;
  }
}
