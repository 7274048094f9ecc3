package dev.broadsheet;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

/**
 * Everything a build needs besides the site directory's own files. The CLI and the Maven plugin
 * both only fill this record in.
 *
 * @param siteDir the site directory (holding broadsheet.yaml)
 * @param outputDir where to write the site; null to use the config's {@code output}
 * @param offline use only the store and local files: no network
 * @param clock the time source; first-seen times come from it
 * @param debug show on each article page why its story ranked where it did
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean offline, Clock clock, boolean debug) {
  public BuildOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    Objects.requireNonNull(clock, "clock");
  }

  /** A normal build: online, into the config's output folder, on the system clock. */
  public BuildOptions(Path siteDir, Path outputDir, boolean offline, Clock clock) {
    this(siteDir, outputDir, offline, clock, false);
  }

  public static BuildOptions of(Path siteDir) {
    return new BuildOptions(siteDir, null, false, Clock.systemUTC(), false);
  }
}
