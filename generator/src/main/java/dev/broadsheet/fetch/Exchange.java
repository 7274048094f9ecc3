package dev.broadsheet.fetch;

import dev.broadsheet.config.FetchConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;

/**
 * One attempt at a URL for {@link HttpFetcher}: the request and its redirects, each hop checked by
 * the {@link AddressPolicy} right before it is sent, all within the fetch's {@link Deadline}. Used
 * by one thread, once.
 *
 * @param sourceId whom the result is for
 * @param requester on whose behalf the address policy judges each hop ({@link AddressPolicy#refusal})
 * @param start the URL asked for, before any redirect
 * @param etag the validator to send, or null
 * @param lastModified the validator to send, or null
 * @param attempt which attempt at the URL this is, from 1
 */
record Exchange(Shared shared, String sourceId, Requester requester, String start, String etag, String lastModified, Deadline deadline,
    int attempt) {
  private static final int MAX_REDIRECTS = 5;
  private static final String ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
      + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

  /** What every exchange of one fetcher shares: the client and its connections, the policy, the per-host slots. */
  record Shared(FetchConfig config, AddressPolicy policy, HostLimits hosts, HttpClient client,
      ScheduledExecutorService watchdog) {}

  /**
   * What an attempt came to; {@code retryAfter} is non-null when the failure is worth retrying
   * (zero: use backoff); {@code sent} is false when no request was sent: the deadline passed while
   * the host's other fetches held all its slots.
   */
  record Attempt(FetchResult result, Duration retryAfter, boolean sent) {
    Attempt(FetchResult result, Duration retryAfter) {
      this(result, retryAfter, true);
    }

    static Attempt done(FetchResult r) {
      return new Attempt(r, null);
    }
  }

  /**
   * Follows the redirects by hand, so that each hop goes through the address check like the first.
   * One loop, longer than most methods here, because the redirect state and the host slot held
   * while a response is read would otherwise have to be passed between pieces.
   */
  /** The address asked for, before any redirect; null when it is no URI (the first hop then fails on it). */
  private URI startUri() {
    try {
      return URI.create(start);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  Attempt run() {
    String url = start;
    String movedTo = null;
    Set<String> visited = new LinkedHashSet<>();
    for (int hop = 0; ; hop++) {
      if (!visited.add(url)) {
        return fail("redirect loop: " + (visited.size() == 1 ? url + " redirects back to itself"
            : String.join(" → ", visited) + " → " + url));
      }
      URI uri;
      try {
        uri = URI.create(url);
      } catch (IllegalArgumentException e) {
        return fail("not a valid URL: " + url);
      }
      Semaphore permit = shared.hosts().forUrl(uri);
      try {
        if (!acquire(permit)) {
          return new Attempt(FetchResult.failedForNow(sourceId, timedOut()), null, hop > 0);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failForNow("interrupted");
      }
      try {
        // Checked after the wait for a slot, right before sending: the client's own lookup of the
        // name, a moment later, then finds the answer checked here in the JVM's cache.
        String refusal = shared.policy().refusal(uri, requester, startUri());
        if (refusal != null) {
          return fail((hop == 0 ? "refused " + url : "refused redirect " + hop + " to " + url) + ": " + refusal);
        }
        HttpResponse<InputStream> response =
            shared.client().send(request(uri), HttpResponse.BodyHandlers.ofInputStream());
        int code = response.statusCode();
        String location = header(response, "Location");
        if (code >= 300 && code < 400 && code != 304 && location != null) {
          response.body().close();
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
      } catch (IOException e) {
        return failure(e, uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
      } catch (IllegalArgumentException e) {
        // The address was parsed above: what the client refuses here is a request it cannot make
        // of it (an odd scheme or host) or an answer it cannot read (a Content-Length past any number).
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return fail("cannot fetch " + url + ": " + dev.broadsheet.base.TextCuts.shortened(why, 200));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return failForNow("interrupted");
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

  /** A GET whose timeout is what is left of the deadline: it covers connecting and the response headers. */
  private HttpRequest request(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri)
        .timeout(Duration.ofNanos(Math.max(1, deadline.remainingNanos())))
        .header("User-Agent", shared.config().userAgent())
        .header("Accept", ACCEPT)
        .header("Accept-Encoding", "gzip, deflate, br")
        .GET();
    validator(request, "If-None-Match", etag);
    validator(request, "If-Modified-Since", lastModified);
    return request.build();
  }

  private Attempt answer(String url, HttpResponse<InputStream> response) throws IOException {
    int code = response.statusCode();
    if (code == 304 || code >= 400) {
      response.body().close();
    }
    if (code == 304) {
      return Attempt.done(FetchResult.of(sourceId, FetchResult.Status.NOT_MODIFIED));
    }
    if (code >= 300 && code < 400) {
      // A redirect to nowhere: its body is a server's note, not the feed or page asked for; a
      // server set up wrong for a while, so asked again later.
      response.body().close();
      return Attempt.done(FetchResult.failedForNow(sourceId, "HTTP " + code + " without a Location header to follow"));
    }
    if (code >= 400) {
      FetchResult failed = FetchResult.failed(sourceId, HttpAnswers.describeStatus(code));
      if (code == 429 || code == 503) {
        return new Attempt(failed, HttpAnswers.retryAfter(header(response, "Retry-After")));
      }
      return code >= 500 && code != 501 ? new Attempt(failed, Duration.ZERO) : Attempt.done(failed);
    }
    return Attempt.done(FetchResult.ok(sourceId, read(response), header(response, "Content-Type"), url,
        header(response, "Content-Location"), header(response, "ETag"), header(response, "Last-Modified")));
  }

  /** Reads the body; at the deadline the watchdog closes the stream, and the blocked read fails. */
  private byte[] read(HttpResponse<InputStream> response) throws IOException {
    InputStream raw = response.body();
    ScheduledFuture<?> cutOff = shared.watchdog().schedule(() -> closeQuietly(raw), deadline.remainingNanos(),
        TimeUnit.NANOSECONDS);
    try {
      return ResponseBodies.read(raw, header(response, "Content-Encoding"), shared.config().maxBytes());
    } finally {
      cutOff.cancel(false);
    }
  }

  /** What a failed request comes to: a timeout once the deadline has passed; otherwise retried or not by its kind. */
  private Attempt failure(IOException e, String host) {
    if (e instanceof ResponseBodies.TooLargeException) {
      return fail("the response is larger than fetch.maxBytes (" + shared.config().maxBytes() + " bytes); refused");
    }
    if (e instanceof UnknownHostException) {
      // A name that does not resolve now may resolve later (a lapse of the name server).
      return failForNow("unknown host " + host);
    }
    boolean connecting = e instanceof HttpConnectTimeoutException;
    if (deadline.passed() || (e instanceof HttpTimeoutException && !connecting)) {
      return failForNow(timedOut());
    }
    if (connecting) {
      return retry("could not connect to " + host + " within " + shared.config().connectTimeout().toSeconds()
          + " s (fetch.connectTimeoutSeconds)");
    }
    if (e instanceof SSLHandshakeException) {
      return fail("the secure connection failed: " + e.getMessage());
    }
    if (e instanceof ConnectException) {
      return retry("could not connect to " + host);
    }
    return retry("network error: " + Objects.requireNonNullElse(e.getMessage(), e.getClass().getSimpleName()));
  }

  private Attempt fail(String error) {
    return Attempt.done(FetchResult.failed(sourceId, error));
  }

  private Attempt failForNow(String error) {
    return Attempt.done(FetchResult.failedForNow(sourceId, error));
  }

  private Attempt retry(String error) {
    return new Attempt(FetchResult.failed(sourceId, error), Duration.ZERO);
  }

  private String timedOut() {
    return "timed out after " + deadline.describe() + (attempt > 1 ? " and " + attempt + " attempts" : "")
        + " (fetch.timeoutSeconds, the deadline for all attempts and redirects of a URL)";
  }

  /** Sends a stored validator only if the JDK accepts it as a header value; a corrupt one makes the request unconditional. */
  private static void validator(HttpRequest.Builder request, String name, String value) {
    if (value == null) {
      return;
    }
    try {
      request.header(name, value);
    } catch (IllegalArgumentException e) {
      // A line break or control character in a stored ETag: better a full download than no request.
    }
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse(null);
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Closing is only to unblock a read; there is nothing to do if it fails.
    }
  }
}
