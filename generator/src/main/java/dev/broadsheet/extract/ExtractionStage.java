package dev.broadsheet.extract;

import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.Requester;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticlePage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches and extracts the pages of articles that need them: those of sources that allow full
 * text, and those whose feed entry lacks a summary, an image or a date. Each page is fetched once:
 * the result, or the reason it failed, is stored with the article; a failure that may pass (a
 * timeout, a server error) is tried again after growing pauses ({@link ArticlePage#dueAgain}). At most
 * {@code fetch.maxPagesPerBuild} pages a build, newest first, so a large backlog is worked off over
 * several scheduled runs instead of one very long one.
 */
public final class ExtractionStage {
  private static final Pattern HTTP_CHARSET = Pattern.compile("(?i)charset=\"?([A-Za-z0-9._-]+)");
  private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset=[\"']?([A-Za-z0-9._-]+)");

  private final SiteConfig config;
  private final BiFunction<Requester, String, FetchResult> fetch;
  private final ArticleExtractor extractor = new ArticleExtractor();

  /** @param fetch fetches an article URL as an untrusted URL */
  public ExtractionStage(SiteConfig config, BiFunction<Requester, String, FetchResult> fetch) {
    this.config = config;
    this.fetch = fetch;
  }

  /** The articles that were updated, and the pages that could not be used. */
  public record Result(List<Article> updated, int extracted, List<Problem> problems) {}

  /** Whether {@code a} should have its page fetched at {@code now}. */
  public boolean needsPage(Article a, Instant now) {
    if (a.url() == null || (a.page() != null && !a.page().dueAgain(a.firstSeen(), now))) {
      return false;
    }
    // A new site's example feed links to example.org: there is no article there to fetch.
    if (dev.broadsheet.base.Urls.isReservedExample(a.url())) {
      return false;
    }
    boolean fullText = shownBy(a).map(SourceConfig::fullText).orElse(false);
    return fullText || a.summaryHtml() == null || a.imageUrl() == null || a.published() == null;
  }

  public Result run(Collection<Article> articles, Instant now) {
    List<Article> due = new ArrayList<>(articles.stream().filter(a -> needsPage(a, now)).toList());
    // Pages never asked for first, newest first; then those asked again: retries take what the
    // budget leaves, never the place of new articles' pages.
    due.sort(Comparator.comparing((Article a) -> a.page() != null)
        .thenComparing(Article::effectiveTime, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(Article::id));
    if (due.size() > config.fetch().maxPagesPerBuild()) {
      due = due.subList(0, config.fetch().maxPagesPerBuild());
    }
    if (due.isEmpty()) {
      return new Result(List.of(), 0, List.of());
    }
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.fetch().concurrency(), due.size()), r -> {
      Thread t = new Thread(r, "broadsheet-extract");
      t.setDaemon(true);
      return t;
    });
    ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();
    // Each host's pages in fetch.perHost lanes, each lane one page after another: once two pages of
    // a host failed for a reason that may pass (a timeout, a server error), its lanes leave the
    // host's other pages for a later build, so that a site that is down or drags costs a few
    // deadlines per build, not one per page; one broken page alone holds back nothing.
    Map<String, List<Article>> byHost = new java.util.LinkedHashMap<>();
    due.forEach(a -> byHost.computeIfAbsent(dev.broadsheet.base.Urls.host(a.url()), h -> new ArrayList<>()).add(a));
    Map<String, Integer> failures = new ConcurrentHashMap<>();
    Map<String, Integer> deferred = new ConcurrentHashMap<>();
    Map<String, Article> done = new ConcurrentHashMap<>();
    try {
      List<Future<?>> lanes = new ArrayList<>();
      byHost.forEach((host, pages) -> {
        int count = Math.min(config.fetch().perHost(), pages.size());
        for (int lane = 0; lane < count; lane++) {
          int first = lane;
          lanes.add(pool.submit(() -> {
            for (int i = first; i < pages.size(); i += count) {
              if (failures.getOrDefault(host, 0) >= 2) {
                // Kept as not asked for, with a pause like a failure's: a host down for days does not
                // take a share of maxPagesPerBuild on every build, and is asked again as it recovers.
                Article a = pages.get(i);
                String why = "not asked for: another page of this site failed in the same build for a reason that may pass";
                // A page that had an answer of its own keeps a failed page's week; one never asked, a month.
                boolean never = a.page() == null || a.page().notAsked();
                done.put(a.id(), a.withPage(never ? ArticlePage.notAskedFor(now, why)
                    : ArticlePage.failedForNow(now, why), List.of(), null, null, null));
                deferred.merge(host, 1, Integer::sum);
                continue;
              }
              Article a = extractGuarded(pages.get(i), now, problems);
              done.put(a.id(), a);
              if (a.page().temporary()) {
                failures.merge(host, 1, Integer::sum);
              }
            }
          }));
        }
      });
      for (Future<?> lane : lanes) {
        lane.get();
      }
      List<Article> updated = new ArrayList<>();
      int extracted = 0;
      for (Article d : due) {
        Article a = done.get(d.id());
        if (a == null) {
          continue;
        }
        updated.add(a);
        if (a.page().error() == null) {
          extracted++;
        }
      }
      deferred.forEach((host, n) -> problems.add(Problem.warning(host, n + (n == 1 ? " more page of this site was"
          : " more pages of this site were") + " not asked for: it failed this build for a reason that may pass;"
          + " asked for again after a pause, as a failed page is")));
      List<Problem> sorted = new ArrayList<>(problems);
      sorted.sort(Comparator.comparing(Problem::toString));
      return new Result(updated, extracted, sorted);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting pages", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * {@link #extract}, where a page that fails unexpectedly (a fault of ours its markup finds) is
   * that page's problem while the build and every other page go on: kept as failed for now, and
   * asked for again after a failed page's pause, by when a release may have mended it.
   */
  private Article extractGuarded(Article a, Instant now, Collection<Problem> problems) {
    try {
      return extract(a, now, problems);
    } catch (RuntimeException | StackOverflowError e) {
      String why = "could not be extracted (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
      problems.add(Problem.warning(a.url(), "the article page " + why));
      return a.withPage(ArticlePage.failedForNow(now, why), List.of(), null, null, null);
    }
  }

  /**
   * The configured source the site shows {@code a} under: its own, else (its own taken out of the
   * config) the first configured one that carried it too, whose settings and permissions its page
   * is then asked for with, as the site files it ({@code DigestAssembler.published}).
   */
  private Optional<SourceConfig> shownBy(Article a) {
    if (a.sourceId() == null) {
      return Optional.empty();
    }
    Optional<SourceConfig> own = config.source(a.sourceId());
    if (own.isPresent() || a.alsoFrom().isEmpty()) {
      return own;
    }
    return config.sources().stream().filter(s -> a.alsoFrom().contains(s.id())).findFirst();
  }

  private Article extract(Article a, Instant now, Collection<Problem> problems) {
    // On behalf of the source whose feed links to the page: a private address it alone may reach
    // is refused to another's link. A pick's own page is the editor's.
    Optional<SourceConfig> source = shownBy(a);
    FetchResult r = fetch.apply(a.sourceId() == null ? Requester.EDITOR
        : Requester.source(source.map(SourceConfig::id).orElse(a.sourceId())), a.url());
    if (r.status() != FetchResult.Status.OK) {
      ArticlePage failed = r.temporary() ? ArticlePage.failedForNow(now, r.error())
          : new ArticlePage(null, 0, now, r.error());
      problems.add(Problem.warning(a.url(), "the article page could not be fetched: " + r.error()
          + (failed.nextTry(a.firstSeen()) != null ? " (it is asked for again in a later build)" : "")));
      return a.withPage(failed, List.of(), null, null, null);
    }
    String error = notHtml(r.contentType());
    if (error != null) {
      return a.withPage(new ArticlePage(null, 0, now, error), List.of(), null, null, null);
    }
    // A page's bare day or local time is its publisher's, as the source's feed dates are.
    java.time.ZoneId zone = source.map(SourceConfig::timezone).orElse(config.timezone());
    Extraction e = extractor.extract(decode(r.body(), r.contentType()), r.documentUrl(), zone);
    String summary = e.description() == null ? null : "<p>" + org.jsoup.nodes.Entities.escape(e.description()) + "</p>";
    Article withPage = a.withPage(new ArticlePage(e.bodyHtml(), e.wordCount(), now, null, e.canonicalUrl()),
        e.authors(),
        e.published(), summary, e.image());
    String pageLanguage = LanguageTags.of(e.language());
    if (withPage.language() == null && pageLanguage != null) {
      // The feed did not say; the page does (<html lang>, its structured data or meta tags).
      withPage = withPage.withLanguage(pageLanguage);
    }
    if (a.sourceId() == null && e.title() != null) {
      // A pick of a URL no feed carries: its page is the only source of its headline and publisher.
      withPage = withPage.retitled(e.title(), e.siteName() != null ? e.siteName() : a.publisher());
    }
    return withPage;
  }

  /** Why a response of {@code contentType} is no page to extract, or null when it is one (no type: assumed HTML). */
  public static String notHtml(String contentType) {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.isEmpty() || type.contains("html") ? null : "not an HTML page (" + contentType + ")";
  }

  /** The page's text: the HTTP charset, else a meta charset, else UTF-8. */
  public static String decode(byte[] body, String contentType) {
    Matcher m = HTTP_CHARSET.matcher(contentType == null ? "" : contentType);
    String name = m.find() ? m.group(1) : null;
    if (name == null) {
      Matcher meta = META_CHARSET.matcher(new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1));
      name = meta.find() ? meta.group(1) : null;
    }
    try {
      return new String(body, name == null ? StandardCharsets.UTF_8 : Charset.forName(name));
    } catch (RuntimeException ex) {
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
