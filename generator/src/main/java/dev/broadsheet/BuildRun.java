package dev.broadsheet;

import dev.broadsheet.base.Ahead;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.DigestAssembler;
import dev.broadsheet.curate.PickApplier;
import dev.broadsheet.feed.SourceReading;
import dev.broadsheet.feed.SourceSettingsChange;
import dev.broadsheet.fetch.SourceFetcher;
import dev.broadsheet.images.ImageStage;
import dev.broadsheet.images.PickPictures;
import dev.broadsheet.picks.ContentLoader;
import dev.broadsheet.picks.Page;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.publish.LiveSurvey;
import dev.broadsheet.publish.PublishResult;
import dev.broadsheet.publish.Publisher;
import dev.broadsheet.publish.ThemeAssets;
import dev.broadsheet.publish.UpToDate;
import dev.broadsheet.render.RenderedFile;
import dev.broadsheet.render.SiteRenderer;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.PermalinkHistory;
import dev.broadsheet.store.SiteLock;
import dev.broadsheet.store.SourceState;
import dev.broadsheet.store.StoreFiles;
import dev.broadsheet.store.StoreMerge;
import dev.broadsheet.store.StoreSnapshot;
import dev.broadsheet.store.StoryRecords;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The pipeline every command runs: the stages in a fixed order, filling this object's counters. A
 * failing source, pick or page becomes a {@link Problem}; a broken config or template stops the
 * build before anything is written. A check runs the very same stages and writes nothing: it
 * validates exactly what a build would render.
 */
final class BuildRun {
  /** Whether the run writes the store and publishes the site, or only reports what a build would. */
  enum Mode { BUILD, CHECK }

  private final BuildOptions options;
  private final Mode mode;
  private final BuildListener listener;
  private final StageClock stages;
  private final List<Problem> problems = new ArrayList<>();
  /** The first pick or page that could not be used, or null. */
  private Problem firstContentError;
  private int pruned;
  /** How many stored articles picks hide. */
  private int hidden;
  private int pagesRendered;
  /** The files of the picks that wait for a later day, as a fingerprint input. */
  private String heldBackPicks = "[]";
  /** The live site, walked while curation and rendering run (see {@link LiveSurvey}); closed when the run ends. */
  private LiveSurvey survey = LiveSurvey.none();
  /** What the last build kept for this one, read while the store is; null when it is read when needed. */
  private Ahead<SiteCaches.Kept> kept;

  BuildRun(BuildOptions options, Mode mode) {
    this.options = options;
    this.mode = mode;
    this.listener = options.listener();
    this.stages = new StageClock(listener);
  }

  BuildResult execute() {
    SiteConfig config = configured();
    if (mode == Mode.CHECK) {
      // A check writes nothing, so it neither needs the lock nor makes a build wait.
      return runLocked(config, SiteCaches.storeFiles(config));
    }
    // Held from before the store (and its record of day files) is read until everything is written:
    // two builds that overlap would each save only their own news. The lock's times are real
    // time, whatever the build's clock.
    java.util.concurrent.atomic.AtomicBoolean waited = new java.util.concurrent.atomic.AtomicBoolean();
    long asked = System.nanoTime();
    try (SiteLock lock = SiteLock.acquire(config.siteDir().resolve("data"), options.lockWait(), Clock.systemUTC(),
        holder -> {
          waited.set(true);
          listener.waitingForLock(holder == null ? "another build" : holder.describe(), options.lockWait());
        }, options.giveUpWaiting())) {
      if (waited.get()) {
        // Told among the times: a build that waited a minute for another is not a slow build.
        stages.add("waiting", Duration.ofNanos(System.nanoTime() - asked));
        // The config as it is now: an edit made while this build waited is this build's to use.
        config = configured();
      }
      lock.tookOverFrom().ifPresent(previous -> problems.add(Problem.warning(lock.file().toString(),
          "took over the lock of a build that did not finish (" + previous.describe()
              + "); check that data/ holds what you expect")));
      return runLocked(config, SiteCaches.storeFiles(config));
    }
  }

