package dev.broadsheet.config;

/**
 * A quoted value left open on its line. YAML lets a quoted value run on over lines, so a title
 * missing its closing quote swallows the lines below it up to the next quote, and the parser
 * stumbles only there, far below the mistake: the line that opened the quote is where to look.
 */
final class UnclosedQuote {
  private UnclosedQuote() {}

  /**
   * The first line (1-based) from {@code from} to before {@code to} of {@code yaml} whose value
   * opens a quote the line does not close, or 0 when there is none.
   */
  static int lineIn(String yaml, int from, int to) {
    String[] lines = yaml.split("\r\n|\r|\n", -1);
    for (int n = Math.max(1, from); n < to && n <= lines.length; n++) {
      if (opensUnclosed(lines[n - 1])) {
        return n;
      }
    }
    return 0;
  }

  /** Whether the line's value (after "key: " or "- ") starts with a quote it does not close. */
  static boolean opensUnclosed(String line) {
    int value = valueStart(line);
    if (value < 0 || value >= line.length()) {
      return false;
    }
    char quote = line.charAt(value);
    if (quote != '"' && quote != '\'') {
      return false;
    }
    for (int i = value + 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        // In single quotes a doubled quote is a quote character, not the end.
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return false;
        }
      }
    }
    return true;
  }

  /** Where the line's value starts: after the first ": " of a key, or after "- " of a list item; -1 for none. */
  private static int valueStart(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) == ' ') {
      i++;
    }
    while (line.startsWith("- ", i)) {
      i += 2;
      while (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
    }
    if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
      // A list item's quoted value, or a quoted key: a key's own closing quote comes before its colon.
      return i;
    }
    int colon = line.indexOf(": ", i);
    if (colon < 0 || line.indexOf('#', i) >= 0 && line.indexOf('#', i) < colon) {
      return -1;
    }
    int v = colon + 2;
    while (v < line.length() && line.charAt(v) == ' ') {
      v++;
    }
    return v;
  }
}
