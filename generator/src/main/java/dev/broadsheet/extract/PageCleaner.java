package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Strips a page down to what could be article text: code, forms, frames and hidden elements go;
 * blocks named like navigation, share bars, ads, comments or related links go too, unless they
 * hold a large share of the page's text (a main container whose class merely mentions "share").
 * Lazy-loaded images get their real source first.
 */
final class PageCleaner {
  private static final String NEVER_CONTENT =
      "script, style, noscript, template, iframe, frame, object, embed, svg, canvas, form, button, input, select, "
          + "textarea, label, nav, dialog, link, meta, [role=navigation], [role=banner], [role=contentinfo], "
          + "[role=complementary], [role=dialog], [role=alert], [role=search], [aria-hidden=true]";

  private PageCleaner() {}

  static void clean(Document doc) {
    fixLazyImages(doc);
    for (Element el : doc.select(NEVER_CONTENT)) {
      el.remove();
    }
    Element body = doc.body();
    int pageText = Math.max(1, body.text().length());
    List<Element> doomed = new ArrayList<>();
    for (Element el : body.getAllElements()) {
      if (el == body) {
        continue;
      }
      String name = el.normalName();
      if (Boilerplate.hidden(el)) {
        doomed.add(el);
      } else if (("footer".equals(name) || "header".equals(name) && !hasHeadline(el)) && small(el, pageText, 0.3)) {
        doomed.add(el);
      } else if ("aside".equals(name) && !isQuote(el)) {
        doomed.add(el);
      } else if (Boilerplate.negative(el) && !Boilerplate.positive(el) && !isQuote(el) && small(el, pageText, 0.25)) {
        doomed.add(el);
      }
    }
    for (Element el : doomed) {
      el.remove();
    }
  }

  private static boolean small(Element el, int pageText, double share) {
    return el.text().length() < pageText * share;
  }

  private static boolean hasHeadline(Element el) {
    return !el.select("h1").isEmpty() && el.text().length() < 400;
  }

  static boolean isQuote(Element el) {
    String names = Boilerplate.names(el);
    return names.contains("pullquote") || names.contains("pull-quote") || names.contains("blockquote")
        || "blockquote".equals(el.normalName());
  }

  /** Real image sources from data-src, data-lazy-src, srcset and friends; data: placeholders dropped. */
  private static void fixLazyImages(Document doc) {
    for (Element img : doc.select("img")) {
      String src = img.attr("src");
      boolean placeholder = src.isBlank() || src.startsWith("data:") || src.toLowerCase(Locale.ROOT).contains("placeholder")
          || src.toLowerCase(Locale.ROOT).contains("blank.gif");
      if (!placeholder) {
        continue;
      }
      for (String attr : List.of("data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src",
          "data-lazy", "data-srcset", "srcset", "data-sizes")) {
        String value = img.attr(attr).strip();
        if (!value.isEmpty() && !value.startsWith("data:")) {
          img.attr("src", value.split("[\\s,]")[0]);
          break;
        }
      }
    }
  }
}
