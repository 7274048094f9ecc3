package dev.broadsheet.base;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Makes HTML from the outside safe to put in our pages: a strict allow-list of text-level and
 * block elements, links made absolute and restricted to http(s) and mailto, nothing that runs
 * code or loads anything (no script, style, iframe, form, event handler, image).
 */
public final class HtmlSanitizer {
  private final Safelist safelist = Safelist.basic()
      .removeTags("span")
      .addTags("h2", "h3", "h4", "figure", "figcaption", "table", "thead", "tbody", "tr", "th", "td")
      .removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "nofollow noopener");
  private final Document.OutputSettings output = new Document.OutputSettings()
      .prettyPrint(false)
      .charset("UTF-8")
      .escapeMode(Entities.EscapeMode.base);

  /** Sanitizes {@code html}, resolving relative links against {@code baseUri} (may be empty). */
  public String sanitize(String html, String baseUri) {
    if (html == null || html.isBlank()) {
      return "";
    }
    return Jsoup.clean(html, baseUri == null ? "" : baseUri, safelist, output).strip();
  }

  /**
   * The text of {@code html}, tags removed, entities decoded, runs of spaces and line breaks
   * collapsed. Text without markup keeps its characters exactly, no-break spaces included.
   */
  public static String text(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
      return html.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }
    return Jsoup.parseBodyFragment(html).text().strip();
  }

  /** {@code url} made absolute against {@code base}; null unless it ends up http(s). */
  public static String absolute(String base, String url) {
    return Urls.resolve(base == null || base.isEmpty() ? null : base, url);
  }
}
