package dev.broadsheet.fetch;

/**
 * The outcome of reading one source.
 *
 * @param sourceId the source read
 * @param status what happened
 * @param body the document, empty unless {@link Status#OK}
 * @param contentType the Content-Type header, if any
 * @param documentUrl the final URL after redirects (null for local files)
 * @param contentLocation the Content-Location header, if any
 * @param etag the ETag to send next time, if any
 * @param lastModified the Last-Modified to send next time, if any
 * @param movedTo where the source moved for good (a 301 or 308 on the first request), if it did
 * @param error why it failed, in plain words, when {@link Status#FAILED}
 * @param temporary whether a failure may pass by itself (a timeout, a server error, a refused
 *     connection after every retry), so that what was asked is worth asking again later
 */
public record FetchResult(
    String sourceId,
    Status status,
    byte[] body,
    String contentType,
    String documentUrl,
    String contentLocation,
    String etag,
    String lastModified,
    String movedTo,
    String error,
    boolean temporary) {

  /** The longest error kept: it is printed, and stored in data/sources.json; a server's 60 KB header is not. */
  static final int MAX_ERROR_LENGTH = 1000;

  public FetchResult {
    if (error != null && error.length() > MAX_ERROR_LENGTH) {
      error = dev.broadsheet.base.TextCuts.shortened(error, MAX_ERROR_LENGTH);
    }
  }

  /** What happened to one source. */
  public enum Status {
    OK,
    NOT_MODIFIED,
    SKIPPED_OFFLINE,
    FAILED
  }

  /** A failure that asking again will not mend (a 404, a refused certificate, a response too large). */
  public static FetchResult failed(String sourceId, String error) {
    return new FetchResult(sourceId, Status.FAILED, new byte[0], null, null, null, null, null, null, error, false);
  }

  /** A failure that may pass by itself: worth asking again later. */
  public static FetchResult failedForNow(String sourceId, String error) {
    return new FetchResult(sourceId, Status.FAILED, new byte[0], null, null, null, null, null, null, error, true);
  }

  public static FetchResult of(String sourceId, Status status) {
    return new FetchResult(sourceId, status, new byte[0], null, null, null, null, null, null, null, false);
  }

  /** What was read, with what to send next time to ask whether it changed. */
  public static FetchResult ok(String sourceId, byte[] body, String contentType, String documentUrl,
      String contentLocation, String etag, String lastModified) {
    return new FetchResult(sourceId, Status.OK, body, contentType, documentUrl, contentLocation, etag, lastModified,
        null, null, false);
  }

  FetchResult withMovedTo(String url) {
    return new FetchResult(sourceId, status, body, contentType, documentUrl, contentLocation, etag, lastModified, url,
        error, temporary);
  }
}
