package dev.broadsheet.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Validates the {@code editions}, {@code fetch}, {@code curation} and {@code images} blocks of the config, filling
 * in the defaults of keys left out (the loader takes the defaults of a block left out altogether).
 *
 * @param check reports each bad value
 */
record BlockSettings(RangeCheck check) {
  /** Wider than any screen needs, and the decoded image of the widest still fits a small heap. */
  static final int MAX_WIDTH = 4096;

  EditionsConfig editions(RawConfig.RawEditions e, String language) {
    EditionsConfig d = EditionsConfig.defaults(language);
    EditionsConfig.Period period = d.period();
    if (e.period() != null) {
      try {
        period = EditionsConfig.Period.valueOf(e.period().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException ex) {
        check.problem().accept("/editions/period", "'editions.period' must be daily or weekly, found '" + e.period()
            + "'");
      }
    }
    int maxStories = check.atLeast(e.maxStories(), d.maxStories(), 1, "editions.maxStories");
    int topStories = check.atLeast(e.topStories(), d.topStories(), 1, "editions.topStories");
    int perSection = check.atLeast(e.maxPerSection(), d.maxPerSection(), 1, "editions.maxPerSection");
    int perSource = check.atLeast(e.maxPerSource(), d.maxPerSource(), 1, "editions.maxPerSource");
    String section = d.defaultSection();
    if (e.defaultSection() != null && !e.defaultSection().isBlank()) {
      section = e.defaultSection().strip();
    } else if (e.defaultSection() != null) {
      check.problem().accept("/editions/defaultSection", "'editions.defaultSection' must name a section, found an"
          + " empty value");
    }
    return new EditionsConfig(period, maxStories, topStories, e.sections() == null ? List.of() : e.sections(),
        perSection, perSource, section);
  }

  FetchConfig fetch(RawConfig.RawFetch f) {
    FetchConfig d = FetchConfig.defaults();
    int connect = check.atLeast(f.connectTimeoutSeconds(), (int) d.connectTimeout().toSeconds(), 1,
        "fetch.connectTimeoutSeconds");
    int total = check.atLeast(f.timeoutSeconds(), (int) d.timeout().toSeconds(), 1, "fetch.timeoutSeconds");
    int concurrency = check.atLeast(f.concurrency(), d.concurrency(), 1, "fetch.concurrency");
    long maxBytes = check.atLeast(f.maxBytes(), d.maxBytes(), 1024, "fetch.maxBytes");
    int perHost = check.atLeast(f.perHost(), d.perHost(), 1, "fetch.perHost");
    int retries = check.between(f.retries(), d.retries(), 0, 5, "fetch.retries");
    int maxRetryAfter = check.atLeast(f.maxRetryAfterSeconds(), (int) d.maxRetryAfter().toSeconds(), 1,
        "fetch.maxRetryAfterSeconds");
    int pages = check.atLeast(f.maxPagesPerBuild(), d.maxPagesPerBuild(), 1, "fetch.maxPagesPerBuild");
    int budget = check.between(f.maxFailedSourcesPercent(), d.maxFailedSourcesPercent(), 0, 100,
        "fetch.maxFailedSourcesPercent");
    String ua = f.userAgent() == null || f.userAgent().isBlank() ? d.userAgent() : f.userAgent().strip();
    return new FetchConfig(ua, Duration.ofSeconds(connect), Duration.ofSeconds(total), maxBytes, concurrency, perHost,
        retries, d.retryBaseDelay(), Duration.ofSeconds(maxRetryAfter), Boolean.TRUE.equals(f.allowPrivateAddresses()),
        pages, budget);
  }

  CurationConfig curation(RawConfig.RawCuration raw) {
    CurationConfig d = CurationConfig.defaults();
    Duration window = Duration.ofHours(
        check.between(raw.windowHours(), (int) d.window().toHours(), 1, 24 * 14, "curation.windowHours"));
    double join = check.share(raw.joinThreshold(), d.joinThreshold(), "curation.joinThreshold");
    double merge = check.share(raw.mergeThreshold(), d.mergeThreshold(), "curation.mergeThreshold");
    Duration halfLife = Duration.ofHours(
        check.between(raw.halfLifeHours(), (int) d.halfLife().toHours(), 1, 24 * 60, "curation.halfLifeHours"));
    return new CurationConfig(window, join, merge, halfLife,
        check.between(raw.related(), d.relatedCount(), 0, 20, "curation.related"),
        check.between(raw.relatedDays(), d.relatedDays(), 1, 365, "curation.relatedDays"),
        check.between(raw.retentionDays(), d.retentionDays(), 0, 100_000, "curation.retentionDays"));
  }

  ImagesConfig images(RawConfig.RawImages raw) {
    ImagesConfig d = ImagesConfig.defaults();
    List<Integer> widths = d.widths();
    if (raw.widths() != null) {
      TreeSet<Integer> sorted = new TreeSet<>();
      for (Integer w : raw.widths()) {
        if (w == null || w < 16 || w > MAX_WIDTH) {
          check.problem().accept("/images/widths", "'images.widths' must list widths between 16 and " + MAX_WIDTH
              + " pixels, found " + w);
        } else {
          sorted.add(w);
        }
      }
      if (sorted.isEmpty() && raw.widths().isEmpty()) {
        check.problem().accept("/images/widths", "'images.widths' must list at least one width; to show no images,"
            + " set images.enabled: false");
      }
      widths = new ArrayList<>(sorted);
    }
    long maxBytes = check.atLeast(raw.maxBytes(), d.maxBytes(), 1024, "images.maxBytes");
    long maxPixels = check.atLeast(raw.maxPixels(), d.maxPixels(), 256, "images.maxPixels");
    int downloads = check.atLeast(raw.maxDownloadsPerBuild(), d.maxDownloadsPerBuild(), 0,
        "images.maxDownloadsPerBuild");
    return new ImagesConfig(!Boolean.FALSE.equals(raw.enabled()), widths, maxBytes, maxPixels, downloads);
  }
}
