package dev.broadsheet.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.broadsheet.base.XmlText;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One article as the store keeps it: what its feed (or page) said, and when Broadsheet first saw
 * it. Fields a source did not give are {@code null} (or empty lists). No field holds a character
 * that XML cannot carry ({@link XmlText}): those are removed on construction, but for the long
 * texts, which are cleaned where they enter ({@link #withCleanTexts}).
 *
 * @param id stable identity, derived from the canonical link or the GUID ({@link ArticleIds})
 * @param url link to the original article
 * @param guid the feed's own id for the item, if any
 * @param sourceId the configured source it came from
 * @param title headline, plain text
 * @param publisher who published the article
 * @param via the syndicator that carried it, if not the publisher
 * @param section the section it belongs to
 * @param tags tags, from the feed and the source config
 * @param authors author names
 * @param published publication time, when known
 * @param updated last update time, when known
 * @param firstSeen when Broadsheet first stored it
 * @param summaryHtml the feed's summary, sanitized HTML
 * @param imageUrl a lead image, absolute URL
 * @param page what was taken from the article's own page, if it was fetched
 * @param addressTitle the headline the article's address was made from, when its headline changed
 *     since (a corrected headline must not move the page, nor make it a new item in the site's feeds);
 *     null while it is the headline
 * @param language the language it is written in, as a BCP 47 tag, when its feed says (its
 *     source's config, when it names one, has the last word: see the curation's ArticleLanguages)
 * @param contentHtml the whole text its feed carried besides the summary (content:encoded, Atom
 *     content, JSON Feed content_html), sanitized HTML; kept only for sources that allow their full
 *     text, and shown only while they do
 * @param alsoFrom the other configured sources whose feeds carried the same article, by id, sorted:
 *     it is filed under {@code sourceId} (the copy that leads, {@link StoreMerge}), and listed on
 *     each of these sources' pages too
 * @param publishedDayOnly whether {@code published} is a day its feed gave without a time (read as
 *     noon where it was written): true or false as its feed was read; null for an article stored
 *     before this was kept, or dated by its page, whose noon is taken for a bare day
 * @param media the sound or video the item is (a podcast's episode), when its feed gives one
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Article(
    String id,
    String url,
    String guid,
    String sourceId,
    String title,
    String publisher,
    String via,
    String section,
    List<String> tags,
    List<String> authors,
    Instant published,
    Instant updated,
    Instant firstSeen,
    String summaryHtml,
    String imageUrl,
    ArticlePage page,
    String addressTitle,
    String language,
    String contentHtml,
    List<String> alsoFrom,
    Boolean publishedDayOnly,
    Media media) {

  /** The title an item without one is stored under: shown as it is, never read as words of its story. */
  public static final String UNTITLED = "(untitled)";

  public Article {
    Objects.requireNonNull(id, "id");
    // Cleaned here, and not only where feeds are read, so that an article stored by an older
    // version is repaired when the store is read instead of breaking the site's feeds forever.
    // The long texts (summary, full text, page body) are the exception: they are cleaned where
    // they enter (feed entries and extractions by XmlRecords, the JSON store by withCleanTexts).
    // Cleaning them again on every copy and every reading of a binary snapshot was two thirds of
    // loading a store of full texts. Writing the store asserts it (tests run with assertions on).
    // An empty text is stored as no value (the store leaves empty fields out): held as null from
    // the start, an article is the same object before and after a save and a new reading.
    url = present(XmlText.clean(url));
    guid = present(XmlText.clean(guid));
    title = present(XmlText.clean(title));
    publisher = present(XmlText.clean(publisher));
    via = present(XmlText.clean(via));
    section = present(XmlText.clean(section));
    tags = XmlText.clean(tags);
    authors = XmlText.clean(authors);
    summaryHtml = present(summaryHtml);
    imageUrl = present(XmlText.clean(imageUrl));
    addressTitle = present(XmlText.clean(addressTitle));
    language = present(XmlText.clean(language));
    contentHtml = present(contentHtml);
    alsoFrom = otherSources(alsoFrom, sourceId);
  }

  /** An article without a sound or video of its own. */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl, ArticlePage page, String addressTitle, String language,
      String contentHtml, List<String> alsoFrom, Boolean publishedDayOnly) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom, publishedDayOnly, null);
  }

  /** An article whose feed's date, if any, is not known to have been a bare day (stored before that was kept). */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl, ArticlePage page, String addressTitle, String language,
      String contentHtml, List<String> alsoFrom) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom, null);
  }

  /** An article that one source's feed carried (or none: a pick's). */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl, ArticlePage page, String addressTitle, String language,
      String contentHtml) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, page, addressTitle, language, contentHtml, List.of());
  }

  /** The ids of {@code sources} but {@code lead}, sorted, once each. */
  private static List<String> otherSources(List<String> sources, String lead) {
    if (sources == null || sources.isEmpty()) {
      return List.of();
    }
    return sources.stream().filter(s -> s != null && !s.isEmpty() && !s.equals(lead)).distinct().sorted().toList();
  }

  /** The sources whose feeds carried this article: the one it is filed under first, then the others. */
  public List<String> carriedBy() {
    if (sourceId == null || alsoFrom.isEmpty()) {
      return sourceId == null ? alsoFrom : List.of(sourceId);
    }
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(sourceId), alsoFrom.stream()).toList();
  }

  /** This article as carried also by the sources {@code others} (ids; the one it is filed under is left out). */
  public Article alsoFrom(List<String> others) {
    List<String> ids = otherSources(others, sourceId);
    return ids.equals(alsoFrom) ? this : new Article(id, url, guid, sourceId, title, publisher, via, section, tags,
        authors, published, updated, firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml, ids, publishedDayOnly, media);
  }

  /** Whether the long texts are as {@link #withCleanTexts} leaves them. */
  boolean hasCleanTexts() {
    return withCleanTexts() == this;
  }

  /**
   * This article with its long texts (summary, full text, page body) cleaned ({@link XmlText#cleanHtml}):
   * as read from JSON, which an older version or a hand may have written.
   */
  public Article withCleanTexts() {
    String summary = present(XmlText.cleanHtml(summaryHtml));
    String content = present(XmlText.cleanHtml(contentHtml));
    ArticlePage cleanPage = page == null ? null : page.withCleanBody();
    return Objects.equals(summary, summaryHtml) && Objects.equals(content, contentHtml) && cleanPage == page ? this
        : new Article(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated,
            firstSeen, summary, imageUrl, cleanPage, addressTitle, language, content, alsoFrom, publishedDayOnly, media);
  }

  /** An article whose feed gave no content besides its summary. */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl, ArticlePage page, String addressTitle, String language) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, page, addressTitle, language, null);
  }

  /** An article whose feed does not say its language. */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl, ArticlePage page, String addressTitle) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, page, addressTitle, null);
  }

  /** An article as its reading gives it: its address made from its headline. */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl, ArticlePage page) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, page, null);
  }

  /** The headline the article's address is made from. */
  public String addressHeadline() {
    return addressTitle != null ? addressTitle : title;
  }

  /**
   * This article keeping the address it had as {@code before}: the headline that address was made
   * from is remembered when the headline changed, and forgotten when it is that headline again.
   */
  public Article keepingAddressOf(Article before) {
    String address = before.addressHeadline();
    String kept = address == null || address.equals(title) ? null : address;
    return Objects.equals(kept, addressTitle) ? this : new Article(id, url, guid, sourceId, title, publisher, via,
        section, tags, authors, published, updated, firstSeen, summaryHtml, imageUrl, page, kept, language, contentHtml,
        alsoFrom, publishedDayOnly, media);
  }

  static String present(String text) {
    return text == null || text.isEmpty() ? null : text;
  }

  /** An article whose page has not been fetched. */
  public Article(String id, String url, String guid, String sourceId, String title, String publisher, String via,
      String section, List<String> tags, List<String> authors, Instant published, Instant updated, Instant firstSeen,
      String summaryHtml, String imageUrl) {
    this(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated, firstSeen,
        summaryHtml, imageUrl, null);
  }


  /**
   * Whether the time it is shown at is when it was first seen, well before the time its publisher
   * gave (a post scheduled for later in the day, a zone written wrong): a page then says "first
   * seen" of it. Minutes apart (an item published while the build ran) is the publisher's time.
   */
  public boolean seenBeforePublished() {
    // A pick's own article (no source) is dated by the editor, at the middle of a bare day.
    return sourceId != null && published != null && firstSeen != null
        && published.isAfter(firstSeen.plus(java.time.Duration.ofMinutes(15)));
  }

  /**
   * The time the article counts as published: its own date, else when it was first seen. A date
   * later than the first sighting is a wrong clock or a scheduled post, so it is clamped to that.
   */
  public Instant effectiveTime() {
    if (published == null) {
      return firstSeen;
    }
    return firstSeen != null && published.isAfter(firstSeen) ? firstSeen : published;
  }

  /**
   * Whether the time the article is shown at is its publisher's date: false when it has none, or
   * one more than a day after it was first seen (31 Dec 9999), so that pages say "first seen" of
   * the time they show instead of passing it off as the publication time. Within a day it is the
   * publisher's (an item published while the build ran, a clock or a zone a few hours off), shown
   * at most at the time it was first seen.
   */
  public boolean datedByPublisher() {
    return published != null && (firstSeen == null || !published.isAfter(firstSeen.plus(java.time.Duration.ofDays(1))));
  }

  public Article withFirstSeen(Instant time) {
    return new Article(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published,
        updated, time, summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom, publishedDayOnly, media);
  }

  /** This article as its publisher last updated it at {@code time} (null: not said). */
  public Article withUpdated(Instant time) {
    return Objects.equals(time, updated) ? this : new Article(id, url, guid, sourceId, title, publisher, via, section,
        tags, authors, published, time, firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml,
        alsoFrom, publishedDayOnly, media);
  }

  /** This article as published at {@code time} (null: not known), whether that time was a bare day not known either. */
  public Article withPublished(Instant time) {
    return Objects.equals(time, published) ? this : new Article(id, url, guid, sourceId, title, publisher, via, section,
        tags, authors, time, updated, firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml,
        alsoFrom, null, media);
  }

  /** This article with {@code image} (null: none) as its lead picture. */
  public Article withImageUrl(String image) {
    return Objects.equals(image, imageUrl) ? this : new Article(id, url, guid, sourceId, title, publisher, via, section,
        tags, authors, published, updated, firstSeen, summaryHtml, image, page, addressTitle, language, contentHtml,
        alsoFrom, publishedDayOnly, media);
  }

  /** This article written in {@code tag} (a BCP 47 language tag). */
  public Article withLanguage(String tag) {
    return Objects.equals(tag, language) ? this : new Article(id, url, guid, sourceId, title, publisher, via, section,
        tags, authors, published, updated, firstSeen, summaryHtml, imageUrl, page, addressTitle, tag, contentHtml,
        alsoFrom, publishedDayOnly, media);
  }

  /** This article under the id {@code newId} of the source {@code newSourceId}: its source's id changed. */
  public Article movedTo(String newSourceId, String newId) {
    return new Article(newId, url, guid, newSourceId, title, publisher, via, section, tags, authors, published,
        updated, firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom, publishedDayOnly, media);
  }

  /** This article attributed and filed anew, as its source's changed settings say. */
  public Article refiled(String newPublisher, String newVia, String newSection, List<String> newTags) {
    return new Article(id, url, guid, sourceId, title, newPublisher, newVia, newSection, newTags, authors, published,
        updated, firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom, publishedDayOnly, media);
  }

  /** This article without the full text its feed gave: kept only for a source that allows it. */
  public Article withoutFeedText() {
    return contentHtml == null ? this : new Article(id, url, guid, sourceId, title, publisher, via, section, tags,
        authors, published, updated, firstSeen, summaryHtml, imageUrl, page, addressTitle, language, null, alsoFrom, publishedDayOnly, media);
  }

  /**
   * This article as a hidden one is stored: what it said and showed (summary, full text, page,
   * picture, sound) dropped, what identifies it (link, guid, source, headline, dates) kept, so that
   * its feed's item is still known as this article and not stored anew.
   */
  public Article withoutTexts() {
    return new Article(id, url, guid, sourceId, title, publisher, via, section, tags, authors, published, updated,
        firstSeen, null, null, null, addressTitle, language, null, alsoFrom, publishedDayOnly, null);
  }

  /** This article under the headline and publisher its own page gives (for picks of unknown URLs). */
  public Article retitled(String newTitle, String newPublisher) {
    return new Article(id, url, guid, sourceId, newTitle, newPublisher, via, section, tags, authors, published, updated,
        firstSeen, summaryHtml, imageUrl, page, addressTitle, language, contentHtml, alsoFrom, publishedDayOnly, media);
  }

  /**
   * This article with what its page gave: the body, and any of authors, date, summary and image
   * that the feed did not give.
   */
  public Article withPage(ArticlePage fetched, List<String> pageAuthors, Instant pagePublished, String pageSummary,
      String pageImage) {
    return new Article(id, url, guid, sourceId, title, publisher, via, section, tags,
        authors.isEmpty() ? pageAuthors : authors, published != null ? published : pagePublished, updated, firstSeen,
        summaryHtml != null ? summaryHtml : pageSummary, imageUrl != null ? imageUrl : pageImage, fetched, addressTitle,
        language, contentHtml, alsoFrom, published != null ? publishedDayOnly : null, media);
  }
}
