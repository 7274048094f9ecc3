package dev.broadsheet.base;

import java.util.Objects;

/**
 * One thing that went wrong with one input (a source, a pick, a page, a template), kept so that
 * the build can go on with the other inputs and report every failure at the end.
 *
 * @param where the file or URL at fault, with {@code :line} when a line is known
 * @param message what went wrong and, where possible, what to do about it
 * @param severity whether the input was used anyway (a warning) or left out (an error)
 */
public record Problem(String where, String message, Severity severity) {
  /** How bad a problem is: what {@code check}, {@code --fail-on-errors} and the Mojos decide on. */
  public enum Severity {
    /** The input could not be used: a source that failed, a pick that was skipped. */
    ERROR,
    /** The input was used, but something about it deserves attention. */
    WARNING
  }

  public Problem {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** An error. */
  public Problem(String where, String message) {
    this(where, message, Severity.ERROR);
  }

  public static Problem at(String file, int line, String message) {
    return new Problem(line > 0 ? file + ":" + line : file, message);
  }

  public static Problem warning(String where, String message) {
    return new Problem(where, message, Severity.WARNING);
  }

  public static Problem warningAt(String file, int line, String message) {
    return warning(line > 0 ? file + ":" + line : file, message);
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  @Override
  public String toString() {
    return where + ": " + (isWarning() ? "warning: " : "") + message;
  }
}
