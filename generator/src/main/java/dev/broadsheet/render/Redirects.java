package dev.broadsheet.render;

import dev.broadsheet.config.Permalinks;
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
  static List<PageJobs.Job> of(List<PageJobs.Job> jobs, Permalinks current, PermalinkHistory history,
      TemplateHelpers helpers) {
    if (history.former().isEmpty()) {
      return List.of();
    }
    Outputs taken = new Outputs();
    jobs.forEach(j -> taken.add(Links.fileOf(j.path())));
    Map<Permalinks.Kind, Function<String, Optional<Map<String, String>>>> readers = new EnumMap<>(Permalinks.Kind.class);
    List<PageJobs.Job> redirects = new ArrayList<>();
    for (PageJobs.Job job : jobs) {
      Permalinks.Kind kind = kindOf(job.page().kind());
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
            .ifPresent(old -> redirects.add(new PageJobs.Job(old, "redirect.ftlh",
                new Views.Page("redirect", old, job.page().title(), "", helpers.absolute(job.path()), null, null,
                    List.of()),
                Map.of("redirect", new Views.Redirect(job.path(), helpers.absolute(job.path()))))));
      }
    }
    return redirects;
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
  private static final class Outputs {
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
