package dev.broadsheet.maven;

import dev.broadsheet.BuildOptions;
import java.io.File;
import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that write the site share: where to write it. */
abstract class AbstractRenderingMojo extends AbstractBroadsheetMojo {
  /** Where to write the site; by default the {@code output} folder named in the site config. */
  @Parameter(property = "broadsheet.outputDirectory")
  File outputDirectory;

  /** {@code options} writing to {@link #outputDirectory}, when one is set. */
  BuildOptions toOutput(BuildOptions options) {
    return options.withOutput(outputDirectory == null ? null : outputDirectory.toPath());
  }
}
