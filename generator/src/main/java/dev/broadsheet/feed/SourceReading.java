package dev.broadsheet.feed;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.Requester;
import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Turns each source's fetch result into articles, or into the reason it could not. When a source
 * answers with an HTML page that links to its feed, the feed is fetched and read instead, and the
 * user is told to update the config; a permanent redirect is reported the same way.
 */
public final class SourceReading {
  private final SiteConfig config;
  private final FeedReader reader = new FeedReader();
  private final BiFunction<Requester, String, FetchResult> discover;
  /** When each source (by id) was last read, fully or "not modified"; absent: never. */
  private final java.util.Map<String, java.time.Instant> lastReads;
  private final KnownEntries.Folder knownEntries;

  /**
   * @param discover fetches a feed URL found in a page (as an untrusted URL) for a source (its id, the
   *     URL); may be null offline
   */
  public SourceReading(SiteConfig config, BiFunction<Requester, String, FetchResult> discover) {
    this(config, discover, java.util.Map.of());
  }

  /**
   * As above, knowing when each source (by id) was last read: a feed longer than its limit is told
   * of when items may have been lost since then, not again at every reading of the same backlog.
   */
  public SourceReading(SiteConfig config, BiFunction<Requester, String, FetchResult> discover,
      java.util.Map<String, java.time.Instant> lastReads) {
    this(config, discover, lastReads, KnownEntries.Folder.NONE);
  }

  /** As above, taking the items a source's last reading converted from {@code knownEntries} and keeping this reading's there. */
  public SourceReading(SiteConfig config, BiFunction<Requester, String, FetchResult> discover,
      java.util.Map<String, java.time.Instant> lastReads, KnownEntries.Folder knownEntries) {
    this.config = config;
    this.discover = discover;
    this.lastReads = java.util.Map.copyOf(lastReads);
    this.knownEntries = knownEntries;
  }

  /**
   * What one source gave.
   *
   * @param source the source
   * @param status what came of it
   * @param articles the articles read (empty unless ok)
   * @param error why it failed, when it did
   * @param notes things the user should know: warnings, a moved feed, a discovered feed
   * @param etag the validator to remember, if any
   * @param lastModified the validator to remember, if any
   */
  public record Outcome(SourceConfig source, Status status, List<Article> articles, String error, List<String> notes,
      String etag, String lastModified) {}

  /** What came of reading one source. */
  public enum Status {
    /** Fetched and read; its articles are in the outcome. */
    OK,
    /** The server said nothing changed since the last read (or a saved file did not change). */
    NOT_MODIFIED,
    /** Not fetched: the build is offline and the source is remote. */
    SKIPPED,
    /** Could not be fetched or read; the outcome says why. */
    FAILED
  }

  public Outcome read(FetchResult fetched) {
    SourceConfig source = config.source(fetched.sourceId()).orElseThrow();
    List<String> notes = new ArrayList<>();
    if (fetched.movedTo() != null) {
      notes.add("the feed moved permanently to " + fetched.movedTo() + "; update " + source.urlSetting(config.siteDir()));
    }
    return switch (fetched.status()) {
      case NOT_MODIFIED -> new Outcome(source, Status.NOT_MODIFIED, List.of(), null, notes, null, null);
      case SKIPPED_OFFLINE -> new Outcome(source, Status.SKIPPED, List.of(), null, notes, null, null);
      case FAILED -> new Outcome(source, Status.FAILED, List.of(), fetched.error(), notes, null, null);
      case OK -> parse(source, fetched, notes);
    };
  }

  private Outcome parse(SourceConfig source, FetchResult fetched, List<String> notes) {
    try {
      KnownEntries known = knownEntries.of(source.id());
      ParsedFeed feed = reader.read(fetched.body(), context(source, fetched, known));
      known.save();
      notes.addAll(feed.warnings());
      // A document cut off in transit is not the one its ETag names: without it, the next build
      // reads the whole document instead of hearing "not modified".
      return new Outcome(source, Status.OK, articles(feed, source, notes, lastReads.get(source.id())), null, notes,
          feed.complete() ? fetched.etag() : null, feed.complete() ? fetched.lastModified() : null);
    } catch (FeedException e) {
      if (!e.alternates().isEmpty() && discover != null && source.isRemote()) {
        return discovered(source, e, notes);
      }
      return new Outcome(source, Status.FAILED, List.of(), e.getMessage(), notes, null, null);
    } catch (OutOfMemoryError e) {
      return outOfMemory(source, fetched, notes);
    }
  }

