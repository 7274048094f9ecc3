package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What valid feeds carry reaches the entry as their specifications mean it. */
class FeedConformanceTest {
  private static final String ATOM = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id>";
  private final FeedReader reader = new FeedReader();

  private List<FeedEntry> entries(String document) throws FeedException {
    return reader.read(document.getBytes(StandardCharsets.UTF_8), null, "https://h.example/feed.xml").entries();
  }

  @Test
  void anAtomTitleOfTypeTextIsLiteralAndOneOfTypeHtmlIsMarkup() throws Exception {
    List<FeedEntry> e = entries(ATOM + "<entry><id>urn:a</id><title type=\"text\">Why &lt;div&gt; soup hurts</title>"
        + "<link href=\"https://h.example/a\"/><source><title>The &lt;b&gt; Wire</title></source></entry>"
        + "<entry><id>urn:b</id><title>Tom &amp; Jerry</title><link href=\"https://h.example/b\"/></entry>"
        + "<entry><id>urn:c</id><title type=\"html\">Bold &lt;b&gt;move&lt;/b&gt;</title><link href=\"https://h.example/c\"/>"
        + "</entry></feed>");
    assertThat(e).extracting(FeedEntry::title).containsExactly("Why <div> soup hurts", "Tom & Jerry", "Bold move");
    assertThat(e.get(0).originalPublisher()).isEqualTo("The <b> Wire");
  }

  @Test
  void anRssTitleNamingATagItNeverClosesKeepsItAsWordsAndMarkupInPairsIsMarkup() throws Exception {
    List<FeedEntry> e = entries("<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>C++ templates: std::vector&lt;int&gt; vs std::array&lt;int, N&gt;</title><link>https://h.example/a</link></item>"
        + "<item><title>Stop using &lt;div&gt; for buttons</title><link>https://h.example/b</link></item>"
        + "<item><title>A &lt;b&gt;bold&lt;/b&gt; move&lt;br&gt;today</title><link>https://h.example/c</link></item>"
        + "</channel></rss>");
    assertThat(e).extracting(FeedEntry::title).containsExactly(
        "C++ templates: std::vector<int> vs std::array<int, N>", "Stop using <div> for buttons", "A bold move today");
  }

  @Test
  void anEpisodesSoundOrVideoIsReadWithHowLongItPlaysAndAPictureIsNone() throws Exception {
    List<FeedEntry> rss = entries("<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">"
        + "<channel><title>t</title><link>https://pod.example/</link><item><title>Ep 1</title><link>https://pod.example/1</link>"
        + "<enclosure url=\"https://cdn.example/cover.jpg\" type=\"image/jpeg\"/>"
        + "<enclosure url=\"/ep1.mp3\" length=\"52000000\" type=\"Audio/MPEG\"/><itunes:duration>52:05</itunes:duration>"
        + "</item><item><title>Ep 0</title><link>https://pod.example/0</link><itunes:duration>1:02:05</itunes:duration>"
        + "</item></channel></rss>");
    assertThat(rss.get(0).media()).isEqualTo(new dev.broadsheet.store.Media("https://h.example/ep1.mp3", "audio/mpeg",
        52_000_000L, 3125));
    assertThat(rss.get(0).imageUrl()).isEqualTo("https://cdn.example/cover.jpg");
    assertThat(rss.get(1).media()).isNull();
    List<FeedEntry> atom = entries("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>f</id><entry>"
        + "<title>Clip</title><id>c</id><link href=\"https://v.example/c\"/><link rel=\"enclosure\" type=\"video/mp4\""
        + " href=\"https://v.example/c.mp4\"/><updated>2026-11-20T09:00:00Z</updated></entry></feed>");
    assertThat(atom.get(0).media()).isEqualTo(new dev.broadsheet.store.Media("https://v.example/c.mp4", "video/mp4", null,
        null));
    assertThat(atom.get(0).media().video()).isTrue();
    List<FeedEntry> json = entries("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{"
        + "\"id\": \"1\", \"url\": \"https://pod.example/1\", \"title\": \"Ep\", \"attachments\": [{\"url\":"
        + " \"https://cdn.example/1.m4a\", \"mime_type\": \"audio/x-m4a\", \"duration_in_seconds\": 600}]}]}");
    assertThat(json.get(0).media()).isEqualTo(new dev.broadsheet.store.Media("https://cdn.example/1.m4a", "audio/x-m4a",
        null, 600));
    // A video site's renditions in a Media RSS group, a stream's playlist typed by its medium.
    List<FeedEntry> group = entries("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
        + "<title>t</title><item><title>V</title><link>https://v.example/w/1</link><media:group><media:content"
        + " url=\"https://v.example/1.m3u8\" type=\"application/x-mpegURL\" medium=\"video\" duration=\"95\"/>"
        + "</media:group></item></channel></rss>");
    assertThat(group.get(0).media()).isEqualTo(new dev.broadsheet.store.Media("https://v.example/1.m3u8", "video/*", null,
        95));
    assertThat(group.get(0).media().video()).isTrue();
    assertThat(group.get(0).media().typeOrGuess()).isEqualTo("video/mp4");
  }

