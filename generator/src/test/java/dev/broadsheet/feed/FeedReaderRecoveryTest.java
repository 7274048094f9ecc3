package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** How the reader copes with the broken and hostile documents real sources serve. */
class FeedReaderRecoveryTest {
  private final FeedReader reader = new FeedReader();

  private ParsedFeed read(String xml) throws FeedException {
    return reader.read(xml.getBytes(StandardCharsets.UTF_8), null, "https://x.example/feed.xml");
  }

  private static String rss(String items) {
    return "<rss version=\"2.0\"><channel><title>T</title><link>https://x.example/</link><description>d</description>"
        + items + "</channel></rss>";
  }

  @Test
  void aDocumentCutInsideItsFirstItemGivesNoItemAndSaysItIsIncomplete() throws Exception {
    String whole = rss("<item><title>Electric bus fleet: Lindqvist says the depot is ready</title>"
        + "<link>https://x.example/zeta-64.html</link><pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate></item>");
    ParsedFeed feed = read(whole.substring(0, whole.indexOf("Lindqvist") + 12));
    assertThat(feed.entries()).isEmpty();
    assertThat(feed.complete()).isFalse();
    assertThat(feed.warnings()).anyMatch(w -> w.contains("before its first item"));
  }

  @Test
  void anRssElementWithoutAChannelIsAnEmptyFeedUnlessItHoldsItems() throws Exception {
    ParsedFeed empty = read("<rss version=\"2.0\">\n</rss>");
    assertThat(empty.entries()).isEmpty();
    assertThat(empty.warnings()).contains("the document has no channel: an empty feed")
        .noneMatch(w -> w.contains("items are not inside"));
    ParsedFeed loose = read("<rss version=\"2.0\"><item><title>A loose item</title>"
        + "<link>https://x.example/1</link></item></rss>");
    assertThat(loose.entries()).hasSize(1);
    assertThat(loose.warnings()).anyMatch(w -> w.contains("the items are not inside a <channel>"));
    assertThat(read("<rss version=\"2.0\"><item/></rss>").warnings())
        .anyMatch(w -> w.contains("the items are not inside a <channel>"));
  }

