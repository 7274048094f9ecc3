package dev.broadsheet;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.DigestAssembler;
import dev.broadsheet.curate.PickApplier;
import dev.broadsheet.extract.ExtractionStage;
import dev.broadsheet.feed.KnownEntries;
import dev.broadsheet.feed.SourceReading;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.HttpFetcher;
import dev.broadsheet.fetch.SourceFetcher;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.SourceState;
import dev.broadsheet.store.StoreSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The part of a run that turns what was fetched into articles: each source's feed read, the
 * article pages that need it extracted, and what the store says of each source afterwards. It
 * counts sources by outcome and adds what went wrong to the run's {@code problems}; one failing
 * source or page never stops the others.
 */
final class SourceGathering {
  private final SiteConfig config;
  private final boolean offline;
  private final List<Problem> problems;
  private final KnownEntries.Folder knownEntries;
  private int ok;
  private int notModified;
  private int skipped;
  private int failed;
  private int pagesExtracted;

  SourceGathering(SiteConfig config, boolean offline, List<Problem> problems, KnownEntries.Folder knownEntries) {
    this.config = config;
    this.offline = offline;
    this.problems = problems;
    this.knownEntries = knownEntries;
  }

  /** The sources read so far, by outcome. */
  BuildResult.Sources sources() {
    return new BuildResult.Sources(ok, notModified, skipped, failed);
  }

  /** How many article pages {@link #extractPages} fetched and extracted. */
  int pagesExtracted() {
    return pagesExtracted;
  }

  /** About how many times its size in memory reading a feed takes, at its peak (measured on 9 MB feeds). */
  private static final long READ_COST = 12;
  /**
   * The same for the items kept from a feed's last reading, read with it: decoded, they took their
   * file's size (1.04–1.07 times, measured on four 3 MB files of plain ASCII text), twice that where
   * a text holds one character beyond Latin-1 (a curly quote: Java then keeps it two bytes a
   * character), and the file's bytes while they are decoded.
   */
  private static final long KEPT_COST = 3;

