package dev.broadsheet.base;

import java.util.Collection;
import java.util.Locale;

/** What a misspelt name was most likely meant to be, for "did you mean ...?" in messages. */
public final class Spelling {
  private Spelling() {}

  /**
   * The name of {@code known} closest to {@code written} (case ignored, then the fewest letters
   * added, removed or changed, a swap of two neighbours counting once), or null when none is within
   * {@code most} such edits; of equally close names the first in sorted order.
   */
  public static String closest(String written, Collection<String> known, int most) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : known.stream().sorted().toList()) {
      int d = distance(written.toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = name;
        bestDistance = d;
      }
    }
    return bestDistance <= most ? best : null;
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + change);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
