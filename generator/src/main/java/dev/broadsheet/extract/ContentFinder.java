package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article. Every paragraph-like block scores by its length and
 * commas; the score flows to its parent, grandparent and great-grandparent; each candidate is then
 * weighted by its link density and its names. Listings of teaser cards, and the cards in them, are
 * set aside whatever their score. When the winner lies apart from the page's headline and a block
 * holding the headline has real paragraphs of its own, that block is the article. The winner then
 * grows to the sibling blocks the article was split into ({@link SiblingMerger}).
 */
final class ContentFinder {
  private static final Set<String> BLOCKS = Set.of("p", "pre", "blockquote", "td", "li", "div", "section", "article");
  private static final Set<String> CONTAINERS = Set.of("div", "section", "td", "article");
  static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "font", "u", "small", "sup", "sub",
      "mark", "abbr", "cite", "q", "time", "code", "s", "del", "ins", "br", "wbr");
  /** How many of the best candidates are checked for being listings (the check walks their children). */
  private static final int CHECKED = 12;

  private final String title;
  private final List<Element> h1s;
  private final TextStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /**
   * @param title the page's headline as the metadata gave it, or null
   * @param h1s the page's h1 headings before cleaning (those cleaning removed are ignored)
   * @param stats the page's text counts, kept up to date as siblings that are not the article go
   */
  ContentFinder(String title, List<Element> h1s, TextStats stats) {
    this.title = BodyWriter.normalize(title);
    this.h1s = h1s;
    this.stats = stats;
  }

  /** The article's container under {@code body}, or {@code body} itself when nothing scores. */
  Element find(Element body) {
    for (Element el : Dom.elements(body)) {
      if (BLOCKS.contains(el.normalName())) {
        score(el);
      }
    }
    if (scores.isEmpty()) {
      return body;
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      ranked.add(Map.entry(e.getKey(), weighted(e.getKey(), e.getValue())));
    }
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    List<Map.Entry<Element, Double>> best = new ArrayList<>();
    for (Map.Entry<Element, Double> e : ranked.subList(0, Math.min(CHECKED, ranked.size()))) {
      double factor = isTeaser(e.getKey()) ? 0.15 : 1;
      best.add(Map.entry(e.getKey(), e.getValue() * factor));
    }
    best.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    Element top = best.get(0).getKey();
    Element headed = besideHeadline(body, top, best.get(0).getValue(), best);
    return new SiblingMerger(stats).merge(headed != null ? headed : top);
  }

  private void score(Element el) {
    String name = el.normalName();
    String text = "p".equals(name) || "pre".equals(name) ? el.text() : ownText(el);
    if (text.length() < 25) {
      return;
    }
    double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
    // A paragraph credits its container; a div holding its own text is a container itself.
    Element target = CONTAINERS.contains(name) ? el : el.parent();
    for (int level = 0; level < 3 && target != null; level++, target = target.parent()) {
      scores.merge(target, score / (level == 0 ? 1 : level * 1.5), Double::sum);
    }
  }

  /** The final score of a candidate: its paragraphs' score, less its links, scaled by its names. */
  private double weighted(Element el, double raw) {
    double factor = 1;
    if (Boilerplate.positive(el)) {
      factor *= 1.3;
    }
    if (Boilerplate.negative(el)) {
      factor *= 0.4;
    }
    if ("article".equals(el.normalName()) || "main".equals(el.normalName())) {
      factor *= 1.2;
    }
    double links = stats.linkDensity(el);
    return raw * factor * (1 - links) * (1 - links);
  }

  /**
   * A listing of teaser cards, or one card of such a listing. A long block with few links is not
   * asked: the question walks three levels of its children, and listings link their cards.
   */
  private boolean isTeaser(Element el) {
    if (stats.linkDensity(el) < 0.1 && stats.text(el) > 3000) {
      return false;
    }
    if (Listing.isListing(el, stats)) {
      return true;
    }
    if (!Listing.isCard(el, stats)) {
      return false;
    }
    Element parent = el.parent();
    return parent != null && (Listing.isListing(parent, stats)
        || parent.parent() != null && Listing.isListing(parent.parent(), stats));
  }

  /**
   * A short article can lose on score to a block of teasers beside it that the listing test does
   * not recognise (tiles that open with a label rather than a headline). When the winner does not
   * hold the page's headline, a candidate apart from it that does, with two paragraphs or more and
   * a fifth of the winner's score, is taken instead.
   */
  private Element besideHeadline(Element body, Element top, double topScore, List<Map.Entry<Element, Double>> best) {
    Element headline = headline(body);
    if (headline == null || Dom.isAncestor(top, headline)) {
      return null;
    }
    for (Map.Entry<Element, Double> e : best) {
      Element c = e.getKey();
      if (e.getValue() >= topScore / 5 && c != top && Dom.isAncestor(c, headline) && !Dom.isAncestor(c, top)
          && paragraphs(c) >= 2) {
        return c;
      }
    }
    return null;
  }

  /** The h1 that carries the page's title, or the page's only h1. */
  private Element headline(Element body) {
    List<Element> h1s = new ArrayList<>();
    for (Element h : this.h1s) {
      if (Dom.isAncestor(body, h)) {
        h1s.add(h);
      }
    }
    for (Element h : h1s) {
      String text = BodyWriter.normalize(h.text());
      if (!text.isEmpty() && !title.isEmpty() && (title.contains(text) || text.contains(title))) {
        return h;
      }
    }
    return h1s.size() == 1 ? h1s.get(0) : null;
  }

  private int paragraphs(Element el) {
    int n = 0;
    for (Element p : el.select("p")) {
      if (stats.text(p) >= 40 && stats.linkDensity(p) < 0.3) {
        n++;
      }
    }
    return n;
  }

  /** A block whose own text is prose, not a container of other blocks. */
  static boolean isParagraphLike(Element el) {
    String name = el.normalName();
    if (Set.of("p", "pre", "blockquote", "li", "h2", "h3", "h4", "h5", "h6").contains(name)) {
      return true;
    }
    if (!Set.of("div", "section", "td", "article", "main", "span", "font", "center").contains(name)) {
      return false;
    }
    for (Element child : el.children()) {
      String c = child.normalName();
      if (c.equals("p") || c.equals("div") || c.equals("section") || c.equals("article") || c.equals("ul")
          || c.equals("ol") || c.equals("table") || c.equals("blockquote") || c.equals("pre") || c.equals("figure")
          || c.equals("dl") || c.startsWith("h")) {
        return false;
      }
    }
    for (Node n : el.childNodes()) {
      if (n instanceof TextNode t && !t.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The text directly inside {@code el}: its text nodes and inline children. */
  static String ownText(Element el) {
    StringBuilder text = new StringBuilder();
    for (Node n : el.childNodes()) {
      if (n instanceof TextNode t) {
        text.append(t.text());
      } else if (n instanceof Element child && INLINE.contains(child.normalName())) {
        text.append(child.text());
      }
    }
    return text.toString().strip();
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '，' || c == '、' || c == '،') {
        n++;
      }
    }
    return n;
  }
}
