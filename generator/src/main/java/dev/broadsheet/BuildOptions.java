package dev.broadsheet;

import dev.broadsheet.render.RenderCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a build needs besides the site directory's own files. The CLI and the Maven plugin
 * both only fill this in: start from {@link #of(Path)} and change what differs.
 *
 * @param siteDir the site directory (holding broadsheet.yaml)
 * @param outputDir where to write the site; null to use the config's {@code output}
 * @param offline use only the store and local files: no network
 * @param clock the time source; first-seen times come from it
 * @param debug show on each article page why its story ranked where it did
 * @param fetchOnly update the store and stop: render and publish nothing
 * @param listener told of stages and progress
 * @param renderCache pages kept from earlier builds of the same session (a preview), or null
 * @param lockWait how long to wait for another build of the same site to finish before giving up
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean offline, Clock clock, boolean debug,
    boolean fetchOnly, BuildListener listener, RenderCache renderCache, Duration lockWait) {
  /** Long enough for a scheduled build to finish; short enough that a stuck job still ends. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

  public BuildOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(lockWait, "lockWait");
    if (lockWait.isNegative()) {
      throw new IllegalArgumentException("lockWait may not be negative: " + lockWait);
    }
  }

  /** A normal build: online, into the config's output folder, on the system clock. */
  public static BuildOptions of(Path siteDir) {
    return new BuildOptions(siteDir, null, false, Clock.systemUTC(), false, false, BuildListener.NONE, null,
        DEFAULT_LOCK_WAIT);
  }

  public BuildOptions withOutput(Path value) {
    return new BuildOptions(siteDir, value, offline, clock, debug, fetchOnly, listener, renderCache, lockWait);
  }

  public BuildOptions withOffline(boolean value) {
    return new BuildOptions(siteDir, outputDir, value, clock, debug, fetchOnly, listener, renderCache, lockWait);
  }

  public BuildOptions withClock(Clock value) {
    return new BuildOptions(siteDir, outputDir, offline, value, debug, fetchOnly, listener, renderCache, lockWait);
  }

  public BuildOptions withDebug(boolean value) {
    return new BuildOptions(siteDir, outputDir, offline, clock, value, fetchOnly, listener, renderCache, lockWait);
  }

  public BuildOptions withFetchOnly(boolean value) {
    return new BuildOptions(siteDir, outputDir, offline, clock, debug, value, listener, renderCache, lockWait);
  }

  public BuildOptions withListener(BuildListener value) {
    return new BuildOptions(siteDir, outputDir, offline, clock, debug, fetchOnly, value, renderCache, lockWait);
  }

  public BuildOptions withRenderCache(RenderCache value) {
    return new BuildOptions(siteDir, outputDir, offline, clock, debug, fetchOnly, listener, value, lockWait);
  }

  public BuildOptions withLockWait(Duration value) {
    return new BuildOptions(siteDir, outputDir, offline, clock, debug, fetchOnly, listener, renderCache, value);
  }
}
