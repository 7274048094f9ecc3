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
   * one page. Not one of the curation's problems: a section waiting for its first article must not
   * make every build curate anew.
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
    return problems;
  }
}
