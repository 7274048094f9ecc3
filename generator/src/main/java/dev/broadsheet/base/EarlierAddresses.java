package dev.broadsheet.base;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Addresses a site had before it moved to Broadsheet (a pick's {@code aliases}, the config's
 * {@code feedAliases}): written as paths from the host's root, or as whole http(s) URLs of the old
 * site, whose path is what counts.
 */
public final class EarlierAddresses {
  private EarlierAddresses() {}

  /**
   * The path, beginning with '/' and with its percent escapes decoded, of an address written as a
   * path or an http(s) URL; null when it is neither, is the root, or climbs out of it.
   */
  public static String pathOf(String address) {
    String path = address;
    if (address.contains("://")) {
      try {
        URI uri = new URI(address);
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

  /**
   * An old address's path under the site's ({@code underSite}, without the site's path) as the
   * site's own addresses are written: one without a file ending is a folder's, as other tools
   * publish "pretty" addresses, and gains its slash ({@code 2025/x} is {@code 2025/x/}).
   */
  public static String asSitePath(String underSite) {
    String lastSegment = underSite.substring(underSite.lastIndexOf('/') + 1);
    return underSite.isEmpty() || underSite.endsWith("/") || lastSegment.contains(".") ? underSite : underSite + "/";
  }
}
