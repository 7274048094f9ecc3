package dev.broadsheet.base;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A run of numbers and texts a cache writes and reads back, framed as its body's length, the body
 * and a {@link StreamHash} of the body. The hash tells a damaged or cut-short segment; it is a
 * cache's check, not a defence (whoever can write the file can write the hash too). A count of more
 * items than the bytes left could hold is refused, so no array is sized from a damaged number.
 */
public final class CheckedSegment {
  private CheckedSegment() {}

  /** A growing buffer of numbers and texts, as {@link Source} reads them, after room for the length. */
  public static final class Sink {
    private ByteBuffer buffer = ByteBuffer.allocate(1 << 16);

    public Sink() {
      room(4).putInt(0);
    }

    public void number(int n) {
      room(4).putInt(n);
    }

    public void wide(long n) {
      room(8).putLong(n);
    }

    public void text(String s) {
      byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
      number(bytes.length);
      room(bytes.length).put(bytes);
    }

    /** A text or none, told apart by a length of -1. */
    public void textOrNone(String s) {
      if (s == null) {
        number(-1);
      } else {
        text(s);
      }
    }

    private ByteBuffer room(int n) {
      if (buffer.remaining() < n) {
        ByteBuffer bigger = ByteBuffer.allocate(Math.max(buffer.capacity() * 2, buffer.position() + n));
        buffer.flip();
        buffer = bigger.put(buffer);
      }
      return buffer;
    }

    /** The segment: the body's length in the room left for it, the body, then the body's digest. */
    public byte[] segment() {
      int body = buffer.position() - 4;
      buffer.putInt(0, body);
      room(16).put(new StreamHash().bytes(buffer.array(), 4, body).digest());
      return Arrays.copyOf(buffer.array(), buffer.position());
    }
  }

  /** Numbers and texts of one segment's body, whose digest (the 16 bytes after it) matches. */
  public static final class Source {
    private final ByteBuffer buffer;

    public Source(byte[] bytes, int start, int length) throws IOException {
      if (start < 0 || length < 0 || (long) start + length + 16 > bytes.length
          || !Arrays.equals(new StreamHash().bytes(bytes, start, length).digest(), 0, 16, bytes, start + length,
          start + length + 16)) {
        throw new IOException("damaged");
      }
      this.buffer = ByteBuffer.wrap(bytes, start, length).slice();
    }

    /** The body of the segment that starts {@code bytes} (its length first), if it is whole and undamaged. */
    public static Source first(byte[] bytes) throws IOException {
      if (bytes.length < 4) {
        throw new IOException("cut short");
      }
      return new Source(bytes, 4, ByteBuffer.wrap(bytes, 0, 4).getInt());
    }

    public int number() {
      return buffer.getInt();
    }

    public long wide() {
      return buffer.getLong();
    }

    /** A count of items of at least {@code bytesEach} bytes each that follow. */
    public int count(int bytesEach) throws IOException {
      int n = buffer.getInt();
      if (n < 0 || n > buffer.remaining() / bytesEach) {
        throw new IOException("damaged");
      }
      return n;
    }

    public String text() throws IOException {
      int n = count(1);
      String s = new String(buffer.array(), buffer.arrayOffset() + buffer.position(), n, StandardCharsets.UTF_8);
      buffer.position(buffer.position() + n);
      return s;
    }

    /** A text written by {@link Sink#textOrNone}. */
    public String textOrNone() throws IOException {
      if (buffer.getInt(buffer.position()) == -1) {
        buffer.getInt();
        return null;
      }
      return text();
    }
  }
}
