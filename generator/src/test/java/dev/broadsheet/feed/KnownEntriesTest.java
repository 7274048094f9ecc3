package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnownEntriesTest {
  private static final String STAMP = "code 1";

  @TempDir
  Path cache;

  private static String rss(String language, String... items) {
    return builtAt("Mon, 30 Nov 2026 10:00:00 GMT", language, items);
  }

  /** A feed as publishers write them: its build date changes with each new item, and each item is on its own line. */
  private static String builtAt(String built, String language, String... items) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Desk</title>"
        + "<link>https://news.example/</link><language>" + language + "</language><lastBuildDate>" + built
        + "</lastBuildDate>\n");
    for (String item : items) {
      xml.append("  <item><title>").append(item).append("</title><link>https://news.example/").append(item)
          .append("</link><pubDate>Mon, 30 Nov 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>The ")
          .append(item).append(" story, <a href=\"/more\">more</a>.</p><script>x()</script>]]></description></item>\n");
    }
    return xml.append("</channel>\n</rss>\n").toString();
  }

  private record Reading(ParsedFeed feed, int conversions) {}

  private static Reading read(String xml, KnownEntries.Folder folder) throws Exception {
    KnownEntries known = folder.of("desk");
    FeedContext context = new FeedContext("application/rss+xml", "https://news.example/feed.xml", null, ZoneOffset.UTC,
        10L << 20, 100, known);
    ParsedFeed feed = new FeedReader().read(xml.getBytes(StandardCharsets.UTF_8), context);
    known.save();
    return new Reading(feed, known.conversions());
  }

  private static ParsedFeed unkept(String xml) throws Exception {
    return read(xml, KnownEntries.Folder.NONE).feed();
  }

  @Test
  void aChangedFeedConvertsOnlyItsNewItemAndReadsAsIfAllWereConverted() throws Exception {
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    assertThat(read(rss("en", "rates", "floods"), folder).conversions()).isEqualTo(2);

    String changed = rss("en", "budget", "rates", "floods");
    Reading second = read(changed, folder);

    assertThat(second.conversions()).isEqualTo(1);
    assertThat(second.feed().entries()).isEqualTo(unkept(changed).entries());
    assertThat(second.feed().entries().get(1).summaryHtml()).contains("https://news.example/more").doesNotContain("script");
  }

  @Test
  void aFeedThatGainsAnItemAndDropsItsOldestWithANewBuildDateConvertsOnlyTheNewOne() throws Exception {
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    read(builtAt("Mon, 30 Nov 2026 10:00:00 GMT", "en", "rates", "floods", "port"), folder);

    String next = builtAt("Mon, 30 Nov 2026 11:00:00 GMT", "en", "budget", "rates", "floods");
    Reading second = read(next, folder);

    assertThat(second.conversions()).isEqualTo(1);
    assertThat(second.feed().entries()).isEqualTo(unkept(next).entries());
  }

  @Test
  void anItemMovedOutOfItsChannelIsConvertedAgain() throws Exception {
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    String inside = "<rss version=\"2.0\"><channel xml:lang=\"de\"><title>D</title><item><title>Zinsen</title>"
        + "<link>https://news.example/z</link></item></channel></rss>";
    String strayed = "<rss version=\"2.0\"><channel xml:lang=\"de\"><title>D</title></channel><item><title>Zinsen</title>"
        + "<link>https://news.example/z</link></item></rss>";
    read(inside, folder);

    Reading moved = read(strayed, folder);

    assertThat(moved.conversions()).isEqualTo(1);
    assertThat(moved.feed().entries()).isEqualTo(unkept(strayed).entries());
  }

  @Test
  void eachItemsWarningsAreToldAsConvertingEveryItemTellsThem() throws Exception {
    String xml = "<rss version=\"2.0\"><channel><title>D</title>"
        + "<item><link>https://news.example/a</link><pubDate>someday</pubDate><category>x</category></item>"
        + "<item><link>https://news.example/a</link><pubDate>someday</pubDate></item>"
        + "<item><title>" + "Long ".repeat(400) + "</title><link>https://news.example/b</link></item>"
        + "<item><title>" + "Longer ".repeat(400) + "</title><link>https://news.example/c</link></item>"
        + "</channel></rss>";
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    List<String> told = unkept(xml).warnings();

    assertThat(told.stream().filter(w -> w.startsWith("unreadable date"))).hasSize(2);
    assertThat(told.stream().filter(w -> w.contains("title is longer"))).hasSize(1);
    assertThat(read(xml, folder).feed().warnings()).isEqualTo(told);
    Reading known = read(xml, folder);
    assertThat(known.conversions()).isZero();
    assertThat(known.feed().warnings()).isEqualTo(told);
  }

  @Test
  void whatAnItemInheritsFromItsChannelIsPartOfWhatItIsMadeOf() throws Exception {
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    read(rss("en", "rates", "floods"), folder);

    Reading french = read(rss("fr", "rates", "floods"), folder);

    assertThat(french.conversions()).isEqualTo(2);
    assertThat(french.feed().entries()).extracting(FeedEntry::language).containsOnly("fr");
  }

  @Test
  void itemsKeptByOtherCodeOrDamagedAreConvertedAgain() throws Exception {
    read(rss("en", "rates", "floods"), KnownEntries.Folder.open(cache, STAMP));
    assertThat(read(rss("en", "rates", "floods"), KnownEntries.Folder.open(cache, "code 2")).conversions()).isEqualTo(2);

    Path file = cache.resolve("desk.bin");
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1;
    Files.write(file, bytes);
    Reading damaged = read(rss("en", "rates", "floods"), KnownEntries.Folder.open(cache, "code 2"));

    assertThat(damaged.conversions()).isEqualTo(2);
    assertThat(damaged.feed().entries()).isEqualTo(unkept(rss("en", "rates", "floods")).entries());
    assertThat(read(rss("en", "rates", "floods"), KnownEntries.Folder.open(cache, "code 2")).conversions()).isZero();
  }

  /** What reading a feed is budgeted to take in memory counts its kept items as well. */
  @Test
  void theKeptItemsOfASourceAreSizedAsTheyAreStored() throws Exception {
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    assertThat(folder.storedBytes("desk")).isZero();
    read(rss("en", "rates", "floods"), folder);
    assertThat(folder.storedBytes("desk")).isEqualTo(Files.size(cache.resolve("desk.bin"))).isPositive();
    assertThat(folder.storedBytes("../desk")).isZero();
    assertThat(KnownEntries.Folder.NONE.storedBytes("desk")).isZero();
  }

  @Test
  void theItemsOfASourceNoLongerListedAreDeleted() throws Exception {
    KnownEntries.Folder folder = KnownEntries.Folder.open(cache, STAMP);
    read(rss("en", "rates"), folder);
    Files.writeString(cache.resolve("notes.txt"), "kept");
    Files.writeString(cache.resolve(".other.bin123.tmp"), "cut short");

    folder.keepOnly(java.util.Set.of("other"));

    assertThat(cache.resolve("desk.bin")).doesNotExist();
    assertThat(cache.resolve(".other.bin123.tmp")).doesNotExist();
    assertThat(cache.resolve("notes.txt")).exists();
  }

  @Test
  void aSourceIdThatIsNoSafeFileNameKeepsNothing() throws Exception {
    KnownEntries known = KnownEntries.Folder.open(cache, STAMP).of("../desk");
    known.save();

    assertThat(known.kept()).isFalse();
    assertThat(cache).isDirectoryNotContaining("glob:**.bin");
  }

  /** Every readable feed of the shared corpus, read again from what its first reading kept, reads the same. */
  @Test
  void theSharedCorpusReadsTheSameFromItsKnownItems() throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(FeedCorpusTest.CORPUS.resolve("expectations.tsv")),
        "skipped: the shared feed corpus is not at " + FeedCorpusTest.CORPUS.toAbsolutePath().normalize());
    int feeds = 0;
    int items = 0;
    List<String> different = new ArrayList<>();
    for (FeedCorpusTest.Case c : FeedCorpusTest.cases()) {
      if (c.file().endsWith(".py") || c.file().contains("hostile/")) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(FeedCorpusTest.CORPUS.resolve(c.file()));
      FeedContext plain = FeedCorpusTest.context(c, bytes);
      ParsedFeed expected;
      try {
        expected = new FeedReader().read(bytes, plain);
      } catch (FeedException e) {
        continue;
      }
      KnownEntries.Folder folder = KnownEntries.Folder.open(cache.resolve("case" + feeds), STAMP);
      for (int reading = 0; reading < 2; reading++) {
        KnownEntries known = folder.of("source");
        ParsedFeed again = new FeedReader().read(bytes, new FeedContext(plain.contentType(), plain.documentUrl(),
            plain.contentLocation(), plain.zone(), plain.maxBytes(), plain.maxItems(), known));
        known.save();
        if (!again.entries().equals(expected.entries()) || !again.warnings().equals(expected.warnings())
            || (reading == 1 && known.conversions() > 0)) {
          different.add(c.file() + " (reading " + (reading + 1) + ", " + known.conversions() + " converted)");
        }
      }
      feeds++;
      items += expected.entries().size();
    }
    System.out.printf("Known items: %d feeds of the corpus, %d items, read again the same%n", feeds, items);
    assertThat(feeds).isGreaterThan(100);
    assertThat(different).isEmpty();
  }
}
