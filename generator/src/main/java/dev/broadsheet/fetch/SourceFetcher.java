package dev.broadsheet.fetch;

import dev.broadsheet.base.ChangeDigests;
import dev.broadsheet.base.FileStates;
import dev.broadsheet.base.Parallel;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.SourceState;
import dev.broadsheet.store.StoreSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads every configured source, files from the site directory and URLs over HTTP, in parallel.
 * Each source's failure is its own result; none stops the others.
 */
public final class SourceFetcher {
  /** An address of another scheme than the web's (ftp:, javascript:), when no file has its name; a drive letter (C:) is a path. */
  private static final java.util.regex.Pattern OTHER_SCHEME = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");
  private static final String NOT_AN_ADDRESS = "not a web address (http or https) nor the path of a saved feed in"
      + " the site folder; change ";
  private final SiteConfig config;
  /** What was read of saved feed files: a file in the recorded state is not read again (a 10k site reads 60 MB of them). */
  private final FileStates stats;

  /** A fetcher that reads every saved feed file, and keeps no record of them. */
  public SourceFetcher(SiteConfig config) {
    this(config, null);
  }

  /**
   * A fetcher that keeps what it saw of saved feed files in {@code statsFile} (null: none), so that
   * a file unchanged since the last build is not read again.
   */
  public SourceFetcher(SiteConfig config, Path statsFile) {
    this.config = config;
    this.stats = statsFile == null ? FileStates.none() : FileStates.open(statsFile, "broadsheet-saved-feeds 2");
  }

  /** Told after each source is read: how many are done, of how many. */
  public interface Progress {
    void update(int done, int total);
  }

  /**
   * Reads all sources; {@code offline} skips HTTP sources; {@code progress} (may be null) is told
   * as sources finish. Results are in config order.
   */
  public List<FetchResult> fetchAll(StoreSnapshot store, boolean offline, Progress progress) {
    return fetchAll(store, offline, progress, java.util.function.Function.identity());
  }

  /**
   * As above, each result handed to {@code then} on the thread that fetched it, as soon as it is
   * fetched: what {@code then} makes of it is returned, and the result (a feed's bytes) is let go,
   * so that a build of hundreds of sources holds a few feeds' bytes at a time, not all of them.
   */
  public <T> List<T> fetchAll(StoreSnapshot store, boolean offline, Progress progress,
      java.util.function.Function<FetchResult, T> then) {
    return fetchAll(store, offline, progress, null, then);
  }

  /**
   * As above, fetching over {@code shared} (null: a client of its own, when a source needs one),
   * which {@code then} may use too: its requests count against the same per-host limit.
   */
  public <T> List<T> fetchAll(StoreSnapshot store, boolean offline, Progress progress, HttpFetcher shared,
      java.util.function.Function<FetchResult, T> then) {
    List<SourceConfig> sources = config.sources();
    if (sources.isEmpty()) {
      return List.of();
    }
    AtomicInteger done = new AtomicInteger();
    boolean needsHttp = !offline && config.hasRemoteSources();
    try (HttpFetcher own = needsHttp && shared == null ? new HttpFetcher(config.fetch(), AddressPolicy.of(config)) : null) {
      HttpFetcher http = shared != null ? shared : own;
      // Each fetch may hold a feed's bytes (up to fetch.maxBytes, twice that while they are read in)
      // until it is read: in a small heap fewer are fetched at once, so that those bytes stay within
      // half of it (10 MB feeds: three at a time in a 128 MB heap, six in 256 MB, all eight from 512 MB).
      long room = Runtime.getRuntime().maxMemory() / 2 / Math.max(1, 2 * config.fetch().maxBytes());
      int threads = (int) Math.max(1, Math.min(config.fetch().concurrency(), room));
      List<T> results = Parallel.map(sources, threads, "broadsheet-fetch", s -> {
        // Validators recorded for another address or other settings do not hold here (SourceState.from).
        FetchResult r = fetchOne(s, store.source(s.id()).from(s.url(), s.readAs(config.timezone())), http, offline);
        T made = then.apply(r);
        if (progress != null) {
          progress.update(done.incrementAndGet(), sources.size());
        }
        return made;
      }, (s, reason) -> {
        // A source that failed unexpectedly is done too, as far as anyone counting is concerned.
        if (progress != null) {
          progress.update(done.incrementAndGet(), sources.size());
        }
        return then.apply(FetchResult.failed(s.id(), reason.contains("OutOfMemoryError")
            ? "ran out of memory while this feed was fetched or read (Java was given at most "
                + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give Java more (-Xmx) or lower fetch.maxBytes"
            : reason));
      });
      stats.save();
      return results;
    }
  }

