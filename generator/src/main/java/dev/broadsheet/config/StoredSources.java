package dev.broadsheet.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sources the store has state for, each with the address it was last read from: what the
 * config needs to give a subscription imported from OPML the id its articles are stored under.
 * Read from {@code data/sources.json} directly (the store reports a broken file itself).
 *
 * @param addresses source id to the address it was last read from (null when not recorded)
 */
record StoredSources(Map<String, String> addresses) {
  /** The sources in {@code file}; none when it is missing or unreadable. */
  static StoredSources read(Path file) {
    Map<String, String> addresses = new TreeMap<>();
    try {
      new ObjectMapper().readTree(file.toFile()).fields()
          .forEachRemaining(e -> addresses.put(e.getKey(), e.getValue().path("url").asText(null)));
    } catch (IOException | RuntimeException e) {
      addresses.clear();
    }
    return new StoredSources(addresses);
  }

  boolean knows(String id) {
    return addresses.containsKey(id);
  }

  /**
   * The id the store knows {@code url} by, among those not {@code taken}, or null: a feed renamed
   * in the feed reader keeps its source, its articles and their pages.
   */
  String idOf(String url, Set<String> taken) {
    for (Map.Entry<String, String> e : addresses.entrySet()) {
      if (url.equals(e.getValue()) && !taken.contains(e.getKey())) {
        return e.getKey();
      }
    }
    return null;
  }
}
