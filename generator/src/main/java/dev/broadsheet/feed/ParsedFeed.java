package dev.broadsheet.feed;

import dev.broadsheet.base.XmlText;
import java.util.List;

/**
 * What was read from one feed document.
 *
 * @param format a readable name such as {@code RSS 2.0} or {@code Atom 1.0}
 * @param charset the charset the document was read in
 * @param title the feed's title
 * @param link the feed's home page, if given
 * @param entries the items, in document order
 * @param warnings things that were odd but did not stop the reading
 * @param offered how many items the document holds: more than {@code entries} when only the
 *     newest were built ({@link FeedContext#maxItems()})
 * @param complete false when the document was cut off and only the items before the break were
 *     read: what the server said of it (its ETag) is not what was read
 */
public record ParsedFeed(String format, String charset, String title, String link, List<FeedEntry> entries,
    List<String> warnings, int offered, boolean complete) {
  /** A whole document, of which the first {@code entries} of {@code offered} items were read. */
  public ParsedFeed(String format, String charset, String title, String link, List<FeedEntry> entries,
      List<String> warnings, int offered) {
    this(format, charset, title, link, entries, warnings, offered, true);
  }

  /** A feed whose every item was read. */
  public ParsedFeed(String format, String charset, String title, String link, List<FeedEntry> entries,
      List<String> warnings) {
    this(format, charset, title, link, entries, warnings, entries.size());
  }

  public ParsedFeed {
    title = XmlText.clean(title);
    link = XmlText.clean(link);
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }
}
