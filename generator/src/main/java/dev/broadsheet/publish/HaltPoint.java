package dev.broadsheet.publish;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the steps of one publish (a file placed, a folder renamed) so that a test can stop the
 * JVM after any one of them, as {@code kill -9} would, and prove that every such moment leaves a
 * whole site behind. Off unless the JVM runs with {@code -Dbroadsheet.publish.haltAfter=N};
 * nothing but the crash tests sets it.
 */
final class HaltPoint {
  static final String PROPERTY = "broadsheet.publish.haltAfter";
  /** The exit status a process killed by SIGKILL reports. */
  static final int STATUS = 137;

  private final long haltAfter;
  private final AtomicLong steps = new AtomicLong();

  private HaltPoint(long haltAfter) {
    this.haltAfter = haltAfter;
  }

  static HaltPoint fromSystemProperties() {
    return new HaltPoint(Long.getLong(PROPERTY, 0));
  }

  static HaltPoint never() {
    return new HaltPoint(0);
  }

  /** One more step is done; halts when it is the chosen one. */
  void step() {
    if (steps.incrementAndGet() == haltAfter) {
      // halt, not exit: no shutdown hook or finally block may tidy up, just as after a kill.
      Runtime.getRuntime().halt(STATUS);
    }
  }
}
