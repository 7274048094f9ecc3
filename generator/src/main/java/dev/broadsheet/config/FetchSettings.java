package dev.broadsheet.config;

import java.time.Duration;

/** Validates the {@code fetch} block of the config. */
final class FetchSettings {
  private FetchSettings() {}

  /** The settings, with defaults; {@code check} reports each bad value. */
  static FetchConfig read(RawConfig.RawFetch f, RangeCheck check) {
    FetchConfig d = FetchConfig.defaults();
    if (f == null) {
      return d;
    }
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
}
