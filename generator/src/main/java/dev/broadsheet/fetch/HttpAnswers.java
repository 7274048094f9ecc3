package dev.broadsheet.fetch;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** What an HTTP status or a Retry-After header means for the fetcher, and for the editor reading the error. */
final class HttpAnswers {
  private HttpAnswers() {}

  /** How long a 429 or 503 asks us to wait (seconds, or an HTTP date); zero when it does not say: use backoff. */
  static Duration retryAfter(String header) {
    if (header == null || header.isBlank()) {
      return Duration.ZERO;
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      // Too many digits for a long is "longer than anyone will wait", which is what it asks for.
      return value.length() > 15 ? Duration.ofSeconds(Long.MAX_VALUE) : Duration.ofSeconds(Long.parseLong(value));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(Instant.now(), at.toInstant());
      return wait.isNegative() ? Duration.ZERO : wait;
    } catch (DateTimeException e) {
      return Duration.ZERO;
    }
  }

  /**
   * An HTTP error status in plain words, with what to do where there is something to do. Feeds,
   * article pages and images are all fetched here, and the problem names the address: the words
   * must fit each of them.
   */
  static String describeStatus(int code) {
    return switch (code) {
      case 401 -> "HTTP 401: the server asks for a login";
      case 403 -> "HTTP 403: the site may block unknown clients; set fetch.userAgent";
      case 404 -> "HTTP 404: nothing at this address (any more)";
      case 410 -> "HTTP 410: removed from this address for good";
      case 429 -> "HTTP 429: the site asks us to slow down";
      case 503 -> "HTTP 503: the site is unavailable for now";
      default -> code >= 500 ? "HTTP " + code + ": the site has a server error" : "HTTP " + code;
    };
  }
}
