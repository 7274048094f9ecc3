package dev.broadsheet;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.images.ImageStage;
import dev.broadsheet.picks.Page;
import dev.broadsheet.publish.Publisher;
import dev.broadsheet.publish.ThemeAssets;
import dev.broadsheet.render.RenderedFile;
import dev.broadsheet.render.SiteRenderer;
import dev.broadsheet.store.PermalinkHistory;
import java.util.ArrayList;
import java.util.List;

/**
 * What a check renders: every page, feed and picture's markup a build would publish, from the
 * site's files and the cache, into memory only. Its problems are the build's, found without
 * writing anything.
 */
final class CheckRendering {
  private CheckRendering() {}

  static List<Problem> problems(SiteConfig config, BuildOptions options, Digest digest, List<Page> pages,
      PermalinkHistory addresses) {
    List<Problem> problems = new ArrayList<>();
    // The pictures a build would show, from the site's files and the cache: their markup is rendered too.
    ImageStage.Result images = ImageStage.check(config, digest, options.clock().instant());
    problems.addAll(images.problems());
    SiteRenderer renderer = new SiteRenderer(config, options.debug(), null, options.clock(), images.catalog(), null,
        null, a -> null);
    List<RenderedFile> made = renderer.render(digest, pages, addresses);
    problems.addAll(Publisher.forSite(config).check(made, ThemeAssets.load()));
    problems.addAll(renderer.problems());
    return problems;
  }
}
