package dev.broadsheet.base;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text that XML 1.0 can carry. Feeds, front matter and web pages hand us control characters,
 * U+FFFE and lone surrogates; HTML browsers shrug at them, but one of them in a feed item makes the
 * XML writer refuse the whole feed. Text is cleaned where it enters, so nothing stored or rendered
 * holds such a character.
 */
public final class XmlText {
  /**
   * A numeric character reference. The semicolon is optional, as HTML reads it: "&#1 " is the
   * character U+0001 to a browser and to every later parse of the HTML.
   */
  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));?");

  private XmlText() {}

  /**
   * Whether XML 1.0 allows {@code codePoint}: tab, line feed, carriage return, and everything from
   * U+0020 up but the surrogates, U+FFFE and U+FFFF.
   */
  public static boolean isAllowed(int codePoint) {
    return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  /** The index of the first character XML cannot carry (a lone surrogate counts), or -1. */
  public static int firstDisallowed(String text) {
    if (text == null) {
      return -1;
    }
    // Copied out in chunks and read eight characters a test: every summary and body passes through
    // here when a feed or a day file of the store is parsed, and under the quick (C1) compiler the CLI runs with a
    // loop over an array is several times faster than charAt, and an unrolled one 1.7 times
    // faster again. A character from U+0020 to U+D7FF is plain: (char) (c - 0x20) < 0xD7E0.
    char[] chunk = new char[Math.min(text.length(), 8192)];
    int n = text.length();
    for (int start = 0; start < n; ) {
      int length = Math.min(chunk.length, n - start);
      text.getChars(start, start + length, chunk, 0);
      int k = 0;
      while (k < length) {
        if (k + 8 <= length && (char) (chunk[k] - 0x20) < 0xD7E0 && (char) (chunk[k + 1] - 0x20) < 0xD7E0
            && (char) (chunk[k + 2] - 0x20) < 0xD7E0 && (char) (chunk[k + 3] - 0x20) < 0xD7E0
            && (char) (chunk[k + 4] - 0x20) < 0xD7E0 && (char) (chunk[k + 5] - 0x20) < 0xD7E0
            && (char) (chunk[k + 6] - 0x20) < 0xD7E0 && (char) (chunk[k + 7] - 0x20) < 0xD7E0) {
          k += 8;
          continue;
        }
        if ((char) (chunk[k] - 0x20) < 0xD7E0) {
          k++;
          continue;
        }
        int cp = text.codePointAt(start + k);
        // A lone surrogate comes back as itself, which lies in the range that isAllowed refuses.
        if (!isAllowed(cp)) {
          return start + k;
        }
        k += Character.charCount(cp);
      }
      start += k;
    }
    return -1;
  }

  /** {@code text} without the characters XML cannot carry: the same instance when it has none, null for null. */
  public static String clean(String text) {
    int first = firstDisallowed(text);
    if (first < 0) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length()).append(text, 0, first);
    for (int i = first; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (isAllowed(cp)) {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return kept.toString();
  }

  /**
   * HTML without the characters XML cannot carry, written as they are or as numeric references:
   * an HTML serializer writes a control character as {@code &#x1;}, which any later reading of the
   * HTML (a teaser, the search index) would turn back into the character.
   */
  public static String cleanHtml(String html) {
    String text = clean(html);
    // Taking a reference out can make one of the text around it ("&#&#1;1;" leaves "&#1;"): again
    // until none is left, so that cleaning what was cleaned changes nothing.
    for (String before = null; text != null && !text.equals(before) && text.indexOf("&#") >= 0; ) {
      before = text;
      text = withoutDisallowedReferences(text);
    }
    return text;
  }

  private static String withoutDisallowedReferences(String text) {
    Matcher ref = CHARACTER_REFERENCE.matcher(text);
    StringBuilder kept = new StringBuilder(text.length());
    while (ref.find()) {
      boolean hex = ref.group(1) != null;
      // Leading zeros say nothing ("&#00000001;" is U+0001); overlong numbers are not characters
      // at all: HTML reads them as U+FFFD.
      String digits = (hex ? ref.group(1) : ref.group(2)).replaceFirst("^0+(?=.)", "");
      int codePoint = digits.length() > 7 ? 0xFFFD : Integer.parseInt(digits, hex ? 16 : 10);
      ref.appendReplacement(kept, isAllowed(codePoint) ? "$0" : "");
    }
    return ref.appendTail(kept).toString();
  }

  /** Every element cleaned; elements left empty are dropped. Null gives an empty list. */
  public static List<String> clean(List<String> texts) {
    if (texts == null) {
      return List.of();
    }
    if (texts.stream().allMatch(t -> t != null && firstDisallowed(t) < 0)) {
      return List.copyOf(texts);
    }
    return texts.stream().filter(t -> t != null).map(XmlText::clean).filter(t -> !t.isEmpty()).toList();
  }

  /** "U+0000" for the character at {@code index}, for messages. */
  public static String describe(String text, int index) {
    return String.format(java.util.Locale.ROOT, "U+%04X", text.codePointAt(index));
  }
}
