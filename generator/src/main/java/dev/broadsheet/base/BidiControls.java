package dev.broadsheet.base;

/**
 * Unicode's explicit direction controls made to end where their text ends. An embedding (U+202A,
 * U+202B), override (U+202D, U+202E) or isolate (U+2066 to U+2068) that a headline or a name
 * opens and never closes runs on into whatever follows it: a page's {@code <title>} ("‮headline
 * · Site" showed the site's name reversed), a byline, a terminal. Each left open is closed at the
 * end of its text, and a closing control with nothing to close is dropped; text that writes them
 * in pairs is left as it is. Marks (U+200E, U+200F, U+061C) open nothing and stay.
 */
public final class BidiControls {
  private static final char PDF = '\u202C';
  private static final char PDI = '\u2069';

  private BidiControls() {}

  /** {@code text} with every direction control it opens closed within it; null stays null. */
  public static String closed(String text) {
    if (text == null || !hasAny(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 4);
    // What is open, innermost last: PDF for an embedding or override, PDI for an isolate.
    StringBuilder open = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == PDF) {
        if (open.length() > 0 && open.charAt(open.length() - 1) == PDF) {
          open.setLength(open.length() - 1);
          out.append(c);
        }
      } else if (c == PDI) {
        int isolate = open.lastIndexOf(String.valueOf(PDI));
        if (isolate >= 0) {
          // An isolate's end closes the embeddings opened inside it too.
          open.setLength(isolate);
          out.append(c);
        }
      } else {
        if (c >= '\u202A' && c <= '\u202E') {
          open.append(PDF);
        } else if (c >= '\u2066' && c <= '\u2068') {
          open.append(PDI);
        }
        out.append(c);
      }
    }
    for (int k = open.length() - 1; k >= 0; k--) {
      out.append(open.charAt(k));
    }
    String balanced = out.toString();
    return balanced.equals(text) ? text : balanced;
  }

  private static boolean hasAny(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069') {
        return true;
      }
    }
    return false;
  }
}
