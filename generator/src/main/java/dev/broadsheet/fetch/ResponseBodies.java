package dev.broadsheet.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Reads a response body into memory, decoded (gzip, deflate, brotli) and capped. The JDK client
 * decodes nothing itself, and the cap is counted after decoding, so a gzip bomb is stopped as early
 * as a big body. Cutting a slow body off at the deadline is the caller's part: it closes the stream.
 */
public final class ResponseBodies {
  private ResponseBodies() {}

  /** The body was larger than allowed; nothing of it is kept. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }

  /** Reads {@code raw} to its end, decoded per {@code contentEncoding} (may be null), and closes it. */
  public static byte[] read(InputStream raw, String contentEncoding, long maxBytes) throws IOException {
    String encoding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
    try (raw; InputStream in = switch (encoding) {
          case "gzip", "x-gzip" -> new GZIPInputStream(raw);
          case "deflate" -> new InflaterInputStream(raw);
          case "br" -> new BrotliInputStream(raw);
          default -> raw;
        }) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if (out.size() + (long) n > maxBytes) {
          throw new TooLargeException();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }
}
