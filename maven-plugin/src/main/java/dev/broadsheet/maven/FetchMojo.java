package dev.broadsheet.maven;

import org.apache.maven.plugins.annotations.Mojo;

/** Updates the article store only: fetches the sources and article pages, renders nothing. */
@Mojo(name = "fetch", threadSafe = true)
public final class FetchMojo extends AbstractBroadsheetMojo {
  @Override
  void run() throws org.apache.maven.plugin.MojoFailureException {
    // Offline (mvn -o), the sources that are files of the site (saved feeds) are still read, as
    // `broadsheet build --fetch-only --offline` reads them; those on the web wait for an online run.
    boolean online = network(true);
    build(options -> options.withFetchOnly(true).withOffline(!online));
  }
}
