package dev.broadsheet.images;

import dev.broadsheet.base.Parallel;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ImagesConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Story;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.Requester;
import dev.broadsheet.fetch.HttpFetcher;
import dev.broadsheet.store.Article;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.function.BiFunction;

/**
 * Makes the site's copies of the lead images of every article the digest shows. Each image is
 * taken from the cache when it is there; otherwise read (a site file) or downloaded (online only)
 * and processed. One that cannot be had is a warning naming it, and its story is shown without
 * an image; nothing here fails the build. Downloads run in parallel, decoding at most one per
 * processor, so a burst of large photos does not exhaust memory; at most
 * {@code images.maxDownloadsPerBuild} per build, so a new site's backlog is worked off over a few
 * builds instead of holding up the first one.
 */
public final class ImageStage {
  private final ImagesConfig settings;
  private final ImageSources sources;
  private final ImageCache cache;
  private final ImageProcessor processor;
  private final int threads;
  /** What renditions in the cache were made for: other widths make them again. */
  private final String madeFor;
  /**
   * What a remembered rejection was judged by: other widths or limits judge it again. Kept apart
   * from {@link #madeFor} so that raising a limit does not download every good image again.
   */
  private final String judgedBy;
  /** Keys of rejected images remembered in the cache, kept there while a story still names them. */
  private final Set<String> rejectedKeys = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final String REMEMBERED = " (remembered from an earlier build; delete .broadsheet-cache/images/ to try again)";
  private final Semaphore decoding = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors()));
  /** Whether the stage keeps what it made in the cache and prunes it; a check writes nothing. */
  private final boolean writes;

  /**
   * What the stage did.
   *
   * @param catalog the images pages show, and their files
   * @param problems a warning for each image that was skipped; an image left for a later build (not
   *     in the cache and the build is offline, or beyond {@code images.maxDownloadsPerBuild}) has none
   */
  public record Result(ImageCatalog catalog, List<Problem> problems) {}

  /** A stage that gets web images through {@code download}, or only from the cache when it is null. */
  public ImageStage(SiteConfig config, BiFunction<Requester, String, FetchResult> download) {
    this(config, download, true);
  }

  private ImageStage(SiteConfig config, BiFunction<Requester, String, FetchResult> download,
      boolean writes) {
    this.writes = writes;
    this.settings = config.images();
    this.sources = new ImageSources(config.siteDir(), settings.maxBytes(), download);
    this.cache = new ImageCache(ImageCache.of(config.siteDir()));
    this.processor = new ImageProcessor(settings.maxPixels());
    this.threads = Math.max(1, config.fetch().concurrency());
    this.madeFor = "widths=" + settings.widths();
    this.judgedBy = madeFor + " maxBytes=" + settings.maxBytes() + " maxPixels=" + settings.maxPixels();
  }

  /**
   * The images of {@code digest} for a build of {@code config}: downloaded with the site's fetch
   * settings under the images' own size cap, unless {@code offline}.
   */
  public static Result run(SiteConfig config, Digest digest, boolean offline) {
    if (!config.images().enabled()) {
      return new Result(ImageCatalog.empty(), List.of());
    }
    if (offline) {
      return new ImageStage(config, null).run(digest);
    }
    try (HttpFetcher http = new HttpFetcher(config.fetch().withMaxBytes(config.images().maxBytes()),
        AddressPolicy.of(config))) {
      return new ImageStage(config, http::get).run(digest);
    }
  }

  /**
   * The images a build of {@code digest} would show from the site's files and the cache, for a
   * check: pages are rendered with them, and a pick's picture that is missing or unusable is
   * reported; nothing is downloaded, and the cache is left as it is.
   */
  public static Result check(SiteConfig config, Digest digest) {
    return config.images().enabled() ? new ImageStage(config, null, false).run(digest)
        : new Result(ImageCatalog.empty(), List.of());
  }

  /** The images of every report of every story in {@code digest}. */
  public Result run(Digest digest) {
    rejectedKeys.clear();
    Map<String, Wanted> wanted = wanted(digest);
    Map<String, Outcome> outcomes = fetchAll(wanted, downloadable(wanted.keySet()));
    TreeMap<String, LeadImage> images = new TreeMap<>();
    TreeMap<String, ImageFile> files = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      Outcome o = e.getValue();
      if (o.error() != null) {
        Wanted w = wanted.get(e.getKey());
        problems.add(Problem.warning(w.where(), "the lead image of '" + w.article().title() + "' is not shown: "
            + o.error()));
      }
      if (o.image() != null) {
        images.put(e.getKey(), o.image().image());
        o.image().files().forEach(f -> files.put(f.path(), f));
      }
    }
    Set<String> keys = new TreeSet<>(rejectedKeys);
    images.values().forEach(i -> keys.add(i.key()));
    prune(keys, problems);
    return new Result(new ImageCatalog(images, new ArrayList<>(files.values())), problems);
  }

  /** An image some report shows: the first such article, whom a problem with it concerns, whom it is downloaded for. */
  private record Wanted(Article article, String where, Requester requester) {}

  /**
   * Every image reference of the digest's reports, newest story first, each once, downloaded on
   * behalf of every source whose report shows it (any of them may reach its own address), of the
   * editor for the one a pick names itself ({@code image:}), and with nobody's allowance for one a
   * picked page names.
   */
  private static Map<String, Wanted> wanted(Digest digest) {
    Map<String, Wanted> first = new LinkedHashMap<>();
    Map<String, Set<String>> sources = new java.util.HashMap<>();
    Set<String> editors = new java.util.HashSet<>();
    for (Story s : digest.stories()) {
      if (s.pick() != null && s.pick().image() != null) {
        editors.add(s.pick().image());
      }
      for (Story.Item i : s.reports()) {
        String ref = i.article().imageUrl();
        if (ref == null || ref.isBlank()) {
          continue;
        }
        if (i.article().sourceId() != null) {
          sources.computeIfAbsent(ref, k -> new TreeSet<>()).add(i.article().sourceId());
        }
        if (!first.containsKey(ref)) {
          // A file of the site folder is named by a pick: the problem is that pick's, where the editor fixes it.
          boolean picked = s.pick() != null && ref.equals(s.pick().image()) && !ImageSources.isWeb(ref);
          first.put(ref, new Wanted(i.article(), picked ? s.pick().file() : ref, null));
        }
      }
    }
    Map<String, Wanted> wanted = new LinkedHashMap<>();
    first.forEach((ref, w) -> wanted.put(ref, new Wanted(w.article(), w.where(),
        editors.contains(ref) ? Requester.EDITOR : Requester.sources(sources.getOrDefault(ref, Set.of())))));
    return wanted;
  }

  private record Made(LeadImage image, List<ImageFile> files) {}

  private record Outcome(Made image, String error) {}

  /**
   * The web images this build may download: none offline; online, the first
   * {@code images.maxDownloadsPerBuild} not in the cache, newest story first. Decided before any
   * download starts, so which images a build shows never depends on which download ends first.
   */
  private Set<String> downloadable(Set<String> references) {
    Set<String> allowed = new java.util.HashSet<>();
    if (!sources.online()) {
      return allowed;
    }
    for (String ref : references) {
      if (allowed.size() >= settings.maxDownloadsPerBuild()) {
        break;
      }
      String key = ImageCache.key(ref);
      if (ImageSources.isWeb(ref) && !cache.has(key, ref, madeFor) && !cache.has(key, ref, judgedBy)) {
        allowed.add(ref);
      }
    }
    return allowed;
  }

  private Map<String, Outcome> fetchAll(Map<String, Wanted> wanted, Set<String> downloadable) {
    List<String> references = List.copyOf(wanted.keySet());
    List<Outcome> outcomes = Parallel.map(references, threads, "broadsheet-images",
        ref -> one(ref, downloadable.contains(ref), wanted.get(ref).requester()),
        (ref, reason) -> new Outcome(null, reason));
    Map<String, Outcome> byReference = new LinkedHashMap<>();
    for (int i = 0; i < references.size(); i++) {
      byReference.put(references.get(i), outcomes.get(i));
    }
    return byReference;
  }

  private Outcome one(String reference, boolean mayDownload, Requester requester) {
    boolean web = ImageSources.isWeb(reference);
    String key = null;
    try {
      byte[] local = web ? null : sources.file(reference);
      key = web ? ImageCache.key(reference) : ImageCache.key("file\0" + reference + "\0" + ImageCache.key(local));
      Optional<ImageCache.Entry> hit = cached(key, reference);
      if (hit.isPresent()) {
        ImageCache.Entry entry = hit.get();
        if (entry.rejected() != null) {
          rejectedKeys.add(key);
        }
        return entry.rejected() != null ? new Outcome(null, entry.rejected() + REMEMBERED)
            : new Outcome(made(key, entry.renditions()), null);
      }
      if (web && !mayDownload) {
        return new Outcome(null, null);
      }
      byte[] bytes = web ? sources.web(reference, requester) : local;
      List<Rendition> renditions = process(bytes);
      if (writes) {
        cache.store(key, reference, madeFor, extension(renditions), renditions);
      }
      return new Outcome(made(key, renditions), null);
    } catch (ImageRejected e) {
      return rejected(reference, key, e);
    } catch (IOException e) {
      return new Outcome(null, "cannot write the image cache " + ImageCache.of(sources.siteDir())
          + ": " + e.getMessage());
    }
  }

  /** What the cache holds for {@code reference}: renditions for these widths, or a rejection under these limits. */
  private Optional<ImageCache.Entry> cached(String key, String reference) {
    Optional<ImageCache.Entry> made = cache.load(key, reference, madeFor);
    return made.isPresent() ? made : cache.load(key, reference, judgedBy);
  }

  /** A rejected image; one that is unusable in itself is remembered, under its key, so it is not fetched again. */
  private Outcome rejected(String reference, String key, ImageRejected e) {
    if (e.lasting() && key != null && writes) {
      try {
        cache.reject(key, reference, judgedBy, e.getMessage());
        rejectedKeys.add(key);
      } catch (IOException ignored) {
        // Not remembered: the next build downloads it again and says so again, which is all.
      }
    }
    return new Outcome(null, e.getMessage());
  }

  private List<Rendition> process(byte[] bytes) throws ImageRejected {
    try {
      decoding.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ImageRejected("interrupted");
    }
    try {
      return processor.process(bytes, settings.widths());
    } catch (OutOfMemoryError e) {
      // One image too big for this JVM must not stop the build; the limit to lower is named.
      throw new ImageRejected("too large to decode in this JVM's memory; lower images.maxPixels");
    } finally {
      decoding.release();
    }
  }

  private static Made made(String key, List<Rendition> renditions) {
    String ext = extension(renditions);
    List<LeadImage.Variant> variants = new ArrayList<>();
    List<ImageFile> files = new ArrayList<>();
    for (Rendition r : renditions) {
      String path = "images/" + key + "-" + r.width() + "." + ext;
      variants.add(new LeadImage.Variant(path, r.width(), r.height()));
      files.add(new ImageFile(path, r.bytes()));
    }
    return new Made(new LeadImage(key, variants), files);
  }

  /** PNG files start with 0x89 'P'; everything else this stage writes is JPEG. */
  private static String extension(List<Rendition> renditions) {
    byte[] b = renditions.get(0).bytes();
    return b.length > 1 && (b[0] & 0xff) == 0x89 && b[1] == 'P' ? "png" : "jpg";
  }

  private void prune(Set<String> keys, List<Problem> problems) {
    if (!writes) {
      return;
    }
    try {
      cache.prune(keys);
    } catch (IOException e) {
      problems.add(Problem.warning(ImageCache.of(sources.siteDir()).toString(), "old images could not be removed"
          + " from the cache: " + e.getMessage()));
    }
  }
}
