package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.base.BroadsheetException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code broadsheet} command. Exit codes are a contract: 0 success, 1 the build failed, 2 a
 * usage error, 3 another build of the same site was running and did not finish within
 * {@code --wait} (nothing was changed). Only {@link #main} calls {@code System.exit}; tests call
 * {@link #run}.
 */
@Command(
    name = "broadsheet",
    mixinStandardHelpOptions = true,
    versionProvider = Main.VersionProvider.class,
    description = "Builds a static news digest site from feeds and editorial picks.",
    subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class, StoriesCommand.class,
        NewCommand.class, FeedCommand.class, ExtractCommand.class, CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  public static final int BUSY = 3;
  /** Published, but {@code --fail-on-errors} found more failed sources than allowed, or a pick or page error. */
  public static final int PUBLISHED_WITH_ERRORS = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    java.nio.charset.Charset charset = terminalCharset();
    System.exit(run(args, new PrintWriter(new java.io.OutputStreamWriter(System.out, charset), true),
        new PrintWriter(new java.io.OutputStreamWriter(System.err, charset), true)));
  }

  /**
   * What headlines are printed in: the console's own encoding where Java was told it (Windows),
   * else the locale's on a terminal, but UTF-8 where the locale's is ASCII (a container or CI job
   * without a locale, where Java 17 would print every accented or Cyrillic headline as question
   * marks) and where the output goes to a file or another program.
   */
  static java.nio.charset.Charset terminalCharset() {
    String console = System.getProperty("sun.stdout.encoding");
    try {
      if (console != null) {
        return java.nio.charset.Charset.forName(console);
      }
    } catch (IllegalArgumentException e) {
      // An encoding this Java does not know: the locale's, as below.
    }
    java.nio.charset.Charset locale = java.nio.charset.Charset.defaultCharset();
    // Written to a file or a pipe (stories --json > stories.json), text is UTF-8, as JSON must be.
    return System.console() == null || locale.equals(java.nio.charset.StandardCharsets.US_ASCII)
        ? java.nio.charset.StandardCharsets.UTF_8 : locale;
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      String disk = dev.broadsheet.base.IoFailures.explain(e);
      if (disk != null) {
        // A full disk or a folder that cannot be written is the machine's state, not a bug: said in plain words.
        err.println("broadsheet: " + disk);
        return FAILED;
      }
      err.println("broadsheet: unexpected error: " + e);
      e.printStackTrace(err);
      return FAILED;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A command that the core refused: every problem on the error stream, and the failure exit code. */
  static int failed(CommandLine.Model.CommandSpec spec, BroadsheetException e) {
    e.problems().forEach(p -> spec.commandLine().getErr().println("broadsheet: " + p.told()));
    return FAILED;
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("broadsheet: name a command, for example: broadsheet build SITE_DIR");
    spec.commandLine().usage(err);
    return USAGE;
  }

  /** Reads the version stamped into the jar. */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"broadsheet " + Broadsheet.versionInFull()};
    }
  }
}
