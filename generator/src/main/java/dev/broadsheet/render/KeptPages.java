package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Score;
import dev.broadsheet.curate.Story;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.store.Article;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which of a build's pages and outputs are published as they would be rendered now, so that they
 * are kept rather than rendered: each is known by the fingerprint of everything it is made from
 * ({@link ModelFingerprint}) under the stamp of version, theme, templates and config ({@link
 * PageStamp}), and compared with the record the last build left ({@link PageCache}). Without a
 * page record or a preview's cache nothing is fingerprinted, and every page is rendered.
 */
final class KeptPages {
  /** Fingerprints of this build's models; records are fingerprinted once per instance. */
  private final ModelFingerprint fingerprints;
  /** What every page's key starts with: version, theme, site templates, config; null when no cache is used. */
  private final String stamp;
  /** The record of the pages the last build published, or null. */
  private final PageCache pages;
  /** The editions feed's HTML of each edition, kept beside that record; null without it. */
  private final EditionHtmlCache editionFeed;
  /** The first kept article page without a link to the original, looked for in kept pages too. */
  private final AttributionCheck attribution;

  /**
   * @param cached whether a preview's cache of rendered pages is used, whose keys are these fingerprints
   * @param ownAssets the versions the site's own styles are linked with, which the stamp holds
   */
  KeptPages(SiteConfig config, boolean debug, boolean cached, PageCache pageCache, ImageCatalog images,
      Function<Article, byte[]> asStored, Map<String, String> ownAssets) {
    // A page shows an article's lead image as the image stage left it: part of the article's fingerprint.
    this.fingerprints = new ModelFingerprint(PageStamp.unread(config.siteDir().resolve("templates"), debug),
        r -> r instanceof Article a ? images.of(a) : null, r -> r instanceof Article a ? asStored.apply(a) : null,
        // A page's own view records are made for it alone; the site's, stories, articles are in many pages.
        // A story's explanations and score are reached through the story only, remembered already.
        type -> (type.getEnclosingClass() != Views.class || type == Views.Site.class) && type != Story.Why.class
            && type != Score.class);
    this.stamp = !cached && pageCache == null ? null : PageStamp.of(config, debug, ownAssets);
    this.pages = pageCache == null || stamp == null ? null : pageCache.under(stamp);
    this.editionFeed = pages == null ? null : new EditionHtmlCache(pages.folder());
    this.attribution = new AttributionCheck(config.siteDir().resolve("templates"),
        pages == null ? null : pages.folder(), stamp);
  }

  /** Sizes the fingerprints' memory for {@code jobs} pages. */
  void expect(int jobs) {
    if (stamp != null) {
      // A page's fingerprint remembers its story, reports and articles: about three records a page.
      fingerprints.expect(3 * jobs);
    }
  }

  /** The fingerprint of all a page is made from, or null when there is no cache or it cannot be made. */
  String key(Views.Site site, PageJobs.Job job) {
    if (stamp == null) {
      return null;
    }
    try {
      // Helpers, messages and links read only the config and templates, which are in the stamp.
      return fingerprints.of(stamp, job.template(), job.path(), site, job.page(), job.model());
    } catch (ModelFingerprint.Unknown e) {
      return null;
    }
  }

  /** Whether the page {@code job}, of fingerprint {@code key}, is published as it would be rendered: kept. */
  boolean kept(PageJobs.Job job, String file, String key) {
    if (key != null && pages != null && pages.unchanged(job.path(), file, key)) {
      attribution.kept(job);
      return true;
    }
    return false;
  }

  /** Notes a page rendered now as {@code bytes}, for the record and the attribution check. */
  void rendered(PageJobs.Job job, String file, String key, byte[] bytes) {
    attribution.look(job, bytes);
    if (key != null && pages != null) {
      pages.rendered(file, key);
    }
  }

  /** Whether the output at {@code path}, made from {@code model} (and the stamp), is published as it would be made. */
  boolean outputUnchanged(String path, Object model) {
    if (pages == null || stamp == null) {
      return false;
    }
    try {
      return pages.unchanged(path, path, fingerprints.of(stamp, "output", path, model));
    } catch (ModelFingerprint.Unknown e) {
      return false;
    }
  }

  /** The editions feed's HTML of {@code edition} as the last build made it from a model of fingerprint {@code key}, or null. */
  String editionHtml(Edition edition, String key) {
    return key == null || editionFeed == null ? null : editionFeed.get(EditionHtmlCache.name(edition), key);
  }

  /** Keeps an edition's HTML for the editions feed, made from a model of fingerprint {@code key}, for the next build. */
  void editionHtml(Edition edition, String key, String html) {
    if (key != null && editionFeed != null) {
      editionFeed.put(EditionHtmlCache.name(edition), key, html);
    }
  }

  /** Whether a page record is kept: only then are editions' HTML kept for the editions feed. */
  boolean recorded() {
    return editionFeed != null;
  }

  /** The first article page published without a link to its original, as a warning. */
  java.util.Optional<dev.broadsheet.base.Problem> attributionProblem(
      java.util.function.Function<String, byte[]> published) {
    return attribution.problem(published);
  }

  /**
   * Writes the record of the pages just published, but for the paths a static file or theme asset
   * was published at ({@code replaced}), and the editions feed's HTML of {@code feedEditions}.
   */
  void save(java.util.Collection<String> replaced, List<String> feedEditions) {
    if (pages != null) {
      // First: its memory with an older page record is still true of the pages that record keeps; the other way round it is not.
      attribution.save();
      pages.save(replaced);
      editionFeed.save(feedEditions);
    }
  }
}
