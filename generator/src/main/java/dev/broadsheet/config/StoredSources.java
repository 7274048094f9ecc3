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
 * @param preference source id to how it ranks among ids of one address: configured before retired,
 *     then the one read last
 */
record StoredSources(Map<String, String> addresses, Map<String, String> preference) {
  /** The status of a source no longer configured (the store's SourceState.RETIRED; config may not read the store). */
  private static final String RETIRED = "not configured";

  /** The sources in {@code file}; none when it is missing or unreadable. */
  static StoredSources read(Path file) {
    Map<String, String> addresses = new TreeMap<>();
    Map<String, String> preference = new TreeMap<>();
    try {
      new ObjectMapper().readTree(file.toFile()).fields().forEachRemaining(e -> {
        addresses.put(e.getKey(), e.getValue().path("url").asText(null));
        // A configured source before a retired one, then the one read last: ISO times sort as text.
        preference.put(e.getKey(), (RETIRED.equals(e.getValue().path("status").asText(null)) ? "0" : "1")
            + e.getValue().path("lastAttempt").asText(""));
      });
    } catch (IOException | RuntimeException e) {
      addresses.clear();
      preference.clear();
    }
    return new StoredSources(addresses, preference);
  }

  boolean knows(String id) {
    return addresses.containsKey(id);
  }

  /**
   * The id the store knows {@code url} by, among those not {@code taken}, or null: a feed renamed
   * in the feed reader keeps its source, its articles and their pages.
   */
  String idOf(String url, Set<String> taken) {
    // Of several ids that read this address (a feed renamed, taken out, listed again), the one still
    // configured, else the one read last; the first of equals in id order.
    String best = null;
    for (Map.Entry<String, String> e : addresses.entrySet()) {
      if (url.equals(e.getValue()) && !taken.contains(e.getKey()) && (best == null
          || preference.getOrDefault(e.getKey(), "").compareTo(preference.getOrDefault(best, "")) > 0)) {
        best = e.getKey();
      }
    }
    return best;
  }
}
