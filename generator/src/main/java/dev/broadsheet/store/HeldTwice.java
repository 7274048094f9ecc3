package dev.broadsheet.store;

import dev.broadsheet.base.Problem;
import java.nio.file.Path;
import java.util.List;

/**
 * An article the store's day files hold twice, the copies differing: what a merge that kept both
 * sides of a conflict leaves. The copy read last is kept; saving the store drops the other.
 */
final class HeldTwice {
  private HeldTwice() {}

  /** The warning for the article {@code before}, read earlier, that the {@code i}th day file holds again. */
  static Problem problem(List<Path> files, List<DayFileJson.Day> days, int i, Article before) {
    Path earlier = fileHolding(files, days, i, before);
    String held = earlier == null ? "holds article " + before.id() + " twice, the copies differing"
        : "holds article " + before.id() + ", which " + earlier + " holds too, differently";
    return Problem.warning(files.get(i).toString(), held + " (a merge that kept both sides?); the copy read last is"
        + " kept, and saving the store drops the other: take it back from git if it was the one to keep");
  }

  /** The day file (up to the {@code upTo}th) that holds this very copy of {@code article}; null when the {@code upTo}th. */
  private static Path fileHolding(List<Path> files, List<DayFileJson.Day> days, int upTo, Article article) {
    for (int d = 0; d < upTo; d++) {
      for (Article held : days.get(d).articles()) {
        if (held == article) {
          return files.get(d);
        }
      }
    }
    return null;
  }
}
