package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * What the store remembers about one source between builds.
 *
 * @param lastAttempt when it was last read
 * @param lastSuccess when it was last read without error
 * @param status how its last read went (null: never read)
 * @param consecutiveFailures failures since the last success
 * @param lastError the last error in plain words
 * @param etag the ETag of the last good response, for conditional requests
 * @param lastModified the Last-Modified of the last good response
 * @param url the address it was last read from: what tells a source imported from OPML under a
 *     new name (its id is made from its title) from a new source
 * @param applied the settings its stored articles were given (null: not known, a store of an
 *     earlier version): what a change of them is measured against
 * @param readAs the settings its feed was last read under ({@link
 *     dev.broadsheet.config.SourceConfig#readAs}; null: not known): the validators hold for them only
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SourceState(
    Instant lastAttempt,
    Instant lastSuccess,
    Status status,
    int consecutiveFailures,
    String lastError,
    String etag,
    String lastModified,
    String url,
    Applied applied,
    String readAs) {

  /**
   * What a source's settings gave its articles: who published them, who carried them, their
   * section and the source's tags, whether its feed's categories were left out (null: taken, as by
   * every source of a store written before the setting) and whether its full text was kept (null:
   * not, or not recorded).
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Applied(String name, String publisher, String via, String section, java.util.List<String> tags,
      Boolean withoutCategories, Boolean fullText) {
    public Applied {
      tags = tags == null ? java.util.List.of() : java.util.List.copyOf(tags);
      withoutCategories = Boolean.TRUE.equals(withoutCategories) ? Boolean.TRUE : null;
      fullText = Boolean.TRUE.equals(fullText) ? Boolean.TRUE : null;
    }

    /** Settings of a source whose feed's categories are taken as tags, and its full text not kept. */
    public Applied(String name, String publisher, String via, String section, java.util.List<String> tags) {
      this(name, publisher, via, section, tags, null, null);
    }

    @JsonIgnore
    public boolean takesCategories() {
      return withoutCategories == null;
    }
  }

  /** How a source's last read went, written in the store as its text. */
  public enum Status {
    OK("ok"),
    NOT_MODIFIED("not-modified"),
    FAILED("failed"),
    /** Taken out of the config: what is known of it is kept, its validators are not. */
    RETIRED("not configured");

    private final String text;

    Status(String text) {
      this.text = text;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String text() {
      return text;
    }

    /** The status {@code text} names; null for none or one this version does not know (read as never read). */
    @com.fasterxml.jackson.annotation.JsonCreator
    public static Status of(String text) {
      for (Status s : values()) {
        if (s.text.equals(text)) {
          return s;
        }
      }
      return null;
    }
  }

  public static SourceState never() {
    return new SourceState(null, null, null, 0, null, null, null, null, null, null);
  }

  public SourceState succeeded(Instant at, Status newStatus, String newEtag, String newLastModified) {
    return new SourceState(at, at, newStatus, 0, null, newEtag != null ? newEtag : etag,
        newLastModified != null ? newLastModified : lastModified, url, applied, readAs);
  }

  /**
   * This state after a full read (not a "not modified"): the validators are that answer's, none
   * when it gave none or what was read was not the whole of what it named.
   */
  public SourceState readInFull(Instant at, String newEtag, String newLastModified) {
    return new SourceState(at, at, Status.OK, 0, null, newEtag, newLastModified, url, applied, readAs);
  }

  public SourceState failed(Instant at, String error) {
    return new SourceState(at, lastSuccess, Status.FAILED, consecutiveFailures + 1, error, etag, lastModified, url, applied,
        readAs);
  }

  /**
   * This state, of the source read from {@code address}. The validators of another address (the
   * source's url was changed, or is not known) are dropped: asked "changed since?" with them, the
   * new address could answer "not modified" and never be read.
   */
  public SourceState from(String address) {
    return java.util.Objects.equals(address, url) ? this
        : new SourceState(lastAttempt, lastSuccess, status, consecutiveFailures, lastError, null, null, address,
            applied, readAs);
  }

  /**
   * This state, of the source read from {@code address} under the settings {@code reading}: the
   * validators are dropped as {@link #from(String)} drops them, and also when the feed was last
   * read under other settings, or under settings not recorded (a store of an earlier version: read
   * once in full). Asked "changed since?", a feed would answer "not modified" to a source just
   * given its full text or another time zone, and its stored articles would keep what the old
   * settings made of them, unlike a first read's.
   */
  public SourceState from(String address, String reading) {
    SourceState here = from(address);
    return reading.equals(readAs) || (here.etag == null && here.lastModified == null) ? here
        : new SourceState(lastAttempt, lastSuccess, status, consecutiveFailures, lastError, null, null, address,
            applied, readAs);
  }

  /** This state, its feed read (in full, or found unchanged with validators that hold) under {@code reading}. */
  public SourceState readUnder(String reading) {
    return java.util.Objects.equals(reading, readAs) ? this
        : new SourceState(lastAttempt, lastSuccess, status, consecutiveFailures, lastError, etag, lastModified, url,
            applied, reading);
  }

  /**
   * This state, of a source taken out of the config: its address is kept (a source put back, or
   * added again under another id, is known by it), its validators are not (put back, it is read in
   * full, not asked whether it changed since a read long ago).
   */
  public SourceState retired() {
    return isRetired() ? this
        : new SourceState(lastAttempt, lastSuccess, Status.RETIRED, consecutiveFailures, lastError, null, null, url, applied,
            readAs);
  }

  @JsonIgnore
  public boolean isRetired() {
    return status == Status.RETIRED;
  }

  /** This state, its articles given {@code settings}. */
  public SourceState withApplied(Applied settings) {
    return java.util.Objects.equals(settings, applied) ? this
        : new SourceState(lastAttempt, lastSuccess, status, consecutiveFailures, lastError, etag, lastModified, url,
            settings, readAs);
  }
}
