package dev.broadsheet.render;

import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Story;
import java.util.List;

/** The typed records that templates see, besides the curation records themselves. */
public final class Views {
  private Views() {}

  /** A named link in navigation or lists. */
  public record NavLink(String name, String path) {}

  /** Where a page published at an earlier address is now: its path in the site and its absolute URL. */
  public record Redirect(String path, String url) {}

  /**
   * The site as every template sees it.
   *
   * @param title site title
   * @param description one line about the site
   * @param language BCP 47 language
   * @param baseUrl absolute URL of the site root, ending in '/'
   * @param sections every section, in the configured order
   * @param sources every source, in config order
   * @param sourcesPage the page listing every source when the footer has too many to list, else null
   * @param pages plain pages shown in the navigation
   * @param hasPicks whether there is a picks page
   * @param debug whether pages show how stories were ranked
   */
  public record Site(
      String title,
      String description,
      String language,
      String baseUrl,
      List<NavLink> sections,
      List<NavLink> sources,
      String sourcesPage,
      List<NavLink> pages,
      boolean hasPicks,
      boolean debug) {

    /**
     * The language as Open Graph names a locale ("en_GB" for en-GB), or empty when the language
     * names no region: Open Graph's locales are a language and a territory, and a guessed territory
     * would be wrong for half the sites.
     */
    public String ogLocale() {
      return ogLocaleOf(language);
    }
  }

  /** A BCP 47 tag as Open Graph names a locale ("en_GB"), or empty when it names no region ({@link Site#ogLocale}). */
  static String ogLocaleOf(String tag) {
    java.util.Locale locale = java.util.Locale.forLanguageTag(tag == null ? "" : tag);
    return locale.getLanguage().isEmpty() || locale.getCountry().isEmpty() ? ""
        : locale.getLanguage() + "_" + locale.getCountry();
  }

  /**
   * The page being rendered.
   *
   * @param kind home, edition, archive, article, section, source, picks, page or notfound
   * @param path its site path
   * @param title its title (the site title is added by the layout)
   * @param description one line about it
   * @param canonicalUrl its absolute URL
   * @param image an image for link previews, absolute, or null
   * @param jsonLd structured data for search engines (JSON, safe inside a script element), or null
   * @param feeds the feeds of this page (section, source), besides the site's own
   */
  public record Page(String kind, String path, String title, String description, String canonicalUrl, String image,
      String jsonLd, List<NavLink> feeds) {}

  /**
   * Where a page of a paginated list stands. Pages are counted from the oldest stories: the list's
   * own page, the newest, is the last ({@code number == count}); its older ones are numbered pages
   * that keep their stories as the list grows.
   *
   * @param number the page's place from the oldest, from 1
   * @param count how many pages the list has
   * @param previousPath the newer page's path, or null on the list's own page
   * @param nextPath the older page's path, or null on the oldest
   */
  public record Pagination(int number, int count, String previousPath, String nextPath) {}

  /**
   * An edition with its neighbours; neighbour paths are null at the ends.
   *
   * @param edition the edition
   * @param newerPath the next edition's path, or null
   * @param olderPath the previous edition's path, or null
   * @param today whether it is the current edition: its date is the build's day in the site zone, or
   *     for weekly editions the build's day is in its week ("Today's edition", "This week's edition",
   *     else "Latest edition")
   */
  public record EditionPage(Edition edition, String newerPath, String olderPath, boolean today) {}

  /**
   * An article page.
   *
   * @param item the article
   * @param story the story it belongs to
   * @param showFullText whether the source allows showing the whole summary/text
   * @param sourceName the display name of its source, or null for a pick of an unknown URL
   * @param sourcePath the path of its source's page, or null
   * @param sectionName its section's name, as the section's page and the menu name it
   * @param sectionPath the path of its section's page
   * @param editionPath the path of the edition it appears in, or null
   * @param editionDate that edition's date (its first day, for weekly editions), or null
   * @param related the most related other stories
   * @param editionTop the top stories of its edition not already related, without this one (at most five)
   * @param editionPicks the picks of its edition not already listed above, without this one (at most five)
   */
  public record ArticlePage(
      Story.Item item,
      Story story,
      boolean showFullText,
      String sourceName,
      String sourcePath,
      String sectionName,
      String sectionPath,
      String editionPath,
      java.time.LocalDate editionDate,
      List<Story> related,
      List<Story> editionTop,
      List<Story> editionPicks) {}

  /**
   * One page of a section's stories, a story's reports or a source's articles.
   *
   * @param kind section, story or source
   * @param name the section's or source's name, or the story's headline
   * @param stories a section's stories on this page
   * @param items a source's articles or a story's reports on this page
   * @param pagination where this page sits among the others
   * @param homeUrl a source's own home page (the host most of its own articles are on, else its feed's host), or null
   */
  public record Listing(String kind, String name, List<Story> stories, List<Story.Item> items, Pagination pagination,
      String homeUrl) {}

  /** A month of the archive. */
  public record ArchiveMonth(String label, List<Edition> editions) {}
}
