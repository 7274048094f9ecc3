package dev.broadsheet.base;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The files people write (config, picks, pages) are UTF-8. One saved in another encoding, or a
 * binary file in the wrong place, is reported with the file, the line and the byte at fault,
 * rather than as the decoder's "Input length = 1".
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** {@code bytes} as text; anything but UTF-8 is a problem naming {@code file}. */
  public static String decode(byte[] bytes, String file) {
    if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
        || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
      throw new BroadsheetException(new Problem(file, "the file is UTF-16 text, not UTF-8; save it as UTF-8"));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isUnderflow()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int at = in.position();
      throw new BroadsheetException(Problem.at(file, lineAt(bytes, at), String.format(Locale.ROOT,
          "the file is not UTF-8 text (byte 0x%02X at offset %d); save it as UTF-8", bytes[at] & 0xFF, at)));
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        // Valid UTF-8, but no text file holds NUL bytes: UTF-16 without a byte order mark does.
        throw new BroadsheetException(Problem.at(file, lineAt(bytes, i), String.format(Locale.ROOT,
            "the file holds a NUL byte (offset %d): it is binary or UTF-16, not UTF-8 text; save it as UTF-8", i)));
      }
    }
    return out.flip().toString();
  }

  private static int lineAt(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
