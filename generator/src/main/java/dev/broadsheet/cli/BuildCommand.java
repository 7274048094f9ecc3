package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildListener;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.store.SiteBusyException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet build}: maps its options onto {@link BuildOptions} and prints the summary. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Fetches the sources, updates the store and writes the site.")
final class BuildCommand implements Callable<Integer> {
  @CommandLine.Mixin SiteDirectory site;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write the site here instead of the config's output folder.")
  Path output;

  @Option(names = "--offline", description = "Use only the store and local files; fetch nothing over the network.")
  boolean offline;

  @Option(names = "--debug", description = "Show on each article page why its story ranked where it did.")
  boolean debug;

  @Option(names = "--fetch-only", description = "Update the store only; render nothing.")
  boolean fetchOnly;

  @Option(names = "--fail-on-errors", description = "Exit 4 (published, with errors) when more sources failed than fetch.maxFailedSourcesPercent"
      + " allows (default 0), or a pick or page could not be read. The site is published either way.")
  boolean failOnErrors;

  @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print every stage and warning as it happens.")
  boolean verbose;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "600",
      description = "How long to wait for another build of the same site (or a serve rebuild) to finish;"
          + " then exit with code 3 (default: 600; 0: do not wait).")
  long waitSeconds;

  @Option(names = "--every", paramLabel = "INTERVAL", converter = Interval.class,
      description = "Keep running and build at once, then at each multiple of this interval (15m: at :00, :15, :30"
          + " and :45 UTC; also 1h30m, 1d, PT15M; online at least 1m) until stopped (Ctrl+C, or a service manager's"
          + " SIGTERM); a build in progress finishes first.")
  java.time.Duration every;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Integer notASite = site.refuseNonSite(spec);
    if (notASite != null) {
      return notASite;
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    boolean terminal = System.console() != null;
    BuildListener progress = quiet ? BuildListener.NONE
        : verbose || terminal ? new ProgressPrinter(out, terminal && !verbose) : BuildListener.NONE;
    if (waitSeconds < 0) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 or more, found " + waitSeconds);
    }
    BuildOptions options = BuildOptions.of(site.path).withOutput(output).withOffline(offline).withDebug(debug)
        .withFetchOnly(fetchOnly).withListener(quiet ? progress : new TellsWhenWaiting(progress, err))
        .withLockWait(Duration.ofSeconds(waitSeconds));
    if (every != null) {
      return new ScheduledBuilds(spec, options, every, failOnErrors, quiet).run();
    }
    try {
      BuildResult result = Broadsheet.build(options);
      report(result, out, err, quiet);
      if (failOnErrors && result.failsOnErrors()) {
        err.println("broadsheet: failing the build: " + result.failureReason());
        // Not 1: that means nothing was published, and a script that uploads the site on 0 or 4
        // must tell the two apart.
        return Main.PUBLISHED_WITH_ERRORS;
      }
      return Main.OK;
    } catch (SiteBusyException e) {
      err.println("broadsheet: " + e.problems().get(0));
      return Main.BUSY;
    } catch (BroadsheetException e) {
      reportFailure(e, err, "the build");
      return Main.FAILED;
    }
  }

  /** A build's summary (unless {@code quiet}) and its problems, warnings told apart from errors. */
  static void report(BuildResult result, PrintWriter out, PrintWriter err, boolean quiet) {
    if (!quiet) {
      result.summary().forEach(out::println);
    }
    if (!result.problems().isEmpty()) {
      // Said for what they are: a first build's unreachable article pages are warnings, not failures.
      long warnings = result.problems().stream().filter(dev.broadsheet.base.Problem::isWarning).count();
      long errors = result.problems().size() - warnings;
      err.println(errors == 0 ? "Warnings (" + warnings + "):"
          : "Problems (" + errors + (errors == 1 ? " error" : " errors")
              + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings")) + "):");
      result.problems().forEach(p -> err.println("  " + p.told()));
    }
    out.flush();
    err.flush();
  }

  /** A build that published nothing, and why; {@code build} names it ("the build", "build 3"). */
  static void reportFailure(BroadsheetException e, PrintWriter err, String build) {
    err.println("broadsheet: " + build + " failed; nothing was published.");
    e.problems().forEach(p -> err.println("  " + p.told()));
    err.flush();
  }

  /** Progress as chosen, plus a line on the error stream when the build has to wait, even in CI logs. */
  private record TellsWhenWaiting(BuildListener progress, PrintWriter err) implements BuildListener {
    @Override
    public void stage(String name) {
      progress.stage(name);
    }

    @Override
    public void progress(String stage, int done, int total) {
      progress.progress(stage, done, total);
    }

    @Override
    public void waitingForLock(String holder, Duration wait) {
      err.println("broadsheet: another build of this site is running (" + holder + "); waiting up to "
          + wait.toSeconds() + " s for it to finish");
      err.flush();
    }
  }
}
