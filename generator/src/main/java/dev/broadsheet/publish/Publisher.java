package dev.broadsheet.publish;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.IoFailures;
import dev.broadsheet.base.Problem;
import dev.broadsheet.render.RenderedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Publishes the rendered site into the output folder atomically: the new site is laid out in a
 * folder beside the live one ({@link StagedSite}) and switched in by a single rename
 * ({@link SiteSwitch}), so a web server, a sync job or a later build sees the old site or the new
 * one, never a mix, and a killed build leaves nothing that a later build does not clear up.
 *
 * <p>A file whose bytes did not change keeps its inode and modification time, and when nothing
 * changed at all the live folder is not touched. Files in the output folder that no build wrote
 * are kept; the manifest each build leaves behind tells them apart.
 */
public final class Publisher {
  /** The site's own folders, which a build reads or keeps: never the output or within it. */
  private static final java.util.List<String> INPUT_FOLDERS = java.util.List.of("data", "picks", "pages", "templates",
      "static", dev.broadsheet.config.SiteConfig.CACHE_FOLDER, ".git");

  private final Path output;
  private final Path siteDir;
  private final HaltPoint halt;

  public Publisher(Path output, Path siteDir) {
    this(output, siteDir, java.util.List.of());
  }

  /** The publisher of {@code config}'s site, into its output folder, which may hold none of its saved feeds. */
  public static Publisher forSite(dev.broadsheet.config.SiteConfig config) {
    // The files the sources are read from: saved feeds, and the OPML files that list sources.
    java.util.Set<Path> inputs = new java.util.LinkedHashSet<>();
    config.sources().forEach(s -> s.savedFeed(config.siteDir()).ifPresent(inputs::add));
    config.sources().stream().filter(s -> s.listedIn() != null)
        .forEach(s -> inputs.add(config.siteDir().resolve(s.listedIn())));
    return new Publisher(config.output(), config.siteDir(), inputs);
  }

  /**
   * As above, and refusing an output folder that holds any of {@code inputs} (saved feeds the
   * sources read): publishing replaces the folder's contents with the site, and the next build
   * would read the site's own feed in place of the saved one, into the store.
   */
  public Publisher(Path output, Path siteDir, java.util.Collection<Path> inputs) {
    Path out = output.toAbsolutePath().normalize();
    Path site = siteDir.toAbsolutePath().normalize();
    // As written and as the file system resolves them: a symbolic link, or a disk that ignores
    // case, leads a path that looks elsewhere into the site's own folders.
    refuseOverlap(output, out, site, inputs.stream().map(p -> p.toAbsolutePath().normalize()).toList(), "");
    Path realOut = real(out);
    refuseOverlap(output, realOut, real(site), inputs.stream().map(Publisher::real).toList(),
        " (it is " + realOut + " through a symbolic link or a name's case)");
    this.output = out;
    this.siteDir = site;
    this.halt = HaltPoint.fromSystemProperties();
  }

  private static void refuseOverlap(Path output, Path out, Path site, List<Path> inputs, String resolved) {
    if (site.startsWith(out)) {
      throw new BroadsheetException(new Problem(output.toString(), "the output folder may not be the site folder or"
          + " contain it" + resolved + "; use a folder such as " + site.resolve("public")));
    }
    // Inside a folder the site is made from, the published files would mix with the store, the
    // picks or the templates (and be committed with the store).
    for (String input : INPUT_FOLDERS) {
      // Any repository's own folder, the site's or one it lies in (a site in a subfolder of its repository).
      boolean inGit = input.equals(".git") && java.util.stream.StreamSupport.stream(out.spliterator(), false)
          .anyMatch(name -> name.toString().equals(".git"));
      if (out.startsWith(site.resolve(input)) || inGit) {
        throw new BroadsheetException(new Problem(output.toString(), "the output folder may not be inside " + input
            + "/, which the site is made from" + resolved + "; use a folder such as " + site.resolve("public")));
      }
    }
    for (Path file : inputs) {
      if (file.startsWith(out)) {
        throw new BroadsheetException(new Problem(output.toString(), "the output folder may not hold "
            + (file.startsWith(site) ? site.relativize(file) : file) + ", which a source reads" + resolved
            + "; publishing replaces what the folder holds; use a folder such as " + site.resolve("public")));
      }
    }
  }

