package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.io.File;
import java.util.function.UnaryOperator;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every Broadsheet goal shares: the site directory, {@code skip}, and turning the core's
 * errors into a build failure that names the file and line.
 */
abstract class AbstractBroadsheetMojo extends AbstractMojo {
  /** The site directory, holding {@code broadsheet.yaml}. */
  @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${basedir}", required = true)
  File siteDirectory;

  /** Skip this goal. */
  @Parameter(property = "broadsheet.skip", defaultValue = "false")
  boolean skip;

  /** Whether Maven runs offline ({@code mvn -o}): then no goal reads the network either. */
  @Parameter(defaultValue = "${session.offline}", readonly = true)
  boolean mavenOffline;

  /**
   * How long a build waits for another build of the same site (a scheduled job, a {@code serve}
   * rebuild) to finish before it fails; 0: not at all.
   */
  @Parameter(property = "broadsheet.waitSeconds", defaultValue = "600")
  int waitSeconds;

  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  @Parameter(defaultValue = "${project}", readonly = true)
  MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true)
  MojoExecution execution;

  /**
   * Fail the Maven build when more sources failed than {@code fetch.maxFailedSourcesPercent} allows,
   * or a pick or page has an error; the site is published (the store updated) either way.
   */
  @Parameter(property = "broadsheet.failOnErrors", defaultValue = "false")
  boolean failOnErrors;

  @Override
  public final void execute() throws MojoFailureException {
    // A relative folder typed on the command line means one place in every module: where mvn was run
    // (Maven resolves it in each module's folder, so a parent would promise a module a site it then misses).
    String typedSite = session == null ? null : session.getUserProperties().getProperty("broadsheet.siteDirectory");
    if (typedSite != null && !new File(typedSite).isAbsolute() && session.getExecutionRootDirectory() != null) {
      siteDirectory = new File(session.getExecutionRootDirectory(), typedSite);
    }
    if (skip) {
      getLog().info("Skipping Broadsheet (broadsheet.skip=true).");
      return;
    }
    String elsewhere = ReactorSites.skipReason(session, project, execution, siteDirectory.toPath());
    if (elsewhere != null) {
      getLog().info("Skipping Broadsheet here: " + elsewhere + ".");
      return;
    }
    try {
      run();
    } catch (BroadsheetException e) {
      for (Problem p : e.problems()) {
        getLog().error(p.toString());
      }
      // Without the cause: the problems name the file and line, and Maven would add the message of
      // whatever the cause was (a YAML parser's reference chain) to its summary. With -X it is shown.
      getLog().debug("the cause of the failure", e);
      // The problems are logged above, each once: Maven's summary counts them rather than repeat them.
      // Where the first is, though: a summary read alone (a CI mail) still says where to look.
      int n = e.problems().size();
      throw new MojoFailureException("Broadsheet failed for " + siteDirectory + ": " + (n == 0 ? e.getMessage()
          : (n == 1 ? "1 problem" : n + " problems") + ", logged above (the first at " + e.problems().get(0).where()
          + ")"));
    } catch (RuntimeException e) {
      String disk = dev.broadsheet.base.IoFailures.explain(e);
      if (disk == null) {
        // A program's error: Maven shows it with its trace, which a bug report needs.
        throw e;
      }
      // A full disk or a folder that cannot be written is the machine's state, said as the CLI says it.
      getLog().debug("the cause of the failure", e);
      throw new MojoFailureException("Broadsheet failed for " + siteDirectory + ": " + disk);
    }
  }

  abstract void run() throws MojoFailureException;

  /** Whether a goal asked to read the network ({@code wanted}) may: not while Maven is offline, which it then says. */
  boolean network(boolean wanted) {
    if (wanted && mavenOffline) {
      getLog().warn("Maven is offline (-o): Broadsheet reads no network either, only the store and local files.");
    }
    return wanted && !mavenOffline;
  }

  /**
   * Builds the site with {@code options} applied to the defaults, logs the summary and every problem,
   * and fails when {@link #failOnErrors} asks to and the build had errors.
   */
  BuildResult build(UnaryOperator<BuildOptions> options) throws MojoFailureException {
    if (waitSeconds < 0) {
      throw new BroadsheetException(new Problem("waitSeconds", "must be 0 or more seconds, found " + waitSeconds));
    }
    BuildOptions defaults = BuildOptions.of(siteDirectory.toPath()).withLockWait(java.time.Duration.ofSeconds(waitSeconds))
        .withListener(new dev.broadsheet.BuildListener() {
          @Override
          public void waitingForLock(String holder, java.time.Duration wait) {
            // A CI job that waits says so, or it looks hung for up to ten minutes.
            getLog().info("Another build of this site is running (" + holder + "); waiting up to " + wait.toSeconds()
                + " s for it to finish (waitSeconds).");
          }
        });
    BuildResult r = Broadsheet.build(options.apply(defaults));
    r.summary().forEach(getLog()::info);
    r.problems().forEach(this::log);
    if (failOnErrors && r.failsOnErrors()) {
      throw new MojoFailureException(r.failureReason());
    }
    return r;
  }

  /** A problem at its own level: an error (a skipped pick, a failed source) is not a warning. */
  void log(dev.broadsheet.base.Problem p) {
    if (p.isWarning()) {
      getLog().warn(p.toString());
    } else {
      getLog().error(p.toString());
    }
  }
}
