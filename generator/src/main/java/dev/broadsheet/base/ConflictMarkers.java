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

  /**
   * The line (from 1) of the first conflict in {@code lines}: a {@code <<<<<<<} line, then a line of
   * only {@code =======}, then a {@code >>>>>>>} line, as git writes them; -1 when there is none.
   * Lines inside a Markdown code fence (``` or ~~~) are text a page shows, a conflict among them an
   * example: with {@code markdown}, they are passed over.
   */
  public static int firstLine(List<String> lines, boolean markdown) {
    String fence = null;
    int open = -1;
    boolean divided = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (markdown) {
        String stripped = line.stripLeading();
        if (fence == null && (stripped.startsWith("```") || stripped.startsWith("~~~"))) {
          fence = stripped.substring(0, 3);
          continue;
        } else if (fence != null) {
          if (stripped.startsWith(fence)) {
            fence = null;
          }
          continue;
        }
      }
      if (marks(line, '<')) {
        open = i;
        divided = false;
      } else if (open >= 0 && line.equals("=======")) {
        divided = true;
      } else if (open >= 0 && divided && marks(line, '>')) {
        return open + 1;
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
