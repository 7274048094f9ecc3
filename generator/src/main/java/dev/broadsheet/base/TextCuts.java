package dev.broadsheet.base;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a text may be cut short without splitting what a reader sees as one character: the two
 * halves of a surrogate pair (😀), a letter and its combining marks, an emoji and its skin tone or
 * variation selector, and emoji joined into one (👨‍👩‍👧). A cut inside one leaves a "?" or a
 * stray half on the page.
 */
public final class TextCuts {
  private static final char ZERO_WIDTH_JOINER = '\u200D';

  private TextCuts() {}

  /** The last place at or before {@code end} where {@code text} may be cut. */
  public static int boundary(String text, int end) {
    if (end <= 0 || end >= text.length() || !joined(text, end)) {
      return Math.max(0, Math.min(end, text.length()));
    }
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    int at = characters.isBoundary(end) ? end : characters.preceding(end);
    // The JDK's character breaks (before Java 20) part emoji a joiner holds together.
    while (at > 0 && at < text.length() && (text.charAt(at) == ZERO_WIDTH_JOINER || text.charAt(at - 1) == ZERO_WIDTH_JOINER)) {
      at = characters.preceding(at);
    }
    return Math.max(at, 0);
  }

  /** {@code text} cut at the last place at or before {@code end}, with "…" after it when anything was cut. */
  public static String shortened(String text, int end) {
    return text.length() <= end ? text : text.substring(0, boundary(text, end)) + "…";
  }

  /** Whether the characters either side of {@code end} may belong to one that a reader sees. */
  private static boolean joined(String text, int end) {
    char before = text.charAt(end - 1);
    char after = text.charAt(end);
    if (Character.isHighSurrogate(before) || Character.isLowSurrogate(after) || before == ZERO_WIDTH_JOINER
        || after == ZERO_WIDTH_JOINER || (after >= '\uFE00' && after <= '\uFE0F') || after == '\u20E3') {
      return true;
    }
    int type = Character.getType(after);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK || Character.isSurrogate(after);
  }
}
