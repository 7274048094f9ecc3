package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Writes the article container out as clean blocks: paragraphs, headings, lists, quotes, tables
 * and figures, in document order. Headlines, bylines, dates, labels, prompts and credits are left
 * out, and so is the boilerplate at the end ({@link Blocks}); captions stay in the HTML (inside
 * their figure) but not in the text, which is one paragraph per line. The HTML passes a strict
 * allow-list: no script, style, frame, form, event handler or non-http(s) URL, and no data: images
 * (they bloat the store and can hide anything).
 */
final class BodyWriter {
  /** The allow-list; URL attributes are checked by {@link SafeUrls} instead of here. */
  private static final Safelist SAFE = SafeUrls.safelist();

  /** What a paragraph's copy leaves out: its images go in figures, or nowhere. */
  private static final Set<String> NOT_IN_TEXT = Set.of("img", "figure", "figcaption", "picture",
      "script", "style");

  private final String title;
  private final String looseTitle;
  private final Blocks blocks = new Blocks();
  private final TextStats stats;

  BodyWriter(String title, TextStats stats) {
    this.title = normalize(title);
    this.looseTitle = loose(this.title);
    this.stats = stats;
  }

  /** The body as sanitized HTML and text, from {@code container}. */
  record Body(String html, String text) {}

  Body write(Element container, String baseUri) {
    if (ContentFinder.isParagraphLike(container)) {
      paragraph(container);
    } else {
      walk(container);
    }
    Document clean = Document.createShell(baseUri == null ? "" : baseUri);
    List<String> lines = new ArrayList<>();
    for (Blocks.Block b : blocks.kept()) {
      clean.body().appendChild(b.html());
      lines.addAll(b.lines());
    }
    SafeUrls.apply(clean.body(), baseUri);
    Document safe = new Cleaner(SAFE).clean(clean);
    safe.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    return new Body(safe.body().html(), String.join("\n", lines));
  }

