package dev.broadsheet.extract;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * The URLs a body may carry: link targets, image sources and quote citations, made absolute
 * against the page's address and kept only when they are http(s) (or mailto, for a link). Done
 * here, with the page's address parsed once, rather than by the sanitizer, which parses it again
 * for every link; on a long, heavily linked page that was a fifth of the extraction time. The
 * sanitizer's allow-list still decides which elements and attributes exist at all.
 */
final class SafeUrls {
  /** Each URL attribute the allow-list permits, by tag, with the schemes it may use. */
  static final Map<String, Map<String, Set<String>>> ATTRIBUTES = Map.of(
      "a", Map.of("href", Set.of("http", "https", "mailto")),
      "img", Map.of("src", Set.of("http", "https")),
      "blockquote", Map.of("cite", Set.of("http", "https")),
      "q", Map.of("cite", Set.of("http", "https")),
      "cite", Map.of("cite", Set.of("http", "https")));

  private SafeUrls() {}

  /**
   * The allow-list a body passes: Jsoup's relaxed list with figures, without layout tags, links
   * marked nofollow, and no scheme checks of its own, since {@link #apply} has done them.
   */
  static Safelist safelist() {
    Safelist safe = Safelist.relaxed()
        .addTags("figure", "figcaption")
        .removeTags("div", "span", "col", "colgroup")
        .addEnforcedAttribute("a", "rel", "nofollow noopener")
        .preserveRelativeLinks(true);
    // Every scheme the relaxed list names, so that none is left and the sanitizer stops checking.
    safe.removeProtocols("a", "href", "ftp", "http", "https", "mailto");
    safe.removeProtocols("img", "src", "http", "https");
    safe.removeProtocols("blockquote", "cite", "http", "https");
    safe.removeProtocols("cite", "cite", "http", "https");
    safe.removeProtocols("q", "cite", "http", "https");
    return safe;
  }


  /** Resolves or removes every URL attribute under {@code root}. */
  static void apply(Element root, String baseUri) {
    URL base = parse(baseUri);
    for (Element el : Dom.elements(root)) {
      Map<String, Set<String>> attributes = ATTRIBUTES.get(el.normalName());
      if (attributes == null) {
        continue;
      }
      attributes.forEach((attr, schemes) -> {
        if (el.hasAttr(attr)) {
          String safe = resolve(base, el.attr(attr), schemes);
          if (safe == null) {
            el.removeAttr(attr);
          } else {
            el.attr(attr, safe);
          }
        }
      });
    }
  }

  /** {@code value} made absolute, or null when it cannot be or uses another scheme. */
  static String resolve(URL base, String value, Set<String> schemes) {
    String v = value.strip();
    for (int i = 0; i < v.length(); i++) {
      if (Character.isISOControl(v.charAt(i))) {
        // Control characters inside a URL are how "java\tscript:" gets past naive checks.
        return null;
      }
    }
    try {
      URL url = base == null ? new URL(v) : new URL(base, v);
      return schemes.contains(url.getProtocol().toLowerCase(Locale.ROOT)) ? url.toExternalForm() : null;
    } catch (MalformedURLException | IllegalArgumentException e) {
      return null;
    }
  }

  private static URL parse(String baseUri) {
    try {
      return baseUri == null || baseUri.isBlank() ? null : new URL(baseUri);
    } catch (MalformedURLException e) {
      return null;
    }
  }
}
