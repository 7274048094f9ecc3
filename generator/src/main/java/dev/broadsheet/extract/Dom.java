package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/** Small DOM helpers the stages share. */
final class Dom {
  private Dom() {}

  /**
   * {@code root} and every element under it, in page order. Jsoup's {@code getAllElements()}
   * evaluates a selector at every node; a plain walk costs a fraction of that on a long page.
   */
  static List<Element> elements(Element root) {
    List<Element> all = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof Element el) {
        all.add(el);
      }
    }, root);
    return all;
  }

  static boolean isAncestor(Element ancestor, Element el) {
    for (Element p = el.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }
}
