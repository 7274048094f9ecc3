package dev.broadsheet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code SITE_DIR} parameter of every command that works on one site. */
final class SiteDirectory {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
      description = "The site directory, holding broadsheet.yaml (default: the current directory).")
  Path path;

  /**
   * Null when {@code path} holds a site config; else says so and gives the usage exit code: a
   * command pointed at a folder that is no site is a mistake in the command, not a failed build.
   */
  Integer refuseNonSite(picocli.CommandLine.Model.CommandSpec spec) {
    if (java.nio.file.Files.isRegularFile(path.resolve(dev.broadsheet.config.SiteConfig.FILE_NAME))) {
      return null;
    }
    spec.commandLine().getErr().println("broadsheet: " + path + " is not a site folder: it has no "
        + dev.broadsheet.config.SiteConfig.FILE_NAME + " (make one with: broadsheet init " + path + ")");
    return Main.USAGE;
  }
}
