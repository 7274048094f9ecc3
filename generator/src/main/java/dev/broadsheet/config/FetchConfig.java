package dev.broadsheet.config;

import java.time.Duration;

/**
 * How sources (and, later, article pages) are fetched over HTTP.
 *
 * @param userAgent the User-Agent header sent with every request
 * @param connectTimeout the longest wait for a connection
 * @param timeout the longest time one URL may take: every attempt, redirect and pause between
 *     retries included, body and all
 * @param maxBytes the largest body accepted, after decompression
 * @param concurrency the most requests under way at once
 * @param perHost the most requests under way at once to one host
 * @param retries how many times a transient failure is retried
 * @param retryBaseDelay the first backoff delay; each retry doubles it, plus jitter
 * @param maxRetryAfter the longest Retry-After honoured; a longer one fails the source for this build
 * @param allowPrivateAddresses whether any fetch (sources, redirects, links from feeds) may connect
 *     to loopback, private or link-local addresses; cloud metadata addresses are refused regardless
 * @param maxPagesPerBuild the most article pages fetched for extraction in one build
 * @param maxFailedSourcesPercent the share of failed sources a build tolerates before it counts
 *     as failed (only with {@code --fail-on-errors})
 */
public record FetchConfig(
    String userAgent,
    Duration connectTimeout,
    Duration timeout,
    long maxBytes,
    int concurrency,
    int perHost,
    int retries,
    Duration retryBaseDelay,
    Duration maxRetryAfter,
    boolean allowPrivateAddresses,
    int maxPagesPerBuild,
    int maxFailedSourcesPercent) {

  /** What Broadsheet calls itself to servers unless the site says otherwise. */
  public static final String DEFAULT_USER_AGENT =
      "Broadsheet/" + Version.current() + " (+https://broadsheet.dev/; static news digest generator)";

  /** The defaults, as every command without a site (feed, extract) fetches. */
  public static FetchConfig defaults() {
    return new FetchConfig(DEFAULT_USER_AGENT, Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 16, 2, 2,
        Duration.ofSeconds(1), Duration.ofSeconds(60), false, 200, 0);
  }

  /** These settings with a smaller body cap, for downloads with a limit of their own (images). */
  public FetchConfig withMaxBytes(long bytes) {
    return new FetchConfig(userAgent, connectTimeout, timeout, bytes, concurrency, perHost, retries, retryBaseDelay,
        maxRetryAfter, allowPrivateAddresses, maxPagesPerBuild, maxFailedSourcesPercent);
  }
}
