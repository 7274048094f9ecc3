package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.time.Clock;
import org.apache.maven.plugins.annotations.Mojo;

/** Updates the article store only: fetches the sources and article pages, renders nothing. */
@Mojo(name = "fetch", threadSafe = true)
public final class FetchMojo extends AbstractBroadsheetMojo {
  @Override
  void run() {
    summarize(Broadsheet.build(new BuildOptions(siteDirectory.toPath(), null, false, Clock.systemUTC())
        .withFetchOnly(true)));
  }
}
