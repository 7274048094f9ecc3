package dev.broadsheet.render;

import dev.broadsheet.base.Ahead;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.picks.Page;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.PermalinkHistory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * Turns a digest into the files of the site: HTML pages, newsletters, feeds, sitemap, robots.txt
 * and the search index. Each page is an independent job rendered in parallel; if any fails, the
 * whole render fails and nothing is published, so a broken template never leaves a half-updated
 * site. A feed or other output that cannot be made from its data is only left out, and reported.
 */
public final class SiteRenderer {
  /** How long a failed render waits for its feeds and search index, begun beside the pages, to end. */
  private static final java.time.Duration OUTPUTS_WAIT = java.time.Duration.ofMinutes(1);

  private final SiteConfig config;
  private final TemplateEngine engine;
  private final TemplateHelpers helpers;
  private final Permalinker links;
  private final boolean debug;
  private final RenderCache cache;
  private final Messages messages;
  private final ImageCatalog images;
  /** The build's day in the site zone: only an edition of that day is "today's". */
  private final LocalDate today;
  private final java.util.concurrent.atomic.AtomicInteger rendered = new java.util.concurrent.atomic.AtomicInteger();
  private volatile List<Problem> outputProblems = List.of();
  private volatile List<Problem> pageProblems = List.of();
  /** Which pages are published as they would be rendered now. */
  private final KeptPages kept;
  /** What templates are given besides a page's own model. */
  private final PageModels models;
  /** Whether the last {@link #render} made every feed, sitemap and search index it tried. */
  private volatile boolean madeEveryOutput;
  /** The names of the editions the last {@link #render}'s editions feed carries. */
  private volatile List<String> feedEditions = List.of();

  /**
   * A renderer that reuses pages from {@code cache} (may be null) when nothing they show changed;
   * the build's clock decides whether the newest edition is today's.
   */
  public SiteRenderer(SiteConfig config, boolean debug, RenderCache cache, Clock clock) {
    this(config, debug, cache, clock, ImageCatalog.empty(), null, null, a -> null);
  }

  /**
   * As above, showing the lead images of {@code images} and publishing their files with the pages,
   * and keeping a record of the published pages in {@code pageCache} (may be null), so that the
   * next build, in any process, renders only the pages whose model changed ({@link #pageCache});
   * summaries' opening text read through {@code leads} (null: this renderer's own). An article for
   * which {@code asStored} gives a digest (the store's, of the article as read) is fingerprinted by
   * it. Call {@link #savePageCache} once the pages are published.
   */
  public SiteRenderer(SiteConfig config, boolean debug, RenderCache cache, Clock clock, ImageCatalog images,
      PageCache pageCache, LeadingTexts leads, Function<Article, byte[]> asStored) {
    this.config = config;
    this.today = LocalDate.ofInstant(clock.instant(), config.timezone());
    this.debug = debug;
    this.cache = cache;
    this.engine = new TemplateEngine(config.siteDir().resolve("templates"),
        Locale.forLanguageTag(config.language()), TimeZone.getTimeZone(config.timezone()));
    this.messages = Messages.load(config.siteDir().resolve("templates"), config.language());
    this.images = images;
    this.helpers = leads == null ? new TemplateHelpers(config, messages, images)
        : new TemplateHelpers(config, messages, images, leads, asStored);
    this.links = new Permalinker(config.permalinks());
    // Read once: the versions pages link the site's own styles with are those their stamp holds.
    Map<String, String> ownAssets = AssetLinks.ownVersions(config.siteDir());
    this.kept = new KeptPages(config, debug, cache != null, pageCache, images, asStored, ownAssets);
    this.models = new PageModels(config, helpers, messages, links, debug, ownAssets);
  }

  /**
   * The record in {@code folder} of the pages the last build published with {@code config}'s
   * templates and settings, or null when they cannot be told apart (see {@link PageStamp}).
   */
  public static PageCache pageCache(SiteConfig config, boolean debug, Path folder) {
    String stamp = PageStamp.of(config, debug);
    return stamp == null ? null : PageCache.open(folder, config.output(), stamp);
  }

