package dev.broadsheet.render;

import dev.broadsheet.BroadsheetException;
import dev.broadsheet.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.text.Slugs;
import dev.broadsheet.curate.Story;
import dev.broadsheet.picks.Page;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Turns a digest into HTML pages. Each page is an independent job (template + model), rendered in
 * parallel; if any page fails, the whole render fails and nothing is published, so a broken
 * template never leaves a half-updated site.
 */
public final class SiteRenderer {
  private final SiteConfig config;
  private final TemplateEngine engine;
  private final TemplateHelpers helpers;
  private final Permalinker links;

  private final boolean debug;

  public SiteRenderer(SiteConfig config) {
    this(config, false);
  }

  public SiteRenderer(SiteConfig config, boolean debug) {
    this.debug = debug;
    this.config = config;
    this.engine = new TemplateEngine(config.siteDir().resolve("templates"),
        Locale.forLanguageTag(config.language()), TimeZone.getTimeZone(config.timezone()));
    this.helpers = new TemplateHelpers(config);
    this.links = new Permalinker(config.permalinks());
  }

  /** One page to render. */
  record Job(String path, String template, Views.Page page, Map<String, Object> model) {}

  /** Renders every page of the site. */
  public List<RenderedFile> render(Digest digest, List<Page> pages) {
    Views.Site site = siteView(digest, pages);
    List<Job> jobs = new PageJobs(config, links, helpers).all(digest, pages);
    ConcurrentLinkedQueue<RenderedFile> files = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
    jobs.parallelStream().forEach(job -> {
      try {
        files.add(new RenderedFile(Links.fileOf(job.path()), engine.render(job.template(), model(site, job))));
      } catch (BroadsheetException e) {
        problems.addAll(e.problems());
      }
    });
    if (!problems.isEmpty()) {
      // The same template error repeats on every page that uses it: report it once.
      throw new BroadsheetException(problems.stream().distinct().sorted(Comparator.comparing(Problem::toString))
          .toList());
    }
    List<RenderedFile> sorted = new ArrayList<>(files);
    sorted.sort(Comparator.comparing(RenderedFile::path));
    return sorted;
  }

