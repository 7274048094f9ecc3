package dev.broadsheet.picks;

import dev.broadsheet.base.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * A pick's {@code aliases} (Hugo's name; Jekyll's {@code redirect_from} too): the addresses the
 * picked article's page had on the site another tool made, each of which sends readers on to its
 * page here. Read as paths from the host's root; a whole URL gives its path. One that cannot be an
 * address of the site is warned of and left out: the pick is published all the same.
 */
final class PickAliases {
  private PickAliases() {}

  static List<String> read(List<String> written, String file, int line, List<Problem> warnings) {
    if (written == null) {
      return List.of();
    }
    List<String> paths = new ArrayList<>();
    for (String alias : written) {
      if (alias == null || alias.isBlank()) {
        continue;
      }
      String path = dev.broadsheet.base.EarlierAddresses.pathOf(alias.strip());
      if (path == null) {
        warnings.add(Problem.warningAt(file, line, "the alias '" + alias.strip() + "' is not an address of the site"
            + " (write its path from the site's root, such as /2025/03/04/pier-closes/); it is left out"));
      } else if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    return paths;
  }
}
