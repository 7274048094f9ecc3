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
 * @param maxItems the most items the caller keeps (the source's maxItems): only the newest
 *     {@link ItemWindow#size window} for that many are built, so memory follows what is kept
 * @param known the items the source's last reading converted, taken as they were when unchanged
 */
public record FeedContext(String contentType, String documentUrl, String contentLocation, ZoneId zone, long maxBytes,
    int maxItems, KnownEntries known) {
  /** A context that keeps no known items. */
  public FeedContext(String contentType, String documentUrl, String contentLocation, ZoneId zone, long maxBytes,
      int maxItems) {
    this(contentType, documentUrl, contentLocation, zone, maxBytes, maxItems, KnownEntries.none());
  }

  /** A context that reads every item, as {@code broadsheet feed} and the corpus test do. */
  public FeedContext(String contentType, String documentUrl, String contentLocation, ZoneId zone, long maxBytes) {
    this(contentType, documentUrl, contentLocation, zone, maxBytes, Integer.MAX_VALUE);
  }

  public static FeedContext of(String contentType, String documentUrl) {
    return new FeedContext(contentType, documentUrl, null, ZoneOffset.UTC, 10L << 20);
  }
}
