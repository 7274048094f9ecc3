package dev.broadsheet.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An editor's HTML (a pick's note, a page's text) with its links to the site's own files made
 * right for the page it is shown on: {@code ${siteHtml(story.pick.noteHtml)?no_esc}}. A note
 * written once says {@code images/map.png} (or {@code /images/map.png}) for a file of the site; as
 * written it would resolve against each page's own folder, or miss the site's sub-path.
 */
public final class SiteHtml implements TemplateMethodModelEx {
  private final UnaryOperator<String> to;

  /** Resolves site paths with {@code to}: a page's {@link Links}, or absolute URLs for feeds. */
  public SiteHtml(UnaryOperator<String> to) {
    this.to = to;
  }

  /** {@code html} with the site paths of its images and links resolved by {@code to}. */
  static String resolve(String html, UnaryOperator<String> to) {
    if (html == null || (!html.contains("src=") && !html.contains("href="))) {
      return html;
    }
    Document doc = Jsoup.parseBodyFragment(html);
    doc.outputSettings().prettyPrint(false);
    boolean changed = false;
    for (Element e : doc.select("img[src], a[href]")) {
      String attribute = e.nameIs("img") ? "src" : "href";
      String value = e.attr(attribute).strip();
      if (sitePath(value)) {
        e.attr(attribute, to.apply(value));
        changed = true;
      }
    }
    return changed ? doc.body().html() : html;
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
    return arg == null ? "" : resolve(String.valueOf(arg), to);
  }
}
