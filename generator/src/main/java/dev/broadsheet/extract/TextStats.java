package dev.broadsheet.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text and link-text lengths of every element under a root, counted in one walk and kept up to
 * date as blocks are removed ({@link #remove}). Asking {@code el.text()} of every element instead
 * costs time in proportion to the page's depth times its size, which on a long encyclopedia page is
 * most of the extraction time. Elements added later (a paragraph the writer assembles) are counted
 * when asked.
 */
final class TextStats {
  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  TextStats(Element root) {
    count(root);
  }

  /** Characters of text under {@code el}, whitespace runs counted once (as {@code el.text()} does). */
  int text(Element el) {
    int[] c = counts.get(el);
    return c == null ? BodyWriter.normalize(el.text()).length() : c[0];
  }

  /** Characters of text under {@code el} that sit inside links. */
  int linked(Element el) {
    int[] c = counts.get(el);
    if (c == null) {
      int linked = 0;
      for (Element a : el.select("a")) {
        linked += a.text().length();
      }
      return linked;
    }
    return c[1];
  }

  /** Removes {@code el} from the page, and its text from its ancestors' counts. */
  void remove(Element el) {
    int[] own = counts.get(el);
    if (own != null) {
      for (Element p = el.parent(); p != null; p = p.parent()) {
        int[] c = counts.get(p);
        if (c == null) {
          break;
        }
        c[0] -= own[0];
        c[1] -= "a".equals(p.normalName()) ? own[0] : own[1];
      }
    }
    el.remove();
  }

  /** Share of {@code el}'s text that is link text, 0 for an element without text. */
  double linkDensity(Element el) {
    int text = text(el);
    return text == 0 ? 0 : Math.min(1.0, (double) linked(el) / text);
  }

  /** Counts bottom-up as the walk leaves each node (iteratively: pages can nest very deep). */
  private void count(Element root) {
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element el) {
          counts.put(el, new int[2]);
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node == root) {
          return;
        }
        int[] parent = counts.get((Element) node.parent());
        if (node instanceof TextNode t) {
          parent[0] += collapsedLength(t.getWholeText());
        } else if (node instanceof Element el) {
          int[] own = counts.get(el);
          if ("a".equals(el.normalName())) {
            own[1] = own[0];
          }
          parent[0] += own[0];
          parent[1] += own[1];
        }
      }
    }, root);
    if ("a".equals(root.normalName())) {
      counts.get(root)[1] = counts.get(root)[0];
    }
  }

  /** Length with each whitespace run counted as one character. */
  private static int collapsedLength(String s) {
    int len = 0;
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ws = Character.isWhitespace(c) || c == '\u00a0';
      if (!ws || !space) {
        len++;
      }
      space = ws;
    }
    return len;
  }
}
