package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An item's summary and its full content are read apart: which one a page shows is the source's call. */
class FeedContentTest {
  private final FeedReader reader = new FeedReader();

  private FeedEntry only(String document) throws FeedException {
    return reader.read(document.getBytes(StandardCharsets.UTF_8), null, null).entries().get(0);
  }

  @Test
  void rssDescriptionIsTheSummaryAndContentEncodedTheContent() throws Exception {
    FeedEntry e = only("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>t</title><item><title>A</title><link>https://x.example/a</link><description>Short.</description>"
        + "<content:encoded><![CDATA[<p>Long text.</p><p>More.</p>]]></content:encoded></item></channel></rss>");
    assertThat(e.summaryHtml()).isEqualTo("Short.");
    assertThat(e.contentHtml()).isEqualTo("<p>Long text.</p><p>More.</p>");
  }

  @Test
  void contentAloneIsTheSummaryAndNoContentBesideIt() throws Exception {
    FeedEntry e = only("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        + "<title>t</title><item><title>A</title><link>https://x.example/a</link>"
        + "<content:encoded><![CDATA[<p>Long text.</p>]]></content:encoded></item></channel></rss>");
    assertThat(e.summaryHtml()).isEqualTo("<p>Long text.</p>");
    assertThat(e.contentHtml()).isNull();
  }

  @Test
  void anRssItemsXhtmlBodyIsItsContentAsMarkup() throws Exception {
    FeedEntry alone = only("<rss version=\"2.0\"><channel><title>t</title><item><title>A</title>"
        + "<link>https://x.example/a</link><body xmlns=\"http://www.w3.org/1999/xhtml\"><p>Long <em>text</em> &amp; more.</p>"
        + "<p><img src=\"pic.jpg\" alt=\"\"/></p></body></item></channel></rss>");
    assertThat(alone.summaryHtml()).contains("<p>Long <em>text</em> &amp; more.</p>").doesNotContain("xmlns");
    assertThat(alone.imageUrl()).isEqualTo("https://x.example/pic.jpg");
    FeedEntry beside = only("<rss version=\"2.0\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"><channel><title>t</title>"
        + "<item><title>A</title><link>https://x.example/a</link><description>Short.</description>"
        + "<xhtml:body><xhtml:p>Long text.</xhtml:p></xhtml:body></item></channel></rss>");
    assertThat(beside.summaryHtml()).isEqualTo("Short.");
    assertThat(beside.contentHtml()).isEqualTo("<p>Long text.</p>");
  }

  @Test
  void atomSummaryAndContentAreReadApart() throws Exception {
    FeedEntry e = only("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id>"
        + "<entry><title>A</title><id>urn:a</id><link href=\"https://x.example/a\"/><summary>Short.</summary>"
        + "<content type=\"html\">&lt;p&gt;Long text.&lt;/p&gt;</content></entry></feed>");
    assertThat(e.summaryHtml()).isEqualTo("Short.");
    assertThat(e.contentHtml()).isEqualTo("<p>Long text.</p>");
  }

  @Test
  void jsonFeedSummaryIsTheSummaryAndContentHtmlTheContent() throws Exception {
    FeedEntry e = only("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\","
        + " \"url\": \"https://x.example/a\", \"title\": \"A\", \"summary\": \"Short & plain.\","
        + " \"content_html\": \"<p>Long text.</p>\"}]}");
    assertThat(e.summaryHtml()).isEqualTo("<p>Short &amp; plain.</p>");
    assertThat(e.contentHtml()).isEqualTo("<p>Long text.</p>");
    FeedEntry blank = only("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\","
        + " \"url\": \"https://x.example/a\", \"title\": \"A\", \"summary\": \" \", \"content_html\": \"<p>Long text.</p>\"}]}");
    assertThat(blank.summaryHtml()).isEqualTo("<p>Long text.</p>");
    assertThat(blank.contentHtml()).isNull();
    FeedEntry alone = only("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\","
        + " \"url\": \"https://x.example/a\", \"title\": \"A\", \"content_text\": \"Long text.\"}]}");
    assertThat(alone.summaryHtml()).isEqualTo("<p>Long text.</p>");
    assertThat(alone.contentHtml()).isNull();
  }

  @Test
  void dublinCoreSubjectsAreCategoriesInRss10AndBesideRss20Categories() throws Exception {
    FeedEntry rdf = only("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://x.example/\"><title>t</title>"
        + "<link>https://x.example/</link><description>d</description></channel><item rdf:about=\"https://x.example/a\">"
        + "<title>A</title><link>https://x.example/a</link><dc:subject>Linux</dc:subject></item></rdf:RDF>");
    assertThat(rdf.categories()).containsExactly("Linux");
    FeedEntry rss = only("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><title>t</title>"
        + "<item><title>A</title><link>https://x.example/a</link><category>Tech</category><dc:subject>Tech</dc:subject>"
        + "<dc:subject>Chips</dc:subject></item></channel></rss>");
    assertThat(rss.categories()).containsExactly("Tech", "Chips");
  }
}
