package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Grows the best-scoring block to the whole article when the page split it into sibling blocks:
 * text, image, text; a first paragraph before the lead image; one block per paragraph; parts with
 * the same class. From the winner it climbs through wrappers (parents that add little text of their
 * own) and, at the first level where siblings belong to the article, takes their parent with the
 * siblings that do not belong removed.
 *
 * <p>A sibling belongs when it is the same component as the winner or as the winner's paragraphs
 * (same first class, or a wrapper round one such) and holds prose; when it comes after the winner
 * and is prose (sentences, few links, not a teaser card); or when it only holds an image, whose
 * caption the pruner deals with. Headings, lists and quotes between joined blocks join too. A
 * short tail that a thematic break opens is left out ({@link #cutAtRule}).
 */
final class SiblingMerger {
  private static final int MAX_LEVELS = 4;
  /** A parent whose other children add more than this share of the block's text is not a wrapper. */
  private static final double WRAPPER_EXTRA = 0.25;

  /** Blocks of text: a list item inside a quote is counted once, with the quote. */
  private static final Set<String> PROSE_BLOCKS = Set.of("p", "pre", "blockquote", "li");

  private final TextStats stats;

  SiblingMerger(TextStats stats) {
    this.stats = stats;
  }

  Element merge(Element top) {
    Element unit = top;
    for (int level = 0; level < MAX_LEVELS; level++) {
      Element parent = unit.parent();
      if (parent == null || "body".equals(parent.normalName()) || "html".equals(parent.normalName())) {
        break;
      }
      List<Element> strangers = strangers(parent.children(), unit);
      if (strangers.size() < parent.childrenSize() - 1 && joinsText(parent.children(), strangers, unit)) {
        for (Element s : strangers) {
          stats.remove(s);
        }
        return parent;
      }
      if (stats.text(parent) - stats.text(unit) > stats.text(unit) * WRAPPER_EXTRA) {
        break;
      }
      unit = parent;
    }
    return top;
  }

  /**
   * The siblings of {@code unit} that are not part of the article. A heading belongs when the block
   * it introduces does; a list, table or quote that is not mostly links belongs when it lies between
   * two blocks that do.
   */
  private List<Element> strangers(List<Element> siblings, Element unit) {
    Set<String> kinds = kinds(unit);
    boolean[] in = new boolean[siblings.size()];
    boolean after = false;
    for (int i = 0; i < siblings.size(); i++) {
      Element s = siblings.get(i);
      if (s == unit) {
        in[i] = true;
        after = true;
      } else {
        in[i] = belongs(s, kinds, after);
      }
    }
    cutAtRule(siblings, in, siblings.indexOf(unit));
    for (int i = siblings.size() - 2; i >= 0; i--) {
      if (!in[i] && siblings.get(i).normalName().matches("h[2-6]") && in[i + 1]) {
        in[i] = true;
      }
    }
    for (int i = 1; i < siblings.size() - 1; i++) {
      Element s = siblings.get(i);
      if (!in[i] && in[i - 1] && stats.linkDensity(s) < 0.5 && !Listing.isListing(s, stats)
          && !Boilerplate.negative(s) && s.normalName().matches("ul|ol|dl|table|blockquote|pre|figure")) {
        for (int j = i + 1; j < siblings.size(); j++) {
          if (in[j]) {
            in[i] = true;
            break;
          }
        }
      }
    }
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < siblings.size(); i++) {
      if (!in[i]) {
        out.add(siblings.get(i));
      }
    }
    return out;
  }

  /**
   * Leaves out a short tail that a block after the article opens with a thematic break: the "about
   * us" paragraph of a press release, a "first published at" note, fine print. A rule standing
   * alone between blocks is not enough (pages divide an article's sections that way), and neither
   * is a tail holding half as much text as the article before it, which is more likely a section
   * of the article than an appendix to it.
   */
  private void cutAtRule(List<Element> siblings, boolean[] in, int unit) {
    int rule = -1;
    for (int i = unit + 1; i < siblings.size() && rule < 0; i++) {
      if (in[i] && !"hr".equals(siblings.get(i).normalName()) && opensWithRule(siblings.get(i))) {
        rule = i;
      }
    }
    if (rule < 0) {
      return;
    }
    int before = 0;
    int tail = 0;
    for (int i = 0; i < siblings.size(); i++) {
      if (in[i]) {
        if (i < rule) {
          before += stats.text(siblings.get(i));
        } else {
          tail += stats.text(siblings.get(i));
        }
      }
    }
    if (tail * 2 < before) {
      for (int i = rule; i < siblings.size(); i++) {
        in[i] = false;
      }
    }
  }

  /** Whether {@code el} is, or starts with, a thematic break ({@code <hr>}) before any text or image. */
  private static boolean opensWithRule(Element el) {
    Element e = el;
    while (true) {
      if ("hr".equals(e.normalName())) {
        return true;
      }
      Node first = null;
      for (Node n : e.childNodes()) {
        if (!(n instanceof TextNode t && t.isBlank()) && !(n instanceof Comment)) {
          first = n;
          break;
        }
      }
      if (!(first instanceof Element child)) {
        return false;
      }
      e = child;
    }
  }

  /** Whether a sibling with text of its own was joined, not just images. */
  private boolean joinsText(List<Element> siblings, List<Element> strangers, Element unit) {
    for (Element s : siblings) {
      if (s != unit && stats.text(s) > 0 && !strangers.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a sibling belongs to the article. Before the winning block, only the same component as
   * it or its paragraphs counts (or a bare paragraph): text there set differently is the header's
   * (a standfirst, a byline). After it, any prose continues the article.
   */
  private boolean belongs(Element sibling, Set<String> kinds, boolean after) {
    int text = stats.text(sibling);
    if (text == 0) {
      return !sibling.select("img, picture, video").isEmpty();
    }
    double links = stats.linkDensity(sibling);
    if (sameKind(sibling, kinds)) {
      // The same component again (one per paragraph, or text after an image), if it holds prose:
      // layout classes ("container", "row") repeat too, around headers and ads.
      return links < 0.5 && !Listing.isListing(sibling, stats) && isProse(sibling, text);
    }
    if (!after && !"p".equals(sibling.normalName())) {
      return false;
    }
    if (links >= 0.25 || Listing.isCard(sibling, stats) || Listing.isListing(sibling, stats)
        || Boilerplate.negative(sibling) || sibling.normalName().matches("h[1-6]|header|footer|nav|aside|ul|ol")) {
      return false;
    }
    return isProse(sibling, text);
  }

  /**
   * Sentences: a paragraph, or a block most of whose text sits in paragraphs, headings, lists and
   * quotes, ending like a sentence.
   */
  private boolean isProse(Element el, int text) {
    String t = el.text().strip();
    boolean sentence = !t.isEmpty() && ".!?…:;)\"”’»。！？」".indexOf(t.charAt(t.length() - 1)) >= 0;
    if ("p".equals(el.normalName()) || ContentFinder.isParagraphLike(el)) {
      return sentence;
    }
    int inBlocks = 0;
    for (Element b : el.select("p, pre, blockquote, li, h2, h3, h4, h5, h6")) {
      if (b.parent() == null || !PROSE_BLOCKS.contains(b.parent().normalName())) {
        inBlocks += stats.text(b);
      }
    }
    return text >= 80 && inBlocks >= text * 0.6 && (sentence || sentences(t) >= 2);
  }

  /** Sentence ends inside {@code t}: a full stop, question or exclamation mark before a space. */
  private static int sentences(String t) {
    int n = 0;
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?' || c == '。') && Character.isWhitespace(t.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** The first classes of {@code unit} and of its children: the components the article is made of. */
  private static Set<String> kinds(Element unit) {
    Set<String> kinds = new HashSet<>();
    addKind(kinds, unit);
    for (Element child = unit.firstElementChild(); child != null; child = child.nextElementSibling()) {
      addKind(kinds, child);
    }
    return kinds;
  }

  private static void addKind(Set<String> kinds, Element el) {
    String first = firstClass(el);
    if (first != null) {
      kinds.add(first);
    }
  }

  private static String firstClass(Element el) {
    String classes = el.className().strip();
    if (classes.isEmpty()) {
      return null;
    }
    int space = classes.indexOf(' ');
    return space < 0 ? classes : classes.substring(0, space);
  }

  /** A sibling of one of those components, or a wrapper around a single one of them. */
  private static boolean sameKind(Element sibling, Set<String> kinds) {
    String first = firstClass(sibling);
    if (first != null && kinds.contains(first)) {
      return true;
    }
    Element only = sibling.childrenSize() == 1 ? sibling.child(0) : null;
    String inner = only == null ? null : firstClass(only);
    return inner != null && kinds.contains(inner);
  }
}
