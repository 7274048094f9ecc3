package dev.broadsheet.cli;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.base.BroadsheetException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet new pick URL}: writes a pick file with its front matter filled in. */
@Command(name = "new", mixinStandardHelpOptions = true, description = "Creates new content.",
    subcommands = {NewCommand.Pick.class})
final class NewCommand {
  @Command(name = "pick", mixinStandardHelpOptions = true,
      description = "Writes picks/<date>-<slug>.md for URL, filled from the stored article or its page.")
  static final class Pick implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "URL", description = "The article to pick.")
    String url;

    @Parameters(index = "1", arity = "0..1", paramLabel = "SITE_DIR",
        description = "The site directory, as every other command takes it (default: the current directory).")
    Path siteGiven;

    @Option(names = {"-s", "--site"}, paramLabel = "SITE_DIR",
        description = "The site directory, named as an option (the same as SITE_DIR).")
    Path siteDir;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = IsoDay.class,
        description = "The edition to pick it for (default: the article's date, or today when it has none).")
    LocalDate date;

    @Option(names = "--offline", description = "Do not fetch the page; use the store only.")
    boolean offline;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      if (siteGiven != null && siteDir != null
          && !siteGiven.toAbsolutePath().normalize().equals(siteDir.toAbsolutePath().normalize())) {
        spec.commandLine().getErr().println("broadsheet: two site folders given, " + siteGiven + " and " + siteDir
            + "; give one");
        return Main.USAGE;
      }
      SiteDirectory site = new SiteDirectory();
      site.path = siteGiven != null ? siteGiven : siteDir != null ? siteDir : Path.of(".");
      Integer notASite = site.refuseNonSite(spec);
      if (notASite != null) {
        return notASite;
      }
      try {
        dev.broadsheet.PickFile pick = Broadsheet.newPick(site.path, url, date, offline, Clock.systemUTC());
        out.println("wrote " + pick.file() + "; add your note below its front matter");
        pick.missing().forEach(m -> out.println("  fill in " + m));
        return Main.OK;
      } catch (BroadsheetException e) {
        return Main.failed(spec, e);
      }
    }
  }

  /** A day as the option's label writes it; anything else is said to be wrong in those words. */
  static final class IsoDay implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (java.time.format.DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a day: write it YYYY-MM-DD, such as "
            + "2026-12-06");
      }
    }
  }
}