  /**
   * A source whose reading ran out of memory: what its reading held is unreachable once it fails,
   * and the other sources go on. (The heap ran out while this feed was read; another's reading
   * beside it may have taken most of it.)
   */
  private static Outcome outOfMemory(SourceConfig source, FetchResult fetched, List<String> notes) {
    long bytes = fetched.body() == null ? 0 : fetched.body().length;
    String size = bytes >= 1 << 20 ? (bytes >> 20) + " MB" : (bytes >> 10) + " KB";
    return new Outcome(source, Status.FAILED, List.of(), "ran out of memory while this feed (" + size + ") was read"
        + " (Java was given at most " + (Runtime.getRuntime().maxMemory() >> 20) + " MB): give Java more (-Xmx, in"
        + " JAVA_OPTS or MAVEN_OPTS) or lower fetch.maxBytes", notes, null, null);
  }

  private Outcome discovered(SourceConfig source, FeedException page, List<String> notes) {
    String feedUrl = page.alternates().get(0);
    FetchResult second = discover.apply(Requester.source(source.id()), feedUrl);
    if (second.status() != FetchResult.Status.OK) {
      return new Outcome(source, Status.FAILED, List.of(), page.getMessage() + " (fetching it failed: " + second.error() + ")",
          notes, null, null);
    }
    try {
      KnownEntries known = knownEntries.of(source.id());
      ParsedFeed feed = reader.read(second.body(), context(source, second, known));
      known.save();
      notes.addAll(feed.warnings());
      notes.add("the source url is an HTML page; read the feed it links to, " + feedUrl + "; set that as " + source.urlSetting(config.siteDir()));
      return new Outcome(source, Status.OK, articles(feed, source, notes, lastReads.get(source.id())), null, notes, null, null);
    } catch (FeedException e) {
      return new Outcome(source, Status.FAILED, List.of(), page.getMessage() + " (that is not a readable feed either: "
          + e.getMessage() + ")", notes, null, null);
    } catch (OutOfMemoryError e) {
      return outOfMemory(source, second, notes);
    }
  }

  /**
   * The feed's articles; when {@code maxItems} cut some off, or items had nothing to list them by,
   * a note says how many, so nothing is dropped silently.
   */
  private List<Article> articles(ParsedFeed feed, SourceConfig source, List<String> notes,
      java.time.Instant lastRead) {
    EntryMapper.Mapped mapped = EntryMapper.map(feed, source, config.language());
    List<Article> articles = mapped.articles();
    mapped.repeatNote().ifPresent(notes::add);
    long empty = feed.entries().stream().filter(EntryMapper::nothingToShow).count();
    if (empty > 0) {
      notes.add(empty == 1 ? "an item has no link, id, title or summary: skipped"
          : empty + " items have no link, id, title or summary: skipped");
    }
    int offered = feed.offered();
    // Told under the default limit only: a limit the editor chose (a podcast's newest ten of its
    // back catalogue) is no news at every episode.
    if (articles.size() == source.maxItems() && offered > source.maxItems()
        && source.maxItems() == dev.broadsheet.config.SourceConfig.DEFAULT_MAX_ITEMS && mayHaveLost(articles, lastRead)) {
      notes.add("the feed has " + offered + " items; kept the newest " + source.maxItems()
          + " (maxItems, the default); set the source's maxItems to keep more, or to the number it should keep");
    }
    return articles;
  }

  /**
   * Whether items cut off a feed (older than the oldest kept) may be news since it was last read,
   * {@code lastRead} (null: never). Those older than that reading were offered then: stored, or
   * told of then. A feed without dates to tell by is told of each time.
   */
  private static boolean mayHaveLost(List<Article> kept, java.time.Instant lastRead) {
    if (lastRead == null) {
      return true;
    }
    java.time.Instant oldest = null;
    for (Article a : kept) {
      if (a.published() == null) {
        return true;
      }
      oldest = oldest == null || a.published().isBefore(oldest) ? a.published() : oldest;
    }
    return oldest == null || oldest.isAfter(lastRead);
  }

  private FeedContext context(SourceConfig source, FetchResult fetched, KnownEntries known) {
    return new FeedContext(fetched.contentType(), fetched.documentUrl(), fetched.contentLocation(),
        source.timezone() != null ? source.timezone() : config.timezone(), config.fetch().maxBytes(), source.maxItems(),
        known);
  }
}
