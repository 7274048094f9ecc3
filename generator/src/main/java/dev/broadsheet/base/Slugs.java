package dev.broadsheet.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: lower-case ASCII letters, digits and hyphens. */
public final class Slugs {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Slugs() {}

  /** Lower case without accents ("Café" is "cafe"), for comparing names as a reader would; "" for null. */
  public static String fold(String text) {
    return text == null ? "" : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT);
  }

  /** {@code "Café owners: 3 new rules!"} becomes {@code "cafe-owners-3-new-rules"}; never empty. */
  public static String of(String text, int maxLength) {
    String ascii = fold(text);
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
