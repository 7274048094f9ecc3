package dev.broadsheet.fetch;

import dev.broadsheet.config.FetchConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Polite, defensive HTTP over the JDK client: a real User-Agent; conditional requests; gzip,
 * deflate and brotli; redirects followed by hand (at most 5,
 * loops detected, a permanent move on the first hop reported); a deadline for the whole response,
 * so a server that drips its body is cut off; a body cap enforced while reading; at most N
 * requests per host; and transient failures (connection errors, timeouts, 429, 5xx) retried with
 * backoff and jitter, honouring Retry-After. Close it when done.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final int MAX_REDIRECTS = 5;

  private final HttpClient client;
  private final FetchConfig config;
  private final HostLimits hosts;
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "broadsheet-http-deadline");
    t.setDaemon(true);
    return t;
  });

  public HttpFetcher(FetchConfig config) {
    this.config = config;
    this.hosts = new HostLimits(config.perHost());
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  /** GETs a configured source's {@code url}, sending {@code etag}/{@code lastModified} (may be null). */
  public FetchResult get(String sourceId, String url, String etag, String lastModified) {
    return fetch(sourceId, url, etag, lastModified, false);
  }

  /** GETs a URL that came from a feed or a page: internal addresses are refused unless allowed. */
  public FetchResult getUntrusted(String sourceId, String url) {
    return fetch(sourceId, url, null, null, !config.allowPrivateAddresses());
  }

  private FetchResult fetch(String sourceId, String url, String etag, String lastModified, boolean guard) {
    Attempt last = null;
    for (int attempt = 0; attempt <= config.retries(); attempt++) {
      last = new Exchange(sourceId, url, etag, lastModified, guard).run();
      if (last.retryAfter() == null) {
        return last.result();
      }
      if (attempt == config.retries()) {
        break;
      }
      Duration wait = last.retryAfter().isZero() ? backoff(attempt) : last.retryAfter();
      if (wait.compareTo(config.maxRetryAfter()) > 0) {
        return FetchResult.failed(sourceId, last.result().error() + "; it asks to wait " + wait.toSeconds()
            + " s, longer than fetch.maxRetryAfterSeconds, so it will be tried next build");
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return FetchResult.failed(sourceId, "interrupted");
      }
    }
    return FetchResult.failed(sourceId, last.result().error() + " (after " + (config.retries() + 1) + " attempts)");
  }

  private Duration backoff(int attempt) {
    long base = config.retryBaseDelay().toMillis() << attempt;
    return Duration.ofMillis(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
  }

  /** One attempt's result; {@code retryAfter} is non-null when the failure is worth retrying (zero: use backoff). */
  private record Attempt(FetchResult result, Duration retryAfter) {
    static Attempt done(FetchResult r) {
      return new Attempt(r, null);
    }
  }

  /** One attempt: the request and its redirects, within one deadline. */
  private final class Exchange {
    private final String sourceId;
    private final String start;
    private final String etag;
    private final String lastModified;
    private final boolean guard;
    private final long deadline;

    Exchange(String sourceId, String start, String etag, String lastModified, boolean guard) {
      this.sourceId = sourceId;
      this.start = start;
      this.etag = etag;
      this.lastModified = lastModified;
      this.guard = guard;
      this.deadline = System.nanoTime() + config.timeout().toNanos();
    }

    Attempt run() {
      String url = start;
      String movedTo = null;
      Set<String> visited = new HashSet<>();
      for (int hop = 0; ; hop++) {
        if (!visited.add(url)) {
          return Attempt.done(FetchResult.failed(sourceId, "redirect loop: " + url + " redirects back to itself"));
        }
        if (guard) {
          String refusal = AddressGuard.refusal(url);
          if (refusal != null) {
            return Attempt.done(FetchResult.failed(sourceId, refusal));
          }
        }
        Semaphore permit = hosts.forUrl(url);
        try {
          permit.acquire();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Attempt.done(FetchResult.failed(sourceId, "interrupted"));
        }
        try {
          HttpResponse<InputStream> response = send(url);
          int code = response.statusCode();
          String location = response.headers().firstValue("Location").orElse(null);
          if (code >= 300 && code < 400 && code != 304 && location != null) {
            response.body().close();
            if (hop + 1 > MAX_REDIRECTS) {
              return Attempt.done(FetchResult.failed(sourceId, "more than " + MAX_REDIRECTS + " redirects, the last to "
                  + location));
            }
            String next = URI.create(url).resolve(location.strip()).toString();
            if (hop == 0 && (code == 301 || code == 308)) {
              movedTo = next;
            }
            url = next;
            continue;
          }
          Attempt attempt = answer(url, response);
          return movedTo == null || attempt.retryAfter() != null ? attempt
              : Attempt.done(attempt.result().withMovedTo(movedTo));
        } catch (HttpTimeoutException e) {
          return new Attempt(FetchResult.failed(sourceId, timedOut()), Duration.ZERO);
        } catch (ConnectException e) {
          return new Attempt(FetchResult.failed(sourceId, "could not connect to " + URI.create(url).getHost()),
              Duration.ZERO);
        } catch (UnknownHostException e) {
          return Attempt.done(FetchResult.failed(sourceId, "unknown host " + URI.create(url).getHost()));
        } catch (BodyTooLargeException e) {
          return Attempt.done(FetchResult.failed(sourceId, "the response is larger than fetch.maxBytes ("
              + config.maxBytes() + " bytes); refused"));
        } catch (IOException e) {
          boolean late = System.nanoTime() >= deadline;
          return new Attempt(FetchResult.failed(sourceId, late ? timedOut() : "network error: " + e.getMessage()),
              Duration.ZERO);
        } catch (IllegalArgumentException e) {
          return Attempt.done(FetchResult.failed(sourceId, "not a valid URL: " + url));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return Attempt.done(FetchResult.failed(sourceId, "interrupted"));
        } finally {
          permit.release();
        }
      }
    }

    private HttpResponse<InputStream> send(String url) throws IOException, InterruptedException {
      long remaining = Math.max(1, deadline - System.nanoTime());
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
          .timeout(Duration.ofNanos(remaining))
          .header("User-Agent", config.userAgent())
          .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
              + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
          .header("Accept-Encoding", "gzip, deflate, br");
      if (etag != null) {
        request.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        request.header("If-Modified-Since", lastModified);
      }
      return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private Attempt answer(String url, HttpResponse<InputStream> response) throws IOException {
      int code = response.statusCode();
      if (code == 304) {
        response.body().close();
        return Attempt.done(FetchResult.of(sourceId, FetchResult.Status.NOT_MODIFIED));
      }
      if (code >= 400) {
        response.body().close();
        FetchResult failed = FetchResult.failed(sourceId, describeStatus(code));
        if (code == 429 || code == 503) {
          return new Attempt(failed, retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
        }
        return code >= 500 && code != 501 ? new Attempt(failed, Duration.ZERO) : Attempt.done(failed);
      }
      byte[] body = readWithin(response);
      return Attempt.done(new FetchResult(sourceId, FetchResult.Status.OK, body,
          response.headers().firstValue("Content-Type").orElse(null), url,
          response.headers().firstValue("Content-Location").orElse(null),
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null), null, null));
    }

    /** Reads the body before the deadline, closing the stream when it passes. */
    private byte[] readWithin(HttpResponse<InputStream> response) throws IOException {
      String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
      InputStream raw = response.body();
      long remaining = Math.max(1, deadline - System.nanoTime());
      ScheduledFuture<?> cutOff = watchdog.schedule(() -> closeQuietly(raw), remaining, TimeUnit.NANOSECONDS);
      try (InputStream in = switch (encoding) {
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
      } finally {
        cutOff.cancel(false);
        closeQuietly(raw);
      }
    }

    private String timedOut() {
      return "timed out after " + config.timeout().toSeconds() + " s";
    }
  }

  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Duration.ZERO;
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      return Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      java.time.ZonedDateTime at = java.time.ZonedDateTime.parse(value, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(java.time.Instant.now(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (java.time.DateTimeException e) {
      return Duration.ZERO;
    }
  }

  static String describeStatus(int code) {
    return switch (code) {
      case 401 -> "HTTP 401: the feed needs a login";
      case 403 -> "HTTP 403: the site may block unknown clients; set fetch.userAgent";
      case 404 -> "HTTP 404: no feed at this address any more; check the source url";
      case 410 -> "HTTP 410: the feed was removed; remove the source or find its new address";
      case 429 -> "HTTP 429: the site asks us to slow down";
      case 503 -> "HTTP 503: the site is unavailable for now";
      default -> code >= 500 ? "HTTP " + code + ": the site has a server error" : "HTTP " + code;
    };
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Closing is only to unblock a read; there is nothing to do if it fails.
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