  /** The site's config as its file says now, with the output folder the options give. */
  private SiteConfig configured() {
    SiteConfig loaded = stages.timed("config", () -> new ConfigLoader().load(options.siteDir()));
    return options.outputDir() == null ? loaded : loaded.withOutput(options.outputDir().toAbsolutePath().normalize());
  }

  private BuildResult runLocked(SiteConfig config, StoreFiles storeFiles) {
    try {
      return run(config, storeFiles);
    } finally {
      survey.close();
      if (kept != null) {
        kept.awaitEnd(Duration.ofMinutes(1));
      }
    }
  }

  private BuildResult run(SiteConfig config, StoreFiles storeFiles) {
    Instant now = options.clock().instant();
    if (mode == Mode.BUILD && !options.fetchOnly()) {
      // An output folder that cannot be published to is said before the store takes a build's articles.
      Publisher.forSite(config);
    }
    // The stored articles (seconds of parsing in a large store) are read while the sources are
    // fetched and their feeds read, which needs only what the store says of the sources.
    SortedMap<String, SourceState> sources = load(storeFiles::loadSources, new TreeMap<>());
    Ahead<SortedMap<String, Article>> stored = Ahead.start("broadsheet-store", storeFiles::loadArticles);
    SourceGathering gathering = new SourceGathering(config, options.offline(), problems,
        SiteCaches.knownEntries(config, mode == Mode.CHECK));
    List<SourceReading.Outcome> outcomes;
    try {
      // A check writes nothing, not even what it saw of saved feeds.
      Path feedStats = mode == Mode.CHECK ? null
          : config.siteDir().resolve(SiteConfig.CACHE_FOLDER).resolve("saved-feeds.tsv");
      // A check reads every feed again, unchanged or not: what is wrong with one must show each
      // time it is asked, not only on the build that first read it.
      SortedMap<String, SourceState> known = mode == Mode.CHECK ? new TreeMap<>() : sources;
      // Each feed is read as soon as it is fetched (the "fetch" stage's time includes reading it).
      outcomes = stages.timed("fetch", () -> gathering.fetchAndRead(new SourceFetcher(config, feedStats),
          new StoreSnapshot(new TreeMap<>(), known), (done, total) -> listener.progress("fetch", done, total)));
      problems.addAll(SourceGathering.datedAhead(outcomes, now));
      // Only news makes a build curate for sure: one that may turn out up to date reads none of it.
      boolean news = outcomes.stream().anyMatch(o -> !o.articles().isEmpty());
      kept = mode == Mode.BUILD && !options.fetchOnly() && news ? SiteCaches.readAhead(config, storeFiles, options.debug())
          : null;
    } catch (RuntimeException | Error e) {
      // No reading of the store outlives the build's lock.
      stored.awaitEnd(Duration.ofMinutes(1));
      throw e;
    }
    // A source's changed settings (section, publisher, tags) reach its stored articles at once.
    StoreSnapshot loaded = stages.timed("store", () -> load(() -> new StoreSnapshot(stored.get(), sources),
        StoreSnapshot.empty()));
    problems.addAll(storeFiles.readWarnings());
    problems.addAll(SourceSettingsChange.takenOut(loaded, config));
    StoreSnapshot store = SourceSettingsChange.apply(loaded, config);
    ContentLoader content = ContentLoader.withCopies(config.siteDir(), config.timezone(), mode == Mode.BUILD);
    ContentLoader.Loaded<Pick> allPicks = stages.timed("picks", content::picks);
    ContentLoader.Loaded<Pick> picks = content.due(allPicks, now);
    // Which picks wait for their day depends on the clock, not on any file: an input of its own.
    Set<Pick> due = new java.util.HashSet<>(picks.items());
    heldBackPicks = allPicks.items().stream().filter(p -> !due.contains(p)).map(Pick::file).sorted().toList().toString();
    List<Article> incoming = outcomes.stream().flatMap(o -> o.articles().stream()).toList();
    Instant cutoff = retentionCutoff(config, now);
    Set<String> picked = PickApplier.articleIds(allPicks.items());
    incoming = StoreMerge.withinRetention(incoming, store, cutoff, picked);
    StoreMerge.Result merged = StoreMerge.merge(store, incoming, now,
        config.sources().stream().map(dev.broadsheet.config.SourceConfig::id).toList(), config.sourceSites());
    StoreSnapshot withPages = options.offline() ? merged.snapshot()
        : stages.timed("extract", () -> gathering.extractPages(merged.snapshot(), picks.items(), now,
            SiteCaches.pickPages(config, mode == Mode.CHECK)));
    StoreSnapshot kept = StoreMerge.prune(withPages, cutoff, picked);
    pruned = withPages.articles().size() - kept.articles().size();
    java.util.Set<String> hiddenIds = PickApplier.hiddenIds(kept.articles(), picks.items());
    hidden = hiddenIds.size();
    StoreSnapshot retained = kept.withoutTextsOf(hiddenIds);
    StoreSnapshot updated = retained.withSources(SourceGathering.sourceStates(store, outcomes, now, config.timezone()));
    if (mode == Mode.BUILD) {
      stages.timed("save", () -> storeFiles.save(updated));
    }
    content(picks.problems());
    if (options.fetchOnly() && mode == Mode.BUILD) {
      // A site rendered elsewhere from this data/ (a host's own build of the commit) keeps its
      // record of addresses from here: that build's writes are not kept.
      addressesOnceBuilt(config, storeFiles).saveOrWarn(storeFiles.dataDir(), problems);
    }
    Published site = options.fetchOnly() ? new Published(0, 0, new PublishResult(0, 0, 0))
        : curateAndPublish(config, storeFiles, updated, picks.items(), content);
    BuildResult result = new BuildResult(config.output(), gathering.sources(),
        new BuildResult.Articles(merged.added(), merged.updated(), updated.articles().size(),
            gathering.pagesExtracted(), pruned, hidden),
        new BuildResult.Site(site.stories(), site.editions(), pagesRendered, site.files().written(),
            site.files().unchanged(), site.files().deleted()),
        problems, firstContentError, stages.times(), config.fetch().maxFailedSourcesPercent(), options.fetchOnly());
    // The summary monitoring reads is the scheduled builds': a preview's would hide their problems.
    if (mode == Mode.BUILD && !options.preview()) {
      LastBuild.write(storeFiles.dataDir(), result, now);
    }
    return result;
  }

