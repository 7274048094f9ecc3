package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Removes what sits inside the article's container without being the article: blocks named like
 * boilerplate (never one that holds a large share of the container's text, never a part of a table),
 * listings of teaser cards, captions and photo credits next to their images, and link widgets
 * tucked inside paragraphs (a person's hover card with three headlines and "MORE").
 */
final class BodyPruner {
  /** Largest share of the container's plain text a block may hold and still be removed by its name. */
  private static final double NAMED_SHARE = 1 / 3.0;
  private static final Set<String> CAPTION_TAGS = Set.of("span", "small", "em", "i", "cite", "dd", "font", "b",
      "strong", "figcaption");
  private static final int MAX_CAPTION = 300;
  /** A caption's tell-tale ending or opening: a credit to a photographer or an agency. */
  private static final Pattern CREDITED = Vocabulary.EXTRACTOR.pattern("caption-credit");

  private final TextStats stats;
  private final Element root;
  private final int containerText;
  private final int containerPlain;
  private final List<Element> doomed = new ArrayList<>();
  private final List<Element> media = new ArrayList<>();
  private final List<Element> paragraphs = new ArrayList<>();

  private BodyPruner(Element root, TextStats stats) {
    this.root = root;
    this.stats = stats;
    this.containerText = stats.text(root);
    this.containerPlain = Math.max(1, PageCleaner.plain(stats, root));
  }

  /** Prunes {@code root}, the article's container, keeping {@code stats} up to date. */
  static void prune(Element root, TextStats stats) {
    BodyPruner pruner = new BodyPruner(root, stats);
    pruner.blocks();
    pruner.captions();
    pruner.widgets();
    for (Element el : pruner.doomed) {
      stats.remove(el);
    }
  }

  /**
   * One walk over the container: blocks named like boilerplate (and small enough), blocks named
   * like captions that read like one, and listings of teaser cards go; images and paragraphs are
   * noted for the caption and widget passes. Nothing inside a doomed block is looked at.
   */
  private void blocks() {
    Element last = null;
    for (Element el : Dom.elements(root)) {
      if (el == root || last != null && Dom.isAncestor(last, el)) {
        continue;
      }
      String tag = el.normalName();
      if ("img".equals(tag) || "picture".equals(tag) || "video".equals(tag)) {
        media.add(el);
      } else if ("p".equals(tag) || "li".equals(tag) || "blockquote".equals(tag)) {
        paragraphs.add(el);
      }
      if (!PageCleaner.TABLE_PARTS.contains(tag) && (named(el) || listing(el))) {
        doomed.add(el);
        last = el;
      }
    }
  }

  private boolean named(Element el) {
    int kinds = Boilerplate.kinds(el);
    if ((kinds & Boilerplate.NEGATIVE) != 0 && PageCleaner.plain(stats, el) < containerPlain * NAMED_SHARE
        && !PageCleaner.isQuote(el, stats)) {
      return true;
    }
    // A block named as a caption goes when it reads like one: a video card's title and summary
    // can sit in a block called "caption", and they are not a caption.
    return (kinds & Boilerplate.CAPTION) != 0 && isCaption(el);
  }

  /**
   * Blocks of teaser cards ("More politics stories", "You may also like") inside the article,
   * unless they are most of it: the finder sets listings aside, so one it still chose is the article.
   * A listing has three cards or more, so only blocks with three children or more are asked.
   */
  private boolean listing(Element el) {
    return hasThreeChildren(el) && stats.linkDensity(el) >= 0.35 && stats.text(el) < containerText / 2
        && Listing.isListing(el, stats);
  }

  private static boolean hasThreeChildren(Element el) {
    int n = 0;
    for (Element c = el.firstElementChild(); c != null && n < 3; c = c.nextElementSibling()) {
      n++;
    }
    return n >= 3;
  }

  /**
   * Captions and credits outside {@code <figcaption>}: a caption-like element (a span, a dd, a
   * credit line, a wholly emphasised line) that shares a small block with an image or stands right
   * next to it in the article's flow. A plain paragraph next to an image is text, not a caption.
   */
  private void captions() {
    for (Element m : media) {
      if (m.parent() == null) {
        continue;
      }
      Element unit = m;
      while (unit.parent() != null && unit.parent() != root && stats.text(unit.parent()) == 0) {
        unit = unit.parent();
      }
      Element holder = unit.parent();
      if (holder == null || "figure".equals(holder.normalName())) {
        continue;
      }
      if (holder != root && stats.text(holder) <= MAX_CAPTION && !hasOwnText(holder)) {
        for (Element child : holder.children()) {
          if (child != unit && isCaption(child)) {
            doomed.add(child);
          }
        }
        continue;
      }
      for (Element sibling : new Element[] {adjacent(unit, true), adjacent(unit, false)}) {
        if (sibling != null && isCaption(sibling)) {
          doomed.add(sibling);
        }
      }
    }
  }

  /**
   * The element right after (or before) {@code el} with only white space between them, else null:
   * with words between, the element is part of a sentence that runs past the image ("… but
   * <strong>you need no membership</strong>."), not a caption beside it.
   */
  private static Element adjacent(Element el, boolean after) {
    for (Node n = after ? el.nextSibling() : el.previousSibling(); n != null;
        n = after ? n.nextSibling() : n.previousSibling()) {
      if (n instanceof Element e) {
        return e;
      }
      if (n instanceof TextNode t && !t.isBlank()) {
        return null;
      }
    }
    return null;
  }

  /** Short text with no image or heading of its own, in a caption's tag or name or with a credit. */
  private boolean isCaption(Element el) {
    int text = stats.text(el);
    if (text == 0 || text > MAX_CAPTION || !el.select("img, picture, video, h1, h2, h3, h4, h5, h6").isEmpty()) {
      return false;
    }
    if (CAPTION_TAGS.contains(el.normalName()) || Boilerplate.caption(el)) {
      return true;
    }
    String t = el.text();
    return CREDITED.matcher(t).find() || wholly(el, "em", "i", "small");
  }

  /** Whether all of {@code el}'s text sits in one child of one of the given tags. */
  private boolean wholly(Element el, String... tags) {
    if (el.children().size() != 1 || hasOwnText(el)) {
      return false;
    }
    Element only = el.child(0);
    return Set.of(tags).contains(only.normalName()) && stats.text(only) >= stats.text(el) - 2;
  }

  private static boolean hasOwnText(Element el) {
    for (Node n : el.childNodes()) {
      if (n instanceof TextNode t && t.text().strip().length() > 2) {
        return true;
      }
    }
    return false;
  }

  /**
   * Link widgets inside paragraphs: an inline element, not itself a link, with three or more links,
   * two of them headline-long, and little else. Only the innermost such element goes, so the name
   * the widget hangs from stays in the sentence.
   */
  private void widgets() {
    List<Element> found = new ArrayList<>();
    for (Element p : paragraphs) {
      if (stats.linked(p) < 24) {
        continue; // a widget is forty characters or more, six in ten of them linked
      }
      for (Element el : Dom.elements(p)) {
        if (el != p && !"a".equals(el.normalName()) && isWidget(el)) {
          found.add(el);
        }
      }
    }
    for (Element el : found) {
      boolean innermost = true;
      for (Element other : found) {
        if (other != el && Dom.isAncestor(el, other)) {
          innermost = false;
          break;
        }
      }
      if (innermost) {
        doomed.add(el);
      }
    }
  }

  private boolean isWidget(Element el) {
    if (stats.text(el) < 40 || stats.linkDensity(el) < 0.6) {
      return false;
    }
    int links = 0;
    int headlines = 0;
    for (Element a : el.select("a")) {
      links++;
      if (BodyWriter.normalize(a.text()).split(" ").length >= 4) {
        headlines++;
      }
    }
    return links >= 3 && headlines >= 2;
  }
}
