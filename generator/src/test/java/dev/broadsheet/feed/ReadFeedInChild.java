package dev.broadsheet.feed;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reads one feed file in a JVM of its own, for {@link LongFeedMemoryTest} to give a small heap:
 * {@code FILE MAXITEMS}. Prints what it read on one line: {@code entries=E offered=O articles=A
 * links=L1,L2,...} (the kept articles' links, newest first).
 */
final class ReadFeedInChild {
  private ReadFeedInChild() {}

  public static void main(String[] args) throws Exception {
    int maxItems = Integer.parseInt(args[1]);
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    FeedContext context = new FeedContext("application/rss+xml", null, null, ZoneOffset.UTC, 256L << 20,
        maxItems);
    ParsedFeed feed = new FeedReader().read(bytes, context);
    SourceConfig source = new SourceConfig("wire", "The Wire", "feeds/wire.xml", null, null, "World", List.of(), 1.0,
        maxItems, false, null, false, false);
    List<Article> articles = EntryMapper.toArticles(feed, source);
    StringBuilder links = new StringBuilder();
    for (Article a : articles) {
      links.append(links.isEmpty() ? "" : ",").append(a.url());
    }
    System.out.println("entries=" + feed.entries().size() + " offered=" + feed.offered() + " articles="
        + articles.size() + " links=" + links);
  }
}
