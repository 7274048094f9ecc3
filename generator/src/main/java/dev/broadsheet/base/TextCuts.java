package dev.broadsheet.base;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * Where a text may be cut short without splitting what a reader sees as one character: the two
 * halves of a surrogate pair (😀), a letter and its combining marks, an emoji and its skin tone or
 * variation selector, emoji joined into one (👨‍👩‍👧) and a flag's two letters (🇫🇷). A cut inside
 * one leaves a "?" or a stray half on the page.
 */
public final class TextCuts {
  private static final char ZERO_WIDTH_JOINER = '\u200D';
  private static final int LONGEST_CHARACTER = 64;

  private TextCuts() {}

  /** The last place at or before {@code end} where {@code text} may be cut. */
  public static int boundary(String text, int end) {
    if (end <= 0 || end >= text.length() || !joined(text, end)) {
      return Math.max(0, Math.min(end, text.length()));
    }
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    int at = characters.isBoundary(end) ? end : characters.preceding(end);
    // The JDK's character breaks (before Java 20) part what later Unicode keeps together: an emoji
    // and its skin tone or its tag characters (England's flag), emoji a joiner holds together, and
    // the two letters of a flag.
    while (at > 0 && at < text.length() && (extends_(text.codePointAt(at))
        || (text.charAt(at - 1) == ZERO_WIDTH_JOINER && pictographic(text.codePointAt(at))) || splitsFlag(text, at))) {
      at = characters.preceding(at);
    }
    // A run of one character beyond reason (a real one is at most a few dozen units, a family of
    // four with skin tones): cut inside it rather than lose the text before it.
    if (end - at > LONGEST_CHARACTER) {
      at = Character.isLowSurrogate(text.charAt(end)) ? end - 1 : end;
    }
    return Math.max(at, 0);
  }

  /** Whether {@code c} belongs to the character before it: a skin tone, a tag character, a joiner, a variation selector. */
  private static boolean extends_(int c) {
    return (c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xE0020 && c <= 0xE007F) || c == ZERO_WIDTH_JOINER
        || (c >= 0xFE00 && c <= 0xFE0F) || c == 0x20E3;
  }

  /** Whether {@code c} is a picture a joiner may join to the one before (an approximation of Extended_Pictographic). */
  private static boolean pictographic(int c) {
    return c >= 0x1F000 || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2300 && c <= 0x23FF) || (c >= 0x2B00 && c <= 0x2BFF)
        || c == 0x00A9 || c == 0x00AE || c == 0x3030 || c == 0x303D;
  }

  /** Whether {@code at} falls between the two regional indicators of one flag (an odd number of them before it). */
  private static boolean splitsFlag(String text, int at) {
    if (!regional(text.codePointAt(at))) {
      return false;
    }
    int before = 0;
    for (int i = at; i >= 2 && regional(text.codePointBefore(i)); i -= 2) {
      before++;
    }
    return before % 2 == 1;
  }

  private static boolean regional(int c) {
    return c >= 0x1F1E6 && c <= 0x1F1FF;
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
