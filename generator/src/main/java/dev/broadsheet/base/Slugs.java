package dev.broadsheet.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lower-case ASCII letters, digits and hyphens. */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slugs() {}

  /**
   * Lower case without accents ("Café" is "cafe", "Łódź" is "lodz", "Straße" is "strasse"), for
   * comparing names as a reader would; "" for null.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    // Most titles and names are plain ASCII, which decomposing leaves as it is (and this runs for
    // every stored article, on every build).
    if (isAscii(text)) {
      return text.toLowerCase(Locale.ROOT);
    }
    return spellOut(withoutMarks(text));
  }

  /** Lower case, decomposed, without its marks: what folding was before letters like ø were spelled out. */
  private static String withoutMarks(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Latin letters that are not a base letter with a mark, so decomposing leaves them whole: a
   * German, Polish, Danish or Icelandic title would otherwise lose them from its address.
   */
  private static String spellOut(String lower) {
    StringBuilder out = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      String plain = c < '\u00df' ? null : switch (c) {
        case '\u00df' -> "ss";
        case '\u00e6' -> "ae";
        case '\u0153' -> "oe";
        case '\u00f8' -> "o";
        case '\u0142' -> "l";
        case '\u0111', '\u00f0' -> "d";
        case '\u00fe' -> "th";
        case '\u0127' -> "h";
        case '\u0131' -> "i";
        case '\u014b' -> "ng";
        default -> null;
      };
      if (plain != null && out == null) {
        out = new StringBuilder(lower.length() + 4).append(lower, 0, i);
      }
      if (out != null) {
        out.append(plain != null ? plain : String.valueOf(c));
      }
    }
    return out == null ? lower : out.toString();
  }

  /** {@code "Café owners: 3 new rules!"} becomes {@code "cafe-owners-3-new-rules"}; never empty. */
  public static String of(String text, int maxLength) {
    return slug(fold(text), maxLength);
  }

  /**
   * The slug of {@code text} as it was made before letters such as ø and ß were spelled out
   * ("Børsen" was {@code b-rsen}): only to recognise an id a store was given then.
   */
  public static String unspelledOf(String text, int maxLength) {
    return slug(text == null ? "" : withoutMarks(text), maxLength);
  }

  private static String slug(String ascii, int maxLength) {
    StringBuilder slug = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < ascii.length() && slug.length() < maxLength; i++) {
      char c = ascii.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        slug.append(c);
        hyphen = false;
      } else if (!hyphen && slug.length() > 0) {
        slug.append('-');
        hyphen = true;
      }
    }
    while (slug.length() > 0 && slug.charAt(slug.length() - 1) == '-') {
      slug.setLength(slug.length() - 1);
    }
    return slug.length() == 0 ? "untitled" : slug.toString();
  }
}
