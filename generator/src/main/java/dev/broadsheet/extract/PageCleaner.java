package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Strips a page down to what could be article text, before the article is looked for. Code,
 * frames and form controls always go. Page chrome (navigation, forms, asides, headers and
 * footers, hidden blocks) and blocks named like boilerplate go too, but only when they hold a small
 * share of the page's plain (unlinked) text: a page can wrap its whole article in a postback
 * {@code <form>}, a "paywall" div or a hidden-until-scripted block, and those must survive.
 * Readers' comment sections go whatever their size (unless they hold the headline): a long thread
 * under a short article outweighs it. Lazy-loaded images get their real source first.
 */
final class PageCleaner {
  private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
      "frame", "object", "embed", "svg", "canvas", "button", "input", "select", "option", "textarea", "label",
      "dialog", "link", "meta");
  private static final Set<String> CHROME_TAGS = Set.of("form", "nav");
  private static final Set<String> LAYOUT_TAGS = Set.of("form", "nav", "footer", "header", "aside");
  private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
      "dialog", "alert", "search");
  /** Table parts are never pruned by name: a data table's rows carry all sorts of classes. */
  static final Set<String> TABLE_PARTS = Set.of("tr", "td", "th", "thead", "tbody", "tfoot", "caption",
      "colgroup", "col");
  private static final List<String> LAZY_SOURCES = List.of("data-src", "data-lazy-src", "data-original", "data-url",
      "data-hi-res-src", "data-lazy", "data-srcset", "srcset", "data-sizes");
  /** Largest share of the page's plain text that chrome or a boilerplate name may take with it. */
  private static final double PRUNABLE_SHARE = 0.25;

  private PageCleaner() {}

  /** Cleans {@code doc} and gives the text counts of what is left, for the stages after this one. */
  static TextStats clean(Document doc) {
    List<Element> never = new ArrayList<>();
    for (Element el : Dom.elements(doc)) {
      if (NEVER_CONTENT.contains(el.normalName())) {
        never.add(el);
      } else if ("img".equals(el.normalName())) {
        fixLazyImage(el);
      }
    }
    never.forEach(Element::remove);
    Element body = doc.body();
    TextStats stats = new TextStats(body);
    int page = Math.max(1, plain(stats, body));
    List<Element> doomed = new ArrayList<>();
    for (Element el : Dom.elements(body)) {
      if (el != body && prunable(el, stats, page)) {
        doomed.add(el);
      }
    }
    for (Element el : doomed) {
      stats.remove(el);
    }
    return stats;
  }

  private static boolean prunable(Element el, TextStats stats, int page) {
    String name = el.normalName();
    if (el.attributesSize() == 0 && !LAYOUT_TAGS.contains(name)) {
      // Most elements of a page carry no attribute: no name, role or style can speak against them.
      return false;
    }
    int plain = plain(stats, el);
    if (CHROME_TAGS.contains(name) || CHROME_ROLES.contains(el.attr("role"))) {
      return plain < page * PRUNABLE_SHARE;
    }
    if (Boilerplate.hidden(el)) {
      return plain < page * 0.5;
    }
    if (("footer".equals(name) || "header".equals(name) && el.selectFirst("h1") == null)) {
      return plain < page * 0.3;
    }
    int kinds = Boilerplate.kinds(el);
    if ((kinds & Boilerplate.DISCUSSION) != 0 && !TABLE_PARTS.contains(name) && el.selectFirst("h1") == null) {
      // Readers' comments can outweigh a short article; size protects nothing here.
      return true;
    }
    if ("aside".equals(name) && !isQuote(el, stats)) {
      return plain < page * PRUNABLE_SHARE;
    }
    return (kinds & Boilerplate.NEGATIVE) != 0 && !TABLE_PARTS.contains(name) && !"main".equals(name)
        && plain < page * PRUNABLE_SHARE && !isQuote(el, stats);
  }

  /** Text outside links: what a block says rather than where it points. */
  static int plain(TextStats stats, Element el) {
    return stats.text(el) - stats.linked(el);
  }

  /**
   * A quote, a pull quote, or a wrapper most of whose text is a quote: an embedded post sits in a
   * block named like a widget or an embed, and what it says is part of the story.
   */
  static boolean isQuote(Element el, TextStats stats) {
    if ("blockquote".equals(el.normalName()) || (Boilerplate.kinds(el) & Boilerplate.QUOTE) != 0) {
      return true;
    }
    int quoted = 0;
    for (Element q : el.select("blockquote")) {
      quoted += stats.text(q);
    }
    return quoted > 0 && quoted >= stats.text(el) * 0.8;
  }

  /** Real image sources from data-src, data-lazy-src, srcset and friends; data: placeholders dropped. */
  private static void fixLazyImage(Element img) {
    String src = img.attr("src");
    String lower = src.toLowerCase(Locale.ROOT);
    boolean placeholder = src.isBlank() || src.startsWith("data:") || lower.contains("placeholder")
        || lower.contains("blank.gif");
    if (!placeholder) {
      return;
    }
    for (String attr : LAZY_SOURCES) {
      String value = img.attr(attr).strip();
      if (!value.isEmpty() && !value.startsWith("data:")) {
        img.attr("src", value.split("[\\s,]")[0]);
        return;
      }
    }
  }
}
