package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Permalinker;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;

/**
 * Says when a site's News section page goes away because the default section is now named in the
 * site's language: before {@code editions.defaultSection}, articles without a section went to
 * "News" in every language, and a French, German or Spanish site upgraded to it moves them
 * (sections/news/ to sections/actualites/). Its readers' bookmarks and feed subscriptions would
 * break without a word.
 */
final class DefaultSectionMove {
  private static final String BEFORE = "News";

  private DefaultSectionMove() {}

  /** A warning when the published site has the News section page and this build, whose default section is another, does not. */
  static List<Problem> check(SiteConfig config, Permalinker links, Collection<RenderedFile> files) {
    String now = config.editions().defaultSection();
    String before = Links.fileOf(links.section(Edition.sectionSlug(BEFORE)));
    if (Edition.sectionSlug(now).equals(Edition.sectionSlug(BEFORE))
        || !Files.isRegularFile(config.output().resolve(before))
        || files.stream().anyMatch(f -> f.path().equals(before))) {
      return List.of();
    }
    return List.of(Problem.warning(SiteConfig.FILE_NAME, "articles without a section now go to '" + now
        + "', the site language's word, not '" + BEFORE + "': " + before + " and its feeds are no longer published."
        + " To keep them where they were, set editions.defaultSection: " + BEFORE));
  }
}
