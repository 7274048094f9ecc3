package dev.broadsheet.config;

import dev.broadsheet.base.EarlierAddresses;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * An address a feed had before the site moved ({@code feedAliases}: Hugo's {@code /index.xml},
 * WordPress's {@code /feed/}), where the site publishes a copy of one of its own feeds so that
 * readers subscribed there keep receiving it.
 *
 * @param address the old address's path from the host's root, decoded ("/index.xml", "/feed/")
 * @param path the old address under the site's, as the site's addresses are written ("index.xml", "feed/"; a
 *     folder's is published as its index.html, which static hosts serve for it)
 * @param feed the feed copied there, by its path in the output folder ("feed.xml", "sections/world/atom.xml")
 * @param line the line of broadsheet.yaml it is written on
 */
public record FeedAlias(String address, String path, String feed, int line) {
  /** The names of the files a feed of the site is published as. */
  private static final List<String> FEED_FILES = List.of("feed.xml", "atom.xml", "feed.json");

  /**
   * The aliases {@code written} (old address to feed) of a site published under {@code baseUrl},
   * in the order written; each one that is no address under the site's, or names no feed, is
   * told to {@code problem} (a JSON pointer and a message).
   */
  static List<FeedAlias> read(Map<String, String> written, URI baseUrl, YamlLines lines,
      BiConsumer<String, String> problem) {
    List<FeedAlias> aliases = new ArrayList<>();
    if (written == null) {
      return aliases;
    }
    String rawBase = baseUrl.getRawPath() == null || baseUrl.getRawPath().isEmpty() ? "/" : baseUrl.getRawPath();
    // Old addresses are compared decoded, as files are named.
    String base = URLDecoder.decode(rawBase.replace("+", "%2B"), StandardCharsets.UTF_8);
    written.forEach((address, feed) -> {
      String pointer = "/feedAliases/" + address.replace("~", "~0").replace("/", "~1");
      String path = EarlierAddresses.pathOf(address.strip());
      String target = feed == null ? "" : feed.strip();
      String underSite = path == null || !path.startsWith(base) ? null
          : EarlierAddresses.asSitePath(path.substring(base.length()));
      String named = "feedAliases: " + address;
      if (address.contains("?")) {
        problem.accept(pointer, named + " has a query, which a static host does not tell apart (it serves the same"
            + " file for every query); send it on with the host's redirect rules instead");
      } else if (path == null) {
        problem.accept(pointer, "feedAliases: '" + address + "' is not an address of the old site; write its path"
            + " from the host's root, such as /index.xml or /feed/");
      } else if (underSite == null) {
        problem.accept(pointer, named + " is not under the site's address (" + base + "): no file there is this"
            + " site's to publish");
      } else if (!isFeed(target)) {
        problem.accept(pointer, named + " names '" + target + "', which is not a feed of this site; name one by its"
            + " path in the output folder, such as feed.xml, atom.xml, feed.json or sections/world/feed.xml");
      } else if (underSite.isEmpty() || underSite.equals("index.html") || underSite.equals(target)) {
        problem.accept(pointer, named + " is the address of " + (underSite.equals(target) ? "that feed itself"
            : "the site's front page") + "; remove it");
      } else {
        aliases.add(new FeedAlias(path, underSite, target, lines.lineOf(pointer)));
      }
    });
    return List.copyOf(aliases);
  }

  private static boolean isFeed(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("//")) {
      return false;
    }
    for (String segment : path.split("/")) {
      if (segment.equals("..") || segment.equals(".")) {
        return false;
      }
    }
    return FEED_FILES.contains(path.substring(path.lastIndexOf('/') + 1));
  }
}
