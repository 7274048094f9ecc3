package dev.broadsheet.publish;

import dev.broadsheet.base.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;

/**
 * Addresses that cannot all be published: one names a file where another needs a folder of that
 * name (a file {@code static/contact} beside the page {@code contact/index.html}, a folder
 * {@code static/sitemap.xml/} beside the sitemap). A file system holds one or the other, and
 * laying the site out failed with "already exists", which named neither.
 */
final class OutputClashes {
  private OutputClashes() {}

  /**
   * A problem for each path of {@code paths} that another is inside of, named by the file of the
   * static folder that takes part when one does ({@code fromStaticFolder}); none in the usual case.
   */
  static List<Problem> of(NavigableSet<String> paths, Set<String> fromStaticFolder) {
    List<Problem> problems = new ArrayList<>();
    for (String path : paths) {
      String inside = paths.ceiling(path + "/");
      if (inside == null || !inside.startsWith(path + "/")) {
        continue;
      }
      boolean file = fromStaticFolder.contains(path);
      boolean folder = fromStaticFolder.contains(inside);
      String where = file ? "static/" + path : folder ? "static/" + inside : path;
      problems.add(new Problem(where, "'" + path + "'" + (file ? " (a file of the static folder)" : "")
          + " would be a file and, for '" + inside + "'" + (folder ? " (in a folder of the static folder)" : "")
          + ", a folder: the site cannot publish both; " + (file || folder
          ? "rename the static file or folder (the site publishes the other)"
          : "check the permalinks, which give two pages these addresses")));
    }
    return problems;
  }
}
