package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.FeedAlias;
import dev.broadsheet.config.SiteConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Copies of the site's feeds at the addresses they had before the site moved ({@link FeedAlias}).
 * A host without redirect rules cannot send a feed reader on, and a reader polling its
 * subscription does not follow a redirect page: a copy of the very bytes keeps it receiving the
 * feed, whose items keep their ids, and whose own link names the new address.
 */
final class FeedCopies {
  private FeedCopies() {}

  /**
   * A copy of its feed for each of the config's aliases, from {@code files} (a feed kept as
   * published is read through {@code published}); an alias that cannot have one is left out and
   * said in {@code problems}.
   */
  static List<RenderedFile> of(SiteConfig config, Collection<RenderedFile> files, Function<String, byte[]> published,
      List<Problem> problems) {
    if (config.feedAliases().isEmpty()) {
      return List.of();
    }
    Redirects.Outputs taken = new Redirects.Outputs();
    Map<String, RenderedFile> byPath = new HashMap<>();
    for (RenderedFile f : files) {
      taken.add(f.path());
      byPath.put(f.path(), f);
    }
    // A feed with several old addresses is read once.
    Map<String, byte[]> feedBytes = new HashMap<>();
    List<RenderedFile> copies = new ArrayList<>();
    for (FeedAlias alias : config.feedAliases()) {
      String named = "feedAliases: " + alias.address() + " ";
      RenderedFile feed = byPath.get(alias.feed());
      if (feed == null) {
        problems.add(warning(alias, named + "names the feed " + alias.feed() + ", which this build does not publish;"
            + " it is left out"));
        continue;
      }
      // A folder's address is its index.html, which static hosts serve for it (as HTML: feed
      // readers go by the content).
      String file = Links.fileOf(alias.path());
      if (!taken.addIfFree(file)) {
        problems.add(warning(alias, named + "is the address of a file this site publishes (or of another alias);"
            + " it is left out"));
        continue;
      }
      byte[] bytes = feedBytes.computeIfAbsent(feed.path(),
          p -> feed.bytes() != null ? feed.bytes() : published.apply(p));
      if (bytes == null) {
        problems.add(warning(alias, named + "could not be given a copy of " + alias.feed() + ": the published file"
            + " could not be read; it is left out"));
      } else {
        copies.add(new RenderedFile(file, bytes));
      }
    }
    return copies;
  }

  private static Problem warning(FeedAlias alias, String message) {
    return Problem.warningAt(SiteConfig.FILE_NAME, alias.line(), message);
  }
}
