package dev.broadsheet.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** Updates the article store only: fetches the sources and article pages, renders nothing. */
@Mojo(name = "fetch", threadSafe = true)
public final class FetchMojo extends AbstractBroadsheetMojo {
  @Override
  void run() {
    build(options -> options.withFetchOnly(true).withOffline(!network(true)));
  }
}
