package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import org.apache.maven.plugins.annotations.Mojo;

/** Updates the article store only: fetches the sources and article pages, renders nothing. */
@Mojo(name = "fetch", threadSafe = true)
public final class FetchMojo extends AbstractBroadsheetMojo {
  @Override
  void run() {
    summarize(Broadsheet.build(BuildOptions.of(siteDirectory.toPath())
        .withFetchOnly(true)));
  }
}
