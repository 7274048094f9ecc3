package dev.broadsheet.render;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Rendered pages kept between builds of one preview session, so that an edit re-renders only the
 * pages it affects. A page is reused when its template, the templates' state and its whole model
 * (its {@link ModelFingerprint}) are the same as last time.
 */
public final class RenderCache {
  private record Entry(String key, byte[] bytes) {}

  private final ConcurrentHashMap<String, Entry> pages = new ConcurrentHashMap<>();

  byte[] get(String path, String key) {
    Entry e = pages.get(path);
    return e != null && e.key().equals(key) ? e.bytes() : null;
  }

  void put(String path, String key, byte[] bytes) {
    pages.put(path, new Entry(key, bytes));
  }
}
