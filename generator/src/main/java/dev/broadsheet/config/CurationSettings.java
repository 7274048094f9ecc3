package dev.broadsheet.config;

import java.time.Duration;

/** Validates the {@code curation} block of the config. */
final class CurationSettings {
  private CurationSettings() {}

  /** The settings, with defaults; {@code check} reports each bad value. */
  static CurationConfig read(RawConfig.RawCuration raw, RangeCheck check) {
    CurationConfig d = CurationConfig.defaults();
    if (raw == null) {
      return d;
    }
    int windowHours = check.between(raw.windowHours(), (int) d.window().toHours(), 1, 24 * 14, "curation.windowHours");
    double join = check.share(raw.joinThreshold(), d.joinThreshold(), "curation.joinThreshold");
    double merge = check.share(raw.mergeThreshold(), d.mergeThreshold(), "curation.mergeThreshold");
    int halfLife = check.between(raw.halfLifeHours(), (int) d.halfLife().toHours(), 1, 24 * 60,
        "curation.halfLifeHours");
    return new CurationConfig(Duration.ofHours(windowHours), join, merge, Duration.ofHours(halfLife),
        check.between(raw.related(), d.relatedCount(), 0, 20, "curation.related"),
        check.between(raw.relatedDays(), d.relatedDays(), 1, 365, "curation.relatedDays"),
        check.between(raw.retentionDays(), d.retentionDays(), 0, 100_000, "curation.retentionDays"));
  }
}
