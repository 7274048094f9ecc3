package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedWriterTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\nteaserLength: 40\n"
      + "sources:\n  - id: open\n    name: Open Wire\n    url: https://open.example/feed\n    fullText: true\n"
      + "  - id: closed\n    name: Closed Daily\n    url: https://closed.example/feed\n",
      Path.of("/tmp/site"), "broadsheet.yaml");
  private static final String BODY = "<p>The council voted on Tuesday to open eighty more beds in the winter"
      + " shelter, after a month of nights below freezing.</p><p>Second paragraph &amp; more.</p>";

  private static Story.Item item(String source) {
    Article a = new Article(source + "-1", "https://" + source + ".example/a", null, source, "Shelter opens", null, null,
        null, List.of(), List.of(), Instant.parse("2026-11-20T08:30:00Z"), null, Instant.parse("2026-11-20T08:30:00Z"),
        BODY, null, null);
    return new Story.Item(a, "shelter-" + source, "articles/shelter-" + source + "/");
  }

  private static SyndFeed written(String source, boolean atom) throws Exception {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(
        FeedWriter.entryOf(item(source), "https://e.org/articles/shelter-" + source + "/", h)));
    FeedWriter writer = new FeedWriter(CONFIG, h);
    byte[] bytes = atom ? writer.atom(channel, "atom.xml") : writer.rss(channel, "feed.xml");
    return new SyndFeedInput().build(new StringReader(new String(bytes, StandardCharsets.UTF_8)));
  }

  private static String html(SyndFeed feed) {
    var entry = feed.getEntries().get(0);
    return entry.getDescription() != null ? entry.getDescription().getValue() : entry.getContents().get(0).getValue();
  }

  @Test
  void feedItemsCarryTheWholeTextOnlyWhereThePublisherAllowsItAsArticlePagesDo() throws Exception {
    for (boolean atom : List.of(false, true)) {
      assertThat(html(written("open", atom))).contains("nights below freezing.</p><p>Second paragraph").contains("https://open.example/a");
      assertThat(html(written("closed", atom))).doesNotContain("Second paragraph").doesNotContain("freezing")
          .contains("<p>The council voted on Tuesday to open…</p>").contains("https://closed.example/a");
    }
  }

  @Test
  void itemHtmlIsWrittenAsCdataAndReadsBackAsTheSameHtml() {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    FeedWriter.Entry entry = FeedWriter.entryOf(item("open"), "https://e.org/articles/shelter-open/", h);
    FeedWriter.Entry tricky = new FeedWriter.Entry("https://e.org/x/", "X", "<p>a ]]> b</p>", "https://e.org/x/",
        "https://e.org/x/", Instant.parse("2026-11-20T08:30:00Z"), List.of(), "E", List.of());
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(entry, tricky));
    String rss = new String(new FeedWriter(CONFIG, h).rss(channel, "feed.xml"), StandardCharsets.UTF_8);
    assertThat(rss).contains("<description><![CDATA[<p>").contains(BODY)
        // The end marker of a CDATA section cannot be inside one: that text is escaped instead.
        .contains("<description>&lt;p&gt;a ]]&gt; b&lt;/p&gt;</description>");
  }

  @Test
  void authorsAreNamedInBothFormatsAndAnAtomEntryWithoutOneCreditsItsPublisher() throws Exception {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    Article signed = new Article("open-2", "https://open.example/b", null, "open", "Ferry resumes", null, null, null,
        List.of(), List.of("Ana Ruiz", "Tom Okafor"), Instant.parse("2026-11-20T09:30:00Z"), null,
        Instant.parse("2026-11-20T09:30:00Z"), BODY, null, null);
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(
        FeedWriter.entryOf(new Story.Item(signed, "ferry", "articles/ferry/"), "https://e.org/articles/ferry/", h),
        FeedWriter.entryOf(item("open"), "https://e.org/articles/shelter-open/", h)));
    FeedWriter writer = new FeedWriter(CONFIG, h);
    String rss = new String(writer.rss(channel, "feed.xml"), StandardCharsets.UTF_8);
    String atom = new String(writer.atom(channel, "atom.xml"), StandardCharsets.UTF_8);
    assertThat(rss).contains("<dc:creator>Ana Ruiz</dc:creator>", "<dc:creator>Tom Okafor</dc:creator>");
    // RSS names only real authors: the unsigned item has none.
    assertThat(rss.split("<item>")[2]).doesNotContain("dc:creator");
    assertThat(atom).contains("<name>Ana Ruiz</name>", "<name>Tom Okafor</name>", "<name>Open Wire</name>")
        .doesNotContain("<name />");
    // A pick of a page no source carries: the host that stands in for its publisher is credited.
    Article picked = new Article("pick-1", "https://blog.example/post", null, null, "A post", "blog.example", null, null,
        List.of(), List.of(), Instant.parse("2026-11-20T07:30:00Z"), null, Instant.parse("2026-11-20T07:30:00Z"),
        BODY, null, null);
    String pickAtom = new String(writer.atom(new FeedWriter.Channel("T", "", "", List.of(FeedWriter.entryOf(
        new Story.Item(picked, "post", "articles/post/"), "https://e.org/articles/post/", h))), "atom.xml"),
        StandardCharsets.UTF_8);
    assertThat(pickAtom).contains("<name>blog.example</name>").doesNotContain("<name />");
    SyndFeed read = new SyndFeedInput().build(new StringReader(atom));
    assertThat(read.getEntries().get(1).getAuthors()).extracting(p -> p.getName()).containsExactly("Open Wire");
  }

  @Test
  void aLinkWithAnAccentIsWrittenAsAUrlInEveryFeed() throws Exception {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    Article accented = new Article("open-4", "https://open.example/avis/marées", null, "open", "Tides", null, null,
        null, List.of(), List.of(), null, null, Instant.parse("2026-11-20T10:00:00Z"), BODY, null, null);
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(
        FeedWriter.entryOf(new Story.Item(accented, "tides", "articles/tides/"), "https://e.org/articles/tides/", h)));
    FeedWriter writer = new FeedWriter(CONFIG, h);
    assertThat(new String(writer.rss(channel, "feed.xml"), StandardCharsets.UTF_8))
        .contains("<link>https://open.example/avis/mar%C3%A9es</link>");
    assertThat(new String(writer.json(channel, "feed.json"), StandardCharsets.UTF_8))
        .contains("\"external_url\" : \"https://open.example/avis/mar%C3%A9es\"");
  }

  @Test
  void anUndatedArticleIsNeverGivenItsFirstSeenTimeAsAPublicationDate() throws Exception {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    Article undated = new Article("open-3", "https://open.example/c", null, "open", "Tide notice", null, null, null,
        List.of(), List.of(), null, null, Instant.parse("2026-11-20T10:00:00Z"), BODY, null, null);
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(
        FeedWriter.entryOf(new Story.Item(undated, "tide", "articles/tide/"), "https://e.org/articles/tide/", h),
        FeedWriter.entryOf(item("open"), "https://e.org/articles/shelter-open/", h)));
    FeedWriter writer = new FeedWriter(CONFIG, h);
    String rss = new String(writer.rss(channel, "feed.xml"), StandardCharsets.UTF_8);
    String atom = new String(writer.atom(channel, "atom.xml"), StandardCharsets.UTF_8);
    String json = new String(writer.json(channel, "feed.json"), StandardCharsets.UTF_8);
    assertThat(rss.split("<item>")[1]).doesNotContain("pubDate").doesNotContain("dc:date");
    assertThat(rss.split("<item>")[2]).contains("<pubDate>Fri, 20 Nov 2026 08:30:00 GMT</pubDate>");
    // Said once, in RSS's own elements: validators warn of a Dublin Core copy beside them.
    assertThat(rss).doesNotContain("dc:date").doesNotContain("<dc:language>").contains("<language>");
    String undatedEntry = atom.split("<entry>")[1];
    assertThat(undatedEntry).doesNotContain("<published>").contains("<updated>2026-11-20T10:00:00Z</updated>");
    assertThat(atom.split("<entry>")[2]).contains("<published>2026-11-20T08:30:00Z</published>");
    assertThat(json).containsOnlyOnce("date_published");
  }

  @Test
  void anItemChangedByItsPublisherOrAnEditorsNoteSaysWhenAndKeepsItsPublicationDate() throws Exception {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    Article corrected = new Article("open-4", "https://open.example/d", null, "open", "Ferry times corrected", null, null,
        "Transport", List.of("ferries", "Transport"), List.of(), Instant.parse("2026-11-20T08:30:00Z"),
        Instant.parse("2026-11-20T15:45:00Z"), Instant.parse("2026-11-20T08:30:00Z"), BODY, null, null);
    FeedWriter.Entry entry = FeedWriter.entryOf(new Story.Item(corrected, "ferry", "articles/ferry/"),
        "https://e.org/articles/ferry/", h);
    FeedWriter.Entry noted = new FeedNote("<p>Why it matters.</p>", Instant.parse("2026-11-21T07:00:00Z"))
        .on(FeedWriter.entryOf(item("open"), "https://e.org/articles/shelter-open/", h), h.messages(), "Harbour Digest");
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(noted, entry));
    FeedWriter writer = new FeedWriter(CONFIG, h);
    String rss = new String(writer.rss(channel, "feed.xml"), StandardCharsets.UTF_8);
    String atom = new String(writer.atom(channel, "atom.xml"), StandardCharsets.UTF_8);
    String json = new String(writer.json(channel, "feed.json"), StandardCharsets.UTF_8);
    // Published when it was; changed when its publisher or the editor changed it.
    assertThat(atom.split("<entry>")[1]).contains("<published>2026-11-20T08:30:00Z</published>",
        "<updated>2026-11-21T07:00:00Z</updated>", "Why it matters.", "Note from Harbour Digest");
    assertThat(atom.split("<entry>")[2]).contains("<published>2026-11-20T08:30:00Z</published>",
        "<updated>2026-11-20T15:45:00Z</updated>");
    assertThat(atom.split("<entry>")[0]).contains("<updated>2026-11-21T07:00:00Z</updated>");
    // A pick without a note still brings the item back: changed when picked, its text as it was.
    FeedWriter.Entry plain = FeedWriter.entryOf(item("open"), "https://e.org/articles/shelter-open/", h);
    FeedWriter.Entry picked = new FeedNote("", Instant.parse("2026-11-22T06:00:00Z")).on(plain, h.messages(),
        "Harbour Digest");
    assertThat(picked.html()).isEqualTo(plain.html());
    assertThat(picked.updated()).isEqualTo(Instant.parse("2026-11-22T06:00:00Z"));
    assertThat(rss.split("<item>")[2]).contains("<pubDate>Fri, 20 Nov 2026 08:30:00 GMT</pubDate>");
    assertThat(json).contains("\"date_published\" : \"2026-11-20T08:30:00Z\"",
        "\"date_modified\" : \"2026-11-20T15:45:00Z\"", "\"date_modified\" : \"2026-11-21T07:00:00Z\"");
    // Filed under its section and its tags, each once.
    assertThat(rss.split("<item>")[2]).containsOnlyOnce("<category>Transport</category>")
        .contains("<category>ferries</category>");
    // Where each feed lives and what language it speaks, as readers of each format look for them.
    assertThat(rss).contains("<atom:link href=\"https://e.org/feed.xml\" rel=\"self\" type=\"application/rss+xml\"");
    assertThat(atom).containsPattern("<feed [^>]*xml:lang=\"en\"");
  }

  @Test
  void aFeedWithoutItemsIsNotDatedNineteenSeventy() {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    FeedWriter writer = new FeedWriter(CONFIG, h);
    FeedWriter.Channel empty = new FeedWriter.Channel("T", "", "sources/open/", List.of(),
        Instant.parse("2026-11-20T08:30:00Z"));
    String rss = new String(writer.rss(empty, "sources/open/feed.xml"), StandardCharsets.UTF_8);
    String atom = new String(writer.atom(empty, "sources/open/atom.xml"), StandardCharsets.UTF_8);
    assertThat(rss).doesNotContain("1970").doesNotContain("pubDate").doesNotContain("dc:date");
    assertThat(atom).doesNotContain("1970").contains("<updated>2026-11-20T08:30:00Z</updated>");
  }

  @Test
  void anItemsLeadImageIsGivenAsMediaContentAndAsTheJsonFeedImage() throws Exception {
    SiteConfig noCopies = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\nimages: {enabled: false}\n"
        + "sources:\n  - id: open\n    name: Open Wire\n    url: https://open.example/feed\n",
        Path.of("/tmp/site"), "broadsheet.yaml");
    TemplateHelpers h = new TemplateHelpers(noCopies);
    Article pictured = new Article("open-5", "https://open.example/e", null, "open", "Lighthouse relit", null, null,
        null, List.of(), List.of(), Instant.parse("2026-11-20T08:30:00Z"), null, Instant.parse("2026-11-20T08:30:00Z"),
        BODY, "https://open.example/img/light.jpg", null);
    FeedWriter.Channel channel = new FeedWriter.Channel("T", "", "", List.of(
        FeedWriter.entryOf(new Story.Item(pictured, "light", "articles/light/"), "https://e.org/articles/light/", h),
        FeedWriter.entryOf(item("open"), "https://e.org/articles/shelter-open/", h)));
    FeedWriter writer = new FeedWriter(noCopies, h);
    String rss = new String(writer.rss(channel, "feed.xml"), StandardCharsets.UTF_8);
    String atom = new String(writer.atom(channel, "atom.xml"), StandardCharsets.UTF_8);
    String json = new String(writer.json(channel, "feed.json"), StandardCharsets.UTF_8);
    String media = "<media:content url=\"https://open.example/img/light.jpg\" medium=\"image\" />";
    assertThat(rss).contains("xmlns:media=\"http://search.yahoo.com/mrss/\"");
    assertThat(rss.split("<item>")[1]).contains(media);
    assertThat(rss.split("<item>")[2]).doesNotContain("media:");
    assertThat(atom.split("<entry>")[1]).contains(media);
    assertThat(json).contains("\"image\" : \"https://open.example/img/light.jpg\"");
    // Readers that know Media RSS find it.
    assertThat(new SyndFeedInput().build(new StringReader(rss)).getEntries()).hasSize(2);
  }

  private static Article dated(String published, String updated, String firstSeen) {
    return new Article("open-6", "https://open.example/f", null, "open", "Clock", null, null, "World",
        List.of("world", "Ports"), List.of(), published == null ? null : Instant.parse(published),
        updated == null ? null : Instant.parse(updated), Instant.parse(firstSeen), BODY, null, null);
  }

  @Test
  void anUpdateCountsOnlyWhenLaterThanItsPublicationAndIsSetBackAsFarAsThatWasAhead() {
    String seen = "2026-11-20T08:00:00Z";
    // Most feeds give the two dates alike: no update, even far ahead (a broken clock).
    assertThat(FeedWriter.lastChanged(dated("9999-12-31T00:00:00Z", "9999-12-31T00:00:00Z", seen)))
        .isEqualTo(Instant.parse(seen));
    assertThat(FeedWriter.lastChanged(dated("2026-11-20T07:00:00Z", "2026-11-20T07:00:00Z", seen)))
        .isEqualTo(Instant.parse("2026-11-20T07:00:00Z"));
    // A publisher three hours ahead: its update two hours after publishing is two hours after first seen.
    assertThat(FeedWriter.lastChanged(dated("2026-11-20T11:00:00Z", "2026-11-20T13:00:00Z", seen)))
        .isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
    assertThat(FeedWriter.lastChanged(dated("2026-11-20T07:00:00Z", "2026-11-20T15:30:00Z", seen)))
        .isEqualTo(Instant.parse("2026-11-20T15:30:00Z"));
    assertThat(FeedWriter.lastChanged(dated(null, "2026-11-21T09:00:00Z", seen))).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
    // Filed under its section and tags once each, whatever their case.
    FeedWriter.Entry entry = FeedWriter.entryOf(new Story.Item(dated(null, null, seen), "clock", "articles/clock/"),
        "https://e.org/articles/clock/", new TemplateHelpers(CONFIG));
    assertThat(entry.categories()).containsExactly("World", "Ports");
  }

  @Test
  void anAtomFeedOfASiteWithNothingYetStillHasTheDateAtomRequires() {
    TemplateHelpers h = new TemplateHelpers(CONFIG);
    FeedWriter.Channel nothing = new FeedWriter.Channel("T", "", "", List.of());
    assertThat(new String(new FeedWriter(CONFIG, h).atom(nothing, "atom.xml"), StandardCharsets.UTF_8)).contains("<updated>");
    assertThat(new String(new FeedWriter(CONFIG, h).rss(nothing, "feed.xml"), StandardCharsets.UTF_8)).doesNotContain("pubDate");
  }
}
