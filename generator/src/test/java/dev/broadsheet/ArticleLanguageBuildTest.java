package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article in another language than the site's is marked so on the pages that show its words. */
class ArticleLanguageBuildTest {
  @TempDir Path site;

  private void write(String kurierConfig) throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/kurier.xml"), "<rss version=\"2.0\"><channel><title>K</title>"
        + "<link>https://kurier.example/</link><description>d</description><language>pl</language><item>"
        + "<title>Nowy most w Łodzi otwarty</title><link>https://kurier.example/most</link>"
        + "<description>Most na Widzewie jest otwarty od wtorku.</description>"
        + "<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("feeds/paper.xml"), "<rss version=\"2.0\"><channel><title>P</title>"
        + "<link>https://paper.example/</link><description>d</description><item>"
        + "<title>Harbour bridge closes for repairs</title><link>https://paper.example/a</link>"
        + "<description>The old span will be shut for a month.</description>"
        + "<pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Languages\nbaseUrl: https://news.example/\n"
        + "language: en\ntimezone: UTC\nsources:\n  - {id: kurier, name: Kurier, url: feeds/kurier.xml" + kurierConfig
        + "}\n  - {id: paper, name: The Paper, url: feeds/paper.xml}\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
  }

  private String page(String slugStart) throws Exception {
    try (Stream<Path> files = Files.walk(site.resolve("public/articles"))) {
      return Files.readString(files.filter(f -> f.getParent().getFileName().toString().startsWith(slugStart)
          && f.endsWith("index.html")).findFirst().orElseThrow());
    }
  }

  @Test
  void anArticleInTheFeedsLanguageIsMarkedWhereItsWordsShow() throws Exception {
    write("");
    assertThat(page("nowy-most")).contains("<h1 class=\"story-title\" lang=\"pl\">Nowy most w Łodzi otwarty</h1>")
        .contains("<div class=\"story-body\" lang=\"pl\">").contains("<html lang=\"en\"")
        .contains("\"inLanguage\":\"pl\"");
    assertThat(page("harbour-bridge")).contains("<h1 class=\"story-title\">Harbour bridge");
    String home = Files.readString(site.resolve("public/index.html"));
    assertThat(home).contains("lang=\"pl\"><a href=\"articles/nowy-most");
    assertThat(home).doesNotContain("lang=\"pl\"><a href=\"articles/harbour");
    // And in the newsletter, which a mail client reads aloud too.
    try (Stream<Path> letters = Files.walk(site.resolve("public/editions"))) {
      String letter = Files.readString(letters.filter(f -> f.endsWith("newsletter.html")).findFirst().orElseThrow());
      assertThat(letter).containsPattern("serif;\" lang=\"pl\"><a href=\"[^\"]*nowy-most")
          .contains(" lang=\"pl\">Most na Widzewie").doesNotContainPattern("lang=\"pl\"><a href=\"[^\"]*harbour");
    }
    // The search index gives the results' script the language of the Polish report only.
    String index = SampleSite.searchValues(site.resolve("public"), "items").toString();
    assertThat(index).containsPattern("\\[\"Nowy most w Łodzi otwarty\"[^\\]]*,\"pl\"\\]")
        .containsPattern("\\[\"Harbour bridge closes for repairs\"[^\\]]*\"\\]");
    // The site's feeds say which items are in another language.
    assertThat(site.resolve("public/feed.xml")).content().contains("<dc:language>pl</dc:language>");
    assertThat(site.resolve("public/atom.xml")).content().contains("<dc:language>pl</dc:language>")
        // The headline and the report's words are Polish; "Published by" around them is the site's English.
        .contains("<title xml:lang=\"pl\">Nowy most w Łodzi otwarty</title>").contains("<div lang=\"pl\">")
        .doesNotContain("<entry xml:lang");
    assertThat(site.resolve("public/feed.json")).content().contains("\"language\" : \"pl\"");
    assertThat(index).doesNotContainPattern("\\[\"Harbour bridge closes for repairs\"[^\\]]*,\"(pl|en)\"\\]");
  }

  @Test
  void aPageSharesItsArticlesLocaleNotTheSites() throws Exception {
    write(", language: pl-PL");
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("language: en\n", "language: en-GB\n"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
    // A link preview of the Polish report was announced as British English.
    assertThat(page("nowy-most")).contains("<meta property=\"og:locale\" content=\"pl_PL\">");
    assertThat(page("harbour-bridge")).contains("<meta property=\"og:locale\" content=\"en_GB\">");
    assertThat(site.resolve("public/index.html")).content().contains("<meta property=\"og:locale\" content=\"en_GB\">");
  }

  @Test
  void anEditorsTitleIsInTheSitesLanguageWhileTheArticlesWordsKeepTheirs() throws Exception {
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/most.md"), "---\nurl: https://kurier.example/most\n"
        + "title: A new bridge opens in Lodz\n---\nWorth a look.\n");
    write("");
    assertThat(page("nowy-most")).contains("<h1 class=\"story-title\">A new bridge opens in Lodz</h1>")
        .contains("<div class=\"story-body\" lang=\"pl\">");
  }

  @Test
  void anEditorsNoteAndTitleInAnotherLanguageAreMarkedWithItByTheirWordsOrThePicksKey() throws Exception {
    Files.createDirectories(site.resolve("picks"));
    // A Japanese note on an English site, without a language key: its script says it.
    Files.writeString(site.resolve("picks/most.md"), "---\nurl: https://kurier.example/most\n---\n"
        + "ウッチの新しい橋が火曜日に開通しました。\n");
    // An English title and note the editor says are Polish: the key has the last word.
    Files.writeString(site.resolve("picks/harbour.md"), "---\nurl: https://paper.example/a\nlanguage: pl\n"
        + "title: Most w porcie zamknięty\n---\nWarto przeczytać.\n");
    write("");
    String most = page("nowy-most");
    assertThat(most).contains("<p class=\"note-label\">Note from Languages</p><div lang=\"ja\"><p>ウッチの新しい橋")
        .contains("<h1 class=\"story-title\" lang=\"pl\">Nowy most");
    assertThat(page("harbour-bridge")).contains("<h1 class=\"story-title\" lang=\"pl\">Most w porcie zamknięty</h1>")
        .contains("Note from Languages</p><div lang=\"pl\"><p>Warto przeczytać.</p></div>");
    String home = Files.readString(site.resolve("public/index.html"));
    assertThat(home).contains("<div lang=\"ja\"><p>ウッチの新しい橋").contains(" lang=\"pl\"><a href=\"articles/harbour");
    // Search results show the pick's headline in the pick's language too.
    assertThat(SampleSite.searchValues(site.resolve("public"), "items").toString())
        .containsPattern("\\[\"Most w porcie zamknięty\"[^\\]]*,\"pl\"\\]");
    // The site's feeds and the newsletter mark the note too; the label stays the site's.
    assertThat(site.resolve("public/atom.xml")).content().contains("Note from Languages</strong></p>"
        + "<div lang=\"ja\"><p>ウッチの新しい橋");
    try (Stream<Path> letters = Files.walk(site.resolve("public/editions"))) {
      String letter = Files.readString(letters.filter(f -> f.endsWith("newsletter.html")).findFirst().orElseThrow());
      assertThat(letter).containsPattern("<div lang=\"ja\"><p[^>]*>ウッチの新しい橋").containsPattern("<div lang=\"pl\"><p[^>]*>Warto");
    }
  }

  @Test
  void aShortNoteInTheSitesLettersIsTakenAsTheSitesLanguageAndAnEnglishNoteOnAnArabicSiteRunsLeftToRight()
      throws Exception {
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/most.md"), "---\nurl: https://kurier.example/most\n---\nWorth a look.\n");
    write("");
    assertThat(page("nowy-most")).contains("Note from Languages</p><p>Worth a look.</p>").doesNotContain("<div lang=");
    // A few words of Arabic, whose language they do not tell: they run right to left all the same.
    Files.writeString(site.resolve("picks/most.md"), "---\nurl: https://kurier.example/most\n---\nمقال مهم.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
    assertThat(page("nowy-most")).contains("Note from Languages</p><div dir=\"rtl\"><p>مقال مهم.</p></div>");
    assertThat(site.resolve("public/atom.xml")).content().contains("<div dir=\"rtl\"><p>مقال مهم.</p></div>");
    Files.writeString(site.resolve("broadsheet.yaml"), Files.readString(site.resolve("broadsheet.yaml"))
        .replace("language: en\n", "language: ar\n"));
    Files.writeString(site.resolve("picks/most.md"), "---\nurl: https://kurier.example/most\nlanguage: en\n---\n"
        + "Worth a look.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
    assertThat(page("nowy-most")).contains("<div lang=\"en\" dir=\"ltr\"><p>Worth a look.</p></div>");
  }

  @Test
  void aLanguageTheConfigGivesASourceAppliesToWhatIsStoredAlready() throws Exception {
    write("");
    write(", language: de");
    assertThat(page("nowy-most")).contains("<h1 class=\"story-title\" lang=\"de\">");
    write(", language: en");
    assertThat(page("nowy-most")).contains("<h1 class=\"story-title\">");
  }

  @Test
  void wordsWrittenRightToLeftSayItAndARightToLeftSiteIsWrittenSoThroughout() throws Exception {
    write(", language: he");
    assertThat(page("nowy-most")).contains("<h1 class=\"story-title\" lang=\"he\" dir=\"rtl\">")
        .contains("<div class=\"story-body\" lang=\"he\" dir=\"rtl\">").contains("<html lang=\"en\">");
    assertThat(site.resolve("public/atom.xml")).content().contains("<div lang=\"he\" dir=\"rtl\">");
    Path config = site.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("language: en\n", "language: ar\n"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
    // Hebrew on an Arabic site runs the same way as the page.
    assertThat(page("nowy-most")).contains("<html lang=\"ar\" dir=\"rtl\">")
        .contains("<h1 class=\"story-title\" lang=\"he\">")
        // The link on to the original points on, which is to the left there.
        .contains("<span aria-hidden=\"true\">←</span></a></p>");
    assertThat(page("harbour-bridge")).doesNotContain("<span aria-hidden=\"true\">→</span>");
    try (Stream<Path> letters = Files.walk(site.resolve("public/editions"))) {
      assertThat(Files.readString(letters.filter(f -> f.endsWith("newsletter.html")).findFirst().orElseThrow()))
          .contains("<span aria-hidden=\"true\">←</span></a></p>").doesNotContain("→</a>");
    }
    // A translation that wrote its arrows as a right-to-left page shows them keeps them so.
    Files.createDirectories(site.resolve("templates/messages"));
    Files.writeString(site.resolve("templates/messages/ar.properties"), "article.readAt=\u0627\u0642\u0631\u0623 {0} \u2190\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
    assertThat(page("harbour-bridge")).contains("<span aria-hidden=\"true\">←</span></a></p>");
    // Polish on it runs the other way.
    Files.writeString(config, Files.readString(config).replace("language: he", "language: pl"));
    Broadsheet.build(BuildOptions.of(site).withOffline(true));
    assertThat(page("nowy-most")).contains("<h1 class=\"story-title\" lang=\"pl\" dir=\"ltr\">");
  }
}
