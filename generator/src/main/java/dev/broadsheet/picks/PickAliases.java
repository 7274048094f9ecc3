package dev.broadsheet.picks;

import dev.broadsheet.base.Problem;
import java.net.URI;
import java.net.URISyntaxException;
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
      String path = pathOf(alias.strip());
      if (path == null) {
        warnings.add(Problem.warningAt(file, line, "the alias '" + alias.strip() + "' is not an address of the site"
            + " (write its path from the site's root, such as /2025/03/04/pier-closes/); it is left out"));
      } else if (!paths.contains(path)) {
        paths.add(path);
      }
    }
    return paths;
  }

  /** The path, beginning with '/', of an address written as a path or an http(s) URL; null when it is neither, or climbs out. */
  private static String pathOf(String alias) {
    String path = alias;
    if (alias.contains("://")) {
      try {
        URI uri = new URI(alias);
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
          return null;
        }
        path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      } catch (URISyntaxException e) {
        return null;
      }
    }
    if (!path.startsWith("/")) {
      path = "/" + path;
    }
    path = path.split("[?#]", 2)[0];
    if (path.indexOf('%') >= 0) {
      // Written as a link holds it: the file is named by what the percent signs stand for.
      try {
        path = java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return null;
      }
    }
    if (path.equals("/") || path.contains("\\") || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return null;
    }
    return path;
  }

}
