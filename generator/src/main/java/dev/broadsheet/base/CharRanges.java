package dev.broadsheet.base;

/**
 * Where a string first holds a character of a range, found over copied chunks: every summary and
 * body of every feed passes through several such scans, and under the quick (C1) compiler the CLI
 * runs with, a loop over an array is several times faster than one of {@code charAt} calls.
 */
public final class CharRanges {
  private CharRanges() {}

  /** The index of the first character of {@code text} from {@code low} to {@code high}, or -1. */
  public static int first(String text, char low, char high) {
    int n = text.length();
    int span = high - low;
    char[] chunk = new char[Math.min(n, 4096)];
    for (int start = 0; start < n; start += chunk.length) {
      int length = Math.min(chunk.length, n - start);
      text.getChars(start, start + length, chunk, 0);
      for (int k = 0; k < length; k++) {
        if ((char) (chunk[k] - low) <= span) {
          return start + k;
        }
      }
    }
    return -1;
  }
}
