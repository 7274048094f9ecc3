package dev.broadsheet.base;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * Language tags as feeds, pages and configs write them ({@code en-us}, {@code pt_BR}, {@code EN}),
 * made the BCP 47 tags that HTML's {@code lang} and text analysis read.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * {@code written} as a BCP 47 tag in its usual case ({@code en-US}, {@code zh-Hant-TW}), or null
   * when it names no language: blank, {@code und}, malformed, or a word such as "English" (a
   * language subtag of more than three letters is a registered name nobody writes in a feed).
   */
  public static String of(String written) {
    if (written == null) {
      return null;
    }
    String value = written.strip().replace('_', '-');
    if (value.isEmpty()) {
      return null;
    }
    try {
      Locale locale = new Locale.Builder().setLanguageTag(value).build();
      String language = locale.getLanguage();
      if (language.length() < 2 || language.length() > 3 || language.equals("und")) {
        return null;
      }
      return locale.toLanguageTag();
    } catch (IllformedLocaleException e) {
      return null;
    }
  }

  /** The language subtag of a tag {@link #of} gave ({@code en} of {@code en-GB}), lower case. */
  public static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether two tags name the same language in the same script, whatever their regions
   * ({@code en-GB} and {@code en} do; {@code zh-Hant} and {@code zh-Hans}, or {@code sr-Latn} and
   * {@code sr}, do not: they need other fonts and readers).
   */
  public static boolean sameLanguage(String a, String b) {
    if (a != null && a.equals(b)) {
      // Every card of a site compares its language with the page's: nearly always the same tag.
      return true;
    }
    return primary(a).equals(primary(b))
        && Locale.forLanguageTag(a).getScript().equals(Locale.forLanguageTag(b).getScript());
  }

  /** Scripts written right to left (ISO 15924), as a tag's script subtag names them. */
  private static final java.util.Set<String> RIGHT_TO_LEFT_SCRIPTS = java.util.Set.of("arab", "hebr", "thaa", "syrc",
      "nkoo", "adlm", "rohg", "mand", "samr", "yezi");
  /** Languages written right to left when their tag names no script. */
  private static final java.util.Set<String> RIGHT_TO_LEFT_LANGUAGES = java.util.Set.of("ar", "he", "iw", "fa", "ur",
      "yi", "ji", "ps", "dv", "sd", "ug", "ckb", "ks", "syr", "arc", "nqo", "prs", "pnb", "azb", "lrc", "mzn", "glk", "bal");

  /**
   * Whether text in the language {@code tag} is written right to left: by its script subtag when it
   * has one ("az-Arab" is, "ku-Latn" is not), else by its language (Arabic, Hebrew, Persian, Urdu…).
   */
  public static boolean rightToLeft(String tag) {
    if (tag == null || tag.isBlank()) {
      return false;
    }
    if (isBareLanguage(tag)) {
      // "en", "ar": no script, and a language the Locale would rename (iw, ji, in) is in or out of
      // the list as its new name is.
      return RIGHT_TO_LEFT_LANGUAGES.contains(tag);
    }
    // The script subtag only where BCP 47 puts it (after the language), never an extension's ("ar-u-nu-latn").
    java.util.Locale locale = java.util.Locale.forLanguageTag(tag.strip().replace('_', '-'));
    String script = locale.getScript().toLowerCase(java.util.Locale.ROOT);
    return script.isEmpty() ? RIGHT_TO_LEFT_LANGUAGES.contains(locale.getLanguage()) : RIGHT_TO_LEFT_SCRIPTS.contains(script);
  }

  /** Two or three lower-case ASCII letters: a language subtag alone, as most sites' tags are. */
  private static boolean isBareLanguage(String tag) {
    if (tag.length() < 2 || tag.length() > 3) {
      return false;
    }
    for (int i = 0; i < tag.length(); i++) {
      if (tag.charAt(i) < 'a' || tag.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

}
