package dev.broadsheet.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** Updates the article store only: fetches the sources and article pages, renders nothing. */
@Mojo(name = "fetch", threadSafe = true)
public final class FetchMojo extends AbstractBroadsheetMojo {
  @Override
  void run() {
    // Offline, a fetch would fetch nothing and only record that it tried.
    if (network(true)) {
      build(options -> options.withFetchOnly(true));
    }
  }
}
