package dev.broadsheet.feed;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * One linear pass over a document's elements that copies it while repairing it: an end tag that
 * closes several open elements closes each of them, a stray end tag is dropped, a bare '<' in text
 * is escaped. It notes where the root element ends, where the last complete item or entry ends
 * (with the elements still open there), the deepest nesting, and an unclosed CDATA section. It is
 * iterative, so hostile nesting cannot overflow the stack.
 */
final class TagScanner {
  private final String text;
  private final int start;
  private final StringBuilder out;
  private final Deque<String> open = new ArrayDeque<>();
  /** For each open element, whether an element was opened inside it: one that holds only text may have a misspelled end tag. */
  private final Deque<Boolean> hasChildren = new ArrayDeque<>();
  /** Where the first repair was made, or -1. */
  private int firstRepairAt = -1;
  private final Set<String> prefixes = new LinkedHashSet<>();
  private int repairs;
  private int lastItemEnd = -1;
  private List<String> openAtLastItem = List.of();
  private int unclosedCdataAt = -1;
  private int stoppedAt;
  private boolean insideMarkup;

  TagScanner(String text, int start) {
    this.text = text;
    this.start = start;
    this.out = new StringBuilder(text.length() - start + 64);
  }

  /**
   * What the scan found; {@link #repaired()} is the document from its root element on. The line
   * where the scan stopped is only counted (a pass over the whole document) when it was cut off,
   * the one case a message names it; otherwise it is 0.
   */
  record Result(
      String repaired,
      boolean truncated,
      boolean trailing,
      int repairs,
      int firstRepairLine,
      int lastItemEnd,
      List<String> openAtLastItem,
      int unclosedCdataLine,
      int line,
      List<String> prefixes,
      boolean insideMarkup,
      List<String> openAtStop) {

    String closedAfterLastItem() {
      return close(repaired.substring(0, lastItemEnd), openAtLastItem);
    }

    /** Everything read up to where the text stopped, with the elements open there closed. */
    String closedAtStop() {
      return close(repaired, openAtStop);
    }

    private static String close(String text, List<String> open) {
      StringBuilder closed = new StringBuilder(text);
      for (String name : open) {
        closed.append("</").append(name).append('>');
      }
      return closed.toString();
    }
  }

  Result scan() throws FeedException {
    int i = start;
    boolean ended = false;
    while (i < text.length()) {
      int lt = text.indexOf('<', i);
      if (lt < 0) {
        out.append(text, i, text.length());
        i = text.length();
        break;
      }
      out.append(text, i, lt);
      int next = markup(lt);
      if (next < 0) {
        i = lt;
        break;
      }
      i = next;
      if (open.isEmpty()) {
        ended = true;
        break;
      }
    }
    stoppedAt = i;
    boolean trailing = ended && !onlyMisc(text.substring(i));
    return new Result(out.toString(), !ended, trailing, repairs, firstRepairAt < 0 ? 0 : lineAt(firstRepairAt),
        lastItemEnd, openAtLastItem,
        unclosedCdataAt < 0 ? 0 : lineAt(unclosedCdataAt), ended ? 0 : lineAt(stoppedAt), List.copyOf(prefixes),
        insideMarkup, new ArrayList<>(open));
  }

  /**
   * Whether {@code rest}, after the root element, is what XML allows there: white space,
   * comments and processing instructions.
   */
  private static boolean onlyMisc(String rest) {
    return rest.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>", "").isBlank();
  }

  /** Copies the markup at {@code lt}; returns the index after it, or -1 when the text ends inside it. */
  private int markup(int lt) throws FeedException {
    if (text.startsWith("<!--", lt)) {
      return copyUntil(lt, "-->");
    }
    if (text.startsWith("<![CDATA[", lt)) {
      int end = copyUntil(lt, "]]>");
      if (end < 0) {
        unclosedCdataAt = lt;
      }
      return end;
    }
    if (text.startsWith("<?", lt)) {
      return copyUntil(lt, "?>");
    }
    if (text.startsWith("<!", lt)) {
      return copyUntil(lt, ">");
    }
    if (text.startsWith("</", lt)) {
      int gt = text.indexOf('>', lt);
      if (gt < 0) {
        return -1;
      }
      close(text.substring(lt + 2, gt).strip(), lt);
      return gt + 1;
    }
    char c = lt + 1 < text.length() ? text.charAt(lt + 1) : ' ';
    if (!(Character.isLetter(c) || c == '_' || c == ':')) {
      out.append("&lt;");
      repaired(lt);
      return lt + 1;
    }
    int gt = tagEnd(lt);
    if (gt < 0) {
      return -1;
    }
    String tag = text.substring(lt, gt + 1);
    String name = nameOf(tag);
    notePrefixes(name, tag);
    out.append(tag);
    if (!hasChildren.isEmpty()) {
      hasChildren.pop();
      hasChildren.push(true);
    }
    if (!tag.endsWith("/>")) {
      open.push(name);
      hasChildren.push(false);
      if (open.size() > XmlRepair.MAX_DEPTH) {
        throw new FeedException("elements are nested more than " + XmlRepair.MAX_DEPTH
            + " levels deep (line " + lineAt(lt) + "); refusing to read such a document");
      }
    }
    return gt + 1;
  }

