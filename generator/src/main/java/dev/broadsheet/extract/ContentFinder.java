package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds the element that holds the article. Every paragraph-like block scores by its length and
 * commas; the score flows to its parent, grandparent and great-grandparent; each candidate is then
 * weighted by its link density and its class and id. When the best candidates share an ancestor
 * (an article split into several columns or interleaved with ads), that ancestor wins.
 */
final class ContentFinder {
  private static final Set<String> BLOCKS = Set.of("p", "pre", "blockquote", "td", "li", "div", "section", "article");
  static final Set<String> INLINE = Set.of("a", "span", "b", "strong", "i", "em", "font", "u", "small", "sup", "sub",
      "mark", "abbr", "cite", "q", "time", "code", "s", "del", "ins", "br", "wbr");

  private final Map<Element, Double> scores = new IdentityHashMap<>();

  /** The best container under {@code body}, or {@code body} itself when nothing scores. */
  Element find(Element body) {
    for (Element el : body.getAllElements()) {
      String name = el.normalName();
      if (!BLOCKS.contains(name) && !"p".equals(name)) {
        continue;
      }
      int own = ownTextLength(el);
      if (own < 25) {
        continue;
      }
      String text = "p".equals(name) || "pre".equals(name) ? el.text() : ownText(el);
      double score = 1 + commas(text) + Math.min(text.length() / 100.0, 3.0);
      // A paragraph credits its container; a div holding its own text is a container itself.
      boolean container = "div".equals(name) || "section".equals(name) || "td".equals(name) || "article".equals(name);
      Element target = container ? el : el.parent();
      for (int level = 0; level < 3 && target != null; level++, target = target.parent()) {
        scores.merge(target, score / (level == 0 ? 1 : level * 1.5), Double::sum);
      }
    }
    List<Map.Entry<Element, Double>> ranked = new ArrayList<>();
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      ranked.add(Map.entry(e.getKey(), weighted(e.getKey(), e.getValue())));
    }
    if (ranked.isEmpty()) {
      return body;
    }
    ranked.sort((a, b) -> Double.compare(b.getValue(), a.getValue()));
    Element top = ranked.get(0).getKey();
    double topScore = ranked.get(0).getValue();
    return promote(top, topScore, ranked);
  }

  /** The final score of a candidate: its paragraphs' score, less its links, scaled by its names. */
  double weighted(Element el, double raw) {
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
    double links = linkDensity(el);
    return raw * factor * (1 - links) * (1 - links);
  }

  /**
   * Climbs from {@code top} to an ancestor that also holds at least two other strong candidates,
   * so that an article split across sibling containers is taken whole.
   */
  private Element promote(Element top, double topScore, List<Map.Entry<Element, Double>> ranked) {
    List<Element> strong = new ArrayList<>();
    for (Map.Entry<Element, Double> e : ranked) {
      Element candidate = e.getKey();
      // Only separate branches count: nested candidates are the same text seen at another level.
      boolean list = "ul".equals(candidate.normalName()) || "ol".equals(candidate.normalName());
      if (!list && e.getValue() >= topScore * 0.5 && candidate != top && !isAncestor(candidate, top)
          && !isAncestor(top, candidate)) {
        strong.add(candidate);
      }
      if (strong.size() >= 6) {
        break;
      }
    }
    Element best = top;
    Element ancestor = top.parent();
    for (int depth = 0; ancestor != null && depth < 4 && !"body".equals(ancestor.normalName()); depth++) {
      int held = 0;
      for (Element s : strong) {
        if (isAncestor(ancestor, s)) {
          held++;
        }
      }
      if (held >= 1) {
        best = ancestor;
        break;
      }
      ancestor = ancestor.parent();
    }
    return best;
  }

  private static boolean isAncestor(Element ancestor, Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
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
          || c.startsWith("h")) {
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

  /** Length of the text directly inside {@code el}: its text nodes and inline children. */
  static int ownTextLength(Element el) {
    return ownText(el).length();
  }

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

  static double linkDensity(Element el) {
    int total = el.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    Elements links = el.select("a");
    for (Element a : links) {
      linked += a.text().length();
    }
    return Math.min(1.0, (double) linked / total);
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
