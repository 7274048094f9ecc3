package dev.broadsheet;

import dev.broadsheet.render.RenderCache;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
 * @param giveUpWaiting asked while the build waits for another build of the site: true ends the
 *     wait as if it had run out (a scheduled process asked to stop); never asked once the build began
 */
public record BuildOptions(Path siteDir, Path outputDir, boolean offline, Clock clock, boolean debug,
    boolean fetchOnly, BuildListener listener, RenderCache renderCache, Duration lockWait,
    BooleanSupplier giveUpWaiting) {
  /** Long enough for a scheduled build to finish; short enough that a stuck job still ends. */
  public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(10);

  public BuildOptions {
    Objects.requireNonNull(siteDir, "siteDir");
    Objects.requireNonNull(clock, "clock");
    listener = listener == null ? BuildListener.NONE : listener;
    lockWait = lockWait == null ? DEFAULT_LOCK_WAIT : lockWait;
    giveUpWaiting = giveUpWaiting == null ? () -> false : giveUpWaiting;
    if (lockWait.isNegative()) {
      throw new IllegalArgumentException("lockWait may not be negative: " + lockWait);
    }
  }

  /** Whether this is a preview's build ({@code serve}): one that keeps pages between builds of a session. */
  public boolean preview() {
    return renderCache != null;
  }

  /** A normal build: online, into the config's output folder, on the system clock. */
  public static BuildOptions of(Path siteDir) {
    return new BuildOptions(siteDir, null, false, Clock.systemUTC(), false, false, BuildListener.NONE, null,
        DEFAULT_LOCK_WAIT, null);
  }

  /** Where to write the site; null for the config's {@code output}. */
  public BuildOptions withOutput(Path value) { return edit(b -> b.outputDir = value); }

  /** Whether to use only the store and local files. */
  public BuildOptions withOffline(boolean value) { return edit(b -> b.offline = value); }

  /** The time source of the build. */
  public BuildOptions withClock(Clock value) { return edit(b -> b.clock = value); }

  /** Whether article pages show why their story ranked where it did. */
  public BuildOptions withDebug(boolean value) { return edit(b -> b.debug = value); }

  /** Whether to update the store only. */
  public BuildOptions withFetchOnly(boolean value) { return edit(b -> b.fetchOnly = value); }

  /** Who is told of stages and progress. */
  public BuildOptions withListener(BuildListener value) { return edit(b -> b.listener = value); }

  /** Pages kept from earlier builds of the same session. */
  public BuildOptions withRenderCache(RenderCache value) { return edit(b -> b.renderCache = value); }

  /** How long to wait for another build of the site. */
  public BuildOptions withLockWait(Duration value) { return edit(b -> b.lockWait = value); }

  /** What ends a wait for another build of the site early. */
  public BuildOptions withGiveUpWaiting(BooleanSupplier value) { return edit(b -> b.giveUpWaiting = value); }

  private BuildOptions edit(Consumer<Copy> change) {
    Copy copy = new Copy(this);
    change.accept(copy);
    return new BuildOptions(siteDir, copy.outputDir, copy.offline, copy.clock, copy.debug, copy.fetchOnly,
        copy.listener, copy.renderCache, copy.lockWait, copy.giveUpWaiting);
  }

  /** The options being changed by one {@code with} call: the record's components, writable. */
  private static final class Copy {
    Path outputDir;
    boolean offline;
    Clock clock;
    boolean debug;
    boolean fetchOnly;
    BuildListener listener;
    RenderCache renderCache;
    Duration lockWait;
    BooleanSupplier giveUpWaiting;

    Copy(BuildOptions o) {
      outputDir = o.outputDir;
      offline = o.offline;
      clock = o.clock;
      debug = o.debug;
      fetchOnly = o.fetchOnly;
      listener = o.listener;
      renderCache = o.renderCache;
      lockWait = o.lockWait;
      giveUpWaiting = o.giveUpWaiting;
    }
  }
}
