package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BroadsheetException;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import dev.broadsheet.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet build}: maps its options onto {@link BuildOptions} and prints the summary. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Fetches the sources, updates the store and writes the site.")
final class BuildCommand implements Callable<Integer> {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
      description = "The site directory, holding broadsheet.yaml (default: the current directory).")
  Path siteDir;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = "Write the site here instead of the config's output folder.")
  Path output;

  @Option(names = "--offline", description = "Use only the store and local files; fetch nothing over the network.")
  boolean offline;

  @Option(names = "--debug", description = "Show on each article page why its story ranked where it did.")
  boolean debug;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    BuildOptions options = new BuildOptions(siteDir, output, offline, Clock.systemUTC(), debug);
    try {
      BuildResult result = Broadsheet.build(options);
      Summary.print(result, out, err);
      return Main.OK;
    } catch (BroadsheetException e) {
      err.println("broadsheet: the build failed; nothing was published.");
      for (Problem p : e.problems()) {
        err.println("  " + p);
      }
      return Main.FAILED;
    }
  }
}
