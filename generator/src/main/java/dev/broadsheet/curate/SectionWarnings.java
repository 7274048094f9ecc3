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
    for (String name : config.editions().sections()) {
      if (!used.contains(Edition.sectionSlug(name))) {
        List<String> sections = digest.sections().stream().map(Edition.Section::name).toList();
        problems.add(Problem.warning(SiteConfig.FILE_NAME, "editions.sections lists '" + name + "', but no source or"
            + " article is in a section of that name; " + (sections.isEmpty() ? "no article is in any section yet"
            : "the sections are: " + String.join(", ", sections))));
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
    problems.addAll(nearMisses(config, used, bySlug));
    return problems;
  }

  /**
   * A warning for each two sections whose names differ by a letter or two (Tecnology and
   * Technology, Sport and Sports): one source's typo makes a section of its own, with its own page
   * and menu entry, and splits the news the site meant to file together.
   */
  private static List<Problem> nearMisses(SiteConfig config, java.util.Set<String> used,
      java.util.SortedMap<String, java.util.TreeMap<String, String>> bySlug) {
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
        int shorter = Math.min(a.strip().length(), b.strip().length());
        // Short names differ by a letter on purpose (Arts, Cars); longer ones rarely do.
        int most = shorter >= 8 ? 2 : shorter >= 5 ? 1 : 0;
        boolean bothListed = listed.contains(Edition.sectionSlug(a)) && listed.contains(Edition.sectionSlug(b));
        if (most > 0 && !bothListed
            && dev.broadsheet.base.Spelling.closest(Slugs.fold(a).strip(), List.of(Slugs.fold(b).strip()), most) != null) {
          problems.add(Problem.warning(SiteConfig.FILE_NAME, "the sections '" + a + "' and '" + b + "' differ by a"
              + " letter or two, so their stories are on two pages; if one is a misspelling, correct it"
              + filedUnder(config, a) + filedUnder(config, b)));
        }
      }
    }
    return problems;
  }

  private static String filedUnder(SiteConfig config, String section) {
    List<String> ids = config.sources().stream()
        .filter(s -> s.section() != null && Edition.sectionSlug(s.section()).equals(Edition.sectionSlug(section)))
        .map(dev.broadsheet.config.SourceConfig::id).toList();
    return ids.isEmpty() ? "" : " (sources in '" + section + "': " + String.join(", ", ids) + ")";
  }
}
