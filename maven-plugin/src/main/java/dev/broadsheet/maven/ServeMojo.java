package dev.broadsheet.maven;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.publish.PreviewServer;
import java.io.IOException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the site, serves it locally, rebuilds when it changes and reloads open pages. Stop with Ctrl+C. */
@Mojo(name = "serve", threadSafe = true)
public final class ServeMojo extends AbstractRenderingMojo {
  /** The port to listen on (0: any free port). */
  @Parameter(property = "broadsheet.port", defaultValue = "8080")
  int port;

  /** The address to listen on; by default this machine only. */
  @Parameter(property = "broadsheet.bind", defaultValue = "127.0.0.1")
  String bind;

  /** Fetch the sources on each rebuild (default: use the store only). */
  @Parameter(property = "broadsheet.online", defaultValue = "false")
  boolean online;

  /** Stop after this many seconds (0: run until stopped); for scripted smoke tests. */
  @Parameter(property = "broadsheet.serveSeconds", defaultValue = "0")
  int serveSeconds;

  @Override
  void run() throws MojoFailureException {
    try (PreviewServer server = Broadsheet.serve(siteDirectory.toPath(),
        outputDirectory == null ? null : outputDirectory.toPath(), bind, port, network(online), getLog()::info, this::log)) {
      getLog().info("Serving " + siteDirectory + " at http://" + bind + ":" + server.port() + server.basePath());
      if (serveSeconds > 0) {
        Thread.sleep(serveSeconds * 1000L);
      } else {
        new java.util.concurrent.CountDownLatch(1).await();
      }
      getLog().info("Stopped serving.");
    } catch (IOException e) {
      throw new MojoFailureException("cannot serve " + siteDirectory + " on " + bind + ":" + port + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
