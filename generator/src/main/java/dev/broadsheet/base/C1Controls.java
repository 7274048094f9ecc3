package dev.broadsheet.base;

import java.nio.charset.Charset;

/**
 * The control characters U+0080 to U+009F, which text never means: they are windows-1252's
 * punctuation passed through a Latin-1 step ("don\u0092t" for "don’t"), as a publisher's tools
 * left them in a feed. Browsers read those bytes as windows-1252; text read from feeds and pages
 * gets the characters meant, and loses the five codes that windows-1252 leaves undefined.
 */
public final class C1Controls {
  /** For each code from U+0080, windows-1252's character for that byte, or 0 for none. */
  private static final char[] MEANT = meant();

  private C1Controls() {}

  /** {@code text} with each C1 control replaced by the character meant; the same instance when it has none; null for null. */
  public static String asMeant(String text) {
    if (text == null) {
      return null;
    }
    int first = CharRanges.first(text, '\u0080', '\u009F');
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F) {
        char meant = MEANT[c - 0x80];
        if (meant != 0) {
          out.append(meant);
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static char[] meant() {
    char[] meant = new char[0x20];
    Charset windows1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0x9F; b++) {
      String decoded = new String(new byte[] {(byte) b}, windows1252);
      char c = decoded.length() == 1 ? decoded.charAt(0) : 0;
      // Undefined bytes decode to themselves or to U+FFFD: nothing is meant by them.
      meant[b - 0x80] = c == b || c == '\uFFFD' ? 0 : c;
    }
    return meant;
  }
}
