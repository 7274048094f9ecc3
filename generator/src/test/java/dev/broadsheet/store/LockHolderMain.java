package dev.broadsheet.store;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Run by {@link SiteLockTest} in a child JVM: {@code DATA_DIR} takes the site lock and holds it
 * until stdin closes (or the process is killed); {@code --sleep} only prints its readiness and
 * sleeps, a live process that holds nothing.
 */
public final class LockHolderMain {
  private LockHolderMain() {}

  public static void main(String[] args) throws Exception {
    if (args[0].equals("--sleep")) {
      System.out.println("ready");
      System.out.flush();
      Thread.sleep(120_000);
      return;
    }
    try (SiteLock lock = SiteLock.acquire(Path.of(args[0]), Duration.ZERO, Clock.systemUTC(), holder -> { })) {
      System.out.println("held");
      System.out.flush();
      while (System.in.read() != -1) {
        // Held until the test closes our stdin.
      }
    }
  }
}
