package dev.broadsheet;

import java.util.Objects;

/**
 * One thing that went wrong with one input (a source, a pick, a page, a template), kept so that
 * the build can go on with the other inputs and report every failure at the end.
 *
 * @param where the file or URL at fault, with {@code :line} when a line is known
 * @param message what went wrong and, where possible, what to do about it
 */
public record Problem(String where, String message) {
  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
  }

  public static Problem at(String file, int line, String message) {
    return new Problem(line > 0 ? file + ":" + line : file, message);
  }

  @Override
  public String toString() {
    return where + ": " + message;
  }
}