  /**
   * Fetches every source and reads its feed as soon as it is fetched ({@link SourceFetcher#fetchAll}),
   * counting outcomes and adding what went wrong to the run's problems.
   */
  List<SourceReading.Outcome> fetchAndRead(SourceFetcher fetcher, StoreSnapshot store, SourceFetcher.Progress progress) {
    // Feeds are discovered from remote pages only.
    boolean discovers = !offline && config.hasRemoteSources();
    try (HttpFetcher http = discovers ? new HttpFetcher(config.fetch(), AddressPolicy.of(config)) : null) {
      java.util.Map<String, java.time.Instant> lastReads = new java.util.HashMap<>();
      store.sources().forEach((id, state) -> {
        if (state.lastSuccess() != null) {
          lastReads.put(id, state.lastSuccess());
        }
      });
      SourceReading reading = new SourceReading(config, discovers ? http::get : null, lastReads, knownEntries);
      // Reading a feed takes several times its size in memory (its text, a document tree, its items'
      // texts): feeds are read side by side only while their estimates fit in half the heap, so that
      // a few large feeds in a small heap are read one after another, not into an OutOfMemoryError.
      int budget = (int) Math.max(1, Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 2 >> 20));
      java.util.concurrent.Semaphore memory = new java.util.concurrent.Semaphore(budget);
      // The results keep the sources' order, which keeps the report deterministic.
      // One client for the feeds and the feeds their pages name: a host's limit counts both.
      List<SourceReading.Outcome> outcomes = fetcher.fetchAll(store, offline, progress, http, r -> {
        long bytes = r.body() == null ? 0 : r.body().length;
        long kept = r.body() == null ? 0 : knownEntries.storedBytes(r.sourceId());
        int need = (int) Math.min(budget, ((bytes * READ_COST + kept * KEPT_COST) >> 20) + 1);
        memory.acquireUninterruptibly(need);
        try {
          return reading.read(r);
        } finally {
          memory.release(need);
        }
      });
      knownEntries.keepOnly(config.sources().stream().map(SourceConfig::id).collect(java.util.stream.Collectors.toSet()));
      for (SourceReading.Outcome o : outcomes) {
        String where = o.source().url();
        switch (o.status()) {
          case OK -> ok++;
          case NOT_MODIFIED -> notModified++;
          case SKIPPED -> skipped++;
          case FAILED -> {
            failed++;
            problems.add(new Problem(where, o.error()));
          }
        }
        o.notes().forEach(n -> problems.add(Problem.warning(where, n)));
      }
      return outcomes;
    }
  }

  /**
   * A warning for each feed that dates items more than a day after {@code now} (a year 9999, a
   * clock set wrong): such an item is placed when it was first seen, not when its feed says, and
   * the editor may want to know why it is not where its date puts it.
   */
  static List<Problem> datedAhead(List<SourceReading.Outcome> outcomes, Instant now) {
    Instant ahead = now.plus(java.time.Duration.ofDays(1));
    List<Problem> problems = new ArrayList<>();
    for (SourceReading.Outcome o : outcomes) {
      List<Article> dated = o.articles().stream().filter(a -> a.published() != null && a.published().isAfter(ahead))
          .toList();
      if (!dated.isEmpty()) {
        Article first = dated.get(0);
        problems.add(Problem.warning(o.source().url(), (dated.size() == 1 ? "an item is" : dated.size() + " items are")
            + " dated more than a day after this build (the first: '" + first.title() + "', " + first.published()
            + "): each is placed when it was first seen"));
      }
    }
    return problems;
  }

  /**
   * Fetches and extracts the article pages that need it, and the pages of picks that no feed
   * carries, which become articles of their own.
   */
  StoreSnapshot extractPages(StoreSnapshot snapshot, List<Pick> picks, Instant now, PickPageFailures failures) {
    // The stored articles themselves: published() may file one under another source for showing,
    // and what extraction returns is stored.
    // A hidden article's page is not read: its words are not wanted, on the site or in the store.
    java.util.Set<String> hidden = PickApplier.hiddenIds(snapshot.articles(), picks);
    List<Article> candidates = new ArrayList<>(DigestAssembler.published(config, snapshot.articles().values(), picks)
        .stream().filter(a -> !hidden.contains(a.id())).map(a -> snapshot.articles().getOrDefault(a.id(), a)).toList());
    Map<String, Article> stubs = new java.util.HashMap<>();
    Map<String, Article> pickStubs = new TreeMap<>();
    Map<String, String> pickFiles = new java.util.HashMap<>();
    for (Pick pick : picks) {
      String id = pick.hide() ? null : PickApplier.storedId(pick, snapshot.articles());
      if (!pick.hide() && !snapshot.articles().containsKey(id)) {
        // A page that failed before is asked for again only when its pause is over.
        Article stub = failures.known(PickApplier.stub(pick, id, now));
        // Read without the pick's date, which places the story in an edition: the page's own date
        // is the publisher's, and the pick's stands in only where the page gives none (PickApplier,
        // from the pick as it is then: an edited date is not stored as the publisher's).
        candidates.add(stub.withPublished(null));
        pickStubs.putIfAbsent(id, stub);
        pickFiles.putIfAbsent(id, pick.file());
        if (pick.title() != null) {
          stubs.put(id, stub);
        }
      }
    }
    try (HttpFetcher http = new HttpFetcher(config.fetch(), AddressPolicy.of(config))) {
      ExtractionStage.Result r = new ExtractionStage(config, http::get).run(candidates, now);
      pagesExtracted = r.extracted();
      TreeMap<String, Article> articles = new TreeMap<>(snapshot.articles());
      Map<String, Article> fetched = new java.util.HashMap<>();
      r.updated().forEach(a -> fetched.put(a.id(), a));
      List<Problem> pickPages = new ArrayList<>();
      // A pick's page that failed is told once, at its pick, as its record says it (when it is asked for again).
      java.util.Set<String> told = new java.util.HashSet<>();
      pickStubs.forEach((id, stub) -> {
        Problem missing = failures.note(stub, fetched.get(id), pickFiles.get(id));
        if (missing != null) {
          pickPages.add(missing);
          told.add(stub.url());
        }
      });
      r.problems().stream().filter(p -> !told.contains(p.file())).forEach(problems::add);
      problems.addAll(pickPages);
      failures.save();
      for (Article a : r.updated()) {
        boolean pickStub = a.sourceId() == null && !articles.containsKey(a.id());
        // A pick's page that could not be read is not kept: the pick alone is the story.
        if (!pickStub || a.page().error() == null) {
          // A titled pick's page was published under the pick's title: its stored article keeps
          // that address when it takes the page's headline, and when a feed carries it later.
          Article stub = pickStub ? stubs.get(a.id()) : null;
          articles.put(a.id(), stub == null ? a : a.keepingAddressOf(stub));
        }
      }
      return new StoreSnapshot(articles, snapshot.sources());
    }
  }

  /** What the store says of each source once this run read it: when it last succeeded or failed, and why. */
  static Map<String, SourceState> sourceStates(StoreSnapshot store, List<SourceReading.Outcome> outcomes,
      Instant now, java.time.ZoneId siteZone) {
    Map<String, SourceState> states = new TreeMap<>(store.sources());
    for (SourceReading.Outcome o : outcomes) {
      SourceState before = store.source(o.source().id());
      String reading = o.source().readAs(siteZone);
      // As the fetch saw it: validators of other settings were not asked with, and are dropped.
      SourceState asked = before.from(o.source().url(), reading);
      switch (o.status()) {
        case OK -> states.put(o.source().id(), asked.readInFull(now, o.etag(), o.lastModified()).readUnder(reading));
        // Only validators of a read under these very settings are asked with: the record already says so.
        case NOT_MODIFIED -> states.put(o.source().id(), asked.succeeded(now, SourceState.Status.NOT_MODIFIED, null, null));
        case FAILED -> states.put(o.source().id(), asked.failed(now, o.error()));
        case SKIPPED -> { }
      }
    }
    return states;
  }
}
