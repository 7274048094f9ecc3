package dev.broadsheet.maven;

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

  @Override
  void run() throws MojoFailureException {
    build(options -> toOutput(options).withOffline(!network(!offline)));
  }
}
