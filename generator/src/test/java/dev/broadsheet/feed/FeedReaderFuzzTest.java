package dev.broadsheet.feed;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes given as a feed are read or refused with a {@link FeedException} that says why; nothing
 * else may escape the reader. Runs over the committed seeds with the other tests; {@code
 * bench/fuzz.sh} fuzzes it for longer.
 */
class FeedReaderFuzzTest {
  private final FeedReader reader = new FeedReader();

  @FuzzTest(maxDuration = "2m")
  void anyBytesAreReadOrRefusedWithAReason(byte[] bytes) {
    for (String type : new String[] {"application/rss+xml", "application/feed+json", null}) {
      try {
        ParsedFeed feed = reader.read(bytes, FeedContext.of(type, "https://feed.example/feed.xml"));
        feed.entries().forEach(e -> {
          if (e.title() == null || e.summaryHtml() == null) {
            throw new AssertionError("an entry with a null title or summary");
          }
        });
      } catch (FeedException refused) {
        if (refused.getMessage() == null || refused.getMessage().isBlank()) {
          throw new AssertionError("a refusal without a reason", refused);
        }
      }
    }
  }
}
