package dev.broadsheet.feed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * What Broadsheet reads from one feed, for people and scripts: the result of {@code broadsheet
 * feed}, and what the corpus test scores.
 *
 * @param input the file or URL read
 * @param ok whether it could be read as a feed
 * @param format the detected format
 * @param charset the charset it was decoded with
 * @param title the feed title
 * @param items every item read
 * @param warnings what was odd but recovered
 * @param error why it could not be read, when not ok
 * @param alternates feeds an HTML page pointed to, when it was not a feed (else empty)
 */
// Every key in every object, null or empty where it does not apply: scripts read one shape.
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"input", "ok", "format", "charset", "title", "items", "warnings", "error", "alternates"})
public record FeedReport(
    String input,
    boolean ok,
    String format,
    String charset,
    String title,
    List<Item> items,
    List<String> warnings,
    String error,
    List<String> alternates) {

  /**
   * One item, as read.
   *
   * @param id the item's GUID or id
   * @param link its link
   * @param title its headline
   * @param published publication time (ISO 8601), if known
   * @param updated update time, if known
   * @param image its lead image
   * @param authors its authors
   * @param language the language the feed says it is in, if it says (a source's config may override it)
   * @param textLanguage the language its text tells, where the feed says another or none: what a build
   *     takes when no language is set for the source (the site's language aside, which a feed read
   *     alone does not know)
   * @param categories its categories (RSS category, Atom category, dc:subject, JSON Feed tags): the tags it brings
   * @param media the sound or video it is (an episode's file, its type, length and seconds), if any
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonPropertyOrder({"id", "link", "title", "published", "updated", "image", "authors", "language", "textLanguage",
      "categories", "media"})
  public record Item(String id, String link, String title, String published, String updated, String image,
      List<String> authors, String language, String textLanguage, List<String> categories,
      dev.broadsheet.store.Media media) {}

  /** Reads {@code bytes} with {@code reader} and reports the outcome; never throws. */
  public static FeedReport of(String input, byte[] bytes, FeedContext context, FeedReader reader) {
    try {
      ParsedFeed feed = reader.read(bytes, context);
      List<Item> items = new ArrayList<>();
      FeedLanguages told = FeedLanguages.of(feed.entries(), null);
      for (FeedEntry e : feed.entries()) {
        items.add(new Item(e.guid(), e.link(), e.title(), e.published() == null ? null : e.published().toString(),
            e.updated() == null ? null : e.updated().toString(), e.imageUrl(), e.authors(), e.language(),
            told.of(e), e.categories(), e.media()));
      }
      List<String> warnings = new ArrayList<>(feed.warnings());
      // What a build would say of items that share a link, and does of items linking home: mapped as a
      // source of every item would map them.
      EntryMapper.Mapped mapped = EntryMapper.map(feed, new dev.broadsheet.config.SourceConfig("feed", input, input,
          null, null, null, List.of(), dev.broadsheet.config.SourceConfig.NORMAL_WEIGHT, Integer.MAX_VALUE, false, null,
          false, false));
      mapped.homeNote().ifPresent(warnings::add);
      mapped.repeatNote().ifPresent(warnings::add);
      return new FeedReport(input, true, feed.format(), feed.charset(), feed.title(), items, warnings, null,
          List.of());
    } catch (FeedException e) {
      return new FeedReport(input, false, null, null, null, List.of(), List.of(), e.getMessage(),
          e.alternates());
    }
  }

  public static FeedReport failed(String input, String error) {
    return new FeedReport(input, false, null, null, null, List.of(), List.of(), error, List.of());
  }
}