  private void walk(Element el) {
    Element inline = new Element("p");
    // Nodes move from the page into the blocks rather than being copied: the page is not needed
    // after this, and copying a long article twice (here and in the sanitizer) costs real time.
    for (Node node : new ArrayList<>(el.childNodes())) {
      if (node instanceof TextNode t) {
        inline.appendChild(t);
        continue;
      }
      if (!(node instanceof Element child)) {
        continue;
      }
      if (ContentFinder.INLINE.contains(child.normalName())) {
        // Text laid out with <br> instead of paragraphs: a double break ends a paragraph.
        boolean br = "br".equals(child.normalName());
        if (br && lastIsBreak(inline)) {
          inline = flushInline(inline);
        } else {
          inline.appendChild(child);
        }
        continue;
      }
      inline = flushInline(inline);
      switch (child.normalName()) {
        case "p", "pre" -> paragraph(child);
        case "h1", "h2", "h3", "h4", "h5", "h6" -> heading(child);
        case "blockquote" -> quote(child);
        case "ul", "ol" -> list(child);
        case "table" -> table(child);
        case "figure", "picture" -> figure(child);
        case "img" -> blocks.add(Blocks.Kind.MEDIA, child, List.of());
        case "header", "figcaption", "caption" -> { }
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

  /** Whether the last thing in {@code p}, blank text aside, is a line break. */
  private static boolean lastIsBreak(Element p) {
    for (int i = p.childNodeSize() - 1; i >= 0; i--) {
      Node n = p.childNode(i);
      if (n instanceof TextNode t && t.isBlank()) {
        continue;
      }
      return n instanceof Element e && "br".equals(e.normalName());
    }
    return false;
  }

  /** Writes the loose inline content gathered so far as a paragraph, and gives a fresh one. */
  private Element flushInline(Element inline) {
    while (inline.childNodeSize() > 0) {
      Node last = inline.childNode(inline.childNodeSize() - 1);
      if (last instanceof TextNode t && t.isBlank() || last instanceof Element e && "br".equals(e.normalName())) {
        last.remove();
      } else {
        break;
      }
    }
    if (inline.childNodeSize() > 0) {
      paragraph(inline);
      return new Element("p");
    }
    return inline;
  }

  private void paragraph(Element p) {
    String text = InlineText.of(p);
    if (text.isEmpty() || isNoise(text, p)) {
      return;
    }
    blocks.add(Blocks.Kind.TEXT, copyOf(p, "pre".equals(p.normalName()) ? "pre" : "p"), List.of(text));
  }

  private boolean isNoise(String text, Element el) {
    if (Phrases.boilerplate(text) || sameAsTitle(text)) {
      return true;
    }
    if (text.length() < 300 && stats.linkDensity(el) > 0.6) {
      return true;
    }
    return Phrases.bylineOrDate(text);
  }

  /**
   * Headings of every level stay, h1 included (some sites use it for subheads), except the
   * headline itself, one that comes before any text, and labels.
   */
  private void heading(Element h) {
    String text = InlineText.of(h);
    if (text.isEmpty() || sameAsTitle(text) || text.length() > 200 || Phrases.label(text)
        || stats.linkDensity(h) > 0.5 || "h1".equals(h.normalName()) && !blocks.hasText()) {
      return;
    }
    blocks.add(Blocks.Kind.HEADING, new Element(h.normalName()).text(text), List.of(text));
  }

  /** A quote, an embedded post's text and its attribution line included, one line per paragraph. */
  private void quote(Element q) {
    Element copy = new Element("blockquote");
    List<String> lines = new ArrayList<>();
    Element inline = new Element("p");
    for (Node node : new ArrayList<>(q.childNodes())) {
      if (node instanceof Element child && !ContentFinder.INLINE.contains(child.normalName())) {
        quoteLine(copy, lines, inline);
        inline = new Element("p");
        quoteLine(copy, lines, copyOf(child, "p"));
      } else {
        inline.appendChild(node);
      }
    }
    quoteLine(copy, lines, inline);
    if (!lines.isEmpty()) {
      blocks.add(Blocks.Kind.TEXT, copy, lines);
    }
  }

  private static void quoteLine(Element copy, List<String> lines, Element p) {
    p.select("img, figure, figcaption, script, style").remove();
    String text = InlineText.of(p);
    if (!text.isEmpty() && !Phrases.boilerplate(text)) {
      copy.appendChild(p);
      lines.add(text);
    }
  }

  /** {@code el}'s content, moved under a new tag, without images, figures or scripts. */
  private static Element copyOf(Element el, String tag) {
    Element copy = new Element(tag);
    for (Node n : new ArrayList<>(el.childNodes())) {
      copy.appendChild(n);
    }
    if (copy.childrenSize() > 0) {
      List<Element> media = new ArrayList<>();
      for (Element e : Dom.elements(copy)) {
        if (NOT_IN_TEXT.contains(e.normalName())) {
          media.add(e);
        }
      }
      media.forEach(Element::remove);
    }
    return copy;
  }

  /**
   * A list, unless it is mostly links: then it is a link list (navigation, related stories), or,
   * with a single item, one linked line that {@link Blocks} keeps only inside the flow of the text.
   */
  private void list(Element list) {
    boolean linked = stats.linkDensity(list) > 0.5;
    if (linked && list.childrenSize() > 1 || stats.text(list) == 0) {
      return;
    }
    Element copy = new Element(list.normalName());
    List<String> lines = new ArrayList<>();
    for (Element li : list.children()) {
      Element item = copyOf(li, "li");
      item.select("picture").remove();
      String text = InlineText.of(item);
      if (!text.isEmpty() && !Phrases.boilerplate(text)) {
        copy.appendChild(item);
        lines.add(text);
      }
    }
    if (!lines.isEmpty()) {
      blocks.add(linked ? Blocks.Kind.LINK : Blocks.Kind.TEXT, copy, lines);
    }
  }

  private void table(Element table) {
    if (!table.select("table table").isEmpty()) {
      walk(table);
      return;
    }
    List<String> lines = new ArrayList<>();
    for (Element row : table.select("tr")) {
      String text = normalize(String.join(" ", row.select("th, td").eachText()));
      if (!text.isEmpty()) {
        lines.add(text);
      }
    }
    blocks.add(Blocks.Kind.TEXT, table, lines);
  }

  private void figure(Element figure) {
    Element img = figure.selectFirst("img[src]");
    if (img == null) {
      return;
    }
    Element copy = new Element("figure");
    copy.appendChild(img);
    Element caption = figure.selectFirst("figcaption");
    if (caption != null && !caption.text().isBlank()) {
      copy.appendElement("figcaption").text(normalize(caption.text()));
    }
    blocks.add(Blocks.Kind.MEDIA, copy, List.of());
  }

  /** The headline, give or take case, punctuation and a site name after it. */
  private boolean sameAsTitle(String text) {
    if (title.isEmpty() || text.length() > title.length() + 10) {
      return false;
    }
    String a = loose(text);
    return a.equals(looseTitle) || a.length() >= 20 && looseTitle.startsWith(a);
  }

  private static String loose(String s) {
    return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** {@code text} with every run of white space (no-break spaces too) made one space, and trimmed. */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
