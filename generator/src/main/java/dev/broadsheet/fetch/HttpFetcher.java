package dev.broadsheet.fetch;

import dev.broadsheet.config.FetchConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;

/**
 * Polite, defensive HTTP: a real User-Agent; conditional requests; gzip, deflate and brotli;
 * redirects followed by hand (at most 5, loops detected, a permanent move on the first hop
 * reported); every connection, redirects included, only to an address the {@link AddressPolicy}
 * checked; one deadline per URL covering every attempt, redirect and retry pause, so a server that
 * drips its headers or body costs at most {@code fetch.timeoutSeconds}; a body cap enforced while
 * reading; at most N requests per host; and transient failures (connection errors, 429, 5xx)
 * retried with backoff and jitter, honouring Retry-After, while time remains. Close it when done.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final int MAX_REDIRECTS = 5;

  private final FetchConfig config;
  private final AddressPolicy policy;
  private final HostLimits hosts;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "broadsheet-http-deadline");
    t.setDaemon(true);
    return t;
  });
  private final PinnedHttp http;

  /** Fetches with {@code config}, connecting only where {@code policy} allows. */
  public HttpFetcher(FetchConfig config, AddressPolicy policy) {
    this(config, policy, (SSLSocketFactory) SSLSocketFactory.getDefault());
  }

  /** As above, with the TLS socket factory given (tests trust their own certificate with it). */
  HttpFetcher(FetchConfig config, AddressPolicy policy, SSLSocketFactory tls) {
    this.config = config;
    this.policy = policy;
    this.hosts = new HostLimits(config.perHost());
    this.http = new PinnedHttp(tls, config.connectTimeout(), watchdog);
  }

  /** GETs {@code url}: a source's, a page's or a feed's link alike. */
  public FetchResult get(String sourceId, String url) {
    return get(sourceId, url, null, null);
  }

  /** GETs {@code url}, sending {@code etag}/{@code lastModified} (may be null). */
  public FetchResult get(String sourceId, String url, String etag, String lastModified) {
    Deadline deadline = new Deadline(config.timeout());
    for (int attempt = 1; ; attempt++) {
      Attempt last = new Exchange(sourceId, url, etag, lastModified, deadline, attempt).run();
      if (last.retryAfter() == null) {
        return last.result();
      }
      String error = last.result().error();
      String attempts = attempt + (attempt == 1 ? " attempt" : " attempts");
      if (attempt > config.retries()) {
        return FetchResult.failed(sourceId, error + " (after " + attempts + ")");
      }
      Duration wait = last.retryAfter().isZero() ? backoff(attempt - 1) : last.retryAfter();
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        return FetchResult.failed(sourceId, error + "; it asks to wait " + wait.toSeconds()
            + " s, longer than fetch.maxRetryAfterSeconds, so it will be tried next build");
      }
      if (wait.toNanos() >= deadline.remainingNanos()) {
        return FetchResult.failed(sourceId, error + " (after " + attempts + "; another would not end within the "
            + deadline.describe() + " deadline, fetch.timeoutSeconds)");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FetchResult.failed(sourceId, "interrupted");
      }
    }
  }

  private Duration backoff(int retry) {
    long base = config.retryBaseDelay().toMillis() << retry;
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
  }

  /** One attempt's result; {@code retryAfter} is non-null when the failure is worth retrying (zero: use backoff). */
  private record Attempt(FetchResult result, Duration retryAfter) {
    static Attempt done(FetchResult r) {
      return new Attempt(r, null);
    }
  }

  /** One attempt: the request and its redirects, each hop checked, within the fetch's deadline. */
  private final class Exchange {
    private final String sourceId;
    private final String start;
    private final String etag;
    private final String lastModified;
    private final Deadline deadline;
    private final int attempt;

    Exchange(String sourceId, String start, String etag, String lastModified, Deadline deadline, int attempt) {
      this.sourceId = sourceId;
      this.start = start;
      this.etag = etag;
      this.lastModified = lastModified;
      this.deadline = deadline;
      this.attempt = attempt;
    }

    /** Follows the redirects by hand, so that each hop goes through the address check like the first. */
    Attempt run() {
      String url = start;
      String movedTo = null;
      Set<String> visited = new HashSet<>();
      for (int hop = 0; ; hop++) {
        if (!visited.add(url)) {
          return fail("redirect loop: " + url + " redirects back to itself");
        }
        URI uri;
        AddressPolicy.Checked checked;
        try {
          uri = URI.create(url);
          checked = policy.check(uri);
        } catch (IllegalArgumentException e) {
          return fail("not a valid URL: " + url);
        } catch (UnknownHostException e) {
          return fail("unknown host " + URI.create(url).getHost());
        }
        if (checked.refusal() != null) {
          return fail((hop == 0 ? "refused " + url : "refused redirect " + hop + " to " + url) + ": "
              + checked.refusal());
        }
        Semaphore permit = hosts.forUrl(url);
        try {
          if (!acquire(permit)) {
            return fail(timedOut());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return fail("interrupted");
        }
        try (PinnedHttp.Response response = http.get(uri, checked.addresses(), headers(), deadline.end())) {
          int code = response.status();
          String location = response.header("Location");
          if (code >= 300 && code < 400 && code != 304 && location != null) {
            if (hop + 1 > MAX_REDIRECTS) {
              return fail("more than " + MAX_REDIRECTS + " redirects, the last to " + location);
            }
            String next = uri.resolve(location.strip()).toString();
            if (hop == 0 && (code == 301 || code == 308)) {
              movedTo = next;
            }
            url = next;
            continue;
          }
          Attempt answered = answer(url, response);
          return movedTo == null || answered.retryAfter() != null ? answered
              : Attempt.done(answered.result().withMovedTo(movedTo));
        } catch (BodyTooLargeException e) {
          return fail("the response is larger than fetch.maxBytes (" + config.maxBytes() + " bytes); refused");
        } catch (SSLHandshakeException e) {
          return deadline.passed() ? fail(timedOut()) : fail("the secure connection failed: " + e.getMessage());
        } catch (ConnectException e) {
          return deadline.passed() ? fail(timedOut()) : retry(e.getMessage());
        } catch (IOException e) {
          return deadline.passed() || e instanceof SocketTimeoutException ? fail(timedOut())
              : retry("network error: " + e.getMessage());
        } catch (IllegalArgumentException e) {
          return fail("not a valid URL: " + url);
        } finally {
          permit.release();
        }
      }
    }

    /** The first slot waits as long as it takes (the deadline starts after); later ones only within the deadline. */
    private boolean acquire(Semaphore permit) throws InterruptedException {
      if (deadline.started()) {
        return permit.tryAcquire(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
      }
      permit.acquire();
      deadline.start();
      return true;
    }

    private Map<String, String> headers() {
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("User-Agent", config.userAgent());
      headers.put("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
          + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
      headers.put("Accept-Encoding", "gzip, deflate, br");
      if (etag != null) {
        headers.put("If-None-Match", etag);
      }
      if (lastModified != null) {
        headers.put("If-Modified-Since", lastModified);
      }
      return headers;
    }

    private Attempt answer(String url, PinnedHttp.Response response) throws IOException {
      int code = response.status();
      if (code == 304) {
        return Attempt.done(FetchResult.of(sourceId, FetchResult.Status.NOT_MODIFIED));
      }
      if (code >= 400) {
        FetchResult failed = FetchResult.failed(sourceId, HttpAnswers.describeStatus(code));
        if (code == 429 || code == 503) {
          return new Attempt(failed, HttpAnswers.retryAfter(response.header("Retry-After")));
        }
        return code >= 500 && code != 501 ? new Attempt(failed, Duration.ZERO) : Attempt.done(failed);
      }
      return Attempt.done(new FetchResult(sourceId, FetchResult.Status.OK, read(response), response.header("Content-Type"),
          url, response.header("Content-Location"), response.header("ETag"), response.header("Last-Modified"), null,
          null));
    }

    /** Reads the body, decoded; the connection's watchdog cuts it off at the deadline. */
    private byte[] read(PinnedHttp.Response response) throws IOException {
      String encoding = response.header("Content-Encoding");
      InputStream raw = response.body();
      try (InputStream in = switch (encoding == null ? "" : encoding.strip().toLowerCase(Locale.ROOT)) {
            case "gzip", "x-gzip" -> new GZIPInputStream(raw);
            case "deflate" -> new InflaterInputStream(raw);
            case "br" -> new org.brotli.dec.BrotliInputStream(raw);
            default -> raw;
          }) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[16384];
        int n;
        while ((n = in.read(buffer)) > 0) {
          // Counted after decompression, so a gzip bomb is stopped as early as a big body.
          if (out.size() + (long) n > config.maxBytes()) {
            throw new BodyTooLargeException();
          }
          out.write(buffer, 0, n);
        }
        return out.toByteArray();
      }
    }

    private Attempt fail(String error) {
      return Attempt.done(FetchResult.failed(sourceId, error));
    }

    private Attempt retry(String error) {
      return new Attempt(FetchResult.failed(sourceId, error), Duration.ZERO);
    }

    private String timedOut() {
      return "timed out after " + deadline.describe() + (attempt > 1 ? " and " + attempt + " attempts" : "")
          + " (fetch.timeoutSeconds, the deadline for all attempts and redirects of a URL)";
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }

  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
