package dev.broadsheet.render;

import dev.broadsheet.base.AtomicFiles;
import dev.broadsheet.base.Problem;
import dev.broadsheet.store.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Whether a site's own templates still link each article page to the original. Broadsheet
 * promises readers that it never presents another's article as its own; the theme keeps the
 * promise, and a site that overrides its templates can drop it without any error. Article pages
 * are looked at for a link to the original's address (as an {@code .ftlh} template prints it);
 * the first by address without one is named in a warning, by every build until it is mended.
 *
 * <p>A page kept from the last build is not rendered, so its bytes are not at hand: the first
 * page without the link is remembered beside the page record ({@link PageCache}), and while that
 * page is kept the pages before it had the link then and have it now. Only when it is not (it
 * changed or is gone), or nothing was remembered, are the kept pages after it read from the
 * published site, in order, up to the first without the link.
 */
final class AttributionCheck {
  static final String FILE = "attribution.txt";
  private static final String HEADER = "broadsheet-attribution 1 ";

  /** An article page kept as published, with the address of its original. */
  private record KeptPage(String path, String url) {}

  private final Path templates;
  private final boolean active;
  /** Where the first page without the link is remembered, or null without a page record. */
  private final Path memory;
  private final String stamp;
  private final AtomicReference<String> firstRendered = new AtomicReference<>();
  private final Queue<KeptPage> kept = new ConcurrentLinkedQueue<>();
  /** The first page without the link over the whole site, as the last {@link #problem} found it ("" for none). */
  private volatile String settled;
  /** Whether a kept page could not be read, so that what {@link #problem} found may not be the first. */
  private volatile boolean unsure;

  /**
   * A check of the pages made with the site's templates in {@code templates} (none when it has
   * no template), remembering what it found in {@code cacheFolder} under {@code stamp} (both
   * null without a page record).
   */
  AttributionCheck(Path templates, Path cacheFolder, String stamp) {
    this.templates = templates;
    this.active = !SiteTemplateFiles.templates(templates).isEmpty();
    this.memory = cacheFolder == null || stamp == null ? null : cacheFolder.resolve(FILE);
    this.stamp = stamp;
  }

  /** Looks at a page just made ({@code bytes}) from {@code job}. */
  void look(PageJobs.Job job, byte[] bytes) {
    look(job.path(), originalOf(job), bytes);
  }

  /** Looks at the article page at {@code path} just made ({@code bytes}), whose original is at {@code url} (may be null). */
  void look(String path, String url, byte[] bytes) {
    String first = firstRendered.get();
    // A page after the first found so far, by address, cannot be named: not looked at.
    if (!active || url == null || first != null && path.compareTo(first) >= 0 || linked(bytes, url)) {
      return;
    }
    // The first by address, whichever thread got there first: the warning reads the same each build.
    firstRendered.accumulateAndGet(path, (x, y) -> x == null || y.compareTo(x) < 0 ? y : x);
  }

  /** Notes a page of {@code job} kept as published. */
  void kept(PageJobs.Job job) {
    kept(job.path(), originalOf(job));
  }

  /** Notes the article page at {@code path}, whose original is at {@code url} (may be null), kept as published. */
  void kept(String path, String url) {
    if (active && url != null) {
      kept.add(new KeptPage(path, url));
    }
  }

  /**
   * The warning, when an article page of the site (the pages rendered in this build, and those
   * kept, whose files {@code published} reads from the published site, null when it cannot) does
   * not link to its original.
   */
  Optional<Problem> problem(Function<String, byte[]> published) {
    if (!active) {
      return Optional.empty();
    }
    String path = firstOverSite(published);
    settled = path == null ? "" : path;
    Path article = templates.resolve("article.ftlh");
    return path == null ? Optional.empty() : Optional.of(Problem.warning(
        (Files.isRegularFile(article) ? article : templates).toString(),
        "article pages do not link to the original article (the first: " + path + "): the site's templates must"
            + " show where each story comes from, as the theme does with its publisher, author and link"));
  }

  /**
   * Remembers what the last {@link #problem} found, for the next build; call once the pages are
   * published, before their record is saved. What is not known for sure is forgotten, not kept:
   * an earlier build's memory beside this build's page record could vouch for pages it never saw.
   */
  void save() {
    if (memory == null || !active) {
      return;
    }
    try {
      if (settled == null || unsure) {
        Files.deleteIfExists(memory);
      } else {
        AtomicFiles.writeIfChanged(memory, (HEADER + stamp + "\n" + settled + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(memory.toString(), e);
    }
  }

  private String firstOverSite(Function<String, byte[]> published) {
    String rendered = firstRendered.get();
    Optional<String> remembered = recalled();
    if (remembered.isPresent() && (remembered.get().isEmpty()
        || kept.stream().anyMatch(p -> p.path().equals(remembered.get())))) {
      String before = remembered.get();
      return before.isEmpty() || rendered != null && rendered.compareTo(before) < 0 ? rendered : before;
    }
    // The kept pages before the remembered one had the link when it was remembered; of the rest, read
    // the published bytes, but only of pages before the first rendered without it.
    for (KeptPage p : kept.stream().sorted(Comparator.comparing(KeptPage::path)).toList()) {
      if (remembered.isPresent() && p.path().compareTo(remembered.get()) <= 0) {
        continue;
      }
      if (rendered != null && p.path().compareTo(rendered) >= 0) {
        break;
      }
      // Unreadable, or gone since it was kept (publishing then stops): not known to have the link or not.
      byte[] bytes = published.apply(Links.fileOf(p.path()));
      if (bytes == null) {
        unsure = true;
      } else if (!linked(bytes, p.url())) {
        return p.path();
      }
    }
    return rendered;
  }

  /** What the last build remembered: a page's address, "" for none, or nothing when unknown. */
  private Optional<String> recalled() {
    if (memory == null) {
      return Optional.empty();
    }
    try {
      List<String> lines = Files.readAllLines(memory, StandardCharsets.UTF_8);
      return lines.size() == 2 && lines.get(0).equals(HEADER + stamp) ? Optional.of(lines.get(1)) : Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      // Missing or unreadable: the kept pages are read instead.
      return Optional.empty();
    }
  }

  /** The address of the original {@code job}'s page must link to, or null when it is no article page or has none. */
  private static String originalOf(PageJobs.Job job) {
    if (!(job.model().get("article") instanceof Views.ArticlePage view)) {
      return null;
    }
    Article a = view.item().article();
    return a.url();
  }

  private static boolean linked(byte[] bytes, String url) {
    String page = new String(bytes, StandardCharsets.UTF_8);
    // A link, not the address anywhere: the structured data every page of the theme's frame holds names it too.
    boolean linked = false;
    for (String u : List.of(escaped(url), url)) {
      linked |= page.contains("href=\"" + u + "\"") || page.contains("href='" + u + "'");
    }
    return linked;
  }

  /** {@code url} as an .ftlh template prints it in an attribute. */
  private static String escaped(String url) {
    return url.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
