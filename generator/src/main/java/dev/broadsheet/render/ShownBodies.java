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
  private final ConcurrentHashMap<String, String> bodies = new ConcurrentHashMap<>();

  /** The article's body as shown, empty when it has none. */
  String of(Article a) {
    if (a.page() == null || a.page().bodyHtml() == null) {
      return "";
    }
    return bodies.computeIfAbsent(a.id(), id -> withoutImages(a.page().bodyHtml()));
  }

  static String withoutImages(String html) {
    if (!html.contains("<img") && !html.contains("<picture") && !html.contains("<source")) {
      return html;
    }
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    for (org.jsoup.nodes.Element img : doc.select("img, picture, source")) {
      org.jsoup.nodes.Element figure = img.closest("figure");
      (figure != null ? figure : img).remove();
    }
    return doc.body().html();
  }
}