  @Test
  void aJsonFeedTitleIsPlainText() throws Exception {
    List<FeedEntry> e = entries("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"Rust <weekly>\","
        + " \"items\": [{\"id\": \"1\", \"url\": \"https://h.example/a\", \"title\": \"Using Vec<u8> and <canvas> <b>together</b>\"},"
        + " {\"id\": \"2\", \"url\": \"https://h.example/b\", \"title\": \"AT&amp;T  splits\"}]}");
    assertThat(e).extracting(FeedEntry::title).containsExactly("Using Vec<u8> and <canvas> <b>together</b>", "AT&T splits");
  }

  @Test
  void anAuthorIsPublishedByNameNeverByAddressInEveryFormat() throws Exception {
    List<FeedEntry> json = entries("{\"version\": \"https://jsonfeed.org/version/1\", \"title\": \"t\","
        + " \"author\": {\"name\": \"desk@paper.example\"}, \"items\": ["
        + "{\"id\": \"1\", \"url\": \"https://h.example/a\", \"title\": \"A\", \"authors\": [{\"name\": \"gina@private.example\"}]},"
        + "{\"id\": \"2\", \"url\": \"https://h.example/b\", \"title\": \"B\", \"author\": {\"name\": \"Hank <hank@private.example>\"}},"
        + "{\"id\": \"3\", \"url\": \"https://h.example/c\", \"title\": \"C\"}]}");
    assertThat(json).extracting(FeedEntry::authors).containsExactly(List.of(), List.of("Hank"), List.of());
    List<FeedEntry> rss = entries("<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>A</title><link>https://h.example/a</link><author>jo@example.org (Jo Bloggs)</author></item>"
        + "<item><title>B</title><link>https://h.example/b</link><author>Jo Bloggs (jo@example.org)</author></item>"
        + "<item><title>C</title><link>https://h.example/c</link><author>jo@example.org</author></item>"
        + "</channel></rss>");
    assertThat(rss).extracting(FeedEntry::authors).containsExactly(List.of("Jo Bloggs"), List.of("Jo Bloggs"), List.of());
  }