  /** What the digest held and what publishing did with it. */
  private record Published(int stories, int editions, PublishResult files) {}

  private Published curateAndPublish(SiteConfig config, StoreFiles storeFiles, StoreSnapshot updated,
      List<Pick> picks, ContentLoader loader) {
    ContentLoader.Loaded<Page> pages = loader.pages();
    content(pages.problems());
    LocalDate today = LocalDate.ofInstant(options.clock().instant(), config.timezone());
    List<Article> shown = DigestAssembler.published(config, updated.articles().values(), picks);
    String articles = mode == Mode.BUILD
        ? stages.timed("check", () -> UpToDate.articlesDigest(shown, storeFiles::digestAsRead)) : null;
    // Curation's inputs, before it rewrites data/stories.json: the same as a clean, published
    // build's, and that build's digest, pages and files are what this one would make.
    // The sources as resolved: OPML files they come from can change while broadsheet.yaml does not.
    // Picks' own pictures (image: images/quay.jpg), which no other input stands for, with them.
    PermalinkHistory addresses = addressesOnceBuilt(config, storeFiles);
    String referenced = config.sources().toString() + " pictures " + PickPictures.of(config.siteDir(),
        picks.stream().map(Pick::image).toList()) + " addresses " + addresses.text()
        // The copies shown for broken picks and pages, which the picks/ and pages/ folders do not stand for.
        + " stand-ins " + loader.standIns();
    String curationInputs = mode == Mode.BUILD
        ? stages.timed("check", () -> UpToDate.fingerprint(config.siteDir(), config.output(), articles, options.debug(),
            "day " + today + " held " + heldBackPicks, referenced)) : null;
    java.util.Optional<UpToDate.Recorded> same = curationInputs == null ? java.util.Optional.empty()
        : stages.timed("check", () -> UpToDate.checkBeforeCuration(storeFiles.dataDir(), config.output(),
            curationInputs + ImageStage.cacheStamp(config), options.clock().instant(), options.offline()));
    if (same.isPresent()) {
      listener.stage("up to date");
      UpToDate.Curated last = same.get().curated();
      // Reported again as curating would report them: a pick's problem, an image not shown.
      content(last.problems());
      return new Published(last.stories(), last.editions(), new PublishResult(0, same.get().files(), 0));
    }
    // A build walks the live site while it curates and renders; a check publishes nothing.
    Publisher publisher = mode == Mode.BUILD ? Publisher.forSite(config) : null;
    if (publisher != null) {
      survey = publisher.surveyAhead();
    }
    SiteCaches.Kept last = stages.timed("caches", () -> kept != null ? kept.get()
        : SiteCaches.kept(config, storeFiles, options.debug(), mode == Mode.CHECK));
    DigestAssembler.Result digest = stages.timed("curate", () -> new DigestAssembler(config, last.leads(),
        last.analyses(), options.debug()).assemble(shown, picks, load(storeFiles::loadStoryRecords, StoryRecords.none())));
    stages.step("records", () -> last.analyses().save());
    content(digest.problems());
    List<Problem> sectionWarnings = dev.broadsheet.curate.SectionWarnings.of(config, digest.digest());
    problems.addAll(sectionWarnings);
    int stories = digest.digest().stories().size();
    int editions = digest.digest().editions().size();
    if (mode == Mode.CHECK) {
      problems.addAll(stages.timed("render",
          () -> CheckRendering.problems(config, options, digest.digest(), pages.items(), addresses)));
      return new Published(stories, editions, new PublishResult(0, 0, 0));
    }
    stages.step("records", () -> storeFiles.saveStoryRecords(digest.records()));
    ImageStage.Result images = stages.timed("images", () -> ImageStage.run(config, digest.digest(), options.offline(),
        options.clock().instant()));
    problems.addAll(images.problems());
    // The images shown are an input of the pages too: one that arrives later must be published. The
    // edition current today (the day's, or the week's) is the only thing pages show that depends on the clock.
    String inputs = stages.timed("check", () -> UpToDate.fingerprint(config.siteDir(), config.output(), articles,
        options.debug(), digest.digest().currentEditionPath(today, config.editions().period())
            // The days an earlier period's or zone's addresses answer for grow with each day that begins.
            + (addresses.editionsMoved() ? " day " + today : "")
            + " held " + heldBackPicks, referenced) + "-"
        + images.catalog().fingerprint());
    // A curation may be skipped next time, its problems reported again, while its images are settled:
    // the cache as this build left it, no download left for a later build or a pause over.
    List<Problem> reported = new ArrayList<>(digest.problems());
    reported.addAll(sectionWarnings);
    reported.addAll(images.problems());
    UpToDate.Curated curated = images.settled() ? new UpToDate.Curated(curationInputs
        + ImageStage.cacheStamp(config), stories, editions, images.onlineAgain(), reported, images.warnedUntil()) : null;
    java.util.Optional<UpToDate.Recorded> current = stages.timed("check",
        () -> UpToDate.check(storeFiles.dataDir(), config.output(), inputs));
    if (current.isPresent()) {
      // Nothing the pages are made from changed and every published file is in place:
      // rendering would change no byte.
      listener.stage("up to date");
      UpToDate.record(storeFiles.dataDir(), config.output(), inputs, current.get().files(), curated, current.get());
      return new Published(stories, editions, new PublishResult(0, current.get().files(), 0));
    }
    SiteRenderer renderer = new SiteRenderer(config, options.debug(), options.renderCache(), options.clock(),
        images.catalog(), last.pages() == null ? null : last.pages().knowing(survey.walkedStates()), last.leads(),
        storeFiles::digestAsRead);
    List<RenderedFile> rendered = stages.timed("render",
        () -> renderer.render(digest.digest(), pages.items(), addresses));
    pagesRendered = renderer.rendered();
    problems.addAll(renderer.problems());
    noteContentErrors(renderer.pageProblems());
    PublishResult published = stages.timed("publish", () -> publisher.publish(rendered, ThemeAssets.load(), survey));
    problems.addAll(published.problems());
    // Whatever else went wrong, the site is published under these patterns now; a preview's are
    // only tried, and a pattern typed on the way would be an address the site never had. A
    // history not saved leaves the build unrecorded, so that the next build writes it.
    boolean recorded = options.preview() || addresses.saveOrWarn(storeFiles.dataDir(), problems);
    if (recorded && renderer.madeEveryOutput() && published.problems().isEmpty()) {
      // An output left out must be tried, and reported, again by the next build: one not up to date.
      stages.step("records", () -> SiteCaches.saveAfterPublishing(problems, () -> {
        // A warning is reported again by the next build: it renders, keeping the pages it can, rather than being up to date.
        if (renderer.problems().isEmpty()) {
          UpToDate.record(storeFiles.dataDir(), config.output(), inputs, published.written() + published.unchanged(),
              curated);
        }
        renderer.savePageCache(published.replaced());
        last.leads().save();
      }));
    }
    return new Published(stories, editions, published);
  }

