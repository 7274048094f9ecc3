package dev.broadsheet.config;

import java.time.Duration;
import java.util.function.BiConsumer;

/** Validates the {@code curation} block of the config. */
final class CurationSettings {
  private CurationSettings() {}

  /** The settings, with defaults; {@code problem} receives (JSON pointer, message) for each bad value. */
  static CurationConfig read(RawConfig.RawCuration raw, BiConsumer<String, String> problem) {
    CurationConfig d = CurationConfig.defaults();
    if (raw == null) {
      return d;
    }
    return new CurationConfig(
        Duration.ofHours(whole(raw.windowHours(), (int) d.window().toHours(), 1, 24 * 14, "windowHours", problem)),
        share(raw.joinThreshold(), d.joinThreshold(), "joinThreshold", problem),
        share(raw.mergeThreshold(), d.mergeThreshold(), "mergeThreshold", problem),
        Duration.ofHours(whole(raw.halfLifeHours(), (int) d.halfLife().toHours(), 1, 24 * 60, "halfLifeHours", problem)),
        whole(raw.related(), d.relatedCount(), 0, 20, "related", problem),
        whole(raw.relatedDays(), d.relatedDays(), 1, 365, "relatedDays", problem),
        whole(raw.retentionDays(), d.retentionDays(), 0, 100_000, "retentionDays", problem));
  }

  private static int whole(Integer value, int fallback, int min, int max, String key, BiConsumer<String, String> problem) {
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      problem.accept("/curation/" + key, "'curation." + key + "' must be between " + min + " and " + max + ", found "
          + value);
    }
    return value;
  }

  private static double share(Double value, double fallback, String key, BiConsumer<String, String> problem) {
    if (value == null) {
      return fallback;
    }
    if (value <= 0 || value > 1) {
      problem.accept("/curation/" + key, "'curation." + key + "' must be above 0 and at most 1, found " + value);
    }
    return value;
  }
}
