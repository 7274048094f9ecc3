package dev.broadsheet.curate;

import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.config.SiteConfig;
import java.util.ArrayList;
import java.util.List;

/** What is wrong with the sections a config names, as the digest shows them. */
public final class SectionWarnings {
  private SectionWarnings() {}

  /**
   * A warning for each section {@code editions.sections} lists that no story and no source is in: nearly always
   * a misspelling, which silently sends the section meant to the end of the menu; and for sections
   * named differently whose slugs are one (Russian Экономика and Ukrainian Економіка), which share
   * one page; and for sections in use whose names differ by a letter or two. A build that skips
   * curation reports them again from the curation's record.
   */
  public static List<Problem> of(SiteConfig config, Digest digest) {
    // A section a source files into counts even before its first article (a feed not read yet).
    java.util.Set<String> used = new java.util.HashSet<>();
    digest.sections().forEach(s -> used.add(s.slug()));
    config.sources().stream().filter(s -> s.section() != null).forEach(s -> used.add(Edition.sectionSlug(s.section())));
    List<Problem> problems = new ArrayList<>();
    java.util.Map<String, List<Picked>> picked = pickFiles(digest);
    java.util.Set<String> listed = new java.util.HashSet<>();
    config.editions().sections().forEach(n -> listed.add(Edition.sectionSlug(n)));
    java.util.Set<String> nearSlugs = new java.util.HashSet<>();
    for (String name : config.editions().sections()) {
      if (!used.contains(Edition.sectionSlug(name))) {
        List<String> sections = digest.sections().stream().map(Edition.Section::name).toList();
        // The name in use that this one was likely meant as (Sprot for Sport), by the rules of near
        // misses below: said where the typo is likely to be, with who files under it.
        String near = sections.stream().filter(n -> !listed.contains(Edition.sectionSlug(n)) && nearMiss(name, n))
            .findFirst().orElse(null);
        if (near != null) {
          nearSlugs.add(Edition.sectionSlug(near));
        }
        String meant = near == null ? "" : "; '" + near + "'" + filedUnder(config, picked, near) + " differs from it by"
            + " a letter or two: if one is a misspelling, correct it";
        problems.add(Problem.warning(near == null ? SiteConfig.FILE_NAME : toldAt(config, picked, name, near),
            "editions.sections lists '" + name + "', but no source or article is in a section of that name; "
            + (sections.isEmpty() ? "no article is in any section yet" : "the sections are: "
            + String.join(", ", sections)) + meant));
      }
    }
    // Names that differ as a reader reads them (not "World" and "WORLD"), by the address they take.
    java.util.TreeMap<String, java.util.TreeMap<String, String>> bySlug = new java.util.TreeMap<>();
    java.util.stream.Stream.concat(java.util.stream.Stream.concat(config.editions().sections().stream(),
        config.sources().stream().map(dev.broadsheet.config.SourceConfig::section).filter(java.util.Objects::nonNull)),
        digest.sections().stream().map(Edition.Section::name))
        .forEach(name -> bySlug.computeIfAbsent(Edition.sectionSlug(name), k -> new java.util.TreeMap<>())
            .putIfAbsent(Slugs.fold(name).strip(), name));
    bySlug.forEach((slug, names) -> {
      if (names.size() > 1) {
        problems.add(Problem.warning(SiteConfig.FILE_NAME, "the sections '" + String.join("', '", names.values())
            + "' share one page (" + new Permalinker(config.permalinks()).section(slug) + "): their names make"
            + " the same address, so their stories are listed together; rename one of them"));
      }
    });
    problems.addAll(nearMisses(config, used, bySlug, picked, nearSlugs));
    problems.addAll(picksAlone(config, picked, nearSlugs));
    return problems;
  }

  /**
   * A warning at each pick that makes a section no source files into and {@code editions.sections}
   * does not list: a page and a menu entry for the picks alone, as a typo far from every other name
   * (Opinon) makes; unless a near miss names it already (one of {@code near}, by slug).
   */
  private static List<Problem> picksAlone(SiteConfig config, java.util.Map<String, List<Picked>> picked,
      java.util.Set<String> near) {
    java.util.Set<String> known = new java.util.HashSet<>();
    // Every article without a section is in the default one: a pick naming it makes no section.
    known.add(Edition.sectionSlug(config.editions().defaultSection()));
    config.editions().sections().forEach(n -> known.add(Edition.sectionSlug(n)));
    config.sources().stream().filter(s -> s.section() != null).forEach(s -> known.add(Edition.sectionSlug(s.section())));
    List<Problem> problems = new ArrayList<>();
    picked.forEach((slug, files) -> {
      if (!known.contains(slug) && !near.contains(slug)) {
        for (Picked pick : files) {
          problems.add(Problem.warning(pick.file(), "its section '" + pick.section() + "' is no"
              + " source's and editions.sections does not list it, so it makes a section of its own (a page and a"
              + " menu entry) for picks alone; correct the name, or list it in editions.sections if it is meant"));
        }
      }
    });
    return problems;
  }

