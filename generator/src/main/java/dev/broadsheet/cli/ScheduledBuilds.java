package dev.broadsheet.cli;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import dev.broadsheet.BuildSchedule;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.store.SiteBusyException;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import picocli.CommandLine;

/**
 * {@code broadsheet build --every INTERVAL}: runs a {@link BuildSchedule} until the process is
 * stopped, each build told as a one-off build tells it, headed by its number and time (a service
 * manager's log shows which build said what).
 */
final class ScheduledBuilds implements BuildSchedule.Events {
  /** How long a stop waits for the build in progress: a service manager's own limit is usually shorter. */
  private static final Duration STOP_GRACE = Duration.ofMinutes(10);

  private final PrintWriter out;
  private final PrintWriter err;
  private final BuildSchedule schedule;
  private final Duration every;
  private final boolean quiet;
  private volatile boolean building;
  /** The heading of the last build begun: with --quiet it heads the build's problems only. */
  private String heading = "";
  private int current;

  ScheduledBuilds(CommandLine.Model.CommandSpec spec, BuildOptions options, Duration every, boolean failOnErrors,
      boolean quiet) {
    if (failOnErrors) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--fail-on-errors does not go with --every: the"
          + " process keeps running after a build, so it has no exit status to fail with; each build's problems are printed");
    }
    try {
      this.schedule = new BuildSchedule(options, every);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--every " + Interval.format(every) + ": "
          + e.getMessage());
    }
    this.out = spec.commandLine().getOut();
    this.err = spec.commandLine().getErr();
    this.every = every;
    this.quiet = quiet;
  }

  int run() {
    Thread stopper = new Thread(this::stop, "broadsheet-stop");
    Runtime.getRuntime().addShutdownHook(stopper);
    if (!quiet) {
      out.println("Building every " + Interval.format(every) + " (Ctrl+C to stop)");
      out.flush();
    }
    try {
      schedule.run(this);
    } finally {
      building = false;
      try {
        Runtime.getRuntime().removeShutdownHook(stopper);
      } catch (IllegalStateException e) {
        // Stopped by the process's shutdown: the hook is running, and says the schedule ended.
      }
    }
    return Main.OK;
  }

  private void stop() {
    if (building) {
      err.println("broadsheet: stopping after the build in progress (one still waiting for another build of the"
          + " site stops waiting)");
      err.flush();
    }
    boolean ended = schedule.stop(STOP_GRACE);
    err.println(ended ? "broadsheet: stopped" : "broadsheet: stopped during a build; the next build clears up after it");
    err.flush();
  }

  @Override
  public void starting(int number) {
    building = true;
    current = number;
    // To the nearest second: a build woken a few milliseconds before its slot is the slot's.
    heading = "Build " + number + " at " + Instant.now().plusMillis(500).truncatedTo(ChronoUnit.SECONDS);
    if (!quiet) {
      out.println(heading);
      out.flush();
    }
  }

  @Override
  public void built(int number, BuildResult result) {
    building = false;
    if (quiet && !result.problems().isEmpty()) {
      // A log of many builds says which one had these problems.
      err.println(heading);
    }
    BuildCommand.report(result, out, err, quiet);
  }

  @Override
  public void failed(int number, BroadsheetException failure) {
    building = false;
    BuildCommand.reportFailure(failure, err, "build " + number);
  }

  @Override
  public void busy(int number, SiteBusyException busy) {
    building = false;
    err.println("broadsheet: build " + number + " skipped: " + busy.problems().get(0));
    err.flush();
  }

  @Override
  public void unexpected(int number, RuntimeException error) {
    building = false;
    String disk = dev.broadsheet.base.IoFailures.explain(error);
    if (disk != null) {
      // A full disk or a folder that cannot be written, in plain words as a one-off build says it.
      err.println("broadsheet: build " + number + " failed: " + disk);
    } else {
      // A bug, told in full as a one-off build tells it; the next build may not meet it.
      err.println("broadsheet: unexpected error in build " + number + ": " + error);
      error.printStackTrace(err);
    }
    err.flush();
  }

  @Override
  public void waiting(Duration wait, long missed) {
    if (missed > 0) {
      err.println("broadsheet: build " + current + " took longer than " + Interval.format(every) + "; " + missed
          + (missed == 1 ? " build was" : " builds were") + " left out");
      err.flush();
    }
    if (!quiet) {
      out.println("Next build in " + Interval.format(wait.plusMillis(999).truncatedTo(ChronoUnit.SECONDS)));
      out.flush();
    }
  }
}
