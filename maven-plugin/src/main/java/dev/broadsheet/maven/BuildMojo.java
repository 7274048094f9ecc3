package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BroadsheetException;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import dev.broadsheet.Problem;
import java.io.File;
import java.time.Clock;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds a Broadsheet site: fetches its sources, updates its store and writes the pages, exactly
 * as {@code broadsheet build} does.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true, requiresProject = true)
public final class BuildMojo extends AbstractMojo {
  /** The site directory, holding {@code broadsheet.yaml}. */
  @Parameter(property = "broadsheet.siteDirectory", defaultValue = "${basedir}", required = true)
  File siteDirectory;

  /** Where to write the site; by default the {@code output} folder named in the site config. */
  @Parameter(property = "broadsheet.outputDirectory")
  File outputDirectory;

  /** Use only the store and local files; fetch nothing over the network. */
  @Parameter(property = "broadsheet.offline", defaultValue = "false")
  boolean offline;

  /** Skip the build of the site. */
  @Parameter(property = "broadsheet.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoFailureException {
    if (skip) {
      getLog().info("Skipping the Broadsheet build (broadsheet.skip=true).");
      return;
    }
    BuildOptions options = new BuildOptions(siteDirectory.toPath(),
        outputDirectory == null ? null : outputDirectory.toPath(), offline, Clock.systemUTC());
    try {
      BuildResult r = Broadsheet.build(options);
      getLog().info(String.format("Sources: %d ok, %d not modified, %d skipped, %d failed", r.sourcesOk(),
          r.sourcesNotModified(), r.sourcesSkipped(), r.sourcesFailed()));
      getLog().info(String.format("Articles: %d new, %d updated, %d stored, %d pages extracted; %d stories in %d editions",
          r.articlesAdded(), r.articlesUpdated(), r.articlesStored(), r.pagesExtracted(), r.stories(), r.editions()));
      getLog().info(String.format("Pages: %d written, %d unchanged -> %s", r.pagesWritten(), r.pagesUnchanged(),
          r.output().resolve("index.html")));
      for (Problem p : r.problems()) {
        getLog().warn(p.toString());
      }
    } catch (BroadsheetException e) {
      for (Problem p : e.problems()) {
        getLog().error(p.toString());
      }
      throw new MojoFailureException("The Broadsheet build of " + siteDirectory + " failed: " + e.getMessage(), e);
    }
  }
}