  private FetchResult fetchOne(SourceConfig source, SourceState state, HttpFetcher http, boolean offline) {
    if (source.isRemote()) {
      if (offline) {
        return FetchResult.of(source.id(), FetchResult.Status.SKIPPED_OFFLINE);
      }
      // An OPML list's outline is not an address the editor wrote: it is judged as its source's.
      Requester requester = source.listedIn() == null ? Requester.configuredFeed(source.id()) : Requester.source(source.id());
      return http.get(source.id(), requester, source.url(), state.etag(), state.lastModified());
    }
    Path file = source.savedFeed(config.siteDir()).orElse(null);
    if (file == null) {
      return FetchResult.failed(source.id(), NOT_AN_ADDRESS + source.urlSetting(config.siteDir()));
    }
    try {
      if (source.listedIn() != null && !inside(file, config.siteDir())) {
        // An OPML file is often someone else's list: its outlines may not read the machine's files
        // (/proc/self/environ, ../.ssh) into error messages, the store and the site.
        return FetchResult.failed(source.id(), "the file " + file + " is outside the site folder, and an OPML"
            + " file may list only saved feeds inside it; change " + source.urlSetting(config.siteDir()));
      }
      BasicFileAttributes before = Files.readAttributes(file, BasicFileAttributes.class);
      if (!before.isRegularFile()) {
        return FetchResult.failed(source.id(), "the file " + file + " is not a regular file (a folder, a device)");
      }
      if (before.size() > config.fetch().maxBytes()) {
        return FetchResult.failed(source.id(), "the file " + file + " is larger than fetch.maxBytes ("
            + config.fetch().maxBytes() + " bytes)");
      }
      String path = source.url();
      String seen = FileStates.stateOf(before, Instant.now());
      String known = stats.recorded(path, seen);
      if (known != null) {
        stats.keep(path, seen, known);
      }
      if (known != null && known.equals(state.etag())) {
        return FetchResult.of(source.id(), FetchResult.Status.NOT_MODIFIED);
      }
      // At most the cap and one byte: a file the system sizes 0 (/proc's) may hold anything.
      byte[] bytes;
      try (java.io.InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, config.fetch().maxBytes() + 1));
      }
      if (bytes.length > config.fetch().maxBytes()) {
        return FetchResult.failed(source.id(), "the file " + file + " is larger than fetch.maxBytes ("
            + config.fetch().maxBytes() + " bytes)");
      }
      // A saved feed whose bytes did not change is "not modified", as a 304 would be: no parsing.
      // (A change detector of the site's own file: MD5, see ChangeDigests.)
      String digest = "md5:" + ChangeDigests.hex(bytes);
      stats.keep(path, seen, digest);
      if (digest.equals(state.etag())) {
        return FetchResult.of(source.id(), FetchResult.Status.NOT_MODIFIED);
      }
      return FetchResult.ok(source.id(), bytes, null, null, null, digest, null);
    } catch (NoSuchFileException e) {
      if (OTHER_SCHEME.matcher(source.url()).lookingAt()) {
        // Read as a path, ftp://x/feed.xml was "no such file: …/ftp:/x/feed.xml".
        return FetchResult.failed(source.id(), NOT_AN_ADDRESS + source.urlSetting(config.siteDir()));
      }
      return FetchResult.failed(source.id(), "no such file: " + file
          + (source.listedIn() == null ? "" : "; change " + source.urlSetting(config.siteDir())));
    } catch (IOException e) {
      return FetchResult.failed(source.id(), "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** Whether {@code file} is inside {@code folder}, links followed (an existing file's real path). */
  private static boolean inside(Path file, Path folder) throws IOException {
    Path realFolder = folder.toAbsolutePath().normalize().toRealPath();
    Path real = Files.exists(file) ? file.toRealPath() : file.toAbsolutePath().normalize();
    return real.startsWith(realFolder);
  }
}
