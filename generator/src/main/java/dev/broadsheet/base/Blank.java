package dev.broadsheet.base;

/** Text that may be missing or blank, as inputs (YAML, front matter, meta tags) give it. */
public final class Blank {
  private Blank() {}

  /** {@code s} stripped, or null when it is missing or only white space: a blank value says nothing. */
  public static String toNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
