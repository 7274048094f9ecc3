package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.io.File;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the site offline, from the store and local files only. */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class RenderMojo extends AbstractBroadsheetMojo {
  /** Where to write the site; by default the {@code output} folder named in the site config. */
  @Parameter(property = "broadsheet.outputDirectory")
  File outputDirectory;

  @Override
  void run() {
    summarize(Broadsheet.build(BuildOptions.of(siteDirectory.toPath())
        .withOutput(outputDirectory == null ? null : outputDirectory.toPath()).withOffline(true)));
  }
}