  private void close(String name, int at) {
    if (!open.contains(name)) {
      repaired(at);
      // An element that holds only text ends here under a misspelled name ("<title>…</titel>"):
      // left open, it would swallow the item's link, date and summary. Any other stray end tag is dropped.
      if (!open.isEmpty() && !hasChildren.peek() && misspelled(name, open.peek())) {
        name = open.peek();
      } else {
        return;
      }
    }
    while (!open.isEmpty()) {
      String top = open.pop();
      hasChildren.pop();
      out.append("</").append(top).append('>');
      boolean item = "item".equals(XmlRepair.localName(top)) || "entry".equals(XmlRepair.localName(top));
      if (item && open.size() <= 3) {
        lastItemEnd = out.length();
        openAtLastItem = new ArrayList<>(open);
      }
      if (top.equals(name)) {
        return;
      }
      repaired(at);
    }
  }

  /**
   * Whether {@code written} is {@code meant} in other capitals, or with a letter (two, in a name of
   * six or more) wrong, missing, extra or swapped. Names shorter than four letters are too alike
   * ("b", "br", "bdi") to tell a misspelling from another element.
   */
  static boolean misspelled(String written, String meant) {
    if (written.equalsIgnoreCase(meant)) {
      return true;
    }
    written = written.toLowerCase(java.util.Locale.ROOT);
    meant = meant.toLowerCase(java.util.Locale.ROOT);
    int allowed = meant.length() >= 6 ? 2 : 1;
    if (meant.length() < 4 || written.isEmpty() || written.charAt(0) != meant.charAt(0)
        || Math.abs(written.length() - meant.length()) > allowed) {
      return false;
    }
    // Optimal string alignment distance (a swap of two neighbours counts once): names are short.
    int[][] d = new int[written.length() + 1][meant.length() + 1];
    for (int i = 0; i <= written.length(); i++) {
      for (int j = 0; j <= meant.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = written.charAt(i - 1) == meant.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && written.charAt(i - 1) == meant.charAt(j - 2) && written.charAt(i - 2) == meant.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[written.length()][meant.length()] <= allowed;
  }

  private void repaired(int at) {
    if (repairs++ == 0) {
      firstRepairAt = at;
    }
  }

  private int copyUntil(int from, String terminator) {
    int end = text.indexOf(terminator, from + 2);
    if (end < 0) {
      insideMarkup = true;
      return -1;
    }
    int after = end + terminator.length();
    out.append(text, from, after);
    return after;
  }

  /** The '>' that ends the start tag at {@code lt}, skipping quoted attribute values. */
  private int tagEnd(int lt) {
    char quote = 0;
    for (int j = lt + 1; j < text.length(); j++) {
      char ch = text.charAt(j);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        return j;
      } else if (ch == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static String nameOf(String tag) {
    int end = 1;
    while (end < tag.length() && !Character.isWhitespace(tag.charAt(end)) && tag.charAt(end) != '>'
        && tag.charAt(end) != '/') {
      end++;
    }
    return tag.substring(1, end);
  }

  private void notePrefixes(String name, String tag) {
    int colon = name.indexOf(':');
    if (colon > 0) {
      prefixes.add(name.substring(0, colon));
    }
    if (tag.indexOf(':') > 0) {
      Matcher m = XmlRepair.prefixedAttribute().matcher(tag);
      while (m.find()) {
        prefixes.add(m.group(1));
      }
    }
  }

  private int lineAt(int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}
