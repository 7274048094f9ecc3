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
}
