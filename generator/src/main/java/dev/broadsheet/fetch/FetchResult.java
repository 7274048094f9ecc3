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
    String error) {

  /** What happened to one source. */
  public enum Status {
    OK,
    NOT_MODIFIED,
    SKIPPED_OFFLINE,
    FAILED
  }

  public static FetchResult failed(String sourceId, String error) {
    return new FetchResult(sourceId, Status.FAILED, new byte[0], null, null, null, null, null, null, error);
  }

  public static FetchResult of(String sourceId, Status status) {
    return new FetchResult(sourceId, status, new byte[0], null, null, null, null, null, null, null);
  }

  FetchResult withMovedTo(String url) {
    return new FetchResult(sourceId, status, body, contentType, documentUrl, contentLocation, etag, lastModified, url,
        error);
  }
}
