package dev.broadsheet.render;

import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.Permalinks;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.store.PermalinkHistory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Pages at the addresses pages were published at under earlier patterns ({@link PermalinkHistory}),
 * each sending readers and search engines on to the page's address now: a link shared before the
 * site changed its permalinks still arrives. Only a page a pattern makes moves with it (an
 * article, the first page of a section's or source's list, an edition, a plain page); an address
 * some page of this build has, or a second old page's, is left to its owner, and so is one that
 * would be a folder of a file published, or a file inside one, or either of them on a file system
 * that ignores case.
 */
final class Redirects {
  private Redirects() {}

  /** A job for each old address of the pages among {@code jobs}, in their order. */
  static List<PageJobs.Job> of(List<PageJobs.Job> jobs, SiteConfig config, PermalinkHistory history,
      TemplateHelpers helpers, java.time.LocalDate today) {
    if (history.former().isEmpty() && !history.editionsMoved()) {
      return List.of();
    }
    Permalinks current = config.permalinks();
    Outputs taken = new Outputs();
    jobs.forEach(j -> taken.add(Links.fileOf(j.path())));
    Map<Permalinks.Kind, Function<String, Optional<Map<String, String>>>> readers = new EnumMap<>(Permalinks.Kind.class);
    List<PageJobs.Job> redirects = new ArrayList<>();
    for (PageJobs.Job job : jobs) {
      Permalinks.Kind kind = kindOf(job.page().kind());
      if (kind == Permalinks.Kind.EDITION && history.editionsMoved()) {
        redirects.addAll(formerDates(job, config, history, helpers, taken, today));
      }
      if (kind == null || history.former(kind).isEmpty()) {
        continue;
      }
      Optional<Map<String, String>> values = readers.computeIfAbsent(kind, k -> Permalinks.reader(current.of(k)))
          .apply(job.path());
      if (values.isEmpty()) {
        continue;
      }
      for (String pattern : history.former(kind)) {
        Permalinks.filled(pattern, values.get())
            .filter(old -> !old.equals(job.path()) && taken.addIfFree(Links.fileOf(old)))
            .ifPresent(old -> redirects.add(redirect(old, job, helpers)));
      }
    }
    return redirects;
  }

  /**
   * The edition of {@code job} at the addresses an earlier period or time zone gave the days it
   * covers (each day of a site now weekly, the week of one now daily; the one or two days of the
   * zone before that a day of this zone overlaps), under the edition pattern now and the earlier
   * ones: a link to an edition of before still arrives where its news is. An address that is an
   * edition's now is that edition's (a week's address is its Monday's, so a Monday with an edition
   * of its own keeps it); one that several editions now cover goes to the first of them (the newest).
   */
  private static List<PageJobs.Job> formerDates(PageJobs.Job job, SiteConfig config, PermalinkHistory history,
      TemplateHelpers helpers, Outputs taken, java.time.LocalDate today) {
    if (!(job.model().get("edition") instanceof Views.EditionPage page)) {
      return List.of();
    }
    java.time.ZoneId zone = config.timezone();
    EditionsConfig.Period now = config.editions().period();
    // Every day the edition covers, as an earlier period or zone dated it: a week's seven days of a site
    // that was daily (whether or not the week lists their stories), a day's week of one that was weekly,
    // the dates another zone gives the day's first and last moments.
    List<EditionsConfig.Period> periods = new ArrayList<>(history.formerPeriods());
    periods.add(now);
    List<java.time.ZoneId> zones = new ArrayList<>(history.formerZones().stream().map(java.time.ZoneId::of).toList());
    zones.add(zone);
    java.util.TreeSet<java.time.LocalDate> dates = new java.util.TreeSet<>(java.util.Comparator.reverseOrder());
    java.time.LocalDate end = now.after(page.edition().date());
    // Only days that have begun: no earlier period ever published an edition of a day still to come.
    for (java.time.LocalDate day = page.edition().date(); day.isBefore(end) && !day.isAfter(today);
        day = day.plusDays(1)) {
      java.time.Instant first = day.atStartOfDay(zone).toInstant();
      java.time.Instant last = day.plusDays(1).atStartOfDay(zone).toInstant().minusSeconds(1);
      for (EditionsConfig.Period p : periods) {
        for (java.time.ZoneId z : zones) {
          if (p != now || !z.equals(zone)) {
            dates.add(Edition.dateOf(first, z, p));
            dates.add(Edition.dateOf(last, z, p));
          }
        }
      }
    }
    List<String> patterns = new ArrayList<>();
    patterns.add(config.permalinks().edition());
    patterns.addAll(history.former(Permalinks.Kind.EDITION));
    List<PageJobs.Job> redirects = new ArrayList<>();
    for (java.time.LocalDate date : dates) {
      for (String pattern : patterns) {
        String old = dev.broadsheet.curate.Permalinker.edition(pattern, date);
        if (!old.equals(job.path()) && taken.addIfFree(Links.fileOf(old))) {
          redirects.add(redirect(old, job, helpers));
        }
      }
    }
    return redirects;
  }

