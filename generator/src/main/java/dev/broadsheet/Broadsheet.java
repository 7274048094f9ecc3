package dev.broadsheet;

import dev.broadsheet.base.Problem;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.DigestAssembler;
import dev.broadsheet.feed.SourceReading;
import dev.broadsheet.fetch.AddressPolicy;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.HttpFetcher;
import dev.broadsheet.fetch.SourceFetcher;
import dev.broadsheet.picks.ContentLoader;
import dev.broadsheet.picks.Page;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.render.SiteRenderer;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.StoreFiles;
import dev.broadsheet.store.StoreMerge;
import dev.broadsheet.store.StoreSnapshot;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The public API of Broadsheet: the command line and the Maven plugin only map their options onto
 * these calls. The pipeline runs config → fetch → feed → extract → store → picks → curate →
 * render → publish.
 */
public final class Broadsheet {
  private Broadsheet() {}

  /** Builds the site described by {@code options}. */
  public static BuildResult build(BuildOptions options) {
    return new BuildRun(options).execute();
  }

  /** Creates a new site in {@code dir}; returns the files written. */
  public static List<Path> init(Path dir, boolean force) {
    return SiteScaffold.create(dir, force);
  }

  /**
   * Every problem of a site without building it: config, picks, pages, the store, and every
   * template rendered against the model (from the store and the site's saved feeds). With
   * {@code online}, every source is also fetched and read. Nothing is written.
   */
  public static List<Problem> check(Path siteDir, boolean online, Clock clock) {
    SiteConfig config;
    try {
      config = new ConfigLoader().load(siteDir);
    } catch (BroadsheetException e) {
      return e.problems();
    }
    List<Problem> problems = new ArrayList<>();
    ContentLoader content = new ContentLoader(config.siteDir(), config.timezone());
    ContentLoader.Loaded<Pick> picks = content.picks();
    ContentLoader.Loaded<Page> pages = content.pages();
    problems.addAll(picks.problems());
    problems.addAll(pages.problems());
    try {
      StoreSnapshot store = new StoreFiles(config.siteDir().resolve("data")).load();
      List<FetchResult> fetched = new SourceFetcher(config).fetchAll(store, !online, null);
      List<Article> read = new ArrayList<>();
      try (HttpFetcher http = new HttpFetcher(config.fetch(), AddressPolicy.of(config))) {
        SourceReading reading = new SourceReading(config, online ? url -> http.get("check", url) : null);
        for (FetchResult r : fetched) {
          SourceReading.Outcome o = reading.read(r);
          read.addAll(o.articles());
          if (o.status() == SourceReading.Status.FAILED) {
            problems.add(new Problem(o.source().url(), o.error()));
          }
        }
      }
      StoreSnapshot model = StoreMerge.merge(store, read, clock.instant()).snapshot();
      DigestAssembler.Result digest = new DigestAssembler(config).assemble(model.articles().values(), picks.items(),
          new StoreFiles(config.siteDir().resolve("data")).loadStories());
      problems.addAll(digest.problems());
      SiteRenderer renderer = new SiteRenderer(config, false, null, clock);
      renderer.render(digest.digest(), pages.items());
      problems.addAll(renderer.problems());
    } catch (BroadsheetException e) {
      problems.addAll(e.problems());
    }
    return problems;
  }

  /**
   * The digest as the last build's store and the current picks make it, without fetching or
   * writing anything: what {@code broadsheet stories} shows.
   */
  public static DigestAssembler.Result curate(Path siteDir) {
    SiteConfig config = new ConfigLoader().load(siteDir);
    ContentLoader.Loaded<Pick> picks = new ContentLoader(config.siteDir(), config.timezone()).picks();
    StoreFiles files = new StoreFiles(config.siteDir().resolve("data"));
    DigestAssembler.Result result = new DigestAssembler(config).assemble(files.load().articles().values(),
        picks.items(), files.loadStories());
    List<Problem> problems = new ArrayList<>(picks.problems());
    problems.addAll(result.problems());
    return new DigestAssembler.Result(result.digest(), problems, result.stories());
  }

  /**
   * Builds the site offline (unless {@code online}), serves it on {@code bind}:{@code port} and
   * rebuilds it whenever its sources change. Close the returned server to stop.
   */
  public static dev.broadsheet.publish.PreviewServer serve(Path siteDir, String bind, int port, boolean online,
      java.util.function.Consumer<String> log) throws java.io.IOException {
    SiteConfig config = new ConfigLoader().load(siteDir);
    dev.broadsheet.render.RenderCache cache = new dev.broadsheet.render.RenderCache();
    java.util.function.Supplier<List<String>> rebuild = () -> {
      try {
        BuildResult r = build(new BuildOptions(siteDir, null, !online, Clock.systemUTC()).withRenderCache(cache)
            .withListener(new BuildListener() {
              @Override
              public void waitingForLock(String holder, java.time.Duration wait) {
                // A rebuild waits for a command-line build of the same site, like any build.
                log.accept("waiting for another build of this site (" + holder + ") to finish");
              }
            }));
        r.problems().forEach(p -> log.accept(p.toString()));
        log.accept("rendered " + r.pagesRendered() + " page(s), wrote " + r.pagesWritten() + " file(s)");
        return List.of();
      } catch (BroadsheetException e) {
        return e.problems().stream().map(Problem::toString).toList();
      } catch (RuntimeException e) {
        return List.of("unexpected error: " + e);
      }
    };
    return new dev.broadsheet.publish.PreviewServer(siteDir, config.output(), bind, port, rebuild, log);
  }

  /** Writes a pick file for {@code url} into the site's picks folder; returns it and what is left to fill in. */
  public static PickFile newPick(Path siteDir, String url, LocalDate date, boolean offline, Clock clock) {
    return NewPick.write(siteDir, url, date, offline, clock);
  }
}
