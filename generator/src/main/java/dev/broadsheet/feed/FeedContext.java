package dev.broadsheet.feed;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What the transport knows about a document, besides its bytes.
 *
 * @param contentType the HTTP Content-Type, or null
 * @param documentUrl the URL the document came from (after redirects), or null for a local file
 * @param contentLocation the HTTP Content-Location, or null
 * @param zone the zone for dates that give none (the source's, else the site's)
 * @param maxBytes the largest document accepted after decompression
 */
public record FeedContext(String contentType, String documentUrl, String contentLocation, ZoneId zone, long maxBytes) {
  public static FeedContext of(String contentType, String documentUrl) {
    return new FeedContext(contentType, documentUrl, null, ZoneOffset.UTC, 10L << 20);
  }

  public FeedContext withZone(ZoneId value) {
    return new FeedContext(contentType, documentUrl, contentLocation, value, maxBytes);
  }
}
