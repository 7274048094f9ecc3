package dev.broadsheet.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/** The {@code SITE_DIR} parameter of every command that works on one site. */
final class SiteDirectory {
  @Parameters(index = "0", arity = "0..1", paramLabel = "SITE_DIR", defaultValue = ".",
      description = "The site directory, holding broadsheet.yaml (default: the current directory).")
  Path path;
}
