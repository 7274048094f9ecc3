package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Whether a site's own templates still link each article page to the original. Broadsheet
 * promises readers that it never presents another's article as its own; the theme keeps the
 * promise, and a site that overrides its templates can drop it without any error. Rendered
 * article pages are looked at for the original's address (as an {@code .ftlh} template prints
 * it); the first page without it is named in a warning.
 */
final class AttributionCheck {
  private final Path templates;
  private final boolean active;
  private final AtomicReference<String> firstWithout = new AtomicReference<>();

  /** A check of the pages made with the site's templates in {@code templates}; none when it has no template. */
  AttributionCheck(Path templates) {
    this.templates = templates;
    this.active = hasTemplates(templates);
  }

  /** Looks at an article page just rendered ({@code bytes}) from {@code job}. */
  void look(PageJobs.Job job, byte[] bytes) {
    if (!active || firstWithout.get() != null || !(job.model().get("article") instanceof Views.ArticlePage view)) {
      return;
    }
    Article a = view.item().article();
    if (a.url() == null) {
      return;
    }
    String page = new String(bytes, StandardCharsets.UTF_8);
    if (!page.contains(escaped(a.url())) && !page.contains(a.url())) {
      firstWithout.compareAndSet(null, job.path());
    }
  }

  /** The warning, when an article page rendered in this build did not link to its original. */
  Optional<Problem> problem() {
    String path = firstWithout.get();
    return path == null ? Optional.empty() : Optional.of(Problem.warning(templates.resolve("article.ftlh").toString(),
        "article pages do not link to the original article (the first: " + path + "): the site's templates must"
            + " show where each story comes from, as the theme does with its publisher, author and link"));
  }

  /** {@code url} as an .ftlh template prints it in an attribute. */
  private static String escaped(String url) {
    return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  private static boolean hasTemplates(Path templates) {
    if (templates == null || !Files.isDirectory(templates)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(templates)) {
      return files.anyMatch(f -> f.toString().endsWith(".ftlh") || f.toString().endsWith(".ftl"));
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      return false;
    }
  }
}
