package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.publish.PreviewServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code broadsheet serve}: builds, serves on 127.0.0.1, rebuilds on change, reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Builds the site, serves it locally, rebuilds when you edit it and reloads the browser.")
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Mixin SiteDirectory site;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
      description = "Port to listen on (default: 8080; 0 for any free port).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; this machine only).")
  String bind;

  @Option(names = "--online", description = "Fetch the sources on each rebuild (default: use the store only).")
  boolean online;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write the preview here instead of the config's output folder (which may be the published one).")
  Path output;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Integer notASite = site.refuseNonSite(spec);
    if (notASite != null) {
      return notASite;
    }
    PrintWriter out = spec.commandLine().getOut();
    try (PreviewServer server = Broadsheet.serve(site.path, output, bind, port, online, line -> {
      out.println(line);
      out.flush();
    }, problem -> {
      out.println(problem.told());
      out.flush();
    })) {
      // The folder in full: "Serving ." says nothing when run in it.
      out.println("Serving " + site.path.toAbsolutePath().normalize() + " at http://" + bind + ":" + server.port()
          + server.basePath()
          + " (Ctrl+C to stop)");
      out.flush();
      new CountDownLatch(1).await();
      return Main.OK;
    } catch (java.net.BindException e) {
      spec.commandLine().getErr().println("broadsheet: port " + port + " on " + bind + " is already in use"
          + " (another serve?); stop it or choose another port with --port");
      return Main.USAGE;
    } catch (BroadsheetException e) {
      return Main.failed(spec, e);
    }
  }
}