  @Test
  void latin1BytesDeclaredAsUtf8AreReadAsWindows1252() throws Exception {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + rss("<item><title>Grüße aus Köln – “quoted”</title>"
        + "<link>https://x.example/1</link></item>")).getBytes(Charset.forName("windows-1252"));
    ParsedFeed feed = reader.read(bytes, null, null);
    assertThat(feed.entries().get(0).title()).isEqualTo("Grüße aus Köln – “quoted”");
    assertThat(feed.charset()).isEqualTo("windows-1252");
    assertThat(feed.warnings()).anyMatch(w -> w.contains("not valid UTF-8; read as windows-1252"));
  }

  @Test
  void aCentralEuropeanFeedWithoutACharsetIsReadInACharsetOfTheLanguageItDeclares() throws Exception {
    String title = "Żółć i gęś: Łódź, Kraków, Wrocław - zażółć gęślą jaźń";
    String body = "<rss version=\"2.0\"><channel><title>Gazeta Śląska</title><language>pl</language><item><title>"
        + title + "</title><link>https://x.example/1</link></item></channel></rss>";
    for (String charset : List.of("windows-1250", "ISO-8859-2")) {
      ParsedFeed feed = reader.read(body.getBytes(Charset.forName(charset)), null, null);
      assertThat(feed.entries().get(0).title()).as(charset).isEqualTo(title);
      assertThat(feed.charset()).isEqualTo(charset);
      assertThat(feed.warnings()).anyMatch(w -> w.endsWith("read as " + charset + ", a charset of the language it"
          + " declares (pl)"));
    }
    // Czech's š and ž are letters of windows-1250 too (ą, ľ there): the charset reading Czech letters wins.
    String czech = "Příští týden: škola a žena";
    ParsedFeed cs = reader.read(body.replace("<language>pl", "<language>cs").replace(title, czech)
        .replace("Gazeta Śląska", "Noviny").getBytes(Charset.forName("ISO-8859-2")), null, null);
    assertThat(cs.entries().get(0).title()).isEqualTo(czech);
    // A language windows-1252 writes keeps it (Estonian's š and ž among its letters).
    for (String language : List.of("de", "et")) {
      byte[] bytes = body.replace("<language>pl", "<language>" + language).replace(title, "Grüße aus Köln, šokolaad")
          .replace("Gazeta Śląska", "Zeitung").getBytes(Charset.forName("windows-1252"));
      assertThat(reader.read(bytes, null, null).charset()).as(language).isEqualTo("windows-1252");
    }
    // UTF-8 with one stray byte is read as UTF-8, that byte replaced, not all of it in a Polish charset.
    int at = body.indexOf("</title>");
    byte[] stray = (body.substring(0, at) + "\u0001" + body.substring(at)).getBytes(StandardCharsets.UTF_8);
    stray[body.substring(0, at).getBytes(StandardCharsets.UTF_8).length] = (byte) 0x9D;
    ParsedFeed mostlyUtf8 = reader.read(stray, null, null);
    assertThat(mostlyUtf8.charset()).isEqualTo("UTF-8");
    assertThat(mostlyUtf8.entries().get(0).title()).isEqualTo(title);
  }

  @Test
  void utf32WithABomIsRead() throws Exception {
    byte[] body = rss("<item><title>Ünïcödé</title><link>https://x.example/1</link></item>")
        .getBytes(Charset.forName("UTF-32BE"));
    byte[] bytes = new byte[body.length + 4];
    bytes[2] = (byte) 0xFE;
    bytes[3] = (byte) 0xFF;
    System.arraycopy(body, 0, bytes, 4, body.length);
    assertThat(reader.read(bytes, null, null).entries().get(0).title()).isEqualTo("Ünïcödé");
  }

  @Test
  void anHttpCharsetWinsOverTheXmlDeclaration() throws Exception {
    byte[] bytes = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + rss("<item><title>Café</title>"
        + "<link>https://x.example/1</link></item>")).getBytes(StandardCharsets.ISO_8859_1);
    ParsedFeed feed = reader.read(bytes, "application/rss+xml; charset=iso-8859-1", null);
    assertThat(feed.entries().get(0).title()).isEqualTo("Café");
  }

  @Test
  void aMisspelledEndTagEndsTheElementItWasMeantForAndTheItemKeepsItsLinkAndDate() throws Exception {
    ParsedFeed feed = read(rss("\n<item><title>Glühweinstand eröffnet</titel>\n<link>https://x.example/1</link>"
        + "<pubDate>Tue, 01 Dec 2026 10:00:00 GMT</pubDate><description>Am Markt.</description></item>"
        + "\n<item><title>Two</title><link>https://x.example/2</link></item>"));
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Glühweinstand eröffnet", "Two");
    assertThat(feed.entries().get(0).link()).isEqualTo("https://x.example/1");
    assertThat(feed.entries().get(0).published()).isNotNull();
    assertThat(feed.warnings()).anyMatch(w -> w.contains("end tag(s), the first on line 2"));
  }

  @Test
  void anEndTagInOtherCapitalsEndsTheElementToo() throws Exception {
    ParsedFeed feed = read(rss("<item><title>One</Title><link>https://x.example/1</link></item>"));
    assertThat(feed.entries().get(0).link()).isEqualTo("https://x.example/1");
  }

  @Test
  void aStrayEndTagThatIsNoMisspellingIsDropped() throws Exception {
    ParsedFeed feed = read(rss("<item><title>One</p> two</title><link>https://x.example/1</link></item>"));
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One two");
  }

  @Test
  void shortNamesAreTooAlikeToBeMisspellings() {
    assertThat(TagScanner.misspelled("br", "b")).isFalse();
    assertThat(TagScanner.misspelled("titel", "title")).isTrue();
    assertThat(TagScanner.misspelled("dscription", "description")).isTrue();
    assertThat(TagScanner.misspelled("dc:date", "dc:creator")).isFalse();
  }

  @Test
  void aTruncatedDocumentKeepsItsCompleteItems() throws Exception {
    ParsedFeed feed = read("<rss version=\"2.0\"><channel><title>T</title><link>https://x.example/</link>"
        + "<item><title>One</title><link>https://x.example/1</link></item>"
        + "<item><title>Two</title><link>https://x.example/2</link></item>"
        + "<item><title>Thr");
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One", "Two");
    assertThat(feed.warnings()).containsExactly(
        "the document is cut off on line 1 (no closing </rss>); kept the complete items before the break");
  }

  @Test
  void aCdataSectionNeverClosedIsNamedWithTheLineThatOpenedIt() throws Exception {
    ParsedFeed feed = read("<rss version=\"2.0\"><channel><title>T</title>\n"
        + "<item><title>One</title><link>https://x.example/1</link></item>\n"
        + "<item><title>Two</title><description><![CDATA[<p>Open\n\nand never closed</p></description></item>\n"
        + "</channel></rss>\n");
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("One");
    assertThat(feed.warnings()).contains("a CDATA section opened on line 3 is never closed; kept the complete items before it");
  }

  @Test
  void aTruncatedDocumentAlsoSaysWhereItsItemsWereRepaired() throws Exception {
    ParsedFeed feed = read("<rss version=\"2.0\"><channel><title>T</title>\n"
        + "<item><title>One</title><link>https://x.example/1</link></item>\n"
        + "<item><title>Two<link>https://x.example/2</link></item>\n"
        + "<item><title>Three</title><link>https://x.example/3</link></item>\n"
        + "<item><title>Fo");
    assertThat(feed.warnings()).anyMatch(w -> w.startsWith("the document is cut off on line 5"))
        .anyMatch(w -> w.contains("end tag(s), the first on line 3"));
  }

  @Test
  void mismatchedEndTagsAreRepaired() throws Exception {
    ParsedFeed feed = read(rss("<item><title>one</titel><link>https://x.example/1</link></item>"
        + "<item><title>two</title><link>https://x.example/2</link></item>"));
    assertThat(feed.entries()).hasSize(2);
    assertThat(feed.entries().get(1).title()).isEqualTo("two");
  }

  @Test
  void junkAroundTheDocumentIsIgnored() throws Exception {
    ParsedFeed feed = read("<br />\n<b>Notice</b>: Undefined index in feed.php\n" + rss(
        "<item><title>Kept</title><link>https://x.example/1</link></item>") + "<b>Warning</b>: more junk");
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Kept");
    assertThat(feed.warnings()).contains("skipped text before the document's root element",
        "ignored content after the end of the document");
  }

  @Test
  void aCommentOrProcessingInstructionAfterTheRootIsNoJunk() throws Exception {
    ParsedFeed feed = read(rss("<item><title>Kept</title><link>https://x.example/1</link></item>")
        + "\n<!-- generated in 0.02 s -->\n<?cache hit?>\n");
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Kept");
    assertThat(feed.warnings()).isEmpty();
  }

  @Test
  void aVideoFeedsGroupGivesItsItemsTheirPictureAndSummary() throws Exception {
    ParsedFeed feed = read("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>T</title>"
        + "<link>https://x.example/</link><description>d</description><item><title>Harbour cam</title>"
        + "<link>https://video.example/watch?v=1</link><media:group><media:title>Harbour cam</media:title>"
        + "<media:thumbnail url=\"https://i.video.example/1.jpg\"/>"
        + "<media:description>The ferry at dawn &amp; dusk.\nFilmed from the pier.\n\nMusic: none</media:description>"
        + "</media:group></item><item><link>https://video.example/watch?v=2</link><media:group>"
        + "<media:title>Quay at night</media:title></media:group></item></channel></rss>");
    assertThat(feed.entries()).extracting(FeedEntry::title).containsExactly("Harbour cam", "Quay at night");
    FeedEntry entry = feed.entries().get(0);
    assertThat(entry.imageUrl()).isEqualTo("https://i.video.example/1.jpg");
    assertThat(entry.summaryHtml()).isEqualTo("<p>The ferry at dawn &amp; dusk.<br>Filmed from the pier.</p><p>Music: none</p>");
  }

  @Test
  void anEmptyRss090DocumentIsSaidToBeRss090() throws Exception {
    assertThat(read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://my.netscape.com/rdf/simple/0.9/\"></rdf:RDF>").format()).isEqualTo("RSS 0.9");
    assertThat(read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\""
        + " xmlns=\"http://purl.org/rss/1.0/\"></rdf:RDF>").format()).isEqualTo("RSS 1.0");
    assertThat(read("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>").format())
        .isEqualTo("RSS 1.0");
  }

  @Test
  void htmlEntitiesAndBareAmpersandsAreHealed() throws Exception {
    ParsedFeed feed = read(rss("<item><title>Caf&eacute; &mdash; Tom & Jerry</title>"
        + "<link>https://x.example/story?id=1&page=2</link></item>"));
    assertThat(feed.entries().get(0).title()).isEqualTo("Café — Tom & Jerry");
    assertThat(feed.entries().get(0).link()).isEqualTo("https://x.example/story?id=1&page=2");
  }

  @Test
  void anUndeclaredPrefixDoesNotFailTheFeed() throws Exception {
    ParsedFeed feed = read(rss("<item><title>Ep</title><link>https://x.example/1</link>"
        + "<itunes:duration>3:00</itunes:duration></item>"));
    assertThat(feed.entries()).hasSize(1);
  }

  @Test
  void internalEntitiesAreExpandedAndEntityBombsRefused() throws Exception {
    ParsedFeed ok = read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY site \"x.example\">]>"
        + rss("<item><title>At &site;</title><link>https://x.example/1</link></item>"));
    assertThat(ok.entries().get(0).title()).isEqualTo("At x.example");
    StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      bomb.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    bomb.append("]>").append(rss("<item><title>&lol9;</title></item>"));
    assertThatThrownBy(() -> read(bomb.toString())).isInstanceOf(FeedException.class)
        .hasMessageContaining("entity");
  }

  @Test
  void manyEntitiesEachHoldingALongOneAreRefusedAndSoIsAChainTooDeepWhateverOrderTheyAreMetIn() throws Exception {
    StringBuilder many = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY big \"" + "x".repeat(60_000)
        + "\">");
    for (int i = 0; i < 100; i++) {
      many.append("<!ENTITY c").append(i).append(" \"&big;\">");
    }
    many.append("]>").append(rss("<item><title>t</title><link>https://x.example/1</link></item>"));
    assertThatThrownBy(() -> read(many.toString())).isInstanceOf(FeedException.class)
        .hasMessageContaining("expand to more than " + Doctype.MAX_EXPANSION + " characters in all");
    for (String[] names : new String[][] {{"a", "b", "c", "d", "e", "f", "g"}, {"g", "f", "e", "d", "c", "b", "a"},
        {"q7", "k2", "zz", "b1", "m", "x0", "aa"}}) {
      StringBuilder chain = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY " + names[0] + " \"end\">");
      for (int i = 1; i < names.length; i++) {
        chain.append("<!ENTITY ").append(names[i]).append(" \"&").append(names[i - 1]).append(";\">");
      }
      chain.append("]>").append(rss("<item><title>t</title><link>https://x.example/1</link></item>"));
      assertThatThrownBy(() -> read(chain.toString())).as("chain %s", String.join(",", names))
          .isInstanceOf(FeedException.class).hasMessageContaining("nests other entities too deeply");
    }
  }

  @Test
  void anItemBringsAtMost25TagsTenAuthorsAndAHeadlineOf500CharactersAndTheFeedIsToldOnce() throws Exception {
    StringBuilder item = new StringBuilder("<item><title>" + "word ".repeat(200) + "</title><link>https://x.example/1</link>");
    for (int i = 0; i < 3000; i++) {
      item.append("<category>topic").append(i).append("</category>");
    }
    for (int i = 0; i < 30; i++) {
      item.append("<dc:creator>Writer ").append(i).append("</dc:creator>");
    }
    item.append("</item>");
    String twice = item.toString() + item.toString().replace("x.example/1", "x.example/2");
    ParsedFeed feed = read(rss(twice).replace("<rss ", "<rss xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "));
    FeedEntry e = feed.entries().get(0);
    assertThat(e.categories()).hasSize(25).startsWith("topic0", "topic1").endsWith("topic24");
    assertThat(e.authors()).hasSize(10);
    assertThat(e.title()).hasSizeLessThanOrEqualTo(500).endsWith("word…");
    assertThat(feed.warnings()).filteredOn(w -> w.startsWith("an item has more than 25 categories")).hasSize(1);
    assertThat(feed.warnings()).filteredOn(w -> w.startsWith("an item names more than 10 authors")).singleElement()
        .asString().endsWith(", https://x.example/1)").contains("(the first such item: '");
    assertThat(feed.warnings()).filteredOn(w -> w.startsWith("an item's title is longer than 500")).hasSize(1);
  }

  @Test
  void aCategoryNamingATagIsKeptAsWrittenAndOneInMarkupLosesOnlyTheMarkup() throws Exception {
    ParsedFeed feed = read(rss("<item><title>T</title><link>https://x.example/1</link>"
        + "<category>&lt;dialog&gt;</category><category>C++ &lt;templates&gt;</category>"
        + "<category>&lt;b&gt;Sport&lt;/b&gt;</category></item>"));
    assertThat(feed.entries().get(0).categories()).containsExactly("<dialog>", "C++ <templates>", "Sport");
  }

  @Test
  void itemsWhoseLinkIsNoWebAddressAreKeptWithoutOneAndToldOfOnceNamingTheFirst() throws Exception {
    ParsedFeed feed = read(rss("<item><title>Script link</title><link>javascript:alert(1)</link></item>"
        + "<item><title>File link</title><link>ftp://x.example/a</link></item>"
        + "<item><title>Piped link</title><link>https://x.example/search?q=a|b</link></item>"));
    assertThat(feed.entries()).extracting(FeedEntry::link)
        .containsExactly(null, null, "https://x.example/search?q=a%7Cb");
    assertThat(feed.warnings()).filteredOn(w -> w.startsWith("items whose link is not a web address")).containsExactly(
        "items whose link is not a web address are kept without one, so their stories do not link to the original"
            + " (the first such item: 'Script link', javascript:alert(1))");
  }

  @Test
  void aSummaryOfMegabytesKeepsItsLeadingBlocksWithinTheLimit() throws Exception {
    String paragraph = "<p>" + "The tide came in over the quay again. ".repeat(50) + "</p>";
    String huge = paragraph.repeat(2_000);
    ParsedFeed feed = read(rss("<item><title>Tides</title><link>https://x.example/1</link><description><![CDATA["
        + huge + "]]></description></item>"));
    String summary = feed.entries().get(0).summaryHtml();
    assertThat(summary.length()).isLessThanOrEqualTo(EntryLimits.MAX_SUMMARY_LENGTH).isGreaterThan(90_000);
    assertThat(summary).startsWith(paragraph).endsWith("</p>");
    assertThat(feed.warnings()).filteredOn(w -> w.startsWith("an item's summary is longer than")).hasSize(1);
  }

  @Test
  void entitiesThatReferToOneAnotherThousandsOfTimesAreRefusedThoughTheyExpandToNothing() throws Exception {
    // Expanded reference by reference, four levels of 150 empty references were 150^4 steps: minutes for 2.7 KB.
    StringBuilder empty = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a0 \"\">");
    for (int i = 1; i <= 4; i++) {
      empty.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(150)).append("\">");
    }
    empty.append("]>").append(rss("<item><title>Calm&a4;</title><link>https://x.example/1</link></item>"));
    assertThat(read(empty.toString()).entries().get(0).title()).isEqualTo("Calm");
    String many = empty.toString().replace(("&a0;").repeat(150), ("&a0;").repeat(Doctype.MAX_REFERENCES));
    assertThatThrownBy(() -> read(many)).isInstanceOf(FeedException.class)
        .hasMessageContaining("refer to one another more than 10000 times");
  }

  @Test
  void entitiesAreNotExpandedInsideCdataOrComments() throws Exception {
    ParsedFeed feed = read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY co \"Company\">]>"
        + rss("<item><title>&co; news</title><link>https://x.example/1</link><!-- &co; -->"
        + "<description><![CDATA[<p>x = &co;</p>]]></description></item>"));
    assertThat(feed.entries().get(0).title()).isEqualTo("Company news");
    assertThat(feed.entries().get(0).summaryHtml()).isEqualTo("<p>x = &amp;co;</p>");
  }

  @Test
  void aDeclarationInsideACommentOfTheDoctypeDeclaresNothing() throws Exception {
    ParsedFeed feed = read("<?xml version=\"1.0\"?><!DOCTYPE rss [<!-- <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]> -->"
        + "<!ENTITY site \"x.example\">]>" + rss("<item><title>At &site;</title><link>https://x.example/1</link></item>"));
    assertThat(feed.entries().get(0).title()).isEqualTo("At x.example");
  }

  @Test
  void aDoctypeInsideCdataIsContentNotADeclaration() throws Exception {
    ParsedFeed feed = read(rss("<item><title>Markup</title><link>https://x.example/1</link>"
        + "<description><![CDATA[<pre>&lt;!DOCTYPE html [ ]&gt;</pre><p>Write <!DOCTYPE html> first.</p>]]></description></item>"));
    assertThat(feed.entries().get(0).summaryHtml()).contains("first.");
    assertThat(feed.warnings()).noneMatch(w -> w.contains("DOCTYPE"));
  }

  @Test
  void deepNestingIsRefusedNotAStackOverflow() {
    String deep = "<span>".repeat(20_000) + "x" + "</span>".repeat(20_000);
    assertThatThrownBy(() -> read(rss("<item><title>t</title><description>" + deep + "</description></item>")))
        .isInstanceOf(FeedException.class)
        .hasMessageContaining("nested more than 1000 levels");
  }

  @Test
  void gzipWithoutAHeaderIsSniffed() throws Exception {
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
      gz.write(rss("<item><title>Zipped</title><link>https://x.example/1</link></item>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(reader.read(zipped.toByteArray(), null, null).entries().get(0).title()).isEqualTo("Zipped");
  }

  @Test
  void xmlBaseAndRelativeLinksResolve() throws Exception {
    ParsedFeed feed = reader.read("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.org/blog/"><title>B</title><id>u</id>
        <entry xml:base="2024/"><title>One</title><id>1</id><link href="first-post.html"/>
        <content type="html">&lt;img src="images/pic.png"&gt;&lt;a href="x.html"&gt;x&lt;/a&gt;</content></entry>
        <entry><title>Two</title><id>2</id><link href="/second.html"/></entry>
        <entry xml:base="javascript:alert(1)"><title>Three</title><id>3</id><link href="//cdn.example.org/3"/></entry>
        </feed>
        """.getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(feed.entries()).extracting(FeedEntry::link).containsExactly(
        "https://example.org/blog/2024/first-post.html", "https://example.org/second.html", "https://cdn.example.org/3");
    assertThat(feed.entries().get(0).imageUrl()).isEqualTo("https://example.org/blog/2024/images/pic.png");
    assertThat(feed.entries().get(0).summaryHtml()).contains("href=\"https://example.org/blog/2024/x.html\"");
  }

  @Test
  void leadImagesComeFromMediaRssEnclosuresAndItunes() throws Exception {
    ParsedFeed feed = read("""
        <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
        <channel><title>T</title><link>https://x.example/</link><description>d</description>
        <item><title>1</title><link>https://x.example/1</link><media:content url="/1.jpg" medium="image"/></item>
        <item><title>2</title><link>https://x.example/2</link><enclosure url="https://x.example/2.png" type="image/png" length="1"/></item>
        <item><title>3</title><link>https://x.example/3</link><media:group><media:content url="/3-small.jpg" type="image/jpeg"/>
          <media:content url="/3-big.jpg" type="image/jpeg" isDefault="true"/></media:group></item>
        <item><title>4</title><link>https://x.example/4</link><itunes:image href="https://x.example/4.jpg"/></item>
        <item><title>5</title><link>https://x.example/5</link><enclosure url="https://x.example/5.mp3" type="audio/mpeg" length="1"/></item>
        </channel></rss>
        """);
    assertThat(feed.entries()).extracting(FeedEntry::imageUrl).containsExactly("https://x.example/1.jpg",
        "https://x.example/2.png", "https://x.example/3-big.jpg", "https://x.example/4.jpg", null);
  }

  @Test
  void datesComeFromEveryUsualElement() throws Exception {
    ParsedFeed feed = reader.read("""
        <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
          xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">
        <channel rdf:about="https://x.example/"><title>T</title><link>https://x.example/</link><description>d</description></channel>
        <item rdf:about="https://x.example/1"><title>1</title><link>https://x.example/1</link><dc:date>2024-03-05t14:22:01z</dc:date></item>
        <item rdf:about="https://x.example/2"><title>2</title><link>https://x.example/2</link>
          <dcterms:modified>Tue, 05 Mar 2024 14:22:01 +0100</dcterms:modified></item>
        </rdf:RDF>
        """.getBytes(StandardCharsets.UTF_8), null, null);
    assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2024-03-05T14:22:01Z"));
    assertThat(feed.entries().get(1).updated()).isEqualTo(Instant.parse("2024-03-05T13:22:01Z"));
  }

  @Test
  void anHtmlPageNamesTheFeedItLinksTo() {
    assertThatThrownBy(() -> reader.read("""
        <!DOCTYPE html><html><head><title>Example News</title>
        <link rel="alternate" type="application/rss+xml" href="/feed.xml">
        <link rel="alternate" type="application/atom+xml" href="https://example.org/atom.xml"></head><body></body></html>
        """.getBytes(StandardCharsets.UTF_8), "text/html", "https://example.org/news/"))
        .isInstanceOfSatisfying(FeedException.class, e -> {
          assertThat(e.getMessage()).isEqualTo(
              "not a feed: an HTML page (\"Example News\"); did you mean https://example.org/feed.xml?");
          assertThat(e.alternates()).containsExactly("https://example.org/feed.xml", "https://example.org/atom.xml");
        });
    // Read from a file, the page has no address to resolve its link against: said so.
    assertThatThrownBy(() -> reader.read("""
        <!DOCTYPE html><html><head><title>Example News</title>
        <link rel="alternate" type="application/rss+xml" href="/feed.xml"></head></html>
        """.getBytes(StandardCharsets.UTF_8), "text/html", null))
        .hasMessage("not a feed: an HTML page (\"Example News\"); did you mean /feed.xml (relative to the page's own"
            + " web address)?");
  }

  @Test
  void jsonFeedsAreRead() throws Exception {
    ParsedFeed feed = reader.read("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example/",
         "authors": [{"name": "Ann"}],
         "items": [
           {"id": "1", "url": "https://j.example/1", "title": "First", "content_html": "<p>Hi<script>x</script></p>",
            "date_published": "2024-03-05T14:22:01Z", "image": "/i.png", "tags": ["a"]},
           {"id": "2", "url": "/2", "content_text": "A note without a title that goes on for a while."}
         ]}
        """.getBytes(StandardCharsets.UTF_8), "application/feed+json", "https://j.example/feed.json");
    assertThat(feed.format()).isEqualTo("JSON Feed 1.1");
    assertThat(feed.entries().get(0).summaryHtml()).isEqualTo("<p>Hi</p>");
    assertThat(feed.entries().get(0).imageUrl()).isEqualTo("https://j.example/i.png");
    assertThat(feed.entries().get(0).authors()).containsExactly("Ann");
    assertThat(feed.entries().get(1).link()).isEqualTo("https://j.example/2");
    assertThat(feed.entries().get(1).title()).isEqualTo("A note without a title that goes on for a while.");
  }

  @Test
  void otherDocumentsAreRejectedWithTheReason() {
    assertThatThrownBy(() -> read("{\"error\": \"rate limited\"}")).hasMessageContaining("API error: rate limited");
    assertThatThrownBy(() -> read("404 Not Found")).hasMessage("not a feed: plain text (\"404 Not Found\")");
    assertThatThrownBy(() -> read("<opml version=\"2.0\"><body/></opml>")).hasMessageContaining("OPML");
    assertThatThrownBy(() -> read("   \n ")).hasMessage("empty response: the body holds only whitespace");
  }

  @Test
  void charactersThatXmlCannotCarryAreRemovedFromJsonFeedItems() throws Exception {
    ParsedFeed feed = reader.read("""
        {"version": "https://jsonfeed.org/version/1.1", "title": "J\\u0000",
         "items": [{"id": "1", "url": "https://j.example/1", "title": "Vote\\u0001 \\u000cdelayed\\ufffe\\ud800",
           "authors": [{"name": "Ann\\u001b"}, {"name": "\\u0002"}], "tags": ["a\\u0000b"],
           "content_text": "Council\\u0000 said"},
          {"id": "2", "url": "https://j.example/2", "title": "Full", "summary": "Short",
           "content_html": "<p>Full\\u0001 text&#1;&#x2;</p>"}]}
        """.getBytes(StandardCharsets.UTF_8), "application/feed+json", "https://j.example/feed.json");
    // The full text too: the store takes it as it enters (a binary snapshot of the store is read without cleaning it).
    assertThat(feed.entries().get(1).contentHtml()).isEqualTo("<p>Full text</p>");
    FeedEntry e = feed.entries().get(0);
    assertThat(feed.title()).isEqualTo("J");
    assertThat(e.title()).isEqualTo("Vote delayed");
    assertThat(e.authors()).containsExactly("Ann");
    assertThat(e.categories()).containsExactly("ab");
    assertThat(e.summaryHtml()).isEqualTo("<p>Council said</p>");
  }

  @Test
  void charactersThatXmlCannotCarryAreRemovedWhenAnRssTitleSpellsThemAsEntities() throws Exception {
    ParsedFeed feed = read(rss("<item><title>Tide &amp;#1;tables&amp;#xFFFE;</title><link>https://x.example/1</link>"
        + "<author>jo@x.example (Jo &amp;#27;Bloggs)</author></item>"));
    assertThat(feed.entries().get(0).title()).isEqualTo("Tide tables");
    assertThat(feed.entries().get(0).authors()).containsExactly("Jo Bloggs");
  }

  @Test
  void aLongFeedsItemsAndTheirWarningsKeepTheFeedsOrder() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 1; i <= 120; i++) {
      items.append("<item><title>Item ").append(i).append("</title><link>https://x.example/").append(i)
          .append("</link><description>&lt;p&gt;Text ").append(i).append("&lt;/p&gt;</description><pubDate>")
          .append(i % 3 == 0 ? "day " + i : "Tue, 01 Dec 2026 10:00:00 GMT").append("</pubDate></item>");
    }
    ParsedFeed feed = read(rss(items.toString()));
    assertThat(feed.entries()).extracting(FeedEntry::title)
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 120).mapToObj(i -> "Item " + i).toList());
    assertThat(feed.entries().get(119).summaryHtml()).isEqualTo("<p>Text 120</p>");
    assertThat(feed.warnings()).filteredOn(w -> w.startsWith("unreadable date"))
        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 40)
            .mapToObj(i -> "unreadable date 'day " + 3 * i + "' in <pubDate> of the item 'Item " + 3 * i
                + "'; using the first-seen time").toList());
  }
}
