package dev.broadsheet.feed;

import dev.broadsheet.fetch.ResponseBodies;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a document into text, finding the charset the way the web needs: a byte
 * order mark wins, then the HTTP charset, then the XML declaration, then UTF-8. Because mislabelled
 * documents are common, bytes that are not valid in the declared (or assumed) UTF-8 are read in the
 * legacy charset their statistics point to (KOI8-R, Shift_JIS, Big5…), else as windows-1252 (which
 * also covers Latin-1), instead of silently becoming U+FFFD; only when nothing fits are bad bytes
 * replaced, with a warning.
 */
final class Decoding {
  private static final Pattern XML_ENCODING =
      Pattern.compile("<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]+)[\"']");
  private static final Pattern HTTP_CHARSET = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9._:\\-]+)");
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Decoded text, the charset used, and what was odd about it. */
  record Decoded(String text, String charset, List<String> warnings) {}

  private Decoding() {}

  static Decoded decode(byte[] input, String contentType, long maxBytes) throws FeedException {
    List<String> warnings = new ArrayList<>();
    byte[] bytes = input;
    if (bytes.length > 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b) {
      bytes = gunzip(bytes, maxBytes);
      warnings.add("the body was gzip-compressed without saying so; decompressed it");
    }
    Bom bom = bom(bytes);
    if (bom != null) {
      return new Decoded(lenient(bytes, bom.offset, bom.charset, warnings), bom.charset.name(), warnings);
    }
    Charset sniffed = sniffWide(bytes);
    if (sniffed != null) {
      return new Decoded(lenient(bytes, 0, sniffed, warnings), sniffed.name(), warnings);
    }
    Charset declared = declared(contentType, bytes, warnings);
    if (declared == null || declared.equals(StandardCharsets.UTF_8) || declared.equals(StandardCharsets.US_ASCII)) {
      String utf8 = strict(bytes, StandardCharsets.UTF_8);
      if (utf8 != null) {
        return new Decoded(utf8, "UTF-8", warnings);
      }
      Charset detected = detected(bytes);
      String legacy = detected == null ? null : strict(bytes, detected);
      if (legacy != null) {
        warnings.add((declared == null ? "no charset given and the bytes are" : "declared UTF-8 but the bytes are")
            + " not valid UTF-8; read as " + detected.name() + ", which their byte statistics point to");
        return new Decoded(legacy, detected.name(), warnings);
      }
      LanguageCharsets.Read local = LanguageCharsets.read(bytes);
      if (local != null) {
        warnings.add((declared == null ? "no charset given and the bytes are" : "declared UTF-8 but the bytes are")
            + " not valid UTF-8; read as " + local.charset() + ", a charset of the language it declares ("
            + local.language() + ")");
        return new Decoded(local.text(), local.charset(), warnings);
      }
      String cp1252 = strict(bytes, WINDOWS_1252);
      if (cp1252 != null) {
        warnings.add((declared == null ? "no charset given and the bytes are" : "declared UTF-8 but the bytes are")
            + " not valid UTF-8; read as windows-1252");
        return new Decoded(cp1252, "windows-1252", warnings);
      }
      return new Decoded(lenient(bytes, 0, StandardCharsets.UTF_8, warnings), "UTF-8", warnings);
    }
    // Latin-1 labels are read as windows-1252, its superset, as browsers do.
    Charset use = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
    String text = strict(bytes, use);
    if (text == null) {
      text = lenient(bytes, 0, use, warnings);
    }
    return new Decoded(text, use.name(), warnings);
  }

  /**
   * The legacy charset the bytes' statistics point to (Mozilla's universal detector), or null:
   * none, windows-1252 (tried next anyway), or a Unicode one, which the byte order marks and
   * UTF-8 tried before rule out. Only for text written mostly in bytes above ASCII, as Cyrillic,
   * Greek, Hebrew, Thai and CJK text is: a Western feed has a few accented letters among its ASCII
   * ones, from which the detector guessed Greek for "Café üä" and IBM855 for "Þór".
   */
  private static Charset detected(byte[] bytes) {
    int high = 0;
    int ascii = 0;
    boolean inTag = false;
    for (byte b : bytes) {
      int c = b & 0xff;
      if (c == '<' || c == '>') {
        inTag = c == '<';
      } else if (!inTag && c >= 0x80) {
        high++;
      } else if (!inTag && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        ascii++;
      }
    }
    if (high < 8 || high < ascii) {
      return null;
    }
    org.mozilla.universalchardet.UniversalDetector detector = new org.mozilla.universalchardet.UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null || name.startsWith("UTF") || name.equalsIgnoreCase("WINDOWS-1252")) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      // A name the JDK does not know (HZ-GB-2312): windows-1252 is tried as before.
      return null;
    }
  }

  private record Bom(Charset charset, int offset) {}

  private static Bom bom(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
      return new Bom(Charset.forName("UTF-32BE"), 4);
    }
    if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
      return new Bom(Charset.forName("UTF-32LE"), 4);
    }
    if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
      return new Bom(StandardCharsets.UTF_8, 3);
    }
    if (startsWith(b, 0xFE, 0xFF)) {
      return new Bom(StandardCharsets.UTF_16BE, 2);
    }
    if (startsWith(b, 0xFF, 0xFE)) {
      return new Bom(StandardCharsets.UTF_16LE, 2);
    }
    return null;
  }

  /** UTF-16 and UTF-32 without a BOM show themselves by the zero bytes around the first '<'. */
  private static Charset sniffWide(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0x00, 0x3C)) {
      return Charset.forName("UTF-32BE");
    }
    if (startsWith(b, 0x3C, 0x00, 0x00, 0x00)) {
      return Charset.forName("UTF-32LE");
    }
    if (startsWith(b, 0x00, 0x3C, 0x00, 0x3F)) {
      return StandardCharsets.UTF_16BE;
    }
    if (startsWith(b, 0x3C, 0x00, 0x3F, 0x00)) {
      return StandardCharsets.UTF_16LE;
    }
    return null;
  }

  private static Charset declared(String contentType, byte[] bytes, List<String> warnings) {
    String name = null;
    if (contentType != null) {
      Matcher m = HTTP_CHARSET.matcher(contentType);
      if (m.find()) {
        name = m.group(1);
      }
    }
    if (name == null) {
      String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
      Matcher m = XML_ENCODING.matcher(head);
      if (m.find()) {
        name = m.group(1);
      }
    }
    if (name == null) {
      return null;
    }
    try {
      Charset charset = Charset.forName(name.toLowerCase(Locale.ROOT));
      // A document that declares UTF-16 but was read as bytes without zeros is really 8-bit.
      if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
        warnings.add("declares " + name + " but the bytes are 8-bit; read as UTF-8");
        return null;
      }
      return charset;
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      warnings.add("declares an unknown charset '" + name + "'; read as UTF-8");
      return null;
    }
  }

  static String strict(byte[] bytes, Charset charset) {
    if (charset.equals(StandardCharsets.UTF_8)) {
      // The JDK's own decoding replaces malformed bytes by U+FFFD and is several times faster than
      // a reporting decoder: without a U+FFFD in its result the bytes were valid UTF-8.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') < 0) {
        return text;
      }
    }
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset, List<String> warnings) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    String strictText = strict(java.util.Arrays.copyOfRange(bytes, offset, bytes.length), charset);
    if (strictText != null) {
      return strictText;
    }
    warnings.add("some bytes are not valid " + charset.name() + "; they were replaced by \uFFFD");
    return charset.decode(buffer).toString();
  }

  private static byte[] gunzip(byte[] bytes, long maxBytes) throws FeedException {
    try {
      return ResponseBodies.read(new ByteArrayInputStream(bytes), "gzip", maxBytes);
    } catch (ResponseBodies.TooLargeException e) {
      throw new FeedException("the gzip-compressed body expands beyond " + maxBytes + " bytes (fetch.maxBytes)");
    } catch (IOException e) {
      throw new FeedException("the body looks gzip-compressed but cannot be decompressed: " + e.getMessage(), e);
    }
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