  @Test
  void aPhotoPostWithoutWordsIsHeadedByWhatItsPictureShows() throws Exception {
    List<FeedEntry> rss = entries("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>t</title>"
        + "<item><link>https://h.example/a</link><description></description><media:content url=\"https://h.example/cat.jpg\""
        + " type=\"image/jpeg\"><media:description type=\"plain\">My cat asleep on the server rack</media:description>"
        + "</media:content></item></channel></rss>");
    assertThat(rss.get(0).title()).isEqualTo("My cat asleep on the server rack");
    List<FeedEntry> json = entries("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": ["
        + "{\"id\": \"1\", \"url\": \"https://h.example/b\", \"content_html\": \"<p><img src=\\\"https://h.example/s.jpg\\\""
        + " alt=\\\"Sunset over Austin\\\"></p>\"}]}");
    assertThat(json.get(0).title()).isEqualTo("Sunset over Austin");
  }

  @Test
  void aSummaryThatIsOnlyALinkToTheDiscussionIsNoSummary() throws Exception {
    List<FeedEntry> e = entries("<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>PostgreSQL 19 released</title><link>https://www.postgresql.org/about/news/19/</link>"
        + "<comments>https://news.h.example/item?id=1</comments>"
        + "<description><![CDATA[<a href=\"https://news.h.example/item?id=1\">Comments</a>]]></description></item>"
        + "<item><title>A post</title><link>https://blog.h.example/post</link><comments>https://blog.h.example/post#comments</comments>"
        + "<description><![CDATA[<p>What the post says.</p> <a href=\"https://blog.h.example/post#comments\">Comments</a>]]></description></item>"
        + "</channel></rss>");
    assertThat(e.get(0).summaryHtml()).isEmpty();
    assertThat(e.get(1).summaryHtml()).contains("What the post says.");
  }

  @Test
  void anAtomEntryWithoutAuthorsHasItsSourcesElseItsFeeds() throws Exception {
    List<FeedEntry> e = entries(ATOM + "<author><name>Feed Author</name></author>"
        + "<entry><id>urn:a</id><title>A</title><link href=\"https://h.example/a\"/></entry>"
        + "<entry><id>urn:b</id><title>B</title><link href=\"https://h.example/b\"/>"
        + "<source><author><name>Source Author</name></author></source></entry>"
        + "<entry><id>urn:c</id><title>C</title><link href=\"https://h.example/c\"/><author><name>Own</name></author></entry>"
        + "</feed>");
    assertThat(e).extracting(FeedEntry::authors)
        .containsExactly(List.of("Feed Author"), List.of("Source Author"), List.of("Own"));
  }

  @Test
  void anAtomCategoryIsItsTermForFeedsUseTheLabelForItsKind() throws Exception {
    FeedEntry e = entries(ATOM + "<entry><id>urn:a</id><title>A</title><link href=\"https://h.example/a\"/>"
        + "<category label=\"Age\" term=\"Past Hour\"/><category label=\"Magnitude\" term=\"Magnitude 2\"/>"
        + "<category term=\"Sport\"/></entry></feed>").get(0);
    assertThat(e.categories()).containsExactly("Past Hour", "Magnitude 2", "Sport");
  }

  @Test
  void theAlternateLinkIsTheHtmlOneAndMayBeNamedByItsRegistryUri() throws Exception {
    List<FeedEntry> e = entries(ATOM + "<entry><id>urn:a</id><title>A</title>"
        + "<link rel=\"alternate\" type=\"application/pdf\" href=\"bridge.pdf\"/>"
        + "<link rel=\"alternate\" type=\"text/html\" href=\"bridge.html\"/></entry>"
        + "<entry><id>urn:b</id><title>B</title>"
        + "<link rel=\"http://www.iana.org/assignments/relation/alternate\" href=\"museum.html\"/></entry>"
        + "<entry><id>urn:c</id><title>C</title><link rel=\"alternate\" type=\"application/pdf\" href=\"only.pdf\"/></entry>"
        + "</feed>");
    assertThat(e).extracting(FeedEntry::link).containsExactly("https://h.example/bridge.html",
        "https://h.example/museum.html", "https://h.example/only.pdf");
  }

  @Test
  void dublinCoreAndItunesSummariesAreSummariesWhenThereIsNoOther() throws Exception {
    List<FeedEntry> e = entries("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel><title>t</title>"
        + "<item><title>A</title><link>https://h.example/a</link><dc:description>Council &lt;meets&gt; today.</dc:description></item>"
        + "<item><title>B</title><link>https://h.example/b</link><itunes:summary>Episode summary.</itunes:summary></item>"
        + "<item><title>C</title><link>https://h.example/c</link><description>Own.</description>"
        + "<itunes:summary>Not this.</itunes:summary></item></channel></rss>");
    assertThat(e).extracting(FeedEntry::summaryHtml)
        .containsExactly("<p>Council &lt;meets&gt; today.</p>", "<p>Episode summary.</p>", "Own.");
  }

  @Test
  void aPictureIsTakenFromAVideosThumbnailAndFromTheFullContent() throws Exception {
    List<FeedEntry> e = entries("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title>"
        + "<item><title>A</title><link>https://h.example/a</link><media:content medium=\"video\" url=\"https://h.example/v.mp4\">"
        + "<media:thumbnail url=\"https://h.example/tide.jpg\"/></media:content></item>"
        + "<item><title>B</title><link>https://h.example/b</link><description>Plain teaser.</description>"
        + "<content:encoded><![CDATA[<p><img src=\"/img/storm.jpg\"> body</p>]]></content:encoded></item>"
        + "</channel></rss>");
    assertThat(e).extracting(FeedEntry::imageUrl).containsExactly("https://h.example/tide.jpg",
        "https://h.example/img/storm.jpg");
    FeedEntry json = entries("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\","
        + " \"url\": \"https://h.example/posts/a\", \"title\": \"A\", \"summary\": \"Short.\","
        + " \"content_html\": \"<p><img src=\\\"pic.png\\\"> Long.</p>\"}]}").get(0);
    assertThat(json.imageUrl()).isEqualTo("https://h.example/posts/pic.png");
  }

  @Test
  void anXmlBaseInsideXhtmlContentResolvesTheLinksUnderIt() throws Exception {
    FeedEntry e = entries("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:base=\"https://h.example/base/\"><title>t</title>"
        + "<id>urn:f</id><entry><id>urn:a</id><title>A</title><link href=\"a.html\"/><summary type=\"xhtml\">"
        + "<div xmlns=\"http://www.w3.org/1999/xhtml\" xml:base=\"https://h.example/divbase/\"><a href=\"map.html\">map</a>"
        + "</div></summary><content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><a href=\"plan.html\">plan</a>"
        + "</div></content></entry></feed>").get(0);
    assertThat(e.summaryHtml()).contains("https://h.example/divbase/map.html");
    assertThat(e.contentHtml()).contains("https://h.example/base/plan.html");
  }

  @Test
  void aDoctypeNamingOnlyItsPublicDtdIsNoWarning() throws Exception {
    ParsedFeed feed = reader.read(("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><!DOCTYPE rss PUBLIC"
        + " \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
        + "<rss version=\"0.91\"><channel><title>t</title><link>https://h.example/</link><description>d</description>"
        + "<item><title>Caf&eacute; &mdash; open</title><link>https://h.example/a</link></item></channel></rss>")
        .getBytes(StandardCharsets.ISO_8859_1), null, null);
    assertThat(feed.warnings()).isEmpty();
    assertThat(feed.entries().get(0).title()).isEqualTo("Café — open");
  }

  @Test
  void anEmptyElementInXhtmlContentEndsWhereItEndsAndLosesNothingAfterIt() throws Exception {
    FeedEntry e = entries("<rss version=\"2.0\"><channel><title>t</title><item><title>A</title>"
        + "<link>https://h.example/a</link><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Intro <a name=\"more\"></a>continues"
        + " here.</p><p><iframe src=\"https://video.example/embed/abc\"></iframe></p><p>The rest<br/>of the story.</p>"
        + "</body></item></channel></rss>").get(0);
    assertThat(e.summaryHtml()).contains("continues here.").contains("The rest<br>of the story.")
        .doesNotContain("<a rel=\"nofollow noopener\">continues").doesNotContain("<br><br>");
  }

  @Test
  void atom03TextIsReadOnceUnescaped() throws Exception {
    FeedEntry e = entries("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><title>Tom &amp; Jerry's &lt;News&gt;</title>"
        + "<entry><title>AT&amp;T buys \"Q&lt;R\"</title><link rel=\"alternate\" href=\"https://h.example/a\"/><id>urn:a</id>"
        + "<summary>Fish &amp; chips</summary></entry></feed>").get(0);
    assertThat(e.title()).isEqualTo("AT&T buys \"Q<R\"");
    assertThat(e.summaryHtml()).isEqualTo("<p>Fish &amp; chips</p>");
  }

  @Test
  void anAtomEntrysDublinCoreCreatorIsItsAuthorNotTheFeeds() throws Exception {
    FeedEntry e = entries(ATOM.replace("<feed ", "<feed xmlns:dc=\"http://purl.org/dc/elements/1.1/\" ")
        + "<author><name>Site Team</name></author><entry><id>urn:a</id><title>A</title>"
        + "<link href=\"https://h.example/a\"/><dc:creator>Jane Writer</dc:creator></entry></feed>").get(0);
    assertThat(e.authors()).containsExactly("Jane Writer");
  }

  @Test
  void aRelativeXmlBaseInsideXhtmlResolvesAgainstTheDocument() throws Exception {
    FeedEntry e = entries(ATOM + "<entry><id>urn:a</id><title>A</title><link href=\"https://h.example/blog/a\"/>"
        + "<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\" xml:base=\"/media/2026/\">"
        + "<img src=\"pic.jpg\"/></div></content></entry></feed>").get(0);
    assertThat(e.imageUrl()).isEqualTo("https://h.example/media/2026/pic.jpg");
  }

  @Test
  void aDublinCoreDescriptionIsTheSummaryBesideFullContent() throws Exception {
    FeedEntry e = entries("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>t</title><item><title>A</title>"
        + "<link>https://h.example/a</link><dc:description>Short.</dc:description>"
        + "<content:encoded><![CDATA[<p>Long text.</p>]]></content:encoded></item></channel></rss>").get(0);
    assertThat(e.summaryHtml()).isEqualTo("<p>Short.</p>");
    assertThat(e.contentHtml()).isEqualTo("<p>Long text.</p>");
  }

  @Test
  void aCountersPixelIsNoLeadImage() throws Exception {
    FeedEntry e = entries("<rss version=\"2.0\"><channel><title>t</title><item><title>A</title><link>https://h.example/a</link>"
        + "<description><![CDATA[<img src=\"https://stats.example/p.gif\" width=\"1\" height=\"1\"><p>Text"
        + " <img src=\"/storm.jpg\" width=\"600\"></p>]]></description></item></channel></rss>").get(0);
    assertThat(e.imageUrl()).isEqualTo("https://h.example/storm.jpg");
  }

  @Test
  void theFeedCommandSaysWhenItemsShareALinkAsABuildWould() {
    byte[] live = ("<rss version=\"2.0\"><channel><title>t</title>"
        + "<item><title>Storm: update 1</title><link>https://h.example/live/storm</link><guid isPermaLink=\"false\">u1</guid></item>"
        + "<item><title>Storm: update 2</title><link>https://h.example/live/storm?utm_source=rss</link>"
        + "<guid isPermaLink=\"false\">u2</guid></item><item><title>Other</title><link>https://h.example/other</link></item>"
        + "</channel></rss>").getBytes(StandardCharsets.UTF_8);
    FeedReport report = FeedReport.of("live.xml", live,
        new FeedContext(null, null, null, java.time.ZoneOffset.UTC, 10L << 20), new FeedReader());
    assertThat(report.items()).hasSize(3);
    assertThat(report.warnings()).singleElement().asString().startsWith("an item repeats the link or id of another item"
        + " with another headline or summary: the two are one article")
        .endsWith("the first: the link https://h.example/live/storm: kept 'Storm: update 1', not 'Storm: update 2'");
  }
}
