package dev.broadsheet.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page as Freemarker writes it, kept as UTF-8 bytes from the start: the same bytes as writing
 * to a {@link java.io.StringWriter} and encoding the result, without the synchronized buffer, the
 * second copy, nor the whole page turning UTF-16 (and its encoding slow) at its first curly quote.
 * One per page and thread.
 */
final class Utf8Output extends Writer {
  private byte[] bytes;
  private int size;
  /** A high surrogate that ended the last write: its low half comes with the next. */
  private char pendingHigh;

  Utf8Output(int capacity) {
    this.bytes = new byte[capacity];
  }

  /** What was written, as UTF-8. */
  byte[] toByteArray() {
    if (pendingHigh != 0) {
      // Unpaired, as String.getBytes encodes it.
      put((byte) '?');
      pendingHigh = 0;
    }
    return Arrays.copyOf(bytes, size);
  }

  @Override
  public void write(String text) {
    write(text, 0, text.length());
  }

  @Override
  public void write(String text, int offset, int length) {
    if (length == 0) {
      return;
    }
    if (pendingHigh != 0 || Character.isHighSurrogate(text.charAt(offset + length - 1))) {
      writeChars(text.substring(offset, offset + length).toCharArray(), 0, length);
      return;
    }
    // Strings of ASCII and Latin-1 are encoded by the JDK's own fast path.
    byte[] encoded = (offset == 0 && length == text.length() ? text : text.substring(offset, offset + length))
        .getBytes(StandardCharsets.UTF_8);
    ensure(encoded.length);
    System.arraycopy(encoded, 0, bytes, size, encoded.length);
    size += encoded.length;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    writeChars(chars, offset, length);
  }

  @Override
  public void write(int c) {
    writeChars(new char[] {(char) c}, 0, 1);
  }

  @Override
  public Writer append(CharSequence text) {
    String s = String.valueOf(text);
    write(s, 0, s.length());
    return this;
  }

  @Override
  public void flush() {
    // Nothing is buffered elsewhere.
  }

  @Override
  public void close() {
    // Bytes stay readable after closing, like a StringWriter's.
  }

  private void writeChars(char[] chars, int offset, int length) {
    ensure(3 * length + 4);
    int end = offset + length;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          codePoint(Character.toCodePoint(high, c));
          continue;
        }
        bytes[size++] = '?';
      }
      if (c < 0x80) {
        bytes[size++] = (byte) c;
      } else if (c < 0x800) {
        bytes[size++] = (byte) (0xC0 | c >> 6);
        bytes[size++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else if (Character.isLowSurrogate(c)) {
        bytes[size++] = '?';
      } else {
        bytes[size++] = (byte) (0xE0 | c >> 12);
        bytes[size++] = (byte) (0x80 | c >> 6 & 0x3F);
        bytes[size++] = (byte) (0x80 | c & 0x3F);
      }
    }
  }

  private void codePoint(int cp) {
    bytes[size++] = (byte) (0xF0 | cp >> 18);
    bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3F);
    bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3F);
    bytes[size++] = (byte) (0x80 | cp & 0x3F);
  }

  private void put(byte b) {
    ensure(1);
    bytes[size++] = b;
  }

  /** How many bytes were written so far. */
  int size() {
    return size;
  }

  private void ensure(int more) {
    long needed = (long) size + more;
    if (needed > bytes.length) {
      // Doubled in longs: an int doubling of a gigabyte overflows and grows by the request only.
      long grown = Math.max(2L * bytes.length, needed);
      if (needed > Integer.MAX_VALUE - 8) {
        throw new OutOfMemoryError("a page of more than 2 GB");
      }
      bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 8));
    }
  }
}
