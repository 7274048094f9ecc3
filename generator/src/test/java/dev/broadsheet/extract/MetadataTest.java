package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataTest {
  private static Metadata of(String head, String body) {
    var doc = Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>",
        "https://news.example/story");
    return new Metadata(doc, PageIndex.of(doc), java.time.ZoneOffset.UTC);
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
  void everyDublinCoreCreatorUnderOneSpellingIsAnAuthorInPageOrder() {
    Metadata m = of("<meta name=\"DC.Creator\" content=\"Park, Lea\"><meta name=\"DC.Creator\" content=\"Okafor, Ben\">"
        + "<meta name=\"dcterms.creator\" content=\"L. Park\">", "");

    assertThat(m.authors()).containsExactly("Park, Lea", "Okafor, Ben");
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

  @Test
  void aBylineUnderAClassInAnotherLanguageGivesItsName() {
    Metadata m = of("<title>T</title>", """
        <header><h1>Le port rouvre</h1><p class="auteur">Par Jeanne Morel<br>12 mars 2026</p></header>
        <p>Texte de l'article.</p>""");

    assertThat(m.authors()).containsExactly("Jeanne Morel");
  }

  @Test
  void anItempropAuthorWithoutANestedNameGivesItsOwnText() {
    Metadata m = of("<title>T</title>", "<span itemprop=\"author\">By Tomás Ibarra</span><p>Story text.</p>");

    assertThat(m.authors()).containsExactly("Tomás Ibarra");
  }

  @Test
  void aLeadingByAndATrailingDateLeaveTheName() {
    Metadata m = of("<meta name=\"author\" content=\"BY Ruth Okoye | March 4, 2026\">", "");

    assertThat(m.authors()).containsExactly("Ruth Okoye");
  }

  @Test
  void menusAndButtonsThatMentionAuthorsAreNotBylines() {
    Metadata m = of("<title>T</title>", """
        <nav><ul><li id="navBylines"><a href="/bylines">Columnists</a></li></ul></nav>
        <div class="author-tools"><a href="/follow">Follow author</a></div><p>Story text.</p>""");

    assertThat(m.authors()).isEmpty();
  }

  @Test
  void aTitleOfTheSiteNameAndAPhraseIsKeptWhole() {
    Metadata m = of("<title>Harbour - Tide Tables and Sailing Times</title>", "");

    assertThat(m.title()).isEqualTo("Harbour - Tide Tables and Sailing Times");
  }

  @Test
  void aWeekdayBeforeTheDateGoesWithTheDate() {
    Metadata m = of("<title>T</title>", """
        <div class="article-author"><a href="/latest?author=mk"><span>Mira Kovac</span></a>&nbsp;
          <span>Tuesday, March 3, 2026 @ 09:10 PM UTC</span></div><p>Story text.</p>""");

    assertThat(m.authors()).containsExactly("Mira Kovac");
  }

  @Test
  void aMicrodataNameThatIsOnlyADateIsNoAuthor() {
    Metadata m = of("<title>T</title>", """
        <div itemprop="author" itemscope itemtype="https://schema.org/Person">
          <span itemprop="name">By <span>HARBOUR DESK</span></span>
          <div itemprop="name">MARCH 4, 2026 10:43</div></div><p>Story text.</p>""");

    assertThat(m.authors()).containsExactly("HARBOUR DESK");
  }

  @Test
  void aJobTitleAfterTheNameAndALeadingAnalysisByAreNotPartOfTheName() {
    assertThat(of("<meta name=\"author\" content=\"Analysis by Ola Berg, Courier Editor-at-large\">", "").authors())
        .containsExactly("Ola Berg");
    assertThat(of("<meta name=\"author\" content=\"PAUL MENSAH, Senior Political Writer\">", "").authors())
        .containsExactly("PAUL MENSAH");
    assertThat(of("<meta name=\"author\" content=\"Ada Osei, MA\">", "").authors())
        .as("a degree is part of how the author signs").containsExactly("Ada Osei, MA");
  }

  @Test
  void commentersMarkedAsAuthorsAreNotTheByline() {
    Metadata m = of("<title>T</title>", """
        <article><span itemprop="author" itemscope itemtype="http://schema.org/Person">
          <span itemprop="name">Lena Moreau</span></span><p>Story text.</p></article>
        <ol class="comment-list"><li itemprop="comment" itemscope itemtype="http://schema.org/Comment">
          <cite itemprop="author" itemscope itemtype="http://schema.org/Person">Karl</cite><p>Nice.</p></li></ol>""");

    assertThat(m.authors()).containsExactly("Lena Moreau");
  }

  @Test
  void theSameAuthorWithTheOutletAfterTheNameCountsOnce() {
    Metadata m = of("""
        <script type="application/ld+json">{"@type": "NewsArticle", "headline": "H",
          "author": [{"name": "Ines Duarte, The Courier"}, {"name": "Ines Duarte"}, {"name": "Tom Hale"}]}</script>""",
        "");

    assertThat(m.authors()).containsExactly("Ines Duarte", "Tom Hale");
  }
}
