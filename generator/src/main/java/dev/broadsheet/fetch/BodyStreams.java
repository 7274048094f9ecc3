package dev.broadsheet.fetch;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** HTTP/1.1 message framing: header lines, and bodies sent with a Content-Length or in chunks. */
final class BodyStreams {
  private static final int MAX_LINE = 8192;

  private BodyStreams() {}

  /** One line without its CR LF, read as ISO-8859-1; null at the end of the stream before any byte. */
  static String readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n') {
      if (line.size() >= MAX_LINE) {
        throw new IOException("a response line is longer than " + MAX_LINE + " bytes");
      }
      line.write(b);
    }
    if (b == -1 && line.size() == 0) {
      return null;
    }
    String text = line.toString(StandardCharsets.ISO_8859_1);
    return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }

  /** The next {@code length} bytes of {@code in}; ending early is an error, not a short body. */
  static InputStream fixed(InputStream in, long length) {
    return new FilterInputStream(in) {
      private long left = length;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (left == 0) {
          return -1;
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n == -1) {
          throw new EOFException("the response ended " + left + " bytes before its Content-Length");
        }
        left -= n;
        return n;
      }
    };
  }

  /** The body of a chunked response; trailers are read and dropped. */
  static InputStream chunked(InputStream in) {
    return new FilterInputStream(in) {
      private long left;
      private boolean done;

      @Override
      public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        if (done) {
          return -1;
        }
        if (left == 0) {
          left = nextChunkSize();
          if (left == 0) {
            done = true;
            return -1;
          }
        }
        int n = super.read(b, off, (int) Math.min(len, left));
        if (n == -1) {
          throw new EOFException("the response ended inside a chunk");
        }
        left -= n;
        if (left == 0 && readLine(in) == null) {
          throw new EOFException("the response ended after a chunk");
        }
        return n;
      }

      private long nextChunkSize() throws IOException {
        String line = readLine(in);
        if (line == null) {
          throw new EOFException("the response ended before its last chunk");
        }
        int extension = line.indexOf(';');
        String hex = (extension < 0 ? line : line.substring(0, extension)).strip();
        if (hex.isEmpty() || hex.length() > 15) {
          throw new IOException("a bad chunk size: '" + line + "'");
        }
        long size;
        try {
          size = Long.parseLong(hex, 16);
        } catch (NumberFormatException e) {
          throw new IOException("a bad chunk size: '" + line + "'", e);
        }
        if (size == 0) {
          String trailer;
          do {
            trailer = readLine(in);
          } while (trailer != null && !trailer.isEmpty());
        }
        return size;
      }
    };
  }
}
