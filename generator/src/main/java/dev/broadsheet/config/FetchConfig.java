package dev.broadsheet.config;

import java.time.Duration;

/**
 * How sources are fetched over HTTP.
 *
 * @param userAgent the User-Agent header sent with every request
 * @param connectTimeout the longest wait for a connection
 * @param timeout the longest wait for a whole response
 * @param maxBytes the largest body accepted
 * @param concurrency the most requests under way at once
 */
public record FetchConfig(String userAgent, Duration connectTimeout, Duration timeout, long maxBytes, int concurrency) {}
