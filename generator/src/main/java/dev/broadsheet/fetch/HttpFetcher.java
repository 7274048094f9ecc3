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
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Conditional GET over the JDK client: a real User-Agent, timeouts, redirects, gzip/deflate, and
 * a body size cap enforced while reading, so that a hostile server cannot exhaust memory.
 */
public final class HttpFetcher {
  private final HttpClient client;
  private final FetchConfig config;

  public HttpFetcher(FetchConfig config) {
    this.config = config;
    this.client = HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
  }

  /** GETs {@code url}, sending {@code etag}/{@code lastModified} (may be null) as validators. */
  public FetchResult get(String sourceId, String url, String etag, String lastModified) {
    HttpRequest.Builder request;
    try {
      request = HttpRequest.newBuilder(URI.create(url))
          .timeout(config.timeout())
          .header("User-Agent", config.userAgent())
          .header("Accept", "application/rss+xml, application/atom+xml, application/feed+json, "
              + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
          .header("Accept-Encoding", "gzip, deflate");
    } catch (IllegalArgumentException e) {
      return FetchResult.failed(sourceId, "not a valid URL: " + url);
    }
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    try {
      HttpResponse<InputStream> response = client.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
      int code = response.statusCode();
      if (code == 304) {
        response.body().close();
        return FetchResult.of(sourceId, FetchResult.Status.NOT_MODIFIED);
      }
      if (code >= 400) {
        response.body().close();
        return FetchResult.failed(sourceId, describeStatus(code));
      }
      byte[] body = readCapped(response);
      return new FetchResult(sourceId, FetchResult.Status.OK, body,
          response.headers().firstValue("Content-Type").orElse(null), response.uri().toString(),
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null), null);
    } catch (HttpTimeoutException e) {
      return FetchResult.failed(sourceId, "timed out after " + config.timeout().toSeconds() + " s");
    } catch (ConnectException e) {
      return FetchResult.failed(sourceId, "could not connect to " + URI.create(url).getHost());
    } catch (UnknownHostException e) {
      return FetchResult.failed(sourceId, "unknown host " + URI.create(url).getHost());
    } catch (BodyTooLargeException e) {
      return FetchResult.failed(sourceId, "the response is larger than fetch.maxBytes (" + config.maxBytes()
          + " bytes)");
    } catch (IOException e) {
      return FetchResult.failed(sourceId, "network error: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return FetchResult.failed(sourceId, "interrupted");
    }
  }

  private byte[] readCapped(HttpResponse<InputStream> response) throws IOException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("").toLowerCase(Locale.ROOT);
    try (InputStream raw = response.body();
        InputStream in = switch (encoding) {
          case "gzip", "x-gzip" -> new GZIPInputStream(raw);
          case "deflate" -> new InflaterInputStream(raw);
          default -> raw;
        }) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16384];
      int n;
      while ((n = in.read(buffer)) > 0) {
        // Counted after decompression, so a small gzip bomb is stopped as early as a big body.
        if (out.size() + n > config.maxBytes()) {
          throw new BodyTooLargeException();
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    }
  }

  static String describeStatus(int code) {
    return switch (code) {
      case 401 -> "HTTP 401: the feed needs a login";
      case 403 -> "HTTP 403: the site may block unknown clients; set fetch.userAgent";
      case 404 -> "HTTP 404: no feed at this address any more; check the source url";
      case 410 -> "HTTP 410: the feed was removed; remove the source or find its new address";
      case 429 -> "HTTP 429: the site asks us to slow down; it will be tried again next build";
      default -> code >= 500
          ? "HTTP " + code + ": the site has a server error; it will be tried again next build"
          : "HTTP " + code;
    };
  }

  private static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
  }
}
