package dev.broadsheet.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An editor's HTML (a pick's note, a page's text) with its links to the site's own files made
 * right for the page it is shown on: {@code ${siteHtml(story.pick.noteHtml)?no_esc}}. A note
 * written once says {@code images/map.png} (or {@code /images/map.png}) for a file of the site; as
 * written it would resolve against each page's own folder, or miss the site's sub-path. An editor
 * who wrote the sub-path too ({@code /town/images/map.png} on a site served under {@code /town/})
 * meant the same file, and gets it once.
 */
public final class SiteHtml implements TemplateMethodModelEx {
  private final String basePath;
  private final UnaryOperator<String> to;

  /**
   * Resolves site paths with {@code to}: a page's {@link Links}, or absolute URLs for feeds;
   * {@code basePath} is the path the site is served under ("/" or "/town/").
   */
  public SiteHtml(String basePath, UnaryOperator<String> to) {
    this.basePath = basePath;
    this.to = to;
  }

  /** {@code html} with the site paths of its images and links resolved by {@code to}. */
  static String resolve(String html, String basePath, UnaryOperator<String> to) {
    if (html == null || (!html.contains("src=") && !html.contains("href="))) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element e : doc.select("img[src], a[href]")) {
      String attribute = e.nameIs("img") ? "src" : "href";
      String value = e.attr(attribute).strip();
      String path = withoutBasePath(value, basePath);
      // Checked again without the sub-path: "/town/javascript:…" is a path, "javascript:…" would not be.
      if (sitePath(value) && sitePath(path.startsWith("/") ? path : "/" + path)) {
        e.attr(attribute, to.apply(path));
        changed = true;
      }
    }
    return changed ? doc.body().html() : html;
  }

  /** {@code html} with {@code style} on every link (see {@link TemplateHelpers#withLinkStyle}). */
  static String withLinkStyle(String html, String style) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    doc.select("a").attr("style", style);
    // An editor's picture at its own width would widen the whole mail past a phone's screen.
    doc.select("img").attr("style", "max-width:100%;height:auto;");
    // Mail programs ignore a style sheet and each spaces a note's paragraphs, lists, quotes and
    // tables its own way (a table's columns run together on a phone): each carries its spacing.
    MAIL_STYLES.forEach((selector, css) -> doc.select(selector).attr("style", css));
    return doc.body().html();
  }

  /** The inline style of each element of an editor's note in mail, by its selector; in order. */
  private static final Map<String, String> MAIL_STYLES = mailStyles();

  private static Map<String, String> mailStyles() {
    Map<String, String> styles = new LinkedHashMap<>();
    styles.put("p", "margin:8px 0 0 0;");
    styles.put("ul, ol", "margin:8px 0 0 0;padding:0 20px;");
    styles.put("li", "margin:0 0 4px 0;");
    styles.put("blockquote", "margin:8px 12px 0 12px;font-style:italic;");
    styles.put("table", "margin:8px 0 0 0;border-collapse:collapse;border-spacing:0;font:14px/1.4 Arial,Helvetica,sans-serif;");
    styles.put("th", "padding:4px 8px;border-bottom:1px solid #c9a448;font-weight:bold;vertical-align:bottom;");
    styles.put("td", "padding:4px 8px;border-bottom:1px solid #e2ddd0;vertical-align:top;");
    styles.put("code", "font:13px/1.4 Consolas,Menlo,monospace;");
    styles.put("pre", "margin:8px 0 0 0;white-space:pre-wrap;font:13px/1.4 Consolas,Menlo,monospace;");
    return java.util.Collections.unmodifiableMap(styles);
  }

  /** A root path that already holds the site's sub-path, as the site path it names: "/town/a.png" is "a.png". */
  static String withoutBasePath(String value, String basePath) {
    String base = basePath.endsWith("/") ? basePath : basePath + "/";
    if (base.equals("/") || !value.startsWith("/")) {
      return value;
    }
    if (value.startsWith(base)) {
      return value.substring(base.length());
    }
    return value.equals(base.substring(0, base.length() - 1)) ? "" : value;
  }

  /** Whether {@code value} names a file of the site: no scheme, not protocol-relative, not a fragment or query alone. */
  static boolean sitePath(String value) {
    if (value.isEmpty() || value.startsWith("#") || value.startsWith("?") || value.startsWith("//")) {
      return false;
    }
    // A first segment holding a colon ("/javascript:…") would read as a scheme once made relative:
    // such a value is left as written, where it stays a harmless path.
    return !Links.readsAsScheme(value.startsWith("/") ? value.substring(1) : value);
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1) {
      throw new TemplateModelException("siteHtml(html) takes one argument, the HTML to show");
    }
    Object arg = DeepUnwrap.unwrap((freemarker.template.TemplateModel) arguments.get(0));
    if (arg instanceof Record r) {
      throw Messages.notText("siteHtml(…)", 1, r);
    }
    return arg == null ? "" : resolve(String.valueOf(arg), basePath, to);
  }
}
