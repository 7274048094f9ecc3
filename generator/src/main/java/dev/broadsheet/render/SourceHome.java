package dev.broadsheet.render;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Story;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The outlet's own home page, for a source page's link to it: the root of the host most of its
 * own articles' links point to (not those it carries for other publishers, but for a syndicator,
 * which carries only those, several publishers' on its own host: the host of nine in ten of their links). Not the feed's host
 * first: feeds are often served from elsewhere (a feed service, a CDN, a feeds subdomain) than
 * the outlet's pages, and the store keeps no channel link of the feed. Without any article link,
 * the root of the feed's host when readers can reach it: not a saved feed (a file), nor a feed
 * read from the newsroom's own network (an address, localhost, a name without a dot or under
 * .local, .internal, .lan or .home.arpa), whose host a published page must not point readers to.
 */
final class SourceHome {
  private SourceHome() {}

  /** Each of {@code sources}' home, in order, read from its items in {@code bySource}: found side by side. */
  static List<String> of(List<SourceConfig> sources, Map<String, List<Story.Item>> bySource) {
    return sources.parallelStream().map(s -> of(s, bySource.getOrDefault(s.id(), List.of()))).toList();
  }

  /**
   * {@code https://host/} most of the source's own article links share (the first among equals), else the feed's; or
   * null. A link counts for its host whatever follows the host, a path a strict URI parser refuses included.
   */
  static String of(SourceConfig source, List<Story.Item> items) {
    // Counted by the link's text up to its path, and each such beginning read as a URI once: a
    // source's thousands of links share a handful, and parsing each link was a tenth of rendering.
    Map<String, Integer> byStart = new LinkedHashMap<>();
    Map<String, Integer> carried = new LinkedHashMap<>();
    Map<String, java.util.Set<String>> publishers = new java.util.HashMap<>();
    for (Story.Item item : items) {
      // A syndicator's or an aggregator's items name their own publishers: their hosts are not the
      // source's, nor are those of the articles filed under another source that this one carried too.
      if (item.article().url() == null || !source.id().equals(item.article().sourceId())) {
        continue;
      }
      String start = start(item.article().url());
      (item.article().via() != null ? carried : byStart).merge(start, 1, Integer::sum);
      if (item.article().via() != null) {
        publishers.computeIfAbsent(start, k -> new java.util.HashSet<>())
            .add(dev.broadsheet.base.Slugs.fold(String.valueOf(item.article().publisher())).strip());
      }
    }
    Map<String, Integer> counts = byRoot(byStart);
    if (counts.isEmpty()) {
      counts = syndicatorsHome(carried, publishers);
    }
    String home = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() > most) {
        home = e.getKey();
        most = e.getValue();
      }
    }
    return home != null ? home : publicRoot(source.url());
  }

  /** The counts of {@code byStart} by the root of their host. */
  private static Map<String, Integer> byRoot(Map<String, Integer> byStart) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    byStart.forEach((start, count) -> {
      String root = root(start);
      if (root != null) {
        counts.merge(root, count, Integer::sum);
      }
    });
    return counts;
  }

  /**
   * For a source that carries only others' articles: the host holding nine in ten of their links,
   * when it holds several publishers' articles. A syndicator carries them on its own pages; an
   * aggregator links each to its publisher, and one publisher's host is not the aggregator's.
   */
  private static Map<String, Integer> syndicatorsHome(Map<String, Integer> carried,
      Map<String, java.util.Set<String>> publishers) {
    Map<String, Integer> counts = byRoot(carried);
    Map<String, java.util.Set<String>> byRoot = new java.util.HashMap<>();
    publishers.forEach((start, names) -> {
      String root = root(start);
      if (root != null) {
        byRoot.computeIfAbsent(root, k -> new java.util.HashSet<>()).addAll(names);
      }
    });
    int all = carried.values().stream().mapToInt(Integer::intValue).sum();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() * 10 >= all * 9 && byRoot.getOrDefault(e.getKey(), java.util.Set.of()).size() >= 2) {
        return Map.of(e.getKey(), e.getValue());
      }
    }
    return Map.of();
  }

  /** The root of {@code url}'s host, when that host is a name on the public internet; else null. */
  private static String publicRoot(String url) {
    String root = root(url);
    if (root == null) {
      return null;
    }
    String host = URI.create(root).getHost();
    boolean address = host.startsWith("[") || host.contains(":") || host.matches("[0-9.]+");
    boolean local = !host.contains(".") || host.equals("localhost") || host.endsWith(".localhost")
        || host.endsWith(".local") || host.endsWith(".internal") || host.endsWith(".lan") || host.endsWith(".home.arpa");
    return address || local ? null : root;
  }

  /** {@code url} up to where its path, query or fragment begins: its scheme and authority. */
  static String start(String url) {
    int scheme = url.indexOf("://");
    int from = scheme < 0 ? 0 : scheme + 3;
    for (int i = from; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return url.substring(0, i);
      }
    }
    return url;
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
      return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/";
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
