package dev.broadsheet.cli;

import dev.broadsheet.BuildListener;
import java.io.PrintWriter;

/**
 * Build progress: on a terminal, one line that updates in place ("fetch 12/40"); elsewhere (CI
 * logs), a plain line per stage, and per quarter of a long stage.
 */
final class ProgressPrinter implements BuildListener {
  private final PrintWriter out;
  private final boolean terminal;
  private int lastQuarter = -1;
  /**
   * The most done so far in this stage: sources finish on many threads, and a thread may report
   * its count after another reported a larger one; the count shown never goes back.
   */
  private int mostDone = -1;
  private String mostDoneStage = "";

  ProgressPrinter(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void stage(String name) {
    lastQuarter = -1;
    mostDone = -1;
    if (terminal) {
      out.print("\r\033[K" + name + "…");
    } else {
      out.println("[broadsheet] " + name);
    }
    out.flush();
  }

  @Override
  public synchronized void progress(String stage, int done, int total) {
    if (stage.equals(mostDoneStage) && done <= mostDone) {
      return;
    }
    mostDoneStage = stage;
    mostDone = done;
    if (terminal) {
      out.print("\r\033[K" + stage + " " + done + "/" + total);
      if (done == total) {
        out.print("\r\033[K");
      }
    } else {
      int quarter = total == 0 ? 4 : done * 4 / total;
      if (quarter != lastQuarter && total >= 8) {
        out.println("[broadsheet] " + stage + " " + done + "/" + total);
        lastQuarter = quarter;
      }
    }
    out.flush();
  }
}
