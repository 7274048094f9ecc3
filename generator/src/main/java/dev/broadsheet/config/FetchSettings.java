package dev.broadsheet.config;

import java.time.Duration;
import java.util.function.BiConsumer;

/** Validates the {@code fetch} block of the config. */
final class FetchSettings {
  private FetchSettings() {}

  /** The settings, with defaults; {@code problem} receives (JSON pointer, message) for each bad value. */
  static FetchConfig read(RawConfig.RawFetch f, String defaultUserAgent, BiConsumer<String, String> problem) {
    FetchConfig d = FetchConfig.defaults(defaultUserAgent);
    if (f == null) {
      return d;
    }
    int connect = atLeast(f.connectTimeoutSeconds(), 10, 1, "connectTimeoutSeconds", problem);
    int total = atLeast(f.timeoutSeconds(), 30, 1, "timeoutSeconds", problem);
    int concurrency = atLeast(f.concurrency(), 16, 1, "concurrency", problem);
    long maxBytes = f.maxBytes() == null ? d.maxBytes() : f.maxBytes();
    if (maxBytes < 1024) {
      problem.accept("/fetch/maxBytes", "'fetch.maxBytes' must be at least 1024, found " + maxBytes);
    }
    int perHost = atLeast(f.perHost(), d.perHost(), 1, "perHost", problem);
    int retries = f.retries() == null ? d.retries() : f.retries();
    if (retries < 0 || retries > 5) {
      problem.accept("/fetch/retries", "'fetch.retries' must be between 0 and 5, found " + retries);
    }
    int maxRetryAfter = atLeast(f.maxRetryAfterSeconds(), (int) d.maxRetryAfter().toSeconds(), 1,
        "maxRetryAfterSeconds", problem);
    int pages = atLeast(f.maxPagesPerBuild(), d.maxPagesPerBuild(), 1, "maxPagesPerBuild", problem);
    int budget = f.maxFailedSourcesPercent() == null ? d.maxFailedSourcesPercent() : f.maxFailedSourcesPercent();
    if (budget < 0 || budget > 100) {
      problem.accept("/fetch/maxFailedSourcesPercent",
          "'fetch.maxFailedSourcesPercent' must be between 0 and 100, found " + budget);
    }
    String ua = f.userAgent() == null || f.userAgent().isBlank() ? defaultUserAgent : f.userAgent().strip();
    return new FetchConfig(ua, Duration.ofSeconds(connect), Duration.ofSeconds(total), maxBytes, concurrency, perHost,
        retries, d.retryBaseDelay(), Duration.ofSeconds(maxRetryAfter), Boolean.TRUE.equals(f.allowPrivateAddresses()),
        pages, budget);
  }

  private static int atLeast(Integer value, int fallback, int min, String key, BiConsumer<String, String> problem) {
    if (value == null) {
      return fallback;
    }
    if (value < min) {
      problem.accept("/fetch/" + key, "'fetch." + key + "' must be at least " + min + ", found " + value);
    }
    return value;
  }
}
