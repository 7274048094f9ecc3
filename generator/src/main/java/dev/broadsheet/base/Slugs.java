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
    String slug = ofOrNull(text, maxLength);
    return slug == null ? "untitled" : slug;
  }

  /**
   * As {@link #of}, Cyrillic and Greek letters spelled in Latin ones ("Новый мост" is {@code
   * novyi-most}); null when no letter or digit is left (a text in Chinese, Arabic or Hebrew alone),
   * for the caller to name the page otherwise.
   */
  public static String ofOrNull(String text, int maxLength) {
    String slug = slug(latinFolded(text), maxLength);
    // A folder named after a device (a tag "con", a section "Aux") cannot be made or checked out on
    // Windows. The underscore is a character no other slug holds, so "Con 1" keeps con-1.
    return slug.isEmpty() ? null : namesDevice(slug) ? slug + "_" : slug;
  }

  /** Whether {@code name}, as a file or folder name, is one Windows keeps for a device ({@code con}, {@code lpt1}). */
  public static boolean namesDevice(String name) {
    return WINDOWS_DEVICES.matcher(name).matches();
  }

  private static final java.util.regex.Pattern WINDOWS_DEVICES = java.util.regex.Pattern.compile("con|prn|aux|nul|com[0-9]|lpt[0-9]");

  /**
   * What folding would lose of Cyrillic and Greek, kept: й is i in every spelling and must not become
   * и (y in Ukrainian), ϋ after a vowel is a vowel of its own (προϋπολογισμός: proy…, not the pair
   * ου), and an apostrophe inside a Cyrillic word (Ukrainian прем’єра) joins it rather than
   * splitting it in two.
   */
  private static String beforeFolding(String text) {
    if (text == null || isAscii(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean betweenCyrillic = i > 0 && i + 1 < text.length() && cyrillic(text.charAt(i - 1))
          && cyrillic(text.charAt(i + 1));
      if ((c == '’' || c == '\'' || c == 'ʼ') && betweenCyrillic) {
        continue;
      }
      out.append(switch (c) {
        case 'й' -> 'ĭ';
        case 'Й' -> 'Ĭ';
        case 'ϋ', 'ΰ' -> 'ÿ';
        case 'Ϋ' -> 'Ÿ';
        default -> c;
      });
    }
    return out.toString();
  }

  /** {@code text} folded, its Cyrillic and Greek letters spelled in Latin ones: what a slug is cut from. */
  private static String latinFolded(String text) {
    return inLatin(fold(beforeFolding(text)));
  }

  private static boolean cyrillic(char c) {
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
  }

  /**
   * Whether every letter of {@code text} is kept by its slug, spelled in Latin letters or as it is:
   * not so for a name with Chinese or Arabic in it, whose slug may be another such name's.
   */
  public static boolean keepsEveryLetter(String text) {
    String latin = latinFolded(text);
    for (int i = 0; i < latin.length(); i++) {
      if (latin.charAt(i) >= 0x80 && Character.isLetter(latin.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Cyrillic and Greek letters (lower case, their marks already gone: й is и, ё is е) spelled in
   * Latin letters, letter by letter as each language is usually spelled (Greek ου, αυ and ευ as
   * pairs; ъ, silent in Russian before a vowel, is Bulgarian's vowel before a consonant); a text
   * without them is returned as it is. Which Cyrillic language a text is in is told by the letters
   * only it uses: і, ї, є or ґ make it Ukrainian (г is h, и is y: Київ is kyiv), ђ, ћ, џ, љ, њ or ј
   * Serbian or Macedonian (ч is c, ш is s, ж is z, as their Latin spellings without the marks); any
   * other is spelled as Russian is.
   */
  private static String inLatin(String lower) {
    boolean ukrainian = false;
    boolean serbian = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      ukrainian |= c == 'і' || c == 'є' || c == 'ґ';
      serbian |= c == 'ђ' || c == 'ћ' || c == 'џ' || c == 'љ' || c == 'њ' || c == 'ј';
    }
    StringBuilder out = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      char next = i + 1 < lower.length() ? lower.charAt(i + 1) : ' ';
      boolean greekPair = next == 'υ' && (c == 'ο' || c == 'α' || c == 'ε');
      String latin = c < '\u03b1' || c > '\u0491' ? null
          : greekPair ? (c == 'ο' ? "ou" : c == 'α' ? "av" : "ev")
          : c == 'ъ' ? (Character.isLetter(next) && "аеиоуюяэыё".indexOf(next) < 0 ? "a" : "")
          : ukrainian && (c == 'г' || c == 'и') ? (c == 'г' ? "h" : "y")
          : serbian && (c == 'ч' || c == 'ш' || c == 'ж' || c == 'ц' || c == 'х')
              ? (c == 'ч' || c == 'ц' ? "c" : c == 'ш' ? "s" : c == 'ж' ? "z" : "h")
          : latinOf(c);
      if (latin != null && out == null) {
        out = new StringBuilder(lower.length() + 8).append(lower, 0, i);
      }
      if (out != null) {
        out.append(latin != null ? latin : String.valueOf(c));
      }
      if (greekPair) {
        i++;
      }
    }
    return out == null ? lower : out.toString();
  }

  private static String latinOf(char c) {
    return switch (c) {
      case 'а', 'α' -> "a";
      case 'б' -> "b";
      case 'в', 'β' -> "v";
      case 'г', 'ґ', 'γ' -> "g";
      case 'д', 'δ' -> "d";
      case 'е', 'э', 'ε' -> "e";
      case 'є' -> "ye";
      case 'ж' -> "zh";
      case 'з', 'ζ' -> "z";
      case 'и', 'і', 'ι', 'η' -> "i";
      case 'к', 'κ' -> "k";
      case 'л', 'λ' -> "l";
      case 'м', 'μ' -> "m";
      case 'н', 'ν' -> "n";
      case 'о', 'ο', 'ω' -> "o";
      case 'п', 'π' -> "p";
      case 'р', 'ρ' -> "r";
      case 'с', 'σ', 'ς' -> "s";
      case 'т', 'τ' -> "t";
      case 'у' -> "u";
      case 'ф', 'φ' -> "f";
      case 'х' -> "kh";
      case 'ц' -> "ts";
      case 'ч' -> "ch";
      case 'ш' -> "sh";
      case 'щ' -> "shch";
      case 'ь' -> "";
      case 'ы', 'υ' -> "y";
      case 'ю' -> "yu";
      case 'я' -> "ya";
      case 'ђ' -> "dj";
      case 'ј' -> "j";
      case 'љ' -> "lj";
      case 'њ' -> "nj";
      case 'ћ' -> "c";
      case 'џ', 'ѕ' -> "dz";
      case 'θ' -> "th";
      case 'ξ' -> "x";
      case 'χ' -> "ch";
      case 'ψ' -> "ps";
      default -> null;
    };
  }

  /**
   * The slug of {@code text} as it was made before letters such as ø and ß were spelled out
   * ("Børsen" was {@code b-rsen}): only to recognise an id a store was given then.
   */
  public static String unspelledOf(String text, int maxLength) {
    String slug = slug(text == null ? "" : withoutMarks(text), maxLength);
    return slug.isEmpty() ? "untitled" : slug;
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
    return slug.toString();
  }
}