  /** {@code path} as the file system resolves it: its deepest existing folder's real path, and the rest as written. */
  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    for (Path existing = absolute; existing != null; existing = existing.getParent()) {
      try {
        return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
      } catch (IOException e) {
        // Not there (yet): its folder is.
      }
    }
    return absolute;
  }

  /**
   * Publishes {@code pages}, the theme's {@code assets} and the site's {@code static/} folder; each
   * overrides same-named files of the ones before it, so a site's robots.txt wins. Files of
   * {@code static/} that cannot be published, and manifest lines that were ignored, are in the
   * result's problems.
   */
  public PublishResult publish(List<RenderedFile> pages, List<RenderedFile> assets) {
    return publish(pages, assets, LiveSurvey.none());
  }

  /**
   * Begins walking the live site while the build goes on ({@link LiveSurvey}); give it to
   * {@link #publish(List, List, LiveSurvey)}, and close it when the build ends either way.
   */
  public LiveSurvey surveyAhead() {
    return LiveSurvey.start(output);
  }

  /** As {@link #publish(List, List)}, comparing with the live site as {@code survey} walked it when it still holds. */
  public PublishResult publish(List<RenderedFile> pages, List<RenderedFile> assets, LiveSurvey survey) {
    StaticFolder statics = StaticFolder.read(siteDir, output);
    List<Problem> problems = new ArrayList<>(statics.problems());
    TreeMap<String, byte[]> files = new TreeMap<>();
    // A page whose path a theme asset or static file takes: its record must not describe that file.
    Set<String> notPages = new HashSet<>();
    Set<String> replaced = new HashSet<>();
    Set<String> generated = new HashSet<>();
    pages.forEach(f -> generated.add(f.path()));
    for (List<RenderedFile> group : List.of(pages, assets, statics.files())) {
      for (RenderedFile f : group) {
        if (group != pages && notPages.add(f.path()) && files.containsKey(f.path())) {
          replaced.add(f.path());
          if (group == statics.files() && generated.contains(f.path()) && !f.path().equals("robots.txt")) {
            // Nearly always a file brought from another tool (its feed.xml, its index.html): readers lose the page.
            problems.add(Problem.warning("static/" + f.path(), "takes the place of the " + f.path() + " the site"
                + " generates (a page or feed readers follow); remove it unless you mean to replace that file"));
          }
        }
        if (!OutputManifest.isInside(output, f.path())) {
          throw new BroadsheetException(new Problem(f.path(), "refusing to write outside the output folder"));
        }
        if (f.path().equals(OutputManifest.NAME)) {
          throw new BroadsheetException(new Problem(f.path(), "this name is Broadsheet's own list of the files"
              + " it published; rename the file"));
        }
        files.put(f.path(), f.bytes());
      }
    }
    files.put(OutputManifest.NAME, OutputManifest.bytes(files.keySet()));
    try {
      SiteSwitch site = new SiteSwitch(output, halt);
      Path live = site.recover();
      site.setAside().forEach(aside -> problems.add(Problem.warning(aside, "a site an earlier build replaced could not be"
          + " deleted, and was moved here out of the way; delete it yourself")));
      OutputManifest previous = OutputManifest.read(live, manifestName());
      problems.addAll(previous.warnings());
      StagedSite next = StagedSite.plan(live, survey.entries(live), files, previous.paths(), survey.changedSinceStates());
      problems.addAll(next.problems());
      if (next.unchanged()) {
        return new PublishResult(0, next.kept(), 0, problems, replaced);
      }
      Path staging = stage(site, next, live);
      // The output is about to change: until this build records it, no later build may take the
      // record of the previous one as describing the site.
      UpToDate.forget(siteDir.resolve("data"));
      String token = live != null && site.keepsSpare() ? UUID.randomUUID().toString() : null;
      if (token != null && !SpareSite.record(site.spareRecord(), token, next.liveKeys())) {
        token = null;
      }
      Path foreign = site.foreignTarget();
      try {
        site.switchTo(staging, token);
        if (foreign != null) {
          problems.add(Problem.warning(output.toString(), "the output folder was a symbolic link to " + foreign
              + ", which Broadsheet did not make; it now points at " + staging.getFileName() + " beside it (the site"
              + " switches there from now on, docs/deployment.md), and " + foreign + " was left as it was: a server"
              + " whose root is " + foreign + " still serves the old site; point it at " + output));
        }
      } catch (SiteSwitch.AfterSwitch e) {
        problems.add(Problem.warning(output.toString(), "the site is published, but the one it replaced could not be"
            + " put away (" + IoFailures.describe((Exception) e.getCause()) + "); the next build lays out the whole"
            + " site again, and moves what it cannot delete out of the way"));
      }
      return new PublishResult(next.written(), next.kept(), next.deleted(), problems, replaced);
    } catch (IOException | UncheckedIOException e) {
      // Laying out two addresses that need one name as a file and a folder fails too: that is said.
      List<Problem> clashes = OutputClashes.of(files.navigableKeySet(), staticPaths(statics));
      if (!clashes.isEmpty()) {
        throw new BroadsheetException(clashes);
      }
      throw new BroadsheetException(new Problem(output.toString(), "cannot publish the site: " + IoFailures.describe(e)
          + "; the new site is built in a folder beside this one and the two are renamed, so Broadsheet needs to"
          + " create, rename and delete folders in " + output.getParent() + ", this one included, on the same file"
          + " system (see docs/deployment.md)"), e);
    }
  }


  /** The next site laid out: the spare brought up to date when there is one its record describes, else a new folder. */
  private Path stage(SiteSwitch site, StagedSite next, Path live) throws IOException {
    Optional<Map<String, String>> spare = site.keepsSpare() ? SpareSite.read(site.spareRecord(), site.spare())
        : Optional.empty();
    if (spare.isEmpty()) {
      // A spare that cannot be used goes after the switch, as a replaced site always went: deleting
      // a whole site just before laying one out makes every new inode dearer on ext4 without a
      // journal (measured: publishing 10k pages took 30 s instead of 2-4 s).
      site.forgetSpare();
      Path staging = site.prepare();
      next.writeTo(staging, live, halt);
      return staging;
    }
    Path staging = site.reuseSpare();
    SpareSite.update(staging, spare.get(), next, halt);
    StagedSite.takePermissions(staging, live);
    return staging;
  }

  /**
   * What {@link #publish} would report about the site's own files and the addresses of {@code
   * rendered} among them (a file where another needs a folder), without writing anything.
   */
  public List<Problem> check(List<RenderedFile> rendered, List<RenderedFile> assets) {
    StaticFolder statics = StaticFolder.read(siteDir, output);
    List<Problem> problems = new ArrayList<>(statics.problems());
    java.util.TreeSet<String> paths = new java.util.TreeSet<>();
    for (List<RenderedFile> group : List.of(rendered, assets, statics.files())) {
      group.forEach(f -> paths.add(f.path()));
    }
    problems.addAll(OutputClashes.of(paths, staticPaths(statics)));
    return problems;
  }

  private static Set<String> staticPaths(StaticFolder statics) {
    Set<String> paths = new HashSet<>();
    statics.files().forEach(f -> paths.add(f.path()));
    return paths;
  }

  /** The manifest as problems name it: relative to the site folder when the output is inside it. */
  private String manifestName() {
    Path manifest = output.resolve(OutputManifest.NAME);
    return (manifest.startsWith(siteDir) ? siteDir.relativize(manifest) : manifest).toString().replace('\\', '/');
  }
}
