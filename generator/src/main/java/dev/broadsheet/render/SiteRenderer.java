package dev.broadsheet.render;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.picks.Page;
import java.nio.charset.StandardCharsets;
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

/**
 * Turns a digest into the files of the site: HTML pages, newsletters, feeds, sitemap, robots.txt
 * and the search index. Each page is an independent job rendered in parallel; if any fails, the
 * whole render fails and nothing is published, so a broken template never leaves a half-updated
 * site. A feed or other output that cannot be made from its data is only left out, and reported.
 */
public final class SiteRenderer {
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

  public SiteRenderer(SiteConfig config) {
    this(config, false, null);
  }

  public SiteRenderer(SiteConfig config, boolean debug) {
    this(config, debug, null);
  }

  /** A renderer that reuses pages from {@code cache} (may be null) when nothing they show changed. */
  public SiteRenderer(SiteConfig config, boolean debug, RenderCache cache) {
    this(config, debug, cache, Clock.systemUTC());
  }

  /** As above, with the build's clock, which decides whether the newest edition is today's. */
  public SiteRenderer(SiteConfig config, boolean debug, RenderCache cache, Clock clock) {
    this(config, debug, cache, clock, ImageCatalog.empty());
  }

  /** As above, showing the lead images of {@code images} and publishing their files with the pages. */
  public SiteRenderer(SiteConfig config, boolean debug, RenderCache cache, Clock clock, ImageCatalog images) {
    this.config = config;
    this.today = LocalDate.ofInstant(clock.instant(), config.timezone());
    this.debug = debug;
    this.cache = cache;
    this.engine = new TemplateEngine(config.siteDir().resolve("templates"),
        Locale.forLanguageTag(config.language()), TimeZone.getTimeZone(config.timezone()));
    this.messages = Messages.load(config.siteDir().resolve("templates"), config.language());
    this.images = images;
    this.helpers = new TemplateHelpers(config, messages, images);
    this.links = new Permalinker(config.permalinks());
  }

  /** Renders every file of the site, sorted by path. */
  public List<RenderedFile> render(Digest digest, List<Page> pages) {
    PageJobs layout = new PageJobs(config, links, helpers, messages, today);
    List<PageJobs.Job> jobs = layout.all(digest, pages);
    Views.Site site = siteView(digest, layout.published(pages));
    ConcurrentLinkedQueue<RenderedFile> files = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
    // Helpers and links read the config (teaser length, zone, language, link style): it is part of every key.
    String templates = cache == null ? "" : templatesStamp() + config + images.stamp();
    jobs.parallelStream().forEach(job -> {
      try {
        String key = cache == null ? null
            : RenderCache.key(templates + messages, job.template(), site.toString(), job.page().toString(),
                job.model().toString());
        byte[] bytes = key == null ? null : cache.get(job.path(), key);
        if (bytes == null) {
          bytes = engine.render(job.template(), model(site, job, false));
          rendered.incrementAndGet();
          if (key != null) {
            cache.put(job.path(), key, bytes);
          }
        }
        files.add(new RenderedFile(Links.fileOf(job.path()), bytes));
      } catch (BroadsheetException e) {
        problems.addAll(e.problems());
      }
    });
    if (!problems.isEmpty()) {
      // The same template error repeats on every page that uses it: report it once.
      throw new BroadsheetException(problems.stream().distinct().sorted(Comparator.comparing(Problem::toString))
          .toList());
    }
    SiteOutputs outputs = new SiteOutputs(config, helpers, links);
    files.addAll(outputs.feeds(digest, edition -> editionHtml(site, edition)));
    Map<String, java.time.Instant> sitemap = new HashMap<>(layout.sitemap);
    sitemap.remove("404.html");
    files.addAll(outputs.others(digest, sitemap));
    images.files().forEach(f -> files.add(new RenderedFile(f.path(), f.bytes())));
    pageProblems = List.copyOf(layout.problems);
    List<Problem> all = new ArrayList<>(pageProblems);
    all.addAll(TemplateOverrides.unused(config.siteDir().resolve("templates")));
    all.addAll(outputs.problems());
    outputProblems = List.copyOf(all);
    List<RenderedFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(RenderedFile::path));
    return sorted;
  }

  /**
   * The pages, feeds and other outputs that the last {@link #render} could not make; it returned
   * every other file. (A template error is different: it fails the whole render.)
   */
  public List<Problem> problems() {
    return outputProblems;
  }

  /** The plain pages ({@code pages/*.md}) that the last {@link #render} left out; also in {@link #problems}. */
  public List<Problem> pageProblems() {
    return pageProblems;
  }

  /** How many pages the last {@link #render} rendered, rather than took from the cache. */
  public int rendered() {
    return rendered.get();
  }

  /** The state of the site's own templates: any change to them renders every page again. */
  private String templatesStamp() {
    java.nio.file.Path dir = config.siteDir().resolve("templates");
    if (!java.nio.file.Files.isDirectory(dir)) {
      return "none";
    }
    StringBuilder stamp = new StringBuilder();
    try (var files = java.nio.file.Files.walk(dir)) {
      for (var f : files.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
        stamp.append(f).append(' ').append(java.nio.file.Files.size(f)).append(' ')
            .append(java.nio.file.Files.getLastModifiedTime(f).toMillis()).append('\n');
      }
    } catch (java.io.IOException e) {
      return "unreadable " + System.nanoTime();
    }
    return stamp.toString();
  }

  /** An edition as HTML with absolute links, for its item in the editions feed. */
  private String editionHtml(Views.Site site, Edition edition) {
    Views.Page page = new Views.Page("edition", edition.path(), "", "", helpers.absolute(edition.path()), null, null,
        List.of());
    PageJobs.Job job = new PageJobs.Job(edition.path(), "edition-content.ftlh", page,
        Map.of("edition", new Views.EditionPage(edition, null, null, false)));
    return new String(engine.render(job.template(), model(site, job, true)), StandardCharsets.UTF_8);
  }

  private Map<String, Object> model(Views.Site site, PageJobs.Job job, boolean absoluteLinks) {
    Map<String, Object> model = new HashMap<>(job.model());
    model.put("site", site);
    model.put("page", job.page());
    model.put("h", helpers);
    model.put("t", messages);
    boolean absolute = absoluteLinks || job.path().endsWith("newsletter.html") || job.path().endsWith(".txt")
        || job.path().equals("404.html");
    // A 404 page is served at any depth and a newsletter is read in a mail client: their links
    // must be absolute; the rest follow relativeLinks.
    model.put("url", absolute ? new Links(job.path(), job.path().equals("404.html") ? config.basePath()
        : config.baseUrl().toString(), false) : new Links(job.path(), config.basePath(), config.relativeLinks()));
    return model;
  }

  private Views.Site siteView(Digest digest, List<Page> pages) {
    List<Views.NavLink> sections = digest.sections().stream()
        .map(s -> new Views.NavLink(s.name(), links.section(s.slug()))).toList();
    List<Views.NavLink> sources = new ArrayList<>();
    for (SourceConfig s : config.sources()) {
      sources.add(new Views.NavLink(s.name(), links.source(s.id())));
    }
    List<Views.NavLink> menu = pages.stream().filter(Page::menu)
        .map(p -> new Views.NavLink(p.title(), links.page(p.slug()))).toList();
    return new Views.Site(config.title(), config.description(), config.language(), config.baseUrl().toString(),
        sections, sources, menu, !digest.picks().isEmpty(), debug);
  }
}
