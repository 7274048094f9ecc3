package dev.broadsheet.config;

import java.util.List;

/**
 * One source of articles, as configured.
 *
 * @param id short stable identifier, used in the store and in URLs
 * @param name display name of the source
 * @param url an http(s) URL, or a path relative to the site directory
 * @param publisher who wrote the articles, when it is not the source itself
 * @param via the syndicator that carries them, if any ("via Tribune News Service")
 * @param section the section its articles go to unless an article says otherwise
 * @param tags tags added to every article of this source
 * @param weight how much this source counts when ranking (1 is normal)
 * @param maxItems the most items taken from one read of the feed
 * @param fullText whether the source allows showing the full text of its articles
 * @param timezone the zone of dates this source gives without one (null: the site's)
 * @param allowPrivateAddress whether this source's own host and port may be a loopback, private
 *     or link-local address (a feed on the editor's own network); redirects elsewhere are still checked
 * @param paywall whether its articles are for subscribers: cards and the link to the original say so
 * @param language the language its articles are written in, as a BCP 47 tag, whatever its feed
 *     says (null: what the feed says, else the site's)
 * @param listedIn the OPML file the source was imported from, relative to the site folder (null:
 *     listed in broadsheet.yaml): where its url is changed
 * @param categories whether the categories its feed gives its items become their tags
 */
public record SourceConfig(
    String id,
    String name,
    String url,
    String publisher,
    String via,
    String section,
    List<String> tags,
    double weight,
    int maxItems,
    boolean fullText,
    java.time.ZoneId timezone,
    boolean allowPrivateAddress,
    boolean paywall,
    String language,
    String listedIn,
    boolean categories) {

  /** The weight of a source that sets none, and of articles no source carries (picks). */
  public static final double NORMAL_WEIGHT = 1.0;
  /** The newest items kept from one read of a feed, unless the source says otherwise. */
  public static final int DEFAULT_MAX_ITEMS = 100;

  public SourceConfig {
    // Without the empty entries a YAML list can hold ("tags: [x, ~]").
    tags = tags == null ? List.of() : tags.stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
  }

  /** A source whose articles are in the language their feed says. */
  public SourceConfig(String id, String name, String url, String publisher, String via, String section,
      List<String> tags, double weight, int maxItems, boolean fullText, java.time.ZoneId timezone,
      boolean allowPrivateAddress, boolean paywall) {
    this(id, name, url, publisher, via, section, tags, weight, maxItems, fullText, timezone, allowPrivateAddress,
        paywall, null, null, true);
  }

  /**
   * The saved feed file a source that is not on the web reads, in {@code siteDir}; empty when its
   * address names no file this system can (Windows has no file named ftp://host/feed).
   */
  public java.util.Optional<java.nio.file.Path> savedFeed(java.nio.file.Path siteDir) {
    if (isRemote()) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(siteDir.resolve(url).normalize());
    } catch (java.nio.file.InvalidPathException e) {
      return java.util.Optional.empty();
    }
  }

  /**
   * Where the user changes the source's address: in broadsheet.yaml, or in the OPML file it came
   * from, at the line of its outline there (read again when asked: only a message needs it, and a
   * line kept in the config would make an edit of the list that moves no source look like a change).
   */
  public String urlSetting(java.nio.file.Path siteDir) {
    if (listedIn == null) {
      return "the source url";
    }
    int line = OpmlImport.lineOf(siteDir.resolve(listedIn), url);
    return "its xmlUrl in " + listedIn + (line > 0 ? " (line " + line + ")" : "");
  }

  /**
   * The settings that shape what a read of this source's feed stores, as one line: whether its full
   * text is kept, the zone of its dates without one ({@code siteZone} when it sets none), how many
   * items are taken and whether their categories are. A feed read under other settings is read
   * again in full, not asked whether it changed ({@code SourceState#from(String, String)}).
   */
  public String readAs(java.time.ZoneId siteZone) {
    return "fullText " + fullText + " zone " + (timezone != null ? timezone : siteZone).getId() + " maxItems "
        + maxItems + " categories " + categories;
  }

  public boolean isRemote() {
    return url.startsWith("http://") || url.startsWith("https://");
  }
}
