package dev.broadsheet.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The whole configuration of one site, validated and with every default filled in.
 *
 * @param siteDir the site directory, holding broadsheet.yaml
 * @param title the site title
 * @param baseUrl the absolute URL the site is published under, ending in a slash
 * @param language the BCP 47 language of the site
 * @param timezone the zone editions are cut in
 * @param description one line about the site
 * @param sources the configured sources, in config order
 * @param editions how editions are cut
 * @param permalinks the URL patterns
 * @param output the output folder, absolute
 * @param pageSize how many articles one listing page shows
 * @param teaserLength the most characters of a teaser
 * @param relativeLinks whether internal links are relative (work from file:// and any sub-path)
 * @param fetch HTTP settings
 * @param curation how stories are grouped, ranked and kept
 * @param images how lead images are copied into the site
 * @param feedAliases addresses of the old site where a copy of one of the site's feeds is published
 */
public record SiteConfig(
    Path siteDir,
    String title,
    URI baseUrl,
    String language,
    ZoneId timezone,
    String description,
    List<SourceConfig> sources,
    EditionsConfig editions,
    Permalinks permalinks,
    Path output,
    int pageSize,
    int teaserLength,
    boolean relativeLinks,
    FetchConfig fetch,
    CurationConfig curation,
    ImagesConfig images,
    List<FeedAlias> feedAliases) {

  public static final String FILE_NAME = "broadsheet.yaml";
  /**
   * The folder in a site folder where builds keep what they derived for the next build (resized
   * images, page fingerprints): never committed, never published, safe to delete.
   */
  public static final String CACHE_FOLDER = ".broadsheet-cache";
  /** Stories per section or source page, unless the site says otherwise. */
  public static final int DEFAULT_PAGE_SIZE = 20;
  /** Characters of a teaser, unless the site says otherwise. */
  public static final int DEFAULT_TEASER_LENGTH = 280;

  public SiteConfig {
    sources = List.copyOf(sources);
    feedAliases = List.copyOf(feedAliases);
  }

  public Optional<SourceConfig> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * Whether any source is read over HTTP. Making an HTTP client costs a quarter of a second (TLS
   * set-up): a build without such a source, or offline, makes none.
   */
  public boolean hasRemoteSources() {
    return sources.stream().anyMatch(SourceConfig::isRemote);
  }

  /** The site each source's own address is on ({@link dev.broadsheet.base.Urls#siteOf}); a saved feed's: none. */
  public java.util.Map<String, String> sourceSites() {
    java.util.Map<String, String> sites = new java.util.HashMap<>();
    sources.stream().filter(SourceConfig::isRemote).forEach(s -> {
      String site = dev.broadsheet.base.Urls.siteOf(s.url());
      if (site != null) {
        sites.put(s.id(), site);
      }
    });
    return java.util.Map.copyOf(sites);
  }

  /** The base URL's path, such as {@code /} or {@code /news/}. */
  public String basePath() {
    // Percent-encoded, as links and the published addresses hold it.
    String path = baseUrl.getRawPath();
    return path == null || path.isEmpty() ? "/" : path;
  }

  public SiteConfig withOutput(Path newOutput) {
    return new SiteConfig(siteDir, title, baseUrl, language, timezone, description, sources, editions,
        permalinks, newOutput, pageSize, teaserLength, relativeLinks, fetch, curation, images, feedAliases);
  }
}
