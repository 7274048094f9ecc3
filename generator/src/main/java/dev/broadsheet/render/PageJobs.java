package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.curate.Story;
import dev.broadsheet.picks.Page;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Lays out which pages exist and what each one shows: one {@link Job} per output file. */
final class PageJobs {
  private static final String SEARCH = "search/";
  private static final String NOT_FOUND = "404.html";
  /** The page listing every source, when there are too many to list in every page's footer. */
  static final String SOURCES = "sources/";
  /**
   * The most sources a footer lists. With hundreds of sources the list would be half of every
   * page's bytes (13 of 27 KB on an article page of a 200-source site); beyond this many, the
   * footer links to one page that lists them all.
   */
  static final int FOOTER_SOURCES = 12;

  private final SiteConfig config;
  private final Permalinker links;
  private final TemplateHelpers helpers;
  private final Set<String> collided = new HashSet<>();
  private final Messages t;
  private final LocalDate today;
  /** The date each page was last changed, for the sitemap; null when unknown. */
  final Map<String, Instant> sitemap = new LinkedHashMap<>();
  /** Pages left out because another page has their address. */
  final List<Problem> problems = new ArrayList<>();

  PageJobs(SiteConfig config, Permalinker links, TemplateHelpers helpers, Messages messages,
      LocalDate today) {
    this.config = config;
    this.t = messages;
    this.today = today;
    this.links = links;
    this.helpers = helpers;
  }

  /**
   * One page to render: its path, template, page description and model. A page's fingerprint is
   * taken of {@code page} and {@code model}; {@code finish} adds to {@code page} what is derived
   * from them alone (an article page's teaser, preview image and structured data, made from its
   * article and the config), so that a page kept as published never has them made.
   */
  record Job(String path, String template, Views.Page page, Map<String, Object> model,
      UnaryOperator<Views.Page> finish) {
    Job(String path, String template, Views.Page page, Map<String, Object> model) {
      this(path, template, page, model, UnaryOperator.identity());
    }

    /** The page description as templates see it. */
    Views.Page finishedPage() {
      return finish.apply(page);
    }
  }

  List<Job> all(Digest digest, List<Page> pages) {
    List<Job> jobs = new ArrayList<>();
    editions(digest, jobs);
    new ArticlePageJobs(config, links, helpers).add(digest, jobs, sitemap);
    for (Edition.Section s : digest.sections()) {
      paged(jobs, "section", s.name(), links.section(s.slug()), s.stories(), List.of());
    }
    for (Story story : digest.stories()) {
      if (story.hasStoryPage()) {
        paged(jobs, "story", story.lead().article().title(), story.path(), List.of(), story.reports());
      }
    }
    List<String> homes = SourceHome.of(config.sources(), digest.bySource());
    for (int i = 0; i < config.sources().size(); i++) {
      SourceConfig s = config.sources().get(i);
      paged(jobs, "source", s.name(), links.source(s.id()), List.of(), digest.bySource().getOrDefault(s.id(), List.of()),
          homes.get(i));
    }
    for (Digest.Tag tag : digest.tags()) {
      paged(jobs, "tag", tag.name(), links.tag(tag.slug()), List.of(), tag.items());
    }
    if (!digest.picks().isEmpty()) {
      // Paged as the lists are: a site's picks of years on one page of cards would never stop growing.
      List<Story> picks = digest.picks();
      for (Span span : spans("picks/", picks.size())) {
        String title = span.path().equals("picks/") ? t.text("picks.title")
            : t.text("pager.pageTitle", t.text("picks.title"), span.pagination().number());
        jobs.add(job(span.path(), "picks.ftlh", "picks", title, t.text("picks.description"),
            Map.of("picks", picks.subList(span.from(), span.to()), "pagination", span.pagination()), null, null,
            List.of(new Views.NavLink(t.text("picks.title"), "picks/feed.xml")), null));
      }
    }
    if (sourcesPage(config) != null) {
      jobs.add(job(SOURCES, "sources.ftlh", "sources", t.text("sources.title"),
          t.text("sources.description", config.title()), Map.of()));
    }
    pages(pages, jobs);
    jobs.add(job(SEARCH, "search.ftlh", "search", t.text("search.title"), t.text("search.description",
        config.title()), Map.of("searchPlurals", searchPlurals())));
    jobs.add(new Job(NOT_FOUND, "404.ftlh", new Views.Page("notfound", NOT_FOUND, t.text("notfound.title"), "",
        helpers.absolute(NOT_FOUND), null, null, List.of()), Map.of()));
    return jobs;
  }