  /** How much of each summary's opening text pages read (teasers and the search index), with one character to spare. */
  public static int openingChars(SiteConfig config) {
    return Math.max(config.teaserLength(), SearchIndex.SUMMARY_CHARS) + 1;
  }

  /** Renders every file of the site, sorted by path. */
  public List<RenderedFile> render(Digest digest, List<Page> pages) {
    return render(digest, pages, PermalinkHistory.none());
  }

  /**
   * Renders every file of the site, sorted by path, with a page at each earlier address of
   * {@code history} sending readers on to the page's address now.
   */
  public List<RenderedFile> render(Digest digest, List<Page> pages, PermalinkHistory history) {
    // Before any page: a loop that does nothing without end would never let the render finish.
    List<Problem> lint = TemplateLint.check(config.siteDir().resolve("templates"));
    PageJobs layout = new PageJobs(config, links, helpers, messages, today);
    List<PageJobs.Job> jobs = layout.all(digest, pages);
    kept.expect(jobs.size());
    List<PageJobs.Job> redirects = new ArrayList<>(Redirects.of(jobs, config, history, helpers, today));
    List<Problem> aliasProblems = new ArrayList<>();
    List<PageJobs.Job> withRedirects = new ArrayList<>(jobs);
    withRedirects.addAll(redirects);
    redirects.addAll(Redirects.aliases(withRedirects, digest, config.basePath(), helpers, aliasProblems));
    jobs.addAll(redirects);
    Views.Site site = models.site(digest, layout.published(pages));
    ConcurrentLinkedQueue<RenderedFile> files = new ConcurrentLinkedQueue<>();
    // Each template error with the first page (by address) it failed: the same error repeats on
    // every page that uses the template, and one that only some articles' data reach is found by them.
    java.util.concurrent.ConcurrentHashMap<Problem, String> problems = new java.util.concurrent.ConcurrentHashMap<>();
    SiteOutputs outputs = new SiteOutputs(config, helpers, links, kept::outputUnchanged);
    Map<String, java.time.Instant> sitemap = new HashMap<>(layout.sitemap);
    sitemap.remove("404.html");
    feedEditions = SiteOutputs.feedEditions(digest).stream().map(EditionHtmlCache::name).toList();
    // Feeds, sitemap and search index read the digest only, and are made one after another: on a
    // thread of their own while the pages render, they fill what the pages leave of the cores
    // (at 10,000 articles a third of a second of a one-new build, which waited for them after the pages).
    Ahead<List<RenderedFile>> others = Ahead.start("broadsheet-outputs", () -> {
      List<RenderedFile> made = new ArrayList<>(outputs.feeds(digest, edition -> editionHtml(site, edition),
          !history.formerPeriods().isEmpty()));
      made.addAll(outputs.others(digest, sitemap));
      return made;
    });
    try {
      jobs.parallelStream().forEach(job -> {
        try {
          files.add(renderJob(site, job));
        } catch (BroadsheetException e) {
          e.problems().forEach(p -> problems.merge(p, job.path(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
      });
    } catch (RuntimeException | Error e) {
      others.awaitEnd(OUTPUTS_WAIT);
      throw e;
    }
    if (!problems.isEmpty()) {
      // Nothing of a failed render is used: its outputs are only let finish, not outlive it.
      others.awaitEnd(OUTPUTS_WAIT);
      throw new BroadsheetException(problems.entrySet().stream().map(e -> onPage(e.getKey(), e.getValue()))
          .sorted(Comparator.comparing(Problem::toString)).toList());
    }
    files.addAll(others.get());
    images.files().forEach(f -> files.add(new RenderedFile(f.path(), f.bytes())));
    List<Problem> copyProblems = new ArrayList<>();
    files.addAll(FeedCopies.of(config, files, outputs::published, copyProblems));
    pageProblems = List.copyOf(layout.problems);
    List<Problem> all = new ArrayList<>(pageProblems);
    all.addAll(TemplateOverrides.unused(config.siteDir().resolve("templates")));
    all.addAll(NewsletterHooks.problems(config.siteDir().resolve("templates")));
    kept.attributionProblem(outputs::published).ifPresent(all::add);
    all.addAll(lint);
    all.addAll(aliasProblems);
    all.addAll(copyProblems);
    UntranslatedLabels.of(config.siteDir().resolve("templates"), config.language()).ifPresent(all::add);
    all.addAll(outputs.problems());
    madeEveryOutput = outputs.problems().isEmpty();
    all.addAll(ContentLinks.of(config, layout.published(pages), digest.picks(), files, Redirects.targets(redirects)));
    all.addAll(DefaultSectionMove.check(config, links, files));
    all.addAll(NewsletterSize.clipped(files, config.output()));
    outputProblems = List.copyOf(all);
    // Finished in any order: sorted on every core (a hundred thousand paths take a second on one).
    RenderedFile[] sorted = files.toArray(RenderedFile[]::new);
    java.util.Arrays.parallelSort(sorted, Comparator.comparing(RenderedFile::path));
    return java.util.Arrays.asList(sorted);
  }

  /**
   * The pages, feeds and other outputs that the last {@link #render} could not make; it returned
   * every other file. (A template error is different: it fails the whole render.)
   */
  public List<Problem> problems() {
    return outputProblems;
  }

  /**
   * Whether the last {@link #render} made every feed, sitemap and search index it tried: its pages
   * may then be recorded as published, whatever it warned of. (An output that failed had its
   * fingerprint noted before it failed, and the file it left in place must not be vouched for; a
   * page or copy left out is never noted; every warning is found again by the next build that
   * renders, kept pages and all, so a record of the pages hides none.)
   */
  public boolean madeEveryOutput() {
    return madeEveryOutput;
  }

  /** The plain pages ({@code pages/*.md}) that the last {@link #render} left out; also in {@link #problems}. */
  public List<Problem> pageProblems() {
    return pageProblems;
  }

  /** How many pages the last {@link #render} rendered, rather than took from the cache. */
  public int rendered() {
    return rendered.get();
  }

  /**
   * Writes the record of the pages just published (see {@link PageCache}), but for the paths a
   * static file or theme asset was published at ({@code replaced}); does nothing without a page cache.
   */
  public void savePageCache(java.util.Collection<String> replaced) {
    kept.save(replaced, feedEditions);
  }

  /**
   * One page: kept as published when its model is the one it was last published from, taken
   * from the preview's cache, or rendered.
   */
  private RenderedFile renderJob(Views.Site site, PageJobs.Job job) {
    String file = Links.fileOf(job.path());
    String key = kept.key(site, job);
    if (kept.kept(job, file, key)) {
      return RenderedFile.kept(file);
    }
    byte[] bytes = key == null || cache == null ? null : cache.get(job.path(), key);
    if (bytes == null) {
      bytes = engine.render(job.template(), models.of(site, job, false));
      rendered.incrementAndGet();
      if (key != null && cache != null) {
        cache.put(job.path(), key, bytes);
      }
    }
    kept.rendered(job, file, key, bytes);
    return new RenderedFile(file, bytes);
  }

  /**
   * {@code p} naming the page it failed on, when it is an error of the page's data (not of the
   * template's syntax, nor a limit one page passed that stopped every page).
   */
  private static Problem onPage(Problem p, String path) {
    return !p.message().startsWith("template error: ") || p.message().endsWith("the build stopped") ? p
        : new Problem(p.file(), p.line(), p.message() + " (on the page " + (path.isEmpty() ? "/" : path) + ")",
            p.severity());
  }

  /** An edition as HTML with absolute links, for its item in the editions feed; kept from the last build when its model is. */
  private String editionHtml(Views.Site site, Edition edition) {
    Views.Page page = new Views.Page("edition", edition.path(), "", "", helpers.absolute(edition.path()), null, null,
        List.of());
    PageJobs.Job job = new PageJobs.Job(edition.path(), "edition-content.ftlh", page,
        Map.of("edition", new Views.EditionPage(edition, null, null, false)));
    String key = kept.recorded() ? kept.key(site, job) : null;
    String html = kept.editionHtml(edition, key);
    if (html == null) {
      html = new String(engine.render(job.template(), models.of(site, job, true)), StandardCharsets.UTF_8);
      kept.editionHtml(edition, key, html);
    }
    return html;
  }
}
