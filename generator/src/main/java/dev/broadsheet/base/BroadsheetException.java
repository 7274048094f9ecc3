package dev.broadsheet.base;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A failure that stops a build before anything is written: a broken config, a template that does
 * not render. Carries every problem found, so the user can fix them all in one go.
 */
public class BroadsheetException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Problem> problems;

  public BroadsheetException(List<Problem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public BroadsheetException(Problem problem) {
    this(List.of(problem));
  }

  public BroadsheetException(Problem problem, Throwable cause) {
    super(summary(List.of(problem)), cause);
    this.problems = List.of(problem);
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String summary(List<Problem> problems) {
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }
}
