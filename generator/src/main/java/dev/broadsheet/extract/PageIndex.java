package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The elements metadata is read from, gathered in one walk over the page: a selector per signal
 * would walk a long page a dozen times.
 *
 * @param metas {@code <meta>} elements with content
 * @param jsonLd JSON-LD scripts
 * @param itemprops elements with a microdata property, in page order
 * @param h1s the page's h1 headings
 * @param times {@code <time>} elements with a datetime
 * @param canonical the canonical link, or null
 * @param relAuthors links marked {@code rel="author"}
 */
record PageIndex(List<Element> metas, List<Element> jsonLd, List<Element> itemprops, List<Element> h1s,
    List<Element> times, Element canonical, List<Element> relAuthors) {
  private static final List<String> META_KEY_ATTRIBUTES = List.of("property", "name", "itemprop", "http-equiv");

  static PageIndex of(Document doc) {
    List<Element> metas = new ArrayList<>();
    List<Element> jsonLd = new ArrayList<>();
    List<Element> itemprops = new ArrayList<>();
    List<Element> h1s = new ArrayList<>();
    List<Element> times = new ArrayList<>();
    List<Element> relAuthors = new ArrayList<>();
    Element canonical = null;
    for (Element el : Dom.elements(doc)) {
      if (el.attributesSize() == 0 && !"h1".equals(el.normalName())) {
        continue;
      }
      switch (el.normalName()) {
        case "meta" -> {
          if (el.hasAttr("content")) {
            metas.add(el);
          }
        }
        case "script" -> {
          if ("application/ld+json".equals(el.attr("type").strip().toLowerCase(Locale.ROOT))) {
            jsonLd.add(el);
          }
        }
        case "h1" -> h1s.add(el);
        case "time" -> {
          if (el.hasAttr("datetime")) {
            times.add(el);
          }
        }
        case "link" -> {
          String rel = el.attr("rel").toLowerCase(Locale.ROOT);
          if (canonical == null && "canonical".equals(rel) && el.hasAttr("href")) {
            canonical = el;
          } else if ("author".equals(rel) && el.hasAttr("title")) {
            relAuthors.add(el);
          }
        }
        case "a" -> {
          if ("author".equalsIgnoreCase(el.attr("rel"))) {
            relAuthors.add(el);
          }
        }
        default -> { }
      }
      if (el.hasAttr("itemprop")) {
        itemprops.add(el);
      }
    }
    return new PageIndex(List.copyOf(metas), List.copyOf(jsonLd), List.copyOf(itemprops), List.copyOf(h1s),
        List.copyOf(times), canonical, List.copyOf(relAuthors));
  }

  /**
   * Every {@code <meta>} value by lower-cased key, first one winning. A property attribute may
   * list several keys ("x:title dc:title"), and each of them counts.
   */
  Map<String, String> metaTags() {
    Map<String, String> tags = new HashMap<>();
    eachMetaValue(tags::putIfAbsent);
    return tags;
  }

  /**
   * Every value of {@code key} (lower case), in page order: Dublin Core repeats its creator key
   * once per author, where {@link #metaTags} keeps only the first.
   */
  List<String> metaValues(String key) {
    List<String> values = new ArrayList<>();
    eachMetaValue((k, content) -> {
      if (k.equals(key)) {
        values.add(content);
      }
    });
    return values;
  }

  private void eachMetaValue(BiConsumer<String, String> action) {
    for (Element m : metas) {
      String content = m.attr("content").isBlank() ? null : m.attr("content").strip();
      if (content == null) {
        continue;
      }
      for (String attr : META_KEY_ATTRIBUTES) {
        for (String key : m.attr(attr).toLowerCase(Locale.ROOT).split("\\s+")) {
          if (!key.isEmpty()) {
            action.accept(key, content);
          }
        }
      }
    }
  }

  /** The first element of each microdata property. */
  Map<String, Element> firstItemprops() {
    Map<String, Element> props = new HashMap<>();
    for (Element e : itemprops) {
      props.putIfAbsent(e.attr("itemprop").strip().toLowerCase(Locale.ROOT), e);
    }
    return props;
  }

  /** Whether {@code el}'s itemprop, a list of tokens, holds {@code property}. */
  static boolean hasProperty(Element el, String property) {
    for (String token : el.attr("itemprop").toLowerCase(Locale.ROOT).split("\\s+")) {
      if (token.equals(property)) {
        return true;
      }
    }
    return false;
  }
}
