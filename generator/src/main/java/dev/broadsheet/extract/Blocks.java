package dev.broadsheet.extract;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The blocks of a body in order, and the decisions that need to see them all: a heading left with
 * nothing under it (its list of links was removed) goes, and so do the author's biography and
 * contact lines at the end, which read like sentences but are not the article. A lone linked line
 * stays only inside the flow of the text (a paragraph before it, a paragraph or heading after it):
 * there it is the article's own pointer ("Get it at …", a story it refers to), while at either edge
 * of the body it is a button or a link bar.
 */
final class Blocks {
  /** How many text blocks at the end are looked at for a biography or contact line. */
  private static final int TAIL = 3;

  /** LINK: a list of one linked item, which is text only where {@link #inFlow} says so. */
  enum Kind { TEXT, HEADING, MEDIA, LINK }

  /** One block: its clean HTML and its lines of text. */
  record Block(Kind kind, Element html, List<String> lines) {
    Block {
      lines = List.copyOf(lines);
    }

    String text() {
      return String.join(" ", lines);
    }
  }

  private final List<Block> blocks = new ArrayList<>();

  void add(Kind kind, Element html, List<String> lines) {
    blocks.add(new Block(kind, html, lines));
  }

  boolean hasText() {
    return blocks.stream().anyMatch(b -> b.kind() == Kind.TEXT);
  }

  /** The blocks that stay. */
  List<Block> kept() {
    List<Block> kept = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (b.kind() != Kind.LINK) {
        kept.add(b);
      } else if (inFlow(i)) {
        kept.add(new Block(Kind.TEXT, b.html(), b.lines()));
      }
    }
    int seen = 0;
    for (int i = kept.size() - 1; i >= 0 && seen < TAIL; i--) {
      Block b = kept.get(i);
      if (b.kind() == Kind.TEXT) {
        seen++;
        if (b.lines().size() == 1 && Phrases.bio(b.text())) {
          kept.remove(i);
        }
      }
    }
    // A heading followed by another of the same or a higher level, or by nothing, heads nothing.
    for (int i = kept.size() - 1; i >= 0; i--) {
      Block b = kept.get(i);
      if (b.kind() == Kind.HEADING && orphan(b, i + 1 < kept.size() ? kept.get(i + 1) : null)) {
        kept.remove(i);
      }
    }
    return kept;
  }

  /** Whether block {@code i} has text before it and text or a heading after it, media aside. */
  private boolean inFlow(int i) {
    Kind after = neighbour(i, 1);
    return neighbour(i, -1) == Kind.TEXT && (after == Kind.TEXT || after == Kind.HEADING);
  }

  /** The kind of the nearest block before ({@code step} -1) or after (+1) block {@code i}, media aside. */
  private Kind neighbour(int i, int step) {
    for (int j = i + step; j >= 0 && j < blocks.size(); j += step) {
      if (blocks.get(j).kind() != Kind.MEDIA) {
        return blocks.get(j).kind();
      }
    }
    return null;
  }

  private static boolean orphan(Block heading, Block next) {
    if (next == null) {
      return true;
    }
    if (next.kind() != Kind.HEADING) {
      return false;
    }
    return level(next) <= level(heading);
  }

  private static int level(Block heading) {
    return heading.html().normalName().charAt(1) - '0';
  }
}
