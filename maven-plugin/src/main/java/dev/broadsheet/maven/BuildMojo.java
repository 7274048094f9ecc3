package dev.broadsheet.maven;

import dev.broadsheet.BuildResult;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the site: fetches the sources, updates the store and writes the pages, as {@code broadsheet build}. */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class BuildMojo extends AbstractRenderingMojo {
  /** Use only the store and local files; fetch nothing over the network. */
  @Parameter(property = "broadsheet.offline", defaultValue = "false")
  boolean offline;

  /**
   * Fail the Maven build when more sources failed than {@code fetch.maxFailedSourcesPercent} allows,
   * or a pick or page has an error.
   */
  @Parameter(property = "broadsheet.failOnErrors", defaultValue = "false")
  boolean failOnErrors;

  @Override
  void run() throws MojoFailureException {
    BuildResult r = build(options -> toOutput(options).withOffline(!network(!offline)));
    if (failOnErrors && r.failsOnErrors()) {
      throw new MojoFailureException(r.failureReason());
    }
  }
}
