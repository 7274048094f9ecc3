package dev.broadsheet;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.Version;
import dev.broadsheet.curate.ArticleAnalyses;
import dev.broadsheet.curate.DigestAssembler;
import dev.broadsheet.curate.StoriesReport;
import dev.broadsheet.feed.FeedReport;
import dev.broadsheet.feed.SourceSettingsChange;
import dev.broadsheet.picks.ContentLoader;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.publish.PreviewServer;
import dev.broadsheet.render.RenderCache;
import dev.broadsheet.store.SiteBusyException;
import dev.broadsheet.store.StoreFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The public API of Broadsheet: the command line and the Maven plugin only map their options onto
 * these calls, and may use no other part of it than this package, {@code dev.broadsheet.base} and
 * the types these signatures name. Building and checking run the same pipeline ({@link BuildRun}):
 * config → fetch → feed → store → picks → extract → curate → images → render → publish.
 */
public final class Broadsheet {
  private Broadsheet() {}

  /** The version stamped into the jar. */
  public static String version() {
    return Version.current();
  }

  /**
   * The version with what tells builds of it apart: a digest of the code and of the theme. Two
   * builds of one -SNAPSHOT version may differ in both, and a site pinned to a commit shows here
   * which one it runs.
   */
  public static String versionInFull() {
    try {
      return Version.current() + " (code " + shortStamp(dev.broadsheet.render.TemplateEngine.codeStamp()) + ", theme "
          + shortStamp(dev.broadsheet.render.TemplateEngine.themeStamp()) + ")";
    } catch (java.io.IOException | RuntimeException e) {
      return Version.current();
    }
  }

