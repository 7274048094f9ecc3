package dev.broadsheet.picks;

import java.time.Instant;
import java.util.List;

/**
 * An editor's pick: a story chosen by hand, with the editor's note.
 *
 * @param file the pick file, relative to the site directory
 * @param url the article's URL
 * @param title a headline that replaces the feed's, if given
 * @param section a section that replaces the feed's, if given
 * @param tags extra tags
 * @param date the time the pick belongs to (its edition); null to follow the article
 * @param pin whether the story opens its edition
 * @param order position among the edition's picks (lower first); ties by date, then file
 * @param hide whether to keep the story out of the digest altogether
 * @param image a lead image that replaces the feed's, if given: an http(s) URL, or the path of a
 *     file in the site folder
 * @param noteHtml the editor's note, rendered from Markdown
 * @param publisher who published a URL that no source carries, by name; null to take its page's
 * @param imageAlt what the lead image shows, for readers who cannot see it; null when not given
 * @param imageCredit who made the lead image ("Photo: Ana Ruiz"); null when not given
 * @param updated when the editor last changed the pick (a corrected note); null when not given
 * @param aliases earlier addresses of the picked article's page on this site (paths from the site's
 *     root, as another tool published them), each of which sends readers on to its page
 * @param language the language the editor wrote the pick's title and note in (a BCP 47 tag), when
 *     the pick says; null to take it from the words (see the render stage's PickLanguages)
 */
public record Pick(
    String file,
    String url,
    String title,
    String section,
    List<String> tags,
    Instant date,
    boolean pin,
    int order,
    boolean hide,
    String image,
    String noteHtml,
    String publisher,
    String imageAlt,
    String imageCredit,
    Instant updated,
    List<String> aliases,
    String language) {

  public Pick {
    tags = List.copyOf(tags);
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
  }

  /** A pick that does not say which language it is written in. */
  public Pick(String file, String url, String title, String section, List<String> tags, Instant date, boolean pin,
      int order, boolean hide, String image, String noteHtml, String publisher, String imageAlt, String imageCredit,
      Instant updated, List<String> aliases) {
    this(file, url, title, section, tags, date, pin, order, hide, image, noteHtml, publisher, imageAlt, imageCredit,
        updated, aliases, null);
  }

  /** A pick that names no publisher, says nothing about its image besides where it is, and was not updated. */
  public Pick(String file, String url, String title, String section, List<String> tags, Instant date, boolean pin,
      int order, boolean hide, String image, String noteHtml) {
    this(file, url, title, section, tags, date, pin, order, hide, image, noteHtml, null, null, null, null, List.of());
  }

  /**
   * When the pick last changed, as feeds and the sitemap tell readers: its {@code updated}, else its
   * date (null without either). A feed reader shows an item again only when this moves.
   */
  public Instant changed() {
    return updated != null && (date == null || updated.isAfter(date)) ? updated : date;
  }
}
