package dev.broadsheet.render;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Story;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The outlet's own home page, for a source page's link to it. The store keeps no channel link
 * of the feed, so it is the root of the feed's host; a saved feed (a file) has no host, and
 * then its articles' links name the outlet.
 */
final class SourceHome {
  private SourceHome() {}

  /** {@code https://host/} of the source, or of its first article with a link; null when neither has one. */
  static String of(SourceConfig source, List<Story.Item> items) {
    String home = root(source.url());
    for (int i = 0; home == null && i < items.size(); i++) {
      home = root(items.get(i).article().url());
    }
    return home;
  }

  private static String root(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
        return null;
      }
      // Host and port only: a feed URL may carry a user and password that must not reach the page.
      return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/";
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
