package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.FolderNotEmptyException;
import dev.broadsheet.base.BroadsheetException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet init DIR}: a new site that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
    description = "Creates a new site: config with every option, example sources, pick and page, CI workflow.")
final class InitCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "The folder to create the site in.")
  Path dir;

  @Option(names = "--force", description = "Write the example files into a folder that is not empty; a file already there is kept.")
  boolean force;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /**
   * How to run this same Broadsheet again, as the user can paste it: the jar it runs from, by its
   * absolute path, or the {@code broadsheet} command when it does not run from a jar.
   */
  static String launcher() {
    try {
      Path from = Path.of(InitCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (from.getFileName() != null && from.getFileName().toString().endsWith(".jar")) {
        return "java -jar " + quoted(from.toAbsolutePath().toString());
      }
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      // Fall through: no jar to name.
    }
    return "broadsheet";
  }

  private static String quoted(String arg) {
    return arg.matches("[A-Za-z0-9_./:@%+=-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }

  @Override
  public Integer call() {
    try {
      Broadsheet.Created created = Broadsheet.init(dir, force);
      created.written().forEach(f -> spec.commandLine().getOut().println("created " + f));
      created.kept().forEach(f -> spec.commandLine().getOut().println("kept " + f + " (it was there already)"));
      spec.commandLine().getOut().println("Next: " + launcher() + " serve " + quoted(dir.toString()));
      return Main.OK;
    } catch (FolderNotEmptyException e) {
      Main.failed(spec, e);
      return Main.USAGE;
    } catch (BroadsheetException e) {
      return Main.failed(spec, e);
    }
  }
}
