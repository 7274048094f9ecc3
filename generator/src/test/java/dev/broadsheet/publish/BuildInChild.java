package dev.broadsheet.publish;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildListener;
import dev.broadsheet.BuildOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A whole offline build in a JVM of its own, for {@link KilledBuildTest} to kill: {@code SITE
 * INSTANT [STAGE]}. With a stage name it halts as that stage starts, as {@code kill -9} would;
 * {@code -Dbroadsheet.publish.haltAfter=N} halts it inside publishing instead.
 */
final class BuildInChild {
  private BuildInChild() {}

  public static void main(String[] args) {
    String haltAt = args.length > 2 ? args[2] : null;
    BuildListener listener = new BuildListener() {
      @Override
      public void stage(String name) {
        if (name.equals(haltAt)) {
          Runtime.getRuntime().halt(HaltPoint.STATUS);
        }
      }
    };
    Broadsheet.build(BuildOptions.of(Path.of(args[0])).withOffline(true).withClock(Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC))
        .withListener(listener));
    System.exit(0);
  }
}