  /**
   * The search count's labels for the plural forms besides "one" and "other" that the site's
   * labels give ({@code search.few}: Polish "2 artykuły" beside "5 artykułów"), by the name the
   * browser's plural rules give that form, their placeholders kept for the page's script.
   */
  private Map<String, String> searchPlurals() {
    Map<String, String> labels = new java.util.LinkedHashMap<>();
    for (String kind : List.of("zero", "two", "few", "many")) {
      if (t.keys().contains("search." + kind)) {
        labels.put(kind, t.text("search." + kind));
      }
    }
    return labels;
  }

  /** The pages of {@code pages} that got an address of their own (see {@link #problems}). */
  List<Page> published(List<Page> pages) {
    return pages.stream().filter(p -> !collided.contains(p.slug())).toList();
  }

  /**
   * Adds a job per page, unless the page's address is one Broadsheet already uses (a page named
   * editions.md or search.md): one of the two would silently replace the other, so the page is
   * left out and named in {@link #problems}.
   */
  private void pages(List<Page> pages, List<Job> jobs) {
    // Only the few addresses pages would take are looked for among the jobs (a hundred thousand at
    // 100,000 articles): a job's file is its path, or its path and index.html.
    Set<String> wanted = new HashSet<>();
    for (Page p : pages) {
      String file = Links.fileOf(links.page(p.slug()));
      wanted.add(file);
      if (file.endsWith("index.html")) {
        wanted.add(file.substring(0, file.length() - "index.html".length()));
      }
    }
    Map<String, String> taken = new HashMap<>();
    for (Job j : jobs) {
      if (wanted.contains(j.path())) {
        taken.putIfAbsent(Links.fileOf(j.path()), j.page().title());
      }
    }
    taken.put(Links.fileOf(SEARCH), "Search");
    taken.put(NOT_FOUND, "Page not found");
    for (Page p : pages) {
      String path = links.page(p.slug());
      String owner = taken.putIfAbsent(Links.fileOf(path), p.title());
      if (owner != null) {
        collided.add(p.slug());
        problems.add(new Problem("pages/" + p.slug() + ".md", "its address " + (path.isEmpty() ? "/" : path)
            + " is already used by the page '" + owner + "'; this page is not published: rename the file"
            + " (its name becomes its address)"));
        continue;
      }
      jobs.add(job(path, "page.ftlh", "page", p.title(), p.description(), Map.of("content", p)));
    }
  }

