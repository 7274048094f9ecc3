package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Safelist;

/**
 * Writes the article container out as clean blocks: paragraphs, headings, lists, quotes, tables
 * and figures, in document order. Headlines, bylines, dates, prompts and link lists are left out;
 * captions stay in the HTML (inside their figure) but not in the text, which is one paragraph per
 * line. The HTML passes a strict allow-list: no script, style, frame, form, event handler or
 * non-http(s) URL, and no data: images (they bloat the store and can hide anything).
 */
final class BodyWriter {
  private static final Pattern BYLINE = Pattern.compile(
      "(?iu)^(by|von|par|por|di|door|av|af|от|著)\\s+\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,4}"
          + "(\\s*(,|and|&|und|et|y|e)\\s*\\p{Lu}[\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})*\\s*[|,·•—-]?.{0,60}$");
  private static final Pattern DATE_LINE = Pattern.compile(
      "(?iu)^(published|updated|posted|last updated|veröffentlicht|publié|publicado|aggiornato)?[:\\s]*"
          + "[\\p{L}\\d,.:\\s/-]{0,40}\\b(19|20)\\d\\d\\b[\\p{L}\\d,.:\\s/()+-]{0,30}$");
  private static final Pattern STAMP = Pattern.compile(
      "(?iu)^(updated|published|posted|last updated|first published|aktualisiert|mis à jour|actualizado)"
          + "(\\s+(at|on|am|le|el))?\\b.{0,40}$");
  private static final Safelist SAFE = Safelist.relaxed()
      .addTags("figure", "figcaption")
      .removeTags("div", "span", "col", "colgroup")
      .removeProtocols("a", "href", "ftp")
      .addEnforcedAttribute("a", "rel", "nofollow noopener");

  private final String title;
  private final List<String> lines = new ArrayList<>();
  private final Element out;

  BodyWriter(String title) {
    this.title = normalize(title);
    this.out = new Document("").appendElement("div");
  }

  /** The body as sanitized HTML and text, from {@code container}. */
  record Body(String html, String text) {}

  Body write(Element container, String baseUri) {
    if (ContentFinder.isParagraphLike(container)) {
      paragraph(container);
    } else {
      walk(container);
    }
    Document.OutputSettings settings = new Document.OutputSettings().prettyPrint(false)
        .escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    String html = Jsoup.clean(out.html(), baseUri == null ? "" : baseUri, SAFE, settings);
    return new Body(html, String.join("\n", lines));
  }

  private void walk(Element el) {
    StringBuilder inline = new StringBuilder();
    for (org.jsoup.nodes.Node node : el.childNodes()) {
      if (node instanceof org.jsoup.nodes.TextNode t) {
        inline.append(org.jsoup.nodes.Entities.escape(t.getWholeText()));
        continue;
      }
      if (!(node instanceof Element child)) {
        continue;
      }
      if (ContentFinder.INLINE.contains(child.normalName()) && !skip(child)) {
        // Text laid out with <br> instead of paragraphs: a double break ends a paragraph.
        if ("br".equals(child.normalName()) && inline.toString().endsWith("<br>")) {
          flushInline(inline);
        } else {
          inline.append("br".equals(child.normalName()) ? "<br>" : child.outerHtml());
        }
        continue;
      }
      flushInline(inline);
      if (skip(child)) {
        continue;
      }
      switch (child.normalName()) {
        case "p", "pre" -> paragraph(child);
        case "h2", "h3", "h4", "h5", "h6" -> heading(child);
        case "blockquote" -> quote(child);
        case "ul", "ol" -> list(child);
        case "table" -> table(child);
        case "figure", "picture" -> figure(child);
        case "img" -> out.appendChild(child.clone());
        case "h1", "header", "figcaption", "caption" -> { }
        default -> {
          if (ContentFinder.isParagraphLike(child)) {
            paragraph(child);
          } else {
            walk(child);
          }
        }
      }
    }
    flushInline(inline);
  }

  private void flushInline(StringBuilder inline) {
    String html = inline.toString().replaceAll("(<br>\\s*)+$", "").strip();
    inline.setLength(0);
    if (html.isEmpty()) {
      return;
    }
    Element p = new Element("p").html(html);
    if (!normalize(p.text()).isEmpty()) {
      paragraph(p);
    }
  }

  private boolean skip(Element el) {
    return Boilerplate.hidden(el) || (Boilerplate.negative(el) && !PageCleaner.isQuote(el) && !Boilerplate.positive(el));
  }

  private void paragraph(Element p) {
    String text = normalize(p.text());
    if (text.isEmpty() || isNoise(text, p)) {
      return;
    }
    Element copy = new Element("pre".equals(p.normalName()) ? "pre" : "p");
    copy.html(p.html());
    copy.select("img, figure, figcaption, script, style").remove();
    out.appendChild(copy);
    lines.add(text);
  }

  private boolean isNoise(String text, Element el) {
    if (Boilerplate.phrase(text) || text.equals(title)) {
      return true;
    }
    if (text.length() < 300 && ContentFinder.linkDensity(el) > 0.6) {
      return true;
    }
    return text.length() < 120 && (BYLINE.matcher(text).matches() || DATE_LINE.matcher(text).matches()
        || STAMP.matcher(text).matches());
  }

  private void heading(Element h) {
    String text = normalize(h.text());
    if (text.isEmpty() || text.equals(title) || text.length() > 200 || Boilerplate.phrase(text)
        || ContentFinder.linkDensity(h) > 0.5) {
      return;
    }
    out.appendElement(h.normalName()).text(text);
    lines.add(text);
  }

  private void quote(Element q) {
    if (q.select("p").isEmpty()) {
      String text = normalize(q.text());
      if (!text.isEmpty() && !Boilerplate.phrase(text)) {
        out.appendElement("blockquote").appendElement("p").html(q.html());
        lines.add(text);
      }
      return;
    }
    Element copy = out.appendElement("blockquote");
    for (Element p : q.select("p")) {
      String text = normalize(p.text());
      if (!text.isEmpty()) {
        copy.appendElement("p").html(p.html());
        lines.add(text);
      }
    }
  }

  private void list(Element list) {
    if (ContentFinder.linkDensity(list) > 0.5 || list.text().isBlank()) {
      return;
    }
    Element copy = out.appendElement(list.normalName());
    for (Element li : list.children()) {
      String text = normalize(li.text());
      if (!text.isEmpty() && !Boilerplate.phrase(text)) {
        copy.appendElement("li").html(li.html());
        lines.add(text);
      }
    }
  }

  private void table(Element table) {
    if (!table.select("table table").isEmpty()) {
      walk(table);
      return;
    }
    out.appendChild(table.clone());
    for (Element row : table.select("tr")) {
      String text = normalize(String.join(" ", row.select("th, td").eachText()));
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }
  }

  private void figure(Element figure) {
    Element img = figure.selectFirst("img[src]");
    if (img == null) {
      return;
    }
    Element copy = out.appendElement("figure");
    copy.appendChild(img.clone());
    Element caption = figure.selectFirst("figcaption");
    if (caption != null && !caption.text().isBlank()) {
      copy.appendElement("figcaption").text(normalize(caption.text()));
    }
  }

  static String normalize(String text) {
    return text == null ? "" : text.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