  private Map<String, Object> model(Views.Site site, Job job) {
    Map<String, Object> model = new HashMap<>(job.model());
    model.put("site", site);
    model.put("page", job.page());
    model.put("h", helpers);
    model.put("url", new Links(job.path(), config.basePath(), config.relativeLinks()));
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

  /** Lays out which pages exist and what each one shows. */
  private record PageJobs(SiteConfig config, Permalinker links, TemplateHelpers helpers) {
    List<Job> all(Digest digest, List<Page> pages) {
      List<Job> jobs = new ArrayList<>();
      editions(digest, jobs);
      articles(digest, jobs);
      for (Edition.Section s : digest.sections()) {
        paged(jobs, "section", s.name(), links.section(s.slug()), s.stories(), List.of());
      }
      for (SourceConfig s : config.sources()) {
        List<Story.Item> items = digest.bySource().getOrDefault(s.id(), List.of());
        paged(jobs, "source", s.name(), links.source(s.id()), List.of(), items);
      }
      if (!digest.picks().isEmpty()) {
        jobs.add(job("picks/", "picks.ftlh", "picks", "Our picks", "Stories chosen by our editors, with their notes.",
            Map.of("picks", digest.picks())));
      }
      for (Page p : pages) {
        jobs.add(job(links.page(p.slug()), "page.ftlh", "page", p.title(), p.description(), Map.of("content", p)));
      }
      jobs.add(job("404.html", "404.ftlh", "notfound", "Page not found", "", Map.of()));
      return jobs;
    }

    private void editions(Digest digest, List<Job> jobs) {
      List<Edition> editions = digest.editions();
      for (int i = 0; i < editions.size(); i++) {
        Edition e = editions.get(i);
        String newer = i > 0 ? editions.get(i - 1).path() : null;
        String older = i + 1 < editions.size() ? editions.get(i + 1).path() : null;
        Views.EditionPage view = new Views.EditionPage(e, newer, older);
        String label = helpers.day(e.date());
        jobs.add(job(e.path(), "edition.ftlh", "edition", label, "The " + config.title() + " edition of " + label + ".",
            Map.of("edition", view)));
        if (i == 0) {
          jobs.add(job("", "index.ftlh", "home", config.title(), config.description(), Map.of("edition", view)));
        }
      }
      if (editions.isEmpty()) {
        jobs.add(job("", "index.ftlh", "home", config.title(), config.description(), Map.of()));
      }
      Map<String, List<Edition>> byMonth = new LinkedHashMap<>();
      for (Edition e : editions) {
        byMonth.computeIfAbsent(helpers.month(e.date()), k -> new ArrayList<>()).add(e);
      }
      List<Views.ArchiveMonth> months = new ArrayList<>();
      byMonth.forEach((label, list) -> months.add(new Views.ArchiveMonth(label, list)));
      jobs.add(job("editions/", "archive.ftlh", "archive", "All editions",
          "Every edition of " + config.title() + ", newest first.", Map.of("months", months)));
    }

    private void articles(Digest digest, List<Job> jobs) {
      Map<String, Story> storyById = new HashMap<>();
      digest.stories().forEach(s -> storyById.put(s.id(), s));
      Map<String, String> editionOf = new HashMap<>();
      for (Edition e : digest.editions()) {
        e.topStories().forEach(s -> editionOf.put(s.id(), e.path()));
        e.picks().forEach(s -> editionOf.put(s.id(), e.path()));
        e.sections().forEach(sec -> sec.stories().forEach(s -> editionOf.put(s.id(), e.path())));
      }
      for (Story story : digest.stories()) {
        List<Story.Item> members = new ArrayList<>();
        members.add(story.lead());
        members.addAll(story.alsoReportedBy());
        for (Story.Item item : members) {
          String sourceId = item.article().sourceId();
          boolean fullText = sourceId != null && config.source(sourceId).map(SourceConfig::fullText).orElse(false);
          String section = item.article().section() == null ? "News" : item.article().section();
          List<Story> related = story.related().stream().map(storyById::get).filter(java.util.Objects::nonNull).toList();
          Views.ArticlePage view = new Views.ArticlePage(item, story, fullText, helpers.sourceName(sourceId),
              helpers.sourcePath(sourceId), links.section(Slugs.of(section, 40)), editionOf.get(story.id()), related);
          jobs.add(job(item.path(), "article.ftlh", "article", item.article().title(), helpers.shortTeaser(item.article()),
              Map.of("article", view)));
        }
      }
    }

    private void paged(List<Job> jobs, String kind, String name, String path, List<Story> stories,
        List<Story.Item> items) {
      int size = config.pageSize();
      int total = Math.max(stories.size(), items.size());
      int count = Math.max(1, (total + size - 1) / size);
      for (int n = 1; n <= count; n++) {
        int from = (n - 1) * size;
        Views.Pagination pagination = new Views.Pagination(n, count,
            n > 1 ? Permalinker.paged(path, n - 1) : null, n < count ? Permalinker.paged(path, n + 1) : null);
        Views.Listing listing = new Views.Listing(kind, name,
            stories.subList(Math.min(from, stories.size()), Math.min(from + size, stories.size())),
            items.subList(Math.min(from, items.size()), Math.min(from + size, items.size())), pagination);
        String title = n == 1 ? name : name + " (page " + n + " of " + count + ")";
        String description = "section".equals(kind)
            ? "The latest " + name + " stories in " + config.title() + "."
            : "The latest articles from " + name + " in " + config.title() + ".";
        jobs.add(job(Permalinker.paged(path, n), "list.ftlh", kind, title, description, Map.of("listing", listing)));
      }
    }

    private Job job(String path, String template, String kind, String title, String description,
        Map<String, Object> model) {
      Views.Page page = new Views.Page(kind, path, title, description, Links.absolute(config.baseUrl(), path));
      return new Job(path, template, page, model);
    }
  }
}
