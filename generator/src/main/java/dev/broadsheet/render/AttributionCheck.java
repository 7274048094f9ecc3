package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether a site's own templates still link each article page to the original. Broadsheet
 * promises readers that it never presents another's article as its own; the theme keeps the
 * promise, and a site that overrides its templates can drop it without any error. Article pages
 * rendered in a build are looked at for a link to the original's address (as an {@code .ftlh}
 * template prints it); the first by address without one is named in a warning. Pages kept from
 * the last build are not read again: the warning comes with the builds that render them.
 */
final class AttributionCheck {
  private final Path templates;
  private final boolean active;
  private final AtomicReference<String> firstWithout = new AtomicReference<>();

  /** A check of the pages made with the site's templates in {@code templates}; none when it has no template. */
  AttributionCheck(Path templates) {
    this.templates = templates;
    this.active = !SiteTemplateFiles.templates(templates).isEmpty();
  }

  /** Looks at an article page just rendered ({@code bytes}) from {@code job}. */
  void look(PageJobs.Job job, byte[] bytes) {
    String first = firstWithout.get();
    // A page after the first found so far, by address, cannot be named: not looked at.
    if (!active || first != null && job.path().compareTo(first) >= 0
        || !(job.model().get("article") instanceof Views.ArticlePage view)) {
      return;
    }
    Article a = view.item().article();
    if (a.url() == null) {
      return;
    }
    String page = new String(bytes, StandardCharsets.UTF_8);
    // A link, not the address anywhere: the structured data every page of the theme's frame holds names it too.
    boolean linked = false;
    for (String url : List.of(escaped(a.url()), a.url())) {
      linked |= page.contains("href=\"" + url + "\"") || page.contains("href='" + url + "'");
    }
    if (!linked) {
      // The first by address, whichever thread got there first: the warning reads the same each build.
      firstWithout.accumulateAndGet(job.path(), (x, y) -> x == null || y.compareTo(x) < 0 ? y : x);
    }
  }

  /** The warning, when an article page rendered in this build did not link to its original. */
  Optional<Problem> problem() {
    String path = firstWithout.get();
    Path article = templates.resolve("article.ftlh");
    return path == null ? Optional.empty() : Optional.of(Problem.warning(
        (Files.isRegularFile(article) ? article : templates).toString(),
        "article pages do not link to the original article (the first: " + path + "): the site's templates must"
            + " show where each story comes from, as the theme does with its publisher, author and link"));
  }

  /** {@code url} as an .ftlh template prints it in an attribute. */
  private static String escaped(String url) {
    return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
