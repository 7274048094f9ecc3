package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages kept between builds of one preview session, so that an edit re-renders only the
 * pages it affects. A page is reused when its template, the templates' state and its whole model
 * (immutable records, so their text says everything about them) are the same as last time.
 */
public final class RenderCache {
  private record Entry(String key, byte[] bytes) {}

  private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();

  static String key(String... parts) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        sha.update(part.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  byte[] get(String path, String key) {
    Entry e = pages.get(path);
    return e != null && e.key().equals(key) ? e.bytes() : null;
  }

  void put(String path, String key, byte[] bytes) {
    pages.put(path, new Entry(key, bytes));
  }
}
