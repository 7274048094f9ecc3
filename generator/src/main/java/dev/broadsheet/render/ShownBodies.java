package dev.broadsheet.render;

import dev.broadsheet.store.Article;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Extracted bodies as the article page shows them: without their images. They are the page's
 * other pictures, hosted by the publisher; showing them would have every reader's browser ask
 * that server (the site promises none leaves it), and copying each into the site would multiply
 * downloads for pictures the lead image already stands for. A figure goes with its image, since
 * a caption without its picture describes nothing. Each body is made once per build.
 */
final class ShownBodies {
  /** Elements that mean nothing once empty (a table cell or list item still holds its place). */
  private static final java.util.Set<String> EMPTIED = java.util.Set.of("p", "a", "div", "span", "strong", "em",
      "b", "i", "section");

  private final ConcurrentHashMap<String, String> bodies = new ConcurrentHashMap<>();

  /** The article's body as shown, empty when it has none. */
  String of(Article a) {
    if (a.page() == null || a.page().bodyHtml() == null) {
      return "";
    }
    return bodies.computeIfAbsent(a.id(), id -> withoutImages(a.page().bodyHtml()));
  }

  /**
   * About how much text {@code html} holds: its characters outside tags but spaces, an entity one
   * character. Enough to tell which of two texts of one article is the whole and which a part or
   * another page's notice, in one pass without parsing.
   */
  static int textLength(String html) {
    int count = 0;
    boolean tag = false;
    boolean entity = false;
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (tag) {
        tag = c != '>';
      } else if (c == '<') {
        tag = true;
        entity = false;
      } else if (entity) {
        entity = c != ';' && Character.isLetterOrDigit(c) || c == '#';
      } else if (!Character.isWhitespace(c)) {
        count++;
        entity = c == '&';
      }
    }
    return count;
  }

  static String withoutImages(String html) {
    if (!html.contains("<img") && !html.contains("<picture") && !html.contains("<source")) {
      return html;
    }
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (org.jsoup.nodes.Element img : doc.select("img, picture, source")) {
      org.jsoup.nodes.Element figure = img.closest("figure");
      org.jsoup.nodes.Element gone = figure != null ? figure : img;
      org.jsoup.nodes.Element parent = gone.parent();
      gone.remove();
      // What held only the picture (a paragraph, the link to the full-size image) would be left
      // as an empty gap in the text.
      while (parent != null && parent != doc.body() && EMPTIED.contains(parent.normalName())
          && parent.childrenSize() == 0 && parent.text().isBlank()) {
        org.jsoup.nodes.Element up = parent.parent();
        parent.remove();
        parent = up;
      }
    }
    return doc.body().html();
  }
}
