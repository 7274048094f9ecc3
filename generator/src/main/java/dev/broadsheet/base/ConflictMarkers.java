package dev.broadsheet.base;

import java.util.List;

/**
 * The lines git leaves in a file whose merge conflicted ({@code <<<<<<< ours}, {@code =======},
 * {@code >>>>>>> theirs}). Left in a pick, a page or the config, they would be published as text
 * (the {@code =======} line even turns the paragraph above it into a heading) or be reported as a
 * syntax error that does not say what happened.
 */
public final class ConflictMarkers {
  private ConflictMarkers() {}

  /** The line (from 1) of the first conflict that opens and closes in {@code lines}, or -1 when there is none. */
  public static int firstLine(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (marks(lines.get(i), '<')) {
        for (int j = i + 1; j < lines.size(); j++) {
          if (marks(lines.get(j), '>')) {
            return i + 1;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** What to tell whoever must resolve the conflict in {@code file}. */
  public static String advice(String file) {
    return "it holds git's conflict markers (<<<<<<<, =======, >>>>>>>) from a merge: keep one side of each"
        + " conflict and delete the markers, or take one side's whole file (git checkout --ours " + file
        + ", or --theirs), then git add it";
  }

  private static boolean marks(String line, char c) {
    if (line.length() < 7) {
      return false;
    }
    for (int k = 0; k < 7; k++) {
      if (line.charAt(k) != c) {
        return false;
      }
    }
    return line.length() == 7 || line.charAt(7) == ' ';
  }
}
