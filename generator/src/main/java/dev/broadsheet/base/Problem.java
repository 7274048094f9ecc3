package dev.broadsheet.base;

import java.util.Objects;

/**
 * One thing that went wrong with one input (a source, a pick, a page, a template), kept so that
 * the build can go on with the other inputs and report every failure at the end.
 *
 * @param file the file or URL at fault
 * @param line the line in {@code file}, or 0 when no line applies
 * @param message what went wrong and, where possible, what to do about it
 * @param severity whether the input was used anyway (a warning) or left out (an error)
 */
public record Problem(String file, int line, String message, Severity severity) {
  /** How bad a problem is: what {@code check}, {@code --fail-on-errors} and the Mojos decide on. */
  public enum Severity {
    /** The input could not be used: a source that failed, a pick that was skipped. */
    ERROR,
    /** The input was used, but something about it deserves attention. */
    WARNING
  }

  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
    if (line < 0) {
      throw new IllegalArgumentException("line " + line + " of " + file);
    }
  }

  /** An error about a whole file or URL. */
  public Problem(String file, String message) {
    this(file, 0, message, Severity.ERROR);
  }

  public static Problem at(String file, int line, String message) {
    return new Problem(file, Math.max(line, 0), message, Severity.ERROR);
  }

  public static Problem warning(String file, String message) {
    return new Problem(file, 0, message, Severity.WARNING);
  }

  public static Problem warningAt(String file, int line, String message) {
    return new Problem(file, Math.max(line, 0), message, Severity.WARNING);
  }

  /** The file and, when known, its line, as editors and CI logs link them: {@code picks/a.md:3}. */
  public String where() {
    return line > 0 ? file + ":" + line : file;
  }

  public boolean isWarning() {
    return severity == Severity.WARNING;
  }

  /**
   * The problem as a command prints it among others: an error said to be one, as a warning is
   * ("picks/a.md:3: error: …"), so that a reader told "1 error, 11 warnings" finds which line it is.
   */
  public String told() {
    return where() + ": " + (isWarning() ? "warning: " : "error: ") + message;
  }

  @Override
  public String toString() {
    return where() + ": " + (isWarning() ? "warning: " : "") + message;
  }
}
