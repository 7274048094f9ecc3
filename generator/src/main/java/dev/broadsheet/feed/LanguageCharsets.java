package dev.broadsheet.feed;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The legacy charsets of languages that windows-1252 cannot write, for a document that is not
 * UTF-8 and says no charset but says its language: a Polish, Czech or Hungarian feed saved in
 * windows-1250 or ISO-8859-2 (Baltic, Turkish alike), whose letters windows-1252 turns into
 * "Œl¹ska".
 */
final class LanguageCharsets {
  /** A language a document declares near its start: RSS's language, Dublin Core's, xml:lang. */
  private static final Pattern LANGUAGE =
      Pattern.compile("(?:<(?:[A-Za-z]+:)?language>\\s*|xml:lang\\s*=\\s*[\"'])([A-Za-z]{2,3})(?![A-Za-z])");

  /** Each language's letters beyond ASCII (lower case), and the charsets its legacy documents were saved in. */
  private record Family(String letters, List<String> charsets) {}

  private static final List<String> CENTRAL = List.of("windows-1250", "ISO-8859-2");
  private static final List<String> BALTIC = List.of("windows-1257", "ISO-8859-13");
  private static final List<String> TURKISH = List.of("windows-1254", "ISO-8859-9");
  private static final Map<String, Family> FAMILIES = Map.ofEntries(
      Map.entry("pl", new Family("ąćęłńóśźż", CENTRAL)),
      Map.entry("cs", new Family("áčďéěíňóřšťúůýž", CENTRAL)),
      Map.entry("sk", new Family("áäčďéíĺľňóôŕšťúýž", CENTRAL)),
      Map.entry("sl", new Family("čšž", CENTRAL)),
      Map.entry("hr", new Family("čćđšž", CENTRAL)),
      Map.entry("bs", new Family("čćđšž", CENTRAL)),
      Map.entry("hu", new Family("áéíóöőúüű", CENTRAL)),
      Map.entry("ro", new Family("ăâîşţ", CENTRAL)),
      Map.entry("lt", new Family("ąčęėįšųūž", BALTIC)),
      Map.entry("lv", new Family("āčēģīķļņšūž", BALTIC)),
      Map.entry("tr", new Family("çğıöşü", TURKISH)),
      Map.entry("az", new Family("çəğıöşü", TURKISH)));

  /** Text read in a language's charset: the text, the charset's name and the language. */
  record Read(String text, String charset, String language) {}

  private LanguageCharsets() {}

  /**
   * {@code bytes} read in the charset of the language the document declares that reads most of
   * its bytes as that language's letters ("ą" rather than "±", or "š" rather than "ą"); null when
   * it declares no such language, or when its bytes are UTF-8 with a few stray ones (read as UTF-8
   * then, as before: every byte means a letter in ISO-8859-2, which would garble the rest).
   */
  static Read read(byte[] bytes) {
    Matcher m = LANGUAGE.matcher(new String(bytes, 0, Math.min(bytes.length, 16_384), StandardCharsets.ISO_8859_1));
    if (!m.find()) {
      return null;
    }
    String language = m.group(1).toLowerCase(Locale.ROOT);
    Family family = FAMILIES.get(language);
    if (family == null || mostlyUtf8(bytes)) {
      return null;
    }
    Read best = null;
    int most = -1;
    for (String name : family.charsets()) {
      String text = Decoding.strict(bytes, Charset.forName(name));
      int letters = text == null ? -1 : lettersOf(text, family.letters());
      if (letters > most) {
        best = new Read(text, name, language);
        most = letters;
      }
    }
    return best;
  }

  private static int lettersOf(String text, String letters) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && letters.indexOf(Character.toLowerCase(c)) >= 0) {
        count++;
      }
    }
    return count;
  }

  /** Whether more of the bytes above ASCII form UTF-8 sequences than stand alone outside one. */
  private static boolean mostlyUtf8(byte[] b) {
    int sequences = 0;
    int stray = 0;
    for (int i = 0; i < b.length; ) {
      int c = b[i] & 0xff;
      int length = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
      boolean whole = length > 1 && i + length <= b.length;
      for (int k = 1; whole && k < length; k++) {
        whole = (b[i + k] & 0xc0) == 0x80;
      }
      if (length == 1) {
        i++;
      } else if (whole) {
        sequences++;
        i += length;
      } else {
        stray++;
        i++;
      }
    }
    return sequences > stray;
  }
}
