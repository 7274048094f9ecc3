package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataTest {
  private static Metadata of(String head, String body) {
    return new Metadata(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://news.example/story"));
  }

  @Test
  void jsonLdWrappedInCdataIsStillRead() {
    Metadata m = of("""
        <title>Page | Site</title>
        <script type="application/ld+json">
        <![CDATA[
        {"@type": "NewsArticle", "headline": "Harbour reopens", "author": [{"@type": "Person", "name": "Ana Ruiz"}],
         "datePublished": "2026-03-04T10:00:00+01:00", "publisher": {"name": "The Courier"}}
        ]]>
        </script>""", "");

    assertThat(m.title()).isEqualTo("Harbour reopens");
    assertThat(m.authors()).containsExactly("Ana Ruiz");
    assertThat(m.published()).isEqualTo(Instant.parse("2026-03-04T09:00:00Z"));
    assertThat(m.siteName()).isEqualTo("The Courier");
  }

  @Test
  void jsonLdInsideAnHtmlCommentIsStillRead() {
    Metadata m = of("<script type=\"application/ld+json\"><!-- {\"@type\": \"Article\", \"headline\": \"Kept\"} --></script>",
        "");

    assertThat(m.title()).isEqualTo("Kept");
  }

  @Test
  void anAuthorMarkedUpWithSeveralItempropTokensIsFound() {
    Metadata m = of("<title>T</title>", """
        <p itemprop="author creator" itemscope itemtype="http://schema.org/Person">
          By <a href="/by/nelson"><span itemprop="name">Nelson D. Schwartz</span></a></p>""");

    assertThat(m.authors()).containsExactly("Nelson D. Schwartz");
  }

  @Test
  void aMetaPropertyListingSeveralKeysCountsForEachOfThem() {
    Metadata m = of("<title>Title element</title><meta property=\"x:title dc:title\" content=\"Listed title\">", "");

    assertThat(m.title()).isEqualTo("Listed title");
  }

  @Test
  void dublinCoreUnderBothSpellingsGivesOneAuthor() {
    Metadata m = of("<meta name=\"DC.creator\" content=\"Lea Park\"><meta property=\"dc:creator\" content=\"Lea Park\">"
        + "<meta name=\"author\" content=\"Someone Else\">", "");

    assertThat(m.authors()).containsExactly("Lea Park");
  }

  @Test
  void theJsonLdNameWinsWhenTheHeadlineIsADescriptionTheTitleDoesNotShow() {
    Metadata m = of("""
        <title>New Zealand - Encyclopedia</title>
        <script type="application/ld+json">{"@type": "Article", "name": "New Zealand",
          "headline": "island country in the southwestern Pacific Ocean"}</script>""", "");

    assertThat(m.title()).isEqualTo("New Zealand");
  }

  @Test
  void theJsonLdHeadlineWinsOverTheNameOfThePublisher() {
    Metadata m = of("""
        <title>West Ham threaten the giants | Sport Daily</title>
        <script type="application/ld+json">{"@type": "NewsArticle", "name": "Sport Daily",
          "headline": "West Ham threaten the giants, and Souček shines"}</script>""", "");

    assertThat(m.title()).isEqualTo("West Ham threaten the giants, and Souček shines");
  }

  @Test
  void microdataBylineBeatsAuthorLinksOfRelatedStories() {
    Metadata m = of("<title>T</title>", """
        <div itemprop="author" itemscope><a rel="author" href="/p/musil"><span itemprop="name">Steven Musil</span></a></div>
        <p>Story text.</p>
        <aside><h3>How to build worlds</h3><span>by <a rel="author" href="/p/byrne">Seamus Byrne</a></span></aside>""");

    assertThat(m.authors()).containsExactly("Steven Musil");
  }
}
