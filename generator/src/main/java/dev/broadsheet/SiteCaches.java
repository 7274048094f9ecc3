package dev.broadsheet;

import dev.broadsheet.base.Ahead;
import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.ArticleAnalyses;
import dev.broadsheet.curate.ArticleLanguages;
import dev.broadsheet.feed.KnownEntries;
import dev.broadsheet.render.PageCache;
import dev.broadsheet.render.SiteRenderer;
import dev.broadsheet.render.TemplateEngine;
import dev.broadsheet.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The records a build keeps in the site's cache folder for the next one, opened under the stamp
 * of the running code. Each is safe to lose: without a stamp for the code, or when the folder
 * cannot be read, a build works without it and does the work again. A check keeps none (it
 * writes nothing).
 */
final class SiteCaches {
  private SiteCaches() {}

  private static Path folder(SiteConfig config) {
    return config.siteDir().resolve(SiteConfig.CACHE_FOLDER);
  }

  /** The store, with the records that spare parsing and digesting day files untouched since the last build. */
  static StoreFiles storeFiles(SiteConfig config) {
    Path data = config.siteDir().resolve("data");
    try {
      return new StoreFiles(data, folder(config), TemplateEngine.codeStamp());
    } catch (IOException e) {
      return new StoreFiles(data);
    }
  }

  /** What curation analysed of each stored article, kept for the next build. */
  static ArticleAnalyses analyses(SiteConfig config, StoreFiles storeFiles, LeadingTexts leads, boolean check) {
    try {
      // Texts kept longer than curation reads (a teaser length past it) give it a longer lead, and the
      // languages the config gives sources decide how they are analysed: both part of the stamp.
      // A check keeps nothing, but knows the stored articles: it settles the stories a build would.
      return check ? ArticleAnalyses.unkept(storeFiles::digestAsRead) : ArticleAnalyses.open(folder(config).resolve("article-analyses.bin"),
          TemplateEngine.codeStamp(), new ArticleLanguages(config).stamp() + " leads " + leads.minChars(),
          storeFiles::digestAsRead);
    } catch (IOException e) {
      return ArticleAnalyses.none();
    }
  }

  /**
   * What the last build kept for curating and rendering: the leading texts, the analyses and the
   * record of the published pages (null for a check, which renders every page).
   */
  record Kept(LeadingTexts leads, ArticleAnalyses analyses, PageCache pages) {}

  /** What the last build kept for {@code config}'s site (none kept by a check). */
  static Kept kept(SiteConfig config, StoreFiles storeFiles, boolean debug, boolean check) {
    LeadingTexts leads = leadingTexts(config, check);
    return new Kept(leads, analyses(config, storeFiles, leads, check),
        check ? null : SiteRenderer.pageCache(config, debug, folder(config)));
  }

  /**
   * {@link #kept} of a build, read on a thread of its own: the analyses and the page record are a
   * second store (hundreds of megabytes at 100,000 articles), read while the store is rather than
   * waited for by curation and rendering.
   */
  static Ahead<Kept> readAhead(SiteConfig config, StoreFiles storeFiles, boolean debug) {
    return Ahead.start("broadsheet-caches", () -> kept(config, storeFiles, debug, false));
  }

  /** The items each source's feed gave when last read, as converted then (none kept by a check). */
  static KnownEntries.Folder knownEntries(SiteConfig config, boolean check) {
    try {
      return check ? KnownEntries.Folder.NONE
          : KnownEntries.Folder.open(folder(config).resolve("feed-items"), TemplateEngine.codeStamp());
    } catch (IOException e) {
      return KnownEntries.Folder.NONE;
    }
  }

  /** The pages of picks that could not be fetched, asked for again after pauses (none kept by a check). */
  static PickPageFailures pickPages(SiteConfig config, boolean check) {
    // What private addresses fetches may reach: the site's switch and each source's own allowance.
    String policy = "private addresses " + config.fetch().allowPrivateAddresses() + " " + config.sources().stream()
        .filter(dev.broadsheet.config.SourceConfig::allowPrivateAddress).map(dev.broadsheet.config.SourceConfig::url)
        .sorted().toList();
    return check ? PickPageFailures.none() : PickPageFailures.open(folder(config).resolve("pick-pages.tsv"), policy);
  }

  /**
   * Teasers and the search index read the same openings: one parse per summary, kept between
   * builds. Curation reads further, but only into the articles it has not analysed before.
   */
  static LeadingTexts leadingTexts(SiteConfig config, boolean check) {
    int chars = SiteRenderer.openingChars(config);
    try {
      return check ? LeadingTexts.inMemory(chars) : LeadingTexts.open(folder(config).resolve("leading-texts.tsv"),
          TemplateEngine.codeStamp(), chars);
    } catch (IOException e) {
      // Without a stamp for the code, nothing is kept: every summary is parsed.
      return LeadingTexts.inMemory(chars);
    }
  }

  /**
   * Runs {@code save}, which writes what a build records after publishing (the record of the
   * render, the page cache, the summaries' openings). The site is live by then: a full disk or a
   * folder that cannot be written is a warning that says so, not a failed build whose site was
   * nonetheless published; the next build finds no record and does the work again.
   */
  static void saveAfterPublishing(java.util.List<dev.broadsheet.base.Problem> problems, Runnable save) {
    try {
      save.run();
    } catch (java.io.UncheckedIOException e) {
      String reason = dev.broadsheet.base.IoFailures.describe(e);
      problems.add(dev.broadsheet.base.Problem.warning(e.getMessage() == null ? "cache" : e.getMessage(),
          "the site is published, but what this build learnt could not be saved (" + reason + "); the next build"
              + " renders and publishes more than it needs to"));
    }
  }
}