  /**
   * A job for each alias of a picked article ({@link dev.broadsheet.picks.Pick#aliases}), sending
   * readers of the address another tool published it at on to its page. An alias outside the
   * site's path ({@code basePath}), or at an address the site publishes (any of {@code jobs}),
   * is left out, and said in {@code problems}.
   */
  static List<PageJobs.Job> aliases(List<PageJobs.Job> jobs, dev.broadsheet.curate.Digest digest, String basePath,
      TemplateHelpers helpers, List<dev.broadsheet.base.Problem> problems) {
    if (digest.picks().stream().allMatch(s -> s.pick() == null || s.pick().aliases().isEmpty())) {
      return List.of();
    }
    Outputs taken = new Outputs();
    Map<String, PageJobs.Job> byPath = new java.util.HashMap<>();
    jobs.forEach(j -> {
      taken.add(Links.fileOf(j.path()));
      byPath.put(j.path(), j);
    });
    List<PageJobs.Job> redirects = new ArrayList<>();
    for (dev.broadsheet.curate.Story story : digest.picks()) {
      PageJobs.Job target = story.pick() == null ? null : byPath.get(story.lead().path());
      if (target == null) {
        continue;
      }
      for (String alias : story.pick().aliases()) {
        String file = story.pick().file();
        if (!alias.startsWith(basePath)) {
          problems.add(dev.broadsheet.base.Problem.warning(file, "the alias " + alias + " is not under the site's"
              + " address (" + basePath + "): no page there can send readers on; it is left out"));
          continue;
        }
        String old = dev.broadsheet.base.EarlierAddresses.asSitePath(alias.substring(basePath.length()));
        if (old.isEmpty() || !taken.addIfFree(Links.fileOf(old))) {
          problems.add(dev.broadsheet.base.Problem.warning(file, "the alias " + alias + " is the address of a page"
              + " this site publishes (or of another alias); it is left out"));
          continue;
        }
        redirects.add(redirect(old, target, helpers));
      }
    }
    return redirects;
  }

  private static PageJobs.Job redirect(String old, PageJobs.Job job, TemplateHelpers helpers) {
    // The page's own description and picture: a link to the old address shared in a chat or a
    // post is previewed from this page, which most previewers do not follow on.
    return new PageJobs.Job(old, "redirect.ftlh", new Views.Page("redirect", old, job.page().title(),
        job.page().description(), helpers.absolute(job.path()), job.page().image(), null, List.of()),
        Map.of("redirect", new Views.Redirect(job.path(), helpers.absolute(job.path()))));
  }

  /** The file of each of {@code redirects} with the address it sends readers on to. */
  static Map<String, String> targets(List<PageJobs.Job> redirects) {
    Map<String, String> targets = new java.util.HashMap<>();
    redirects.forEach(j -> targets.put(Links.fileOf(j.path()), ((Views.Redirect) j.model().get("redirect")).path()));
    return targets;
  }

  /**
   * The files a build publishes, as a file system that ignores case sees them (Windows, macOS):
   * an old address may not be one of them, a folder of one ({@code articles/x} beside {@code
   * articles/x/index.html}), nor inside one.
   */
  static final class Outputs {
    private final Set<String> files = new HashSet<>();
    private final Set<String> folders = new HashSet<>();

    void add(String file) {
      String f = file.toLowerCase(Locale.ROOT);
      files.add(f);
      for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
        folders.add(f.substring(0, slash));
      }
    }

    boolean addIfFree(String file) {
      String f = file.toLowerCase(Locale.ROOT);
      if (files.contains(f) || folders.contains(f)) {
        return false;
      }
      for (int slash = f.indexOf('/'); slash >= 0; slash = f.indexOf('/', slash + 1)) {
        if (files.contains(f.substring(0, slash))) {
          return false;
        }
      }
      add(file);
      return true;
    }
  }

  private static Permalinks.Kind kindOf(String pageKind) {
    return switch (pageKind) {
      case "article" -> Permalinks.Kind.ARTICLE;
      case "edition" -> Permalinks.Kind.EDITION;
      case "section" -> Permalinks.Kind.SECTION;
      case "source" -> Permalinks.Kind.SOURCE;
      case "page" -> Permalinks.Kind.PAGE;
      default -> null;
    };
  }
}
