package dev.broadsheet.fetch;

import dev.broadsheet.config.FetchConfig;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLContext;

/**
 * Polite, defensive HTTP over the JDK's {@link HttpClient} (HTTP/2 where offered, pooled
 * connections, the JVM's proxy settings): a real User-Agent; conditional requests; gzip, deflate
 * and brotli; redirects followed by hand (at most 5, loops detected, a permanent move on the first
 * hop reported), so that every request, each redirect hop included, comes straight after the
 * {@link AddressPolicy} check of its host; one deadline per URL covering every attempt, redirect
 * and retry pause, so a server that drips its headers or body costs at most
 * {@code fetch.timeoutSeconds}; a body cap enforced while reading; at most N requests per host;
 * and transient failures (connection errors, 429, 5xx) retried with backoff and jitter, honouring
 * Retry-After, while time remains. One attempt is an {@link Exchange}; this class decides whether
 * there is another. Close it when done.
 */
public final class HttpFetcher implements AutoCloseable {
  private final FetchConfig config;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "broadsheet-http-deadline");
    t.setDaemon(true);
    return t;
  });
  private final Exchange.Shared shared;

  /** Fetches with {@code config}, sending a request only where {@code policy} allows. */
  public HttpFetcher(FetchConfig config, AddressPolicy policy) {
    this(config, policy, null);
  }

  /** As above, with the TLS context given, or null for the JVM's (tests trust their own certificate with it). */
  HttpFetcher(FetchConfig config, AddressPolicy policy, SSLContext tls) {
    this.config = config;
    HttpClient.Builder client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        // Followed by hand instead, so that each hop is checked by the address policy like the first.
        .followRedirects(HttpClient.Redirect.NEVER);
    if (tls != null) {
      client.sslContext(tls);
    }
    this.shared = new Exchange.Shared(config, policy, new HostLimits(config.perHost()), client.build(), watchdog);
  }

  /**
   * GETs {@code url} for {@code requester}: what a source's feed links to (a page, a picture, a
   * feed it names) or what an editor asked for; a private address is reached only where the policy
   * allows it to them.
   */
  public FetchResult get(Requester requester, String url) {
    return get(requester.label(), requester, url, null, null);
  }

  /**
   * GETs source {@code sourceId}'s feed at {@code url} for {@code requester} ({@link
   * Requester#configuredFeed} when the editor wrote the address), sending {@code etag}/{@code
   * lastModified} (may be null).
   */
  public FetchResult get(String sourceId, Requester requester, String url, String etag, String lastModified) {
    Deadline deadline = new Deadline(config.timeout());
    Exchange.Attempt previous = null;
    for (int attempt = 1; ; attempt++) {
      Exchange.Attempt last = new Exchange(shared, sourceId, requester, url, etag, lastModified, deadline, attempt)
          .run();
      if (!last.sent() && previous != null) {
        // The retry never went out: what failed is what the last request was answered, not a timeout.
        int made = attempt - 1;
        return FetchResult.failedForNow(sourceId, previous.result().error() + " (after " + made
            + (made == 1 ? " attempt" : " attempts") + "; another could not be sent within the " + deadline.describe()
            + " deadline, fetch.timeoutSeconds, while the host's other fetches held its fetch.perHost connections)");
      }
      if (last.retryAfter() == null) {
        return last.result();
      }
      previous = last;
      String error = last.result().error();
      String attempts = attempt + (attempt == 1 ? " attempt" : " attempts");
      if (attempt > config.retries()) {
        return FetchResult.failedForNow(sourceId, error + " (after " + attempts + ")");
      }
      Duration wait = last.retryAfter().isZero() ? backoff(attempt - 1) : last.retryAfter();
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        return FetchResult.failedForNow(sourceId, error + "; it asks to wait " + wait.toSeconds()
            + " s, longer than fetch.maxRetryAfterSeconds, so it will be tried next build");
      }
      if (wait.toNanos() >= deadline.remainingNanos()) {
        return FetchResult.failedForNow(sourceId, error + " (after " + attempts + "; another would not end within the "
            + deadline.describe() + " deadline, fetch.timeoutSeconds)");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FetchResult.failedForNow(sourceId, "interrupted");
      }
    }
  }

  private Duration backoff(int retry) {
    long base = config.retryBaseDelay().toMillis() << retry;
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
