package dev.broadsheet.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 read as windows-1252 (or Latin-1) and encoded again: "Ã©" for "é", "â€™" for "’",
 * "Ð¿Ñ€Ð¸" for "при", as a publisher's tools left it in a feed. Each sequence of characters whose
 * windows-1252 bytes form one UTF-8 character is read as that character.
 *
 * <p>Only where text that means what it says never looks so: a sequence must start with a byte
 * that leads the UTF-8 of Latin, Greek or Cyrillic letters, of punctuation and symbols or of
 * emoji, and decode to one of those (never a control character). "É" or "ß" before a French
 * no-break space or a closing «, which Latin-1 text has, would otherwise read as other letters.
 */
public final class Mojibake {
  /** For each character U+0000 to U+2122, the windows-1252 byte it is, or -1: what a mis-read byte became. */
  private static final short[] BYTE_OF = bytes();

  private Mojibake() {}

  /**
   * As {@link #repaired}, for sanitized HTML, which writes a no-break space as {@code &nbsp;}: the
   * byte 0xA0 of "à" (Ã and 0xA0) or of a no-break space (Â and 0xA0) read as windows-1252 is that
   * entity there, and is read as the character for the repair. The same instance when nothing is repaired.
   */
  public static String repairedHtml(String html) {
    if (html == null || html.indexOf("&nbsp;") < 0) {
      return repaired(html);
    }
    String raw = html.replace("&nbsp;", "\u00a0");
    String fixed = repaired(raw);
    // Sanitized HTML holds no no-break space of its own: each one left is an entity again.
    return fixed == raw ? html : fixed.replace("\u00a0", "&nbsp;");
  }

  /** {@code text} with each such sequence read as meant; the same instance when it has none; null for null. */
  public static String repaired(String text) {
    if (text == null) {
      return null;
    }
    // Every lead is from U+00C2 to U+00F0: most texts hold none, and are passed by one quick scan.
    int i = CharRanges.first(text, '\u00C2', '\u00F0');
    if (i < 0) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      int length = leads(c) ? length(c) : 0;
      if (length == 0 || i + length > text.length()) {
        continue;
      }
      byte[] bytes = new byte[length];
      bytes[0] = (byte) c;
      boolean continued = true;
      for (int k = 1; k < length && continued; k++) {
        int b = byteOf(text.charAt(i + k));
        // A no-break space after a letter or sign is typography ("10 ×\u00a010", "Å\u00a0wide"),
        // but for the two most mis-read leads ("Â\u00a0" for a no-break space, "Ã\u00a0" for à).
        continued = b >= 0x80 && b <= 0xBF && (b != 0xA0 || c == 0xC2 || c == 0xC3);
        bytes[k] = (byte) b;
      }
      String meant = continued ? decoded(bytes) : null;
      if (meant == null || !plausible(meant.codePointAt(0))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length());
      }
      out.append(text, copied, i).append(meant);
      copied = i + length;
      i += length - 1;
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /**
   * Whether {@code c}, as a byte, leads UTF-8 of the scripts named above: C2–C5 (Latin-1 and
   * Latin Extended-A), CE–D1 (Greek, Cyrillic), E2 (punctuation, symbols), F0 (emoji). Other leads
   * are signs and letters Latin-1 text puts before symbols: × and Ø (D7, D8) before a no-break
   * space read as Hebrew and Arabic in the real feeds, É and ß before a no-break space or a «.
   */
  private static boolean leads(char c) {
    return (c >= 0xC2 && c <= 0xC5) || (c >= 0xCE && c <= 0xD1) || c == 0xE2 || c == 0xF0;
  }

  /**
   * Whether a character is one mis-read UTF-8 stands for: no control, and of the three-byte and
   * four-byte ones only punctuation, currency and letterlike symbols, and emoji ("â" before a
   * no-break space and a « is French, not a Braille pattern).
   */
  private static boolean plausible(int c) {
    if (c < 0x800) {
      return !Character.isISOControl(c);
    }
    return (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) || (c >= 0x2100 && c <= 0x215F)
        || (c >= 0x1F000 && c <= 0x1FAFF);
  }

  private static int length(char lead) {
    return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  }

  private static int byteOf(char c) {
    return c < BYTE_OF.length ? BYTE_OF[c] : -1;
  }

  /** The one character {@code bytes} are the UTF-8 of, or null. */
  private static String decoded(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      String s = chars.toString();
      return s.codePointCount(0, s.length()) == 1 ? s : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static short[] bytes() {
    short[] table = new short[0x2123];
    java.util.Arrays.fill(table, (short) -1);
    Charset windows1252 = Charset.forName("windows-1252");
    for (int b = 0x80; b <= 0xFF; b++) {
      String decoded = new String(new byte[] {(byte) b}, windows1252);
      // Latin-1 reads every byte as the character of that code: a C1 control is a byte too.
      table[b] = (short) b;
      if (decoded.length() == 1 && decoded.charAt(0) < table.length && decoded.charAt(0) != '\uFFFD') {
        table[decoded.charAt(0)] = (short) b;
      }
    }
    return table;
  }
}
