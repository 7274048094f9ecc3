package dev.broadsheet.config;

/**
 * A quoted value left open on its line. YAML lets a quoted value run on over lines, so a title
 * missing its closing quote swallows the lines below it up to the next quote, and the parser
 * stumbles only there, far below the mistake: the line that opened the quote is where to look.
 */
final class UnclosedQuote {
  /** Line breaks as YAML 1.1 (the parser) counts them. */
  private static final String BREAKS = "\r\n|[\r\n\u0085\u2028\u2029]";

  private UnclosedQuote() {}

  /**
   * The line (1-based) from {@code from} to before {@code to} of {@code yaml} whose value opens a
   * quote that runs on to line {@code to}, where the parser stopped; 0 when there is none. A value
   * quoted over several lines on purpose, which closes before that line, is not blamed.
   */
  static int lineIn(String yaml, int from, int to) {
    String[] lines = yaml.split(BREAKS, -1);
    for (int n = Math.min(to - 1, lines.length); n >= Math.max(1, from); n--) {
      int open = openingQuote(lines[n - 1]);
      if (open >= 0 && closingLine(lines, n, open) == to) {
        return n;
      }
    }
    return 0;
  }

  /** Whether the line's value (after "key: " or "- ") starts with a quote it does not close. */
  static boolean opensUnclosed(String line) {
    return openingQuote(line) >= 0;
  }

  /** Where the quote the line's value opens and does not close stands, or -1. */
  private static int openingQuote(String line) {
    int value = valueStart(line);
    if (value < 0 || value >= line.length() || line.charAt(value) != '"' && line.charAt(value) != '\'') {
      return -1;
    }
    return closeAfter(line, value + 1, line.charAt(value)) < 0 ? value : -1;
  }

  /** The line (1-based) on which the quote opened at {@code column} of line {@code n} closes, or 0. */
  private static int closingLine(String[] lines, int n, int column) {
    char quote = lines[n - 1].charAt(column);
    for (int k = n + 1; k <= lines.length; k++) {
      if (closeAfter(lines[k - 1], 0, quote) >= 0) {
        return k;
      }
    }
    return 0;
  }

  /** Where in {@code line}, from {@code from}, a {@code quote} closes (escapes and doubled single quotes skipped), or -1. */
  private static int closeAfter(String line, int from, char quote) {
    for (int i = from; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        // In single quotes a doubled quote is a quote character, not the end.
        if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
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
