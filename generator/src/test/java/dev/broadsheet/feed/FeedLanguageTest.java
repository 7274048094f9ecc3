package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedLanguageTest {
  private final FeedReader reader = new FeedReader();

  private ParsedFeed read(String text) throws FeedException {
    return reader.read(text.getBytes(StandardCharsets.UTF_8), null, null);
  }

  @Test
  void anRssItemIsInItsChannelsLanguageUnlessItSaysItsOwn() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Kurier</title>
        <link>https://kurier.example/</link><description>d</description><language>pl-pl</language>
        <item><title>Nowy most w Łodzi</title><link>https://kurier.example/1</link></item>
        <item><title>Neue Brücke</title><link>https://kurier.example/2</link><dc:language>de</dc:language></item>
        </channel></rss>
        """);
    assertThat(feed.entries()).extracting(FeedEntry::language).containsExactly("pl-PL", "de");
  }

  @Test
  void anAtomEntryIsInTheXmlLangAroundIt() throws Exception {
    ParsedFeed feed = read("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Le Courrier</title><id>urn:c</id>
        <updated>2026-11-20T10:00:00Z</updated>
        <entry><title>Un pont</title><id>urn:1</id><link href="https://c.example/1"/><updated>2026-11-20T10:00:00Z</updated></entry>
        <entry xml:lang="en_GB"><title>A bridge</title><id>urn:2</id><link href="https://c.example/2"/><updated>2026-11-20T10:00:00Z</updated></entry>
        <entry xml:lang=""><title>?</title><id>urn:3</id><link href="https://c.example/3"/><updated>2026-11-20T10:00:00Z</updated></entry>
        </feed>
        """);
    assertThat(feed.entries()).extracting(FeedEntry::language).containsExactly("fr", "en-GB", null);
  }

  @Test
  void aJsonFeedsItemsAreInItsLanguage() throws Exception {
    ParsedFeed feed = read("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "J", "language": "es-419",
         "items": [{"id": "1", "url": "https://j.example/1", "title": "Un puente"}]}
        """);
    assertThat(feed.entries()).extracting(FeedEntry::language).containsExactly("es-419");
  }

  @Test
  void whatIsSaidNearestToTheItemWins() throws Exception {
    ParsedFeed rss = read("""
        <rss version="2.0" xml:lang="en" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>K</title>
        <link>https://k.example/</link><description>d</description><language>pl</language>
        <item><title>A</title><link>https://k.example/1</link><dc:language>de</dc:language></item>
        <item><title>B</title><link>https://k.example/2</link></item>
        </channel></rss>
        """);
    assertThat(rss.entries()).extracting(FeedEntry::language).containsExactly("de", "pl");
    ParsedFeed rdf = read("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xml:lang="en">
        <channel rdf:about="https://r.example/"><title>R</title><link>https://r.example/</link>
        <description>d</description><dc:language>fr</dc:language></channel>
        <item rdf:about="https://r.example/1"><title>Un</title><link>https://r.example/1</link></item>
        </rdf:RDF>
        """);
    assertThat(rdf.entries()).extracting(FeedEntry::language).containsExactly("fr");
    ParsedFeed json = read("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "J", "language": "en",
         "items": [{"id": "1", "url": "https://j.example/1", "title": "Uno", "language": "es"},
                   {"id": "2", "url": "https://j.example/2", "title": "Two"}]}
        """);
    assertThat(json.entries()).extracting(FeedEntry::language).containsExactly("es", "en");
  }

  @Test
  void aLanguageNoTagNamesIsNoLanguage() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0"><channel><title>T</title><link>https://t.example/</link><description>d</description>
        <language>English</language><item><title>A</title><link>https://t.example/1</link></item></channel></rss>
        """);
    assertThat(feed.entries().get(0).language()).isNull();
  }
}