  /**
   * The addresses pages were published at before, whose pages send readers on (in data/, like the
   * store), as they will be once this build published: a page that moves now answers at its old address at once.
   */
  private PermalinkHistory addressesOnceBuilt(SiteConfig config, StoreFiles storeFiles) {
    return load(() -> PermalinkHistory.read(storeFiles.dataDir()), PermalinkHistory.none()).after(config.permalinks(),
        config.editions().period(), config.timezone());
  }

  /**
   * Before when stored articles are pruned: the start of the edition that holds the moment the
   * retention period reaches back to, so that an edition is kept whole or not at all (cut at the
   * moment itself, the oldest edition lost its stories one build after another, and a published,
   * mailed edition changed under its readers).
   */
  private static Instant retentionCutoff(SiteConfig config, Instant now) {
    Instant back = StoreMerge.retentionCutoff(config.curation().retentionDays(), now);
    return back == null ? null : dev.broadsheet.curate.Edition.dateOf(back, config.timezone(), config.editions().period())
        .atStartOfDay(config.timezone()).toInstant();
  }

  /**
   * What the store holds. A build stops on a broken store file, since saving over it would lose
   * what it held; a check reports it and goes on without it, to find every other problem too.
   */
  private <T> T load(Supplier<T> stored, T whenBroken) {
    try {
      return stored.get();
    } catch (BroadsheetException e) {
      if (mode == Mode.BUILD) {
        throw e;
      }
      problems.addAll(e.problems());
      return whenBroken;
    }
  }

  /** The problems found so far: all of them once {@link #execute} returned, those before the failure if it threw. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Problems of picks and pages: what {@code --fail-on-errors} counts besides failed sources. */
  private void content(List<Problem> found) {
    problems.addAll(found);
    noteContentErrors(found);
  }

  private void noteContentErrors(List<Problem> found) {
    if (firstContentError == null) {
      firstContentError = found.stream().filter(p -> !p.isWarning()).findFirst().orElse(null);
    }
  }
}