  /** A stamp in 12 hex digits, whatever its form (a jar's digest, a folder's). */
  private static String shortStamp(String stamp) {
    return dev.broadsheet.base.ChangeDigests.hex(stamp.getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .substring(0, 12);
  }

  /**
   * Builds the site described by {@code options}.
   *
   * @throws SiteBusyException when another build of the site held it for longer than the options wait
   * @throws BroadsheetException when the config or a template is broken; nothing was written
   */
  public static BuildResult build(BuildOptions options) throws SiteBusyException {
    return new BuildRun(options, BuildRun.Mode.BUILD).execute();
  }

  /**
   * What {@link #init} did.
   *
   * @param written the example files written
   * @param kept the files that were there already, left as they were
   */
  public record Created(List<Path> written, List<Path> kept) {}

  /**
   * Creates a new site in {@code dir}: refused in a folder that holds anything unless {@code force};
   * a file already there is never overwritten.
   */
  public static Created init(Path dir, boolean force) {
    return SiteScaffold.create(dir, force);
  }

  /**
   * Every problem a build of the site would meet, found by running the same stages and writing
   * nothing: config, picks, pages, the store, the site's saved feeds, every template rendered
   * against the model, the {@code static/} folder. With {@code online}, sources and article pages
   * are also fetched, as an online build would.
   */
  public static List<Problem> check(Path siteDir, boolean online, Clock clock) {
    BuildRun run = new BuildRun(BuildOptions.of(siteDir).withOffline(!online).withClock(clock), BuildRun.Mode.CHECK);
    try {
      return run.execute().problems();
    } catch (BroadsheetException e) {
      // What stopped the run, after everything the stages before it found.
      List<Problem> problems = new ArrayList<>(run.problems());
      problems.addAll(e.problems());
      return problems;
    }
  }

  /**
   * The stories as the last build's store and the current picks make them, without fetching or
   * writing anything: what {@code broadsheet stories} shows.
   */
  public static StoryListing stories(Path siteDir) {
    return stories(siteDir, java.time.Clock.systemUTC());
  }

  /** As above at the time {@code clock} gives: a pick dated on a later day is held back, as a build would. */
  public static StoryListing stories(Path siteDir, java.time.Clock clock) {
    SiteConfig config = new ConfigLoader().load(siteDir);
    ContentLoader content = ContentLoader.withCopies(config.siteDir(), config.timezone(), false);
    ContentLoader.Loaded<Pick> picks = content.due(content.picks(), clock.instant());
    StoreFiles files = new StoreFiles(config.siteDir().resolve("data"));
    DigestAssembler.Result result = new DigestAssembler(config, ArticleAnalyses.unkept(files::digestAsRead)).assemble(
        DigestAssembler.published(config, SourceSettingsChange.apply(files.load(), config).articles().values(),
            picks.items()), picks.items(),
        files.loadStoryRecords());
    List<Problem> problems = new ArrayList<>(picks.problems());
    problems.addAll(result.problems());
    return new StoryListing(StoriesReport.of(result.digest(), config.editions().defaultSection()), problems);
  }

  /** What Broadsheet reads from each feed (a file or an http(s) URL), read as a build reads it. */
  public static List<FeedReport> readFeeds(List<String> inputs, ZoneId zone) {
    return new Inspection(inputs).feeds(zone);
  }

  /** The article text and metadata of each page (a file or an http(s) URL), as a build extracts it. */
  public static List<PageExtraction> extract(List<String> inputs) {
    return new Inspection(inputs).pages();
  }

  /**
   * Builds the site offline (unless {@code online}), serves it on {@code bind}:{@code port} and
   * rebuilds it whenever its sources change. Close the returned server to stop.
   */
  public static PreviewServer serve(Path siteDir, String bind, int port, boolean online, Consumer<String> log)
      throws IOException {
    return serve(siteDir, bind, port, online, log, p -> log.accept((p.isWarning() ? "" : "error: ") + p));
  }

  /** As above, each problem of a rebuild given to {@code problems} with its severity (a Maven log's level). */
  public static PreviewServer serve(Path siteDir, String bind, int port, boolean online, Consumer<String> log,
      Consumer<Problem> problems) throws IOException {
    return serve(siteDir, null, bind, port, online, log, problems);
  }

  /**
   * As above, the site written to {@code output} instead of the config's output folder (when not
   * null): a preview on a machine whose output folder is published leaves that folder alone.
   */
  public static PreviewServer serve(Path siteDir, Path output, String bind, int port, boolean online,
      Consumer<String> log, Consumer<Problem> problems) throws IOException {
    SiteConfig config = new ConfigLoader().load(siteDir);
    Path served = output == null ? config.output() : output.toAbsolutePath().normalize();
    RenderCache cache = new RenderCache();
    java.util.concurrent.atomic.AtomicReference<PreviewServer> started = new java.util.concurrent.atomic.AtomicReference<>();
    Supplier<List<String>> rebuild = () -> {
      try {
        BuildResult r = build(BuildOptions.of(siteDir).withOutput(output).withOffline(!online).withRenderCache(cache)
            .withListener(new BuildListener() {
              @Override
              public void waitingForLock(String holder, Duration wait) {
                // A rebuild waits for a command-line build of the same site, like any build.
                log.accept("waiting for another build of this site (" + holder + ") to finish");
              }
            }));
        r.problems().forEach(problems);
        log.accept("rendered " + r.site().pagesRendered() + " page(s), wrote " + r.site().filesWritten() + " file(s)");
        PreviewServer server = started.get();
        if (server != null) {
          // The config may name other saved feeds now.
          server.alsoWatch(localFeeds(new ConfigLoader().load(siteDir)));
        }
        return List.of();
      } catch (BroadsheetException e) {
        // Given with their severity like any build's problems (a Maven log's errors), and to the
        // server for the page it shows instead of the site.
        e.problems().forEach(problems);
        return e.problems().stream().map(Problem::toString).toList();
      } catch (RuntimeException e) {
        Problem unexpected = new Problem(siteDir.toString(), "unexpected error: " + e);
        problems.accept(unexpected);
        return List.of(unexpected.toString());
      }
    };
    // Watched from the start: a list given once the watching began would look like an edit.
    PreviewServer server = new PreviewServer(siteDir, served, config.baseUrl().getRawPath(), bind, port, rebuild, log,
        localFeeds(config));
    started.set(server);
    return server;
  }

  /** The saved feeds the site's sources read, as files. */
  private static List<Path> localFeeds(SiteConfig config) {
    return config.sources().stream().flatMap(s -> s.savedFeed(config.siteDir()).stream()).distinct().toList();
  }

  /** Writes a pick file for {@code url} into the site's picks folder; returns it and what is left to fill in. */
  public static PickFile newPick(Path siteDir, String url, LocalDate date, boolean offline, Clock clock) {
    return NewPick.write(siteDir, url, date, offline, clock);
  }
}