  /** A pick that names a section: the section as it writes it, and its file. */
  private record Picked(String section, String file) {}

  /** The picks that name a section, by the section's slug, in the order of their files. */
  private static java.util.Map<String, List<Picked>> pickFiles(Digest digest) {
    java.util.Map<String, List<Picked>> files = new java.util.TreeMap<>();
    for (Story story : digest.picks()) {
      dev.broadsheet.picks.Pick pick = story.pick();
      if (pick != null && pick.section() != null && !pick.section().isBlank()) {
        files.computeIfAbsent(Edition.sectionSlug(pick.section()), k -> new ArrayList<>())
            .add(new Picked(pick.section().strip(), pick.file()));
      }
    }
    files.values().forEach(list -> list.sort(java.util.Comparator.comparing(Picked::file)));
    return files;
  }

  /** Whether section names {@code a} and {@code b} differ as a misspelling does, by a letter or two. */
  private static boolean nearMiss(String a, String b) {
    int shorter = Math.min(a.strip().length(), b.strip().length());
    // Short names differ by a letter on purpose (Arts, Cars); longer ones rarely do.
    int most = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
    return most > 0 && dev.broadsheet.base.Spelling.closest(Slugs.fold(a).strip(), List.of(Slugs.fold(b).strip()), most)
        != null;
  }

  /**
   * A warning for each two sections whose names differ by a letter or two (Tecnology and
   * Technology, Sport and Sports): one source's typo makes a section of its own, with its own page
   * and menu entry, and splits the news the site meant to file together. The slugs of the sections
   * warned of are added to {@code told}.
   */
  private static List<Problem> nearMisses(SiteConfig config, java.util.Set<String> used,
      java.util.SortedMap<String, java.util.TreeMap<String, String>> bySlug, java.util.Map<String, List<Picked>> picked,
      java.util.Set<String> told) {
    // Sections in use only: one editions.sections lists in vain has its warning above.
    List<String> names = bySlug.entrySet().stream().filter(e -> used.contains(e.getKey()))
        .map(e -> e.getValue().firstEntry().getValue()).toList();
    // Both in editions.sections: the editor named both (Health and Wealth), no typo.
    java.util.Set<String> listed = config.editions().sections().stream().map(Edition::sectionSlug)
        .collect(java.util.stream.Collectors.toSet());
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        String a = names.get(i);
        String b = names.get(j);
        boolean bothListed = listed.contains(Edition.sectionSlug(a)) && listed.contains(Edition.sectionSlug(b));
        if (!bothListed && nearMiss(a, b)) {
          told.add(Edition.sectionSlug(a));
          told.add(Edition.sectionSlug(b));
          problems.add(Problem.warning(toldAt(config, picked, a, b), "the sections '" + a + "' and '" + b
              + "' differ by a letter or two, so their stories are on two pages; if one is a misspelling, correct it"
              + filedUnder(config, picked, a) + filedUnder(config, picked, b)));
        }
      }
    }
    return problems;
  }

  /**
   * Where two near sections are told of: the first pick filing under one that only picks name
   * (the typo is in the pick, not in the config), else the config.
   */
  private static String toldAt(SiteConfig config, java.util.Map<String, List<Picked>> picked, String a, String b) {
    for (String name : List.of(a, b)) {
      String slug = Edition.sectionSlug(name);
      boolean configured = slug.equals(Edition.sectionSlug(config.editions().defaultSection()))
          || config.editions().sections().stream().anyMatch(n -> Edition.sectionSlug(n).equals(slug))
          || config.sources().stream().anyMatch(s -> s.section() != null && Edition.sectionSlug(s.section()).equals(slug));
      List<Picked> files = picked.get(slug);
      if (!configured && files != null) {
        return files.get(0).file();
      }
    }
    return SiteConfig.FILE_NAME;
  }

  private static String filedUnder(SiteConfig config, java.util.Map<String, List<Picked>> picked, String section) {
    String slug = Edition.sectionSlug(section);
    List<String> ids = config.sources().stream()
        .filter(s -> s.section() != null && Edition.sectionSlug(s.section()).equals(slug))
        .map(dev.broadsheet.config.SourceConfig::id).toList();
    List<String> picks = picked.getOrDefault(slug, List.of()).stream().map(Picked::file).toList();
    return (ids.isEmpty() ? "" : " (sources in '" + section + "': " + String.join(", ", ids) + ")")
        + (picks.isEmpty() ? "" : " (picks in '" + section + "': " + String.join(", ", picks) + ")");
  }
}
