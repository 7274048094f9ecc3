package dev.broadsheet.feed;

import dev.broadsheet.base.XmlRecords;
import java.time.Instant;
import java.util.List;

/**
 * One item of a feed, as the feed gave it, with links made absolute, HTML sanitized, and (as
 * {@link FeedReader} returns it) every character that XML cannot carry removed ({@link XmlRecords}).
 *
 * @param guid the item's own id (RSS guid, Atom id), if any
 * @param link the link to the article, absolute
 * @param title the headline, plain text
 * @param summaryHtml the summary (RSS description, Atom summary, JSON Feed summary), else the full
 *     content when the item has no summary, sanitized HTML
 * @param authors author names
 * @param categories category names
 * @param published publication time, if the feed gave a usable one
 * @param updated update time, if any
 * @param imageUrl a lead image, absolute
 * @param originalPublisher who published the item first, when the feed says (RSS source, Atom
 *     source, dc:publisher)
 * @param language the language it is written in, as a BCP 47 tag, when the feed says (xml:lang,
 *     dc:language, the channel's language, JSON Feed's language)
 * @param contentHtml the item's full content (content:encoded, Atom content, JSON Feed content_html
 *     or content_text) when it has one besides its summary, sanitized HTML; else null. Shown only
 *     where the source allows its full text.
 * @param publishedDayOnly whether {@code published} was given as a day without a time (read as its noon)
 * @param media the sound or video the item is (an audio or video enclosure), if any
 */
public record FeedEntry(
    String guid,
    String link,
    String title,
    String summaryHtml,
    List<String> authors,
    List<String> categories,
    Instant published,
    Instant updated,
    String imageUrl,
    String originalPublisher,
    String language,
    String contentHtml,
    boolean publishedDayOnly,
    dev.broadsheet.store.Media media) {

  public FeedEntry {
    // Content that is the summary again (or nothing) is no content besides it.
    contentHtml = contentHtml == null || contentHtml.isEmpty() || contentHtml.equals(summaryHtml) ? null : contentHtml;
  }

  /** An item that is no sound or video. */
  public FeedEntry(String guid, String link, String title, String summaryHtml, List<String> authors,
      List<String> categories, Instant published, Instant updated, String imageUrl, String originalPublisher,
      String language, String contentHtml, boolean publishedDayOnly) {
    this(guid, link, title, summaryHtml, authors, categories, published, updated, imageUrl, originalPublisher,
        language, contentHtml, publishedDayOnly, null);
  }

  /** An item whose date, if any, gave a time of day. */
  public FeedEntry(String guid, String link, String title, String summaryHtml, List<String> authors,
      List<String> categories, Instant published, Instant updated, String imageUrl, String originalPublisher,
      String language, String contentHtml) {
    this(guid, link, title, summaryHtml, authors, categories, published, updated, imageUrl, originalPublisher,
        language, contentHtml, false);
  }

  /** An item without full content besides its summary. */
  public FeedEntry(String guid, String link, String title, String summaryHtml, List<String> authors,
      List<String> categories, Instant published, Instant updated, String imageUrl, String originalPublisher,
      String language) {
    this(guid, link, title, summaryHtml, authors, categories, published, updated, imageUrl, originalPublisher,
        language, null);
  }

  /** An item whose feed does not say its language. */
  public FeedEntry(String guid, String link, String title, String summaryHtml, List<String> authors,
      List<String> categories, Instant published, Instant updated, String imageUrl, String originalPublisher) {
    this(guid, link, title, summaryHtml, authors, categories, published, updated, imageUrl, originalPublisher, null);
  }
}
