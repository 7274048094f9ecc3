package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** Reading with a source's maxItems builds only the newest items, and keeps what reading everything would. */
class ItemWindowTest {
  private static final Instant NEWEST = Instant.parse("2026-11-25T06:00:00Z");
  private static final DateTimeFormatter RFC = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** An RSS feed of {@code count} items; the item at place i is {@code order(i)} minutes older than the newest. */
  private static String rss(int count, IntUnaryOperator order) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>W</title>"
        + "<link>https://w.example/</link><description>d</description>");
    for (int i = 0; i < count; i++) {
      int n = order.applyAsInt(i);
      xml.append("<item><title>Story ").append(n).append("</title><link>https://w.example/").append(n)
          .append("</link><pubDate>").append(RFC.format(NEWEST.minusSeconds(60L * n))).append("</pubDate>")
          .append("<description><![CDATA[<p>Story ").append(n).append("</p>]]></description><!-- note ")
          .append(n).append(" --></item>\n");
    }
    return xml.append("</channel></rss>").toString();
  }

  private static ParsedFeed read(String xml, int maxItems) throws FeedException {
    FeedContext context = new FeedContext("application/rss+xml", null, null, ZoneOffset.UTC, 10L << 20, maxItems);
    return new FeedReader().read(xml.getBytes(StandardCharsets.UTF_8), context);
  }

  private static List<String> kept(ParsedFeed feed, int maxItems) {
    SourceConfig source = new SourceConfig("w", "W", "feeds/w.xml", null, null, "World", List.of(), 1.0, maxItems,
        false, null, false, false);
    return EntryMapper.toArticles(feed, source).stream().map(Article::title).toList();
  }

  @Test
  void aNewestFirstFeedBuildsOnlyItsFirstItemsAndCountsTheRest() throws Exception {
    ParsedFeed feed = read(rss(1000, i -> i), 10);
    assertThat(feed.offered()).isEqualTo(1000);
    assertThat(feed.entries()).hasSize(ItemWindow.size(10));
    assertThat(feed.entries().get(0).title()).isEqualTo("Story 0");
    assertThat(feed.entries().get(19).title()).isEqualTo("Story 19");
    assertThat(feed.entries().get(19).summaryHtml()).isEqualTo("<p>Story 19</p>");
  }

  @Test
  void anUnsortedFeedKeepsTheSameNewestItemsAsReadingEverything() throws Exception {
    String xml = rss(997, i -> (int) ((i * 31L) % 997));
    List<String> windowed = kept(read(xml, 10), 10);
    assertThat(windowed).isEqualTo(kept(read(xml, Integer.MAX_VALUE), 10));
    assertThat(windowed).containsExactly("Story 0", "Story 1", "Story 2", "Story 3", "Story 4", "Story 5", "Story 6",
        "Story 7", "Story 8", "Story 9");
  }

  @Test
  void undatedAndPlaceholderDatedItemsRankBelowDatedOnesInDocumentOrder() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>W</title>"
        + "<item><title>undated a</title><link>https://w.example/a</link></item>"
        + "<item><title>epoch</title><link>https://w.example/e</link><pubDate>Thu, 01 Jan 1970 00:00:00 GMT</pubDate></item>"
        + "<item><title>undated b</title><link>https://w.example/b</link></item>"
        + "<item><title>dated</title><link>https://w.example/d</link><pubDate>Mon, 16 Nov 2026 07:10:00 GMT</pubDate></item>"
        + "<item><title>updated only</title><link>https://w.example/u</link>"
        + "<atom:updated xmlns:atom=\"http://www.w3.org/2005/Atom\">2026-11-15T07:10:00Z</atom:updated></item>"
        + "</channel></rss>";
    ParsedFeed feed = read(xml, 1);
    assertThat(feed.offered()).isEqualTo(5);
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("dated", "updated only");
    assertThat(kept(read(xml, 3), 3)).containsExactly("dated", "updated only", "undated a");
  }

  @Test
  void aFeedWithinTheWindowIsReadWhole() throws Exception {
    ParsedFeed feed = read(rss(20, i -> 19 - i), 10);
    assertThat(feed.entries()).hasSize(20);
    assertThat(feed.offered()).isEqualTo(20);
  }

  @Test
  void atomEntriesAreWindowedToo() throws Exception {
    StringBuilder xml = new StringBuilder("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>W</title>");
    for (int n = 0; n < 50; n++) {
      xml.append("<entry><title>Entry ").append(n).append("</title><id>urn:e:").append(n)
          .append("</id><link href=\"https://w.example/").append(n).append("\"/><updated>")
          .append(NEWEST.minusSeconds(3600L * (49 - n))).append("</updated></entry>");
    }
    ParsedFeed feed = read(xml.append("</feed>").toString(), 3);
    assertThat(feed.offered()).isEqualTo(50);
    assertThat(feed.entries()).extracting(FeedEntry::title)
        .containsExactly("Entry 44", "Entry 45", "Entry 46", "Entry 47", "Entry 48", "Entry 49");
  }

  @Test
  void anUnsortedJsonFeedIsWindowedLikeXml() throws Exception {
    StringBuilder json = new StringBuilder("{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [");
    for (int i = 0; i < 997; i++) {
      int n = (int) ((i * 31L) % 997);
      json.append(i == 0 ? "" : ",").append("{\"url\": \"https://w.example/").append(n).append("\", \"title\": \"Story ")
          .append(n).append("\", \"date_published\": \"").append(NEWEST.minusSeconds(60L * n)).append("\"}");
    }
    String text = json.append("], \"title\": \"W\"}").toString();
    ParsedFeed windowed = read(text, 10);
    assertThat(windowed.offered()).isEqualTo(997);
    assertThat(windowed.entries()).hasSize(ItemWindow.size(10));
    assertThat(windowed.title()).isEqualTo("W");
    assertThat(kept(windowed, 10)).isEqualTo(kept(read(text, Integer.MAX_VALUE), 10))
        .containsExactly("Story 0", "Story 1", "Story 2", "Story 3", "Story 4", "Story 5", "Story 6", "Story 7",
            "Story 8", "Story 9");
  }
}
