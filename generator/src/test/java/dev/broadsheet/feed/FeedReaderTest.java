package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FeedReaderTest {
  private final FeedReader reader = new FeedReader();

  private ParsedFeed read(String xml) throws FeedException {
    return reader.read(xml.getBytes(StandardCharsets.UTF_8), null, null);
  }

  @Test
  void readsRss20Items() throws Exception {
    ParsedFeed feed = read("""
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
        <title>The Courier</title><link>https://courier.example/</link><description>d</description>
        <item><title>Bridge closes &amp; reopens</title><link>https://courier.example/a?utm_source=rss</link>
        <guid isPermaLink="false">c-1</guid><pubDate>Mon, 16 Nov 2026 07:10:00 +0000</pubDate>
        <dc:creator>Nadia Okafor</dc:creator><category>transport</category>
        <description>&lt;p&gt;Crews &lt;b&gt;replace&lt;/b&gt; cables.&lt;/p&gt;</description>
        <enclosure url="/img/bridge.jpg" type="image/jpeg" length="1"/></item>
        </channel></rss>
        """);
    assertThat(feed.format()).isEqualTo("RSS 2.0");
    assertThat(feed.title()).isEqualTo("The Courier");
    FeedEntry e = feed.entries().get(0);
    assertThat(e.title()).isEqualTo("Bridge closes & reopens");
    assertThat(e.link()).isEqualTo("https://courier.example/a?utm_source=rss");
    assertThat(e.guid()).isEqualTo("c-1");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-11-16T07:10:00Z"));
    assertThat(e.authors()).containsExactly("Nadia Okafor");
    assertThat(e.categories()).containsExactly("transport");
    assertThat(e.summaryHtml()).isEqualTo("<p>Crews <b>replace</b> cables.</p>");
    assertThat(e.imageUrl()).isEqualTo("https://courier.example/img/bridge.jpg");
  }

  @Test
  void readsAtom10Entries() throws Exception {
    ParsedFeed feed = read("""
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Meridian</title><id>urn:x</id>
        <updated>2026-11-24T23:00:00Z</updated><link href="https://meridian.example/"/>
        <entry><title>Exports rise</title><link rel="alternate" href="https://meridian.example/news/exports"/>
        <id>tag:meridian.example,2026:exports</id><published>2026-11-16T09:30:00Z</published>
        <updated>2026-11-17T10:00:00Z</updated><author><name>Elena Marsh</name></author>
        <category term="trade"/><summary type="text">Shipments grew 6% &lt;on the year&gt;.</summary></entry>
        </feed>
        """);
    assertThat(feed.format()).isEqualTo("Atom 1.0");
    FeedEntry e = feed.entries().get(0);
    assertThat(e.link()).isEqualTo("https://meridian.example/news/exports");
    assertThat(e.guid()).isEqualTo("tag:meridian.example,2026:exports");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-11-16T09:30:00Z"));
    assertThat(e.updated()).isEqualTo(Instant.parse("2026-11-17T10:00:00Z"));
    assertThat(e.authors()).containsExactly("Elena Marsh");
    assertThat(e.summaryHtml()).isEqualTo("<p>Shipments grew 6% &lt;on the year&gt;.</p>");
  }

  @Test
  void readsRss10Items() throws Exception {
    ParsedFeed feed = read("""
        <?xml version="1.0"?>
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="https://n.example/feed.rdf"><title>Northgate</title><link>https://n.example/</link>
        <description>d</description><items><rdf:Seq><rdf:li rdf:resource="https://n.example/a"/></rdf:Seq></items></channel>
        <item rdf:about="https://n.example/a"><title>Seals thrive</title><link>https://n.example/a</link>
        <description>Counts doubled.</description><dc:creator>Dr. Amara Lind</dc:creator>
        <dc:date>2026-11-16T12:00:00Z</dc:date></item></rdf:RDF>
        """);
    assertThat(feed.format()).isEqualTo("RSS 1.0");
    FeedEntry e = feed.entries().get(0);
    assertThat(e.title()).isEqualTo("Seals thrive");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-11-16T12:00:00Z"));
    assertThat(e.authors()).containsExactly("Dr. Amara Lind");
  }

  @Test
  void anItemServedThroughFeedBurnerLinksToTheArticleNotTheRedirect() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0" xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><title>T</title>
        <item><title>Ferry returns</title><link>https://feeds.example/~r/news/~3/abc/</link>
        <guid isPermaLink="false">news-1</guid>
        <feedburner:origLink>https://news.example/2026/ferry-returns</feedburner:origLink></item>
        <item><title>No original</title><link>https://news.example/2026/plain</link>
        <feedburner:origLink>not an address</feedburner:origLink></item>
        </channel></rss>""");
    assertThat(feed.entries()).extracting(FeedEntry::link)
        .containsExactly("https://news.example/2026/ferry-returns", "https://news.example/2026/plain");
    assertThat(feed.entries().get(0).guid()).isEqualTo("news-1");
  }

  @Test
  void rssSourceElementNamesTheOriginalPublisher() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>
        <item><title>Rates held</title><link>https://wire.example/rates</link>
        <source url="https://bloomberg.example/feed">Bloomberg News</source></item></channel></rss>
        """);
    assertThat(feed.entries().get(0).originalPublisher()).isEqualTo("Bloomberg News");
  }

  @Test
  void scriptsAndEventHandlersDoNotSurvive() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>x</title><link>https://x.example/1</link><description><![CDATA[
        <p onclick="steal()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">bad</a>
        <a href="/ok">good</a></p><iframe src="https://evil.example"></iframe><style>p{}</style>]]></description></item>
        </channel></rss>
        """);
    String html = feed.entries().get(0).summaryHtml();
    assertThat(html).doesNotContain("script", "onclick", "javascript:", "iframe", "style");
    assertThat(html).contains("<a href=\"https://x.example/ok\" rel=\"nofollow noopener\">good</a>");
  }

  @Test
  void relativeLinksResolveAgainstTheDocumentUrl() throws Exception {
    ParsedFeed feed = reader.read("""
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>x</title><link>/2026/story</link></item></channel></rss>
        """.getBytes(StandardCharsets.UTF_8), "application/rss+xml", "https://x.example/feeds/main.xml");
    assertThat(feed.entries().get(0).link()).isEqualTo("https://x.example/2026/story");
  }

  @Test
  void itemsWithoutLinkOrIdAreStillReported() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>Orphan</title></item><item><title>Kept</title><link>https://x.example/k</link></item>
        </channel></rss>
        """);
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Orphan", "Kept");
    assertThat(feed.entries().get(0).link()).isNull();
  }

  @Test
  void impossibleCalendarDatesAreUnknownNotRolledOver() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>Feb</title><link>https://x.example/o</link><pubDate>Sat, 31 Feb 2024 10:00:00 GMT</pubDate></item>
        </channel></rss>
        """);
    assertThat(feed.entries().get(0).published()).isNull();
    assertThat(feed.warnings()).singleElement().asString().contains("unreadable date 'Sat, 31 Feb 2024 10:00:00 GMT'");
  }

  @Test
  void anHtmlPageIsRejectedInPlainWords() {
    assertThatThrownBy(() -> read("<!DOCTYPE html><html><head><title>Home</title></head><body>hi</body></html>"))
        .isInstanceOf(FeedException.class)
        .hasMessage("not a feed: an HTML page (\"Home\") that links to no feed; check the source url (to show one"
            + " article from a page, make it a pick: broadsheet new pick URL)");
  }

  @Test
  void utf8ReadAsLatin1AndEncodedAgainIsReadAsMeant() throws Exception {
    ParsedFeed feed = read("<rss version=\"2.0\"><channel><item><title>It\u00e2\u0080\u0099s caf\u00c3\u00a9 time"
        + "</title><link>https://x.example/a</link><description>&#226;&#128;&#166;</description></item></channel></rss>");
    assertThat(feed.entries().get(0).title()).isEqualTo("It\u2019s caf\u00e9 time");
    assertThat(feed.entries().get(0).summaryHtml()).isEqualTo("\u2026");
  }

  @Test
  void theNoBreakSpaceOfAMisreadAInASummaryIsRepairedThoughTheSanitizerWritesItAsAnEntity() throws Exception {
    // "Faute de majorité à l'Assemblée", its UTF-8 read as windows-1252: à is Ã and a no-break space.
    ParsedFeed feed = read("<rss version=\"2.0\"><channel><item><title>Budget</title><link>https://x.example/a</link>"
        + "<description><![CDATA[<p>Faute de majorit\u00c3\u00a9 \u00c3\u00a0 l'Assembl\u00c3\u00a9e</p>]]></description>"
        + "</item></channel></rss>");
    assertThat(feed.entries().get(0).summaryHtml()).isEqualTo("<p>Faute de majorit\u00e9 \u00e0 l'Assembl\u00e9e</p>");
  }

  @Test
  void aWesternFeedWithFewAccentsAndNoCharsetStaysWindows1252() throws Exception {
    for (String title : new String[] {"Profile: \u00de\u00f3r in London", "Caf\u00e9 \u00fc\u00e4", "\u00c5\u00c4\u00d6",
        "Nestl\u00e9 results: \u00e9t\u00e9 \u00e0 Z\u00fcrich, \u00a9 \u00bd"}) {
      ParsedFeed feed = reader.read(("<rss version=\"2.0\"><channel><title>T</title><item><title>" + title
          + "</title><link>https://x.example/a</link></item></channel></rss>").getBytes("windows-1252"), null, null);
      assertThat(feed.charset()).as(title).isEqualTo("windows-1252");
      assertThat(feed.entries().get(0).title()).isEqualTo(title);
    }
  }

  @Test
  void aDocumentCutOffBeforeAnythingSaysOnWhichLine() {
    assertThatThrownBy(() -> read("<!--\nDescription: illformed\n-->\n<rss version=\"2.0\">\n</rss"))
        .isInstanceOf(FeedException.class)
        .hasMessage("the document is cut off on line 5 (no complete closing </rss>), before anything in it could be"
            + " read");
  }

  @Test
  void anEmptyDocumentIsRejected() {
    assertThatThrownBy(() -> reader.read(new byte[0], null, null))
        .isInstanceOf(FeedException.class)
        .hasMessage("empty response: the body is empty");
  }

  @Test
  void externalEntitiesAreNeverResolved() {
    assertThatThrownBy(() -> read("""
        <?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <rss version="2.0"><channel><title>&xxe;</title><link>https://x.example/</link><description>d</description></channel></rss>
        """))
        .isInstanceOf(FeedException.class)
        .hasMessage("the DOCTYPE declares an external entity 'xxe' (file:///etc/passwd); external entities are never"
            + " loaded, so this document is refused");
  }

  @Test
  void atomFeedLinkIsTheAlternateLinkNotTheSelfLink() throws Exception {
    ParsedFeed feed = read("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://m.example/blog/"><title>M</title>
        <link rel="self" href="https://m.example/blog/atom.xml"/><link href="./"/></feed>
        """);
    assertThat(feed.link()).isEqualTo("https://m.example/blog/");
  }

  @Test
  void rssItemWithoutGuidTakesItsLinkAsId() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
        <item><title>x</title><link> https://x.example/1 </link></item>
        <item><title>y</title><link>https://x.example/2</link><guid isPermaLink="false">y-2</guid></item>
        </channel></rss>
        """);
    assertThat(feed.entries()).extracting(FeedEntry::guid).containsExactly("https://x.example/1", "y-2");
  }

  @Test
  void atom03Base64ContentIsDecodedAcrossLineBreaks() throws Exception {
    ParsedFeed feed = read("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
        <entry><title>e</title><link rel="alternate" href="https://o.example/e"/>
        <content type="text/html" mode="base64">PHA+SGVsbG8gPGI+d29y
        bGQ8L2I+PC9wPg==</content></entry></feed>
        """);
    assertThat(feed.format()).isEqualTo("Atom 0.3");
    assertThat(feed.entries().get(0).summaryHtml()).isEqualTo("<p>Hello <b>world</b></p>");
  }

  @Test
  void aFeedElementInAnUnknownNamespaceIsRejectedInPlainWords() {
    assertThatThrownBy(() -> read("<feed xmlns=\"urn:other\"><title>x</title></feed>"))
        .isInstanceOf(FeedException.class)
        .hasMessage("not RSS or Atom: no reader knows this kind of <feed> document (namespace urn:other)");
  }

  @Test
  void aCategoryThatIsAnAddressIsNoTag() throws Exception {
    ParsedFeed feed = read("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Channel</title><id>urn:x</id>
        <entry><title>Harbour timelapse</title><id>urn:v1</id><link href="https://v.example/1"/>
        <category scheme="http://schemas.google.com/g/2005#kind" term="http://gdata.youtube.com/schemas/2007#video"/>
        <category term="Harbour"/><category term="urn:kind:clip"/><category term="Ports: https and more"/></entry></feed>
        """);
    assertThat(feed.entries().get(0).categories()).containsExactly("Harbour", "Ports: https and more");
  }

  @Test
  void atomContentOfAnotherMediaTypeIsReadAsBase64WhenItIsText() throws Exception {
    ParsedFeed feed = read("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Channel</title><id>urn:x</id>
        <entry><id>urn:e1</id><content type="application/octet-stream">
            RXhhbXBsZSA8Yj5BdG9tPC9iPg==
        </content></entry>
        <entry><id>urn:e2</id><title>A picture</title><content type="image/png">iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB</content></entry>
        </feed>
        """);
    FeedEntry text = feed.entries().get(0);
    assertThat(text.title()).isEqualTo("Example Atom");
    assertThat(text.summaryHtml() + text.contentHtml()).contains("Example <b>Atom</b>").doesNotContain("RXhh");
    FeedEntry picture = feed.entries().get(1);
    assertThat(picture.summaryHtml() + picture.contentHtml()).doesNotContain("iVBOR");
  }

  @Test
  void aPodcastItemsItunesAuthorIsItsAuthorWhenNothingElseNamesOne() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Show</title>
        <link>https://show.example/</link><description>d</description>
        <item><title>Episode 1</title><link>https://show.example/1</link><itunes:author>Harry Shearer</itunes:author></item>
        <item><title>Episode 2</title><link>https://show.example/2</link><author>ed@show.example (Ed Ito)</author>
        <itunes:author>Harry Shearer</itunes:author></item>
        </channel></rss>
        """);
    assertThat(feed.entries().get(0).authors()).containsExactly("Harry Shearer");
    assertThat(feed.entries().get(1).authors()).containsExactly("Ed Ito");
  }
}
