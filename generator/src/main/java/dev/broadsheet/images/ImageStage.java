package dev.broadsheet.images;

import dev.broadsheet.base.Parallel;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ImagesConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.Requester;
import dev.broadsheet.fetch.HttpFetcher;
import java.io.IOException;
import java.time.Instant;
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
  /** The build's time: failed downloads are asked for again once their pause is over. */
  private final Instant now;
  /** What this run leaves to a later one (see {@link Result#onlineAgain}). */
  private LaterDownloads later = new LaterDownloads();
  /** Whether this run added, replaced or removed an entry of the cache: it then renews its generation. */
  private final java.util.concurrent.atomic.AtomicBoolean changed = new java.util.concurrent.atomic.AtomicBoolean();

  /**
   * What the stage did.
   *
   * @param catalog the images pages show, and their files
   * @param problems a warning for each image that was skipped (one for three or more of a host that
   *     failed alike, see {@link ImageWarnings}); an image left for a later build (not
   *     in the cache and the build is offline, or beyond {@code images.maxDownloadsPerBuild}) has none
   * @param settled whether the same digest would give the same images and problems until {@code
   *     onlineAgain}: false when the cache could not be written, so that what failed is tried again
   * @param onlineAgain from when an online build would download what this one left or could not
   *     get for now (an image over the download cap, a host that was down), or null when it would
   *     download nothing; an offline build downloads nothing
   * @param warnedUntil until when the problems hold for any build, offline too: the first time a
   *     warning says its image is asked for again; null when none says so
   */
  public record Result(ImageCatalog catalog, List<Problem> problems, boolean settled, Instant onlineAgain,
      Instant warnedUntil) {
    /** No images: nothing to show, nothing to do later. */
    static Result none() {
      return new Result(ImageCatalog.empty(), List.of(), true, null, null);
    }
  }


  /** A stage that gets web images through {@code download}, or only from the cache when it is null. */
  public ImageStage(SiteConfig config, BiFunction<Requester, String, FetchResult> download, Instant now) {
    this(config, download, true, now);
  }

  private ImageStage(SiteConfig config, BiFunction<Requester, String, FetchResult> download,
      boolean writes, Instant now) {
    this.writes = writes;
    this.now = now;
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
   * settings under the images' own size cap, unless {@code offline}, at {@code now}.
   */
  public static Result run(SiteConfig config, Digest digest, boolean offline, Instant now) {
    if (!config.images().enabled()) {
      return Result.none();
    }
    if (offline) {
      return new ImageStage(config, null, now).run(digest);
    }
    try (HttpFetcher http = new HttpFetcher(config.fetch().withMaxBytes(config.images().maxBytes()),
        AddressPolicy.of(config))) {
      return new ImageStage(config, http::get, now).run(digest);
    }
  }

  /**
   * The images a build of {@code digest} would show from the site's files and the cache, for a
   * check: pages are rendered with them, and a pick's picture that is missing or unusable is
   * reported; nothing is downloaded, and the cache is left as it is.
   */
  public static Result check(SiteConfig config, Digest digest, Instant now) {
    return config.images().enabled() ? new ImageStage(config, null, false, now).run(digest) : Result.none();
  }

  /**
   * A stamp of the site's image cache, which changes whenever a build adds, replaces or removes an
   * entry: a curation may be skipped only while the cache is as it left it (an offline build without
   * the cache shows no images).
   */
  public static String cacheStamp(SiteConfig config) {
    return "-images-" + (config.images().enabled() ? new ImageCache(ImageCache.of(config.siteDir())).stamp() : "off");
  }

  /** The images of every report of every story in {@code digest}. */
  public Result run(Digest digest) {
    rejectedKeys.clear();
    later = new LaterDownloads();
    changed.set(false);
    Map<String, WantedImages.Wanted> wanted = WantedImages.of(digest);
    Map<String, Outcome> outcomes = fetchAll(wanted, downloadable(wanted.keySet()));
    TreeMap<String, LeadImage> images = new TreeMap<>();
    TreeMap<String, ImageFile> files = new TreeMap<>();
    ImageWarnings warnings = new ImageWarnings();
    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      Outcome o = e.getValue();
      if (o.error() != null) {
        WantedImages.Wanted w = wanted.get(e.getKey());
        warnings.add(w.where(), w.article().title(), e.getKey(), o.error());
      }
      if (o.image() != null) {
        images.put(e.getKey(), o.image().image());
        o.image().files().forEach(f -> files.put(f.path(), f));
      }
    }
    List<Problem> problems = new ArrayList<>(warnings.problems());
    Set<String> keys = new TreeSet<>(rejectedKeys);
    images.values().forEach(i -> keys.add(i.key()));
    prune(keys, problems);
    return new Result(new ImageCatalog(images, new ArrayList<>(files.values())), problems, later.settled(),
        later.again(), later.warnedUntil());
  }

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
      if (ImageSources.isWeb(ref) && !cache.has(key, ref, madeFor)
          && cache.load(key, ref, judgedBy).filter(e -> !pauseOver(e)).isEmpty()) {
        allowed.add(ref);
      }
    }
    return allowed;
  }

  private Map<String, Outcome> fetchAll(Map<String, WantedImages.Wanted> wanted, Set<String> downloadable) {
    List<String> references = List.copyOf(wanted.keySet());
    List<Outcome> outcomes = Parallel.map(references, threads, "broadsheet-images",
        ref -> one(ref, downloadable.contains(ref), wanted.get(ref).requester()),
        (ref, reason) -> {
          later.unsettled();
          return new Outcome(null, reason);
        });
    Map<String, Outcome> byReference = new LinkedHashMap<>();
    for (int i = 0; i < references.size(); i++) {
      byReference.put(references.get(i), outcomes.get(i));
    }
    return byReference;
  }

  private Outcome one(String reference, boolean mayDownload, Requester requester) {
    boolean web = ImageSources.isWeb(reference);
    String key = null;
    Instant failingSince = now;
    try {
      byte[] local = web ? null : sources.file(reference);
      key = web ? ImageCache.key(reference) : ImageCache.key("file\0" + reference + "\0" + ImageCache.key(local));
      Optional<ImageCache.Entry> known = cached(key, reference);
      if (known.isPresent() && known.get().failedSince() != null) {
        failingSince = known.get().failedSince();
      }
      Optional<ImageCache.Entry> hit = known.filter(e -> !pauseOver(e));
      if (hit.isPresent()) {
        ImageCache.Entry entry = hit.get();
        if (entry.rejected() != null) {
          // Kept in the cache while a story shows it: the pause or the rejection is remembered.
          rejectedKeys.add(key);
        }
        if (entry.retryFrom() != null) {
          later.from(entry.retryFrom());
          later.warnedUntil(entry.retryFrom());
          return new Outcome(null, failedForNow(entry.rejected(), entry.failedAt(), entry.retryFrom()));
        }
        return entry.rejected() != null ? new Outcome(null, entry.rejected() + REMEMBERED)
            : new Outcome(Made.of(key, entry.renditions()), null);
      }
      if (web && !mayDownload) {
        // Left for a later build: the next online one downloads it, if the cap lets it (one of 0 never does).
        if (settings.maxDownloadsPerBuild() > 0) {
          later.from(now);
        }
        return new Outcome(null, null);
      }
      byte[] bytes = web ? sources.web(reference, requester) : local;
      List<Rendition> renditions = process(bytes);
      if (writes) {
        cache.store(key, reference, madeFor, Made.extension(renditions), renditions);
        changed.set(true);
      }
      return new Outcome(Made.of(key, renditions), null);
    } catch (ImageRejected e) {
      return rejected(reference, key, web, e, failingSince);
    } catch (IOException e) {
      later.unsettled();
      return new Outcome(null, "cannot write the image cache " + ImageCache.of(sources.siteDir())
          + ": " + e.getMessage());
    }
  }

  /** What the cache holds for {@code reference}: renditions for these widths, or a rejection under these limits. */
  private Optional<ImageCache.Entry> cached(String key, String reference) {
    Optional<ImageCache.Entry> made = cache.load(key, reference, madeFor);
    return made.isPresent() ? made : cache.load(key, reference, judgedBy);
  }

  /** Whether {@code entry} is a failed download whose pause is over: it is asked for again. */
  private boolean pauseOver(ImageCache.Entry entry) {
    return entry.retryFrom() != null && !now.isBefore(entry.retryFrom());
  }

  private static String failedForNow(String reason, Instant at, Instant retryFrom) {
    return reason + " (on " + at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + "; asked for again from "
        + retryFrom.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + ")";
  }

  /**
   * A rejected image, remembered under its key: one unusable in itself so that it is not fetched
   * again, a download that may work later so that it is not asked for again until its pause is over.
   */
  private Outcome rejected(String reference, String key, boolean web, ImageRejected e, Instant failingSince) {
    boolean remembered = false;
    Instant retryFrom = ImageCache.nextTry(failingSince, now);
    // A build stopped while it decoded did not fail the image: nothing to remember.
    if ((e.lasting() || web) && key != null && writes && !Thread.currentThread().isInterrupted()) {
      try {
        if (e.lasting()) {
          cache.reject(key, reference, judgedBy, e.getMessage());
        } else {
          cache.failed(key, reference, judgedBy, e.getMessage(), now, retryFrom, failingSince);
        }
        changed.set(true);
        rejectedKeys.add(key);
        remembered = true;
      } catch (IOException ignored) {
        // Not remembered: the next build downloads it again and says so again, which is all.
      }
    }
    if (e.lasting() || !web) {
      // A file of the site folder is a curation input of its own (PickPictures): nothing to try later.
      return new Outcome(null, e.getMessage());
    }
    // What may pass is tried again: after the pause when remembered, else by the next online build.
    later.from(remembered ? retryFrom : now);
    later.warnedUntil(remembered ? retryFrom : now);
    return new Outcome(null, remembered ? failedForNow(e.getMessage(), now, retryFrom) : e.getMessage());
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

  private void prune(Set<String> keys, List<Problem> problems) {
    if (!writes) {
      return;
    }
    try {
      if (cache.prune(keys) > 0 || changed.get()) {
        cache.renew();
      }
    } catch (IOException e) {
      later.unsettled();
      problems.add(Problem.warning(ImageCache.of(sources.siteDir()).toString(), "old images could not be removed"
          + " from the cache: " + e.getMessage()));
    }
  }
}