  private void editions(Digest digest, List<Job> jobs) {
    List<Edition> editions = digest.editions();
    for (int i = 0; i < editions.size(); i++) {
      Edition e = editions.get(i);
      String newer = i > 0 ? editions.get(i - 1).path() : null;
      String older = i + 1 < editions.size() ? editions.get(i + 1).path() : null;
      boolean weekly = config.editions().period() == EditionsConfig.Period.WEEKLY;
      // A weekly edition is the current one all week, and changes every day of it.
      // (The same test as Digest.currentEditionPath, which tells a build whether pages must be made again.)
      boolean current = !today.isBefore(e.date()) && today.isBefore(config.editions().period().after(e.date()));
      Views.EditionPage view = new Views.EditionPage(e, newer, older, current);
      String label = helpers.edition(e.date());
      String name = helpers.editionTitle(e.date());
      Instant start = e.date().atStartOfDay(config.timezone()).toInstant();
      Instant day = weekly && e.newestStoryTime() != null && e.newestStoryTime().isAfter(start) ? e.newestStoryTime()
          : start;
      // Corrected after its day (a headline its publisher updated, a pick's note): changed then.
      Instant changed = SiteOutputs.lastChange(e, config.editions().period().after(e.date())
          .atStartOfDay(config.timezone()).toInstant());
      day = changed != null && changed.isAfter(day) ? changed : day;
      jobs.add(job(e.path(), "edition.ftlh", "edition", label, helpers.editionDescription(e.date()),
          Map.of("edition", view), null, JsonLd.edition(e, helpers.absolute(e.path()), name, helpers), List.of(), day));
      String folder = e.path().endsWith("/") ? e.path() : e.path() + "/";
      jobs.add(new Job(folder + "newsletter.html", "newsletter.ftlh", page("newsletter", folder + "newsletter.html",
          name), Map.of("edition", view)));
      jobs.add(new Job(folder + "newsletter.txt", "newsletter-text.ftl", page("newsletter", folder + "newsletter.txt",
          name), Map.of("edition", view)));
      if (i == 0) {
        jobs.add(job("", "index.ftlh", "home", config.title(), config.description(), Map.of("edition", view), null,
            JsonLd.edition(e, helpers.absolute(""), name, helpers), List.of(), day));
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
    jobs.add(job("editions/", "archive.ftlh", "archive", t.text("editions.all"),
        t.text("editions.description", config.title()), Map.of("months", months), null, null,
        List.of(new Views.NavLink(t.text("editions.label"), "editions/feed.xml")), null));
  }

  /** The path of the page listing every source, or null when the footer lists them all. */
  static String sourcesPage(SiteConfig config) {
    return config.sources().size() > FOOTER_SOURCES ? SOURCES : null;
  }

  private Views.Page page(String kind, String path, String title) {
    return new Views.Page(kind, path, title, "", helpers.absolute(path), null, null, List.of());
  }

  private void paged(List<Job> jobs, String kind, String name, String path, List<Story> stories,
      List<Story.Item> items) {
    paged(jobs, kind, name, path, stories, items, null);
  }

  /**
   * A list's pages. Its own address shows the start of the list (a section's or source's newest):
   * all of it while it is shorter than twice the page size, else at least one page's worth and
   * less than two. The rest is on pages numbered from the list's end ({@code page/1/} holds its
   * last {@code pageSize}), so a new story changes the list's own page only (and, each page's worth,
   * the newer link of the newest numbered page), and a numbered page keeps its stories and its
   * address until the list's oldest are pruned. Numbered from the start, every page of a list moved
   * on by one story with each new one: a small site rewrote about a third of its files a day, and
   * every upload carried them.
   */
  private void paged(List<Job> jobs, String kind, String name, String path, List<Story> stories,
      List<Story.Item> items, String homeUrl) {
    int total = Math.max(stories.size(), items.size());
    String folder = path.endsWith("/") ? path : path + "/";
    List<Views.NavLink> feeds = "story".equals(kind) ? List.of() : List.of(new Views.NavLink(name, folder + "feed.xml"));
    String description = switch (kind) {
      case "section" -> t.text("section.description", name, config.title());
      case "story" -> t.text("story.description", config.title());
      case "tag" -> t.text("tag.description", name, config.title());
      default -> t.text("source.description", name, config.title());
    };
    for (Span span : spans(path, total)) {
      int from = span.from();
      int to = span.to();
      Views.Listing listing = new Views.Listing(kind, name,
          stories.subList(Math.min(from, stories.size()), Math.min(to, stories.size())),
          items.subList(Math.min(from, items.size()), Math.min(to, items.size())), span.pagination(), homeUrl);
      String title = span.path().equals(path) ? name : t.text("pager.pageTitle", name, span.pagination().number());
      jobs.add(job(span.path(), "list.ftlh", kind, title, description, Map.of("listing", listing), null, null, feeds,
          null));
    }
  }

  /** One page of a list: its address, the part of the list it holds ({@code from} to {@code to}) and its pager. */
  private record Span(String path, int from, int to, Views.Pagination pagination) {}

  /**
   * The pages of a list of {@code total} at {@code path}, as {@link #paged} lays them out: the list's
   * own page first, then page k of the numbered ones, holding the k-th {@code pageSize} from the oldest.
   */
  private List<Span> spans(String path, int total) {
    int size = config.pageSize();
    int numbered = Math.max(0, total / size - 1);
    List<Span> spans = new ArrayList<>(numbered + 1);
    for (int k = 0; k <= numbered; k++) {
      int from = k == 0 ? 0 : total - k * size;
      int to = k == 0 ? total - numbered * size : from + size;
      String newer = k == 0 ? null : k == numbered ? path : Permalinker.numberedPage(path, k + 1);
      String older = k == 0 ? (numbered > 0 ? Permalinker.numberedPage(path, numbered) : null)
          : k > 1 ? Permalinker.numberedPage(path, k - 1) : null;
      spans.add(new Span(k == 0 ? path : Permalinker.numberedPage(path, k), from, to,
          new Views.Pagination(k == 0 ? numbered + 1 : k, numbered + 1, newer, older)));
    }
    return spans;
  }

  private Job job(String path, String template, String kind, String title, String description,
      Map<String, Object> model) {
    return job(path, template, kind, title, description, model, null, null, List.of(), null);
  }

  private Job job(String path, String template, String kind, String title, String description,
      Map<String, Object> model, String image, String jsonLd, List<Views.NavLink> feeds, Instant lastmod) {
    Views.Page page = new Views.Page(kind, path, title, description, helpers.absolute(path), image, jsonLd, feeds);
    sitemap.put(path, lastmod);
    return new Job(path, template, page, model);
  }
}
