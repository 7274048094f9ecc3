package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticlePage;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateHelpersTest {
  private static TemplateHelpers helpers(String language) {
    SiteConfig config = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\ntimezone: Europe/London\n"
        + "language: " + language + "\nsources:\n  - id: paper\n    name: The Paper\n    url: https://paper.example/feed\n"
        + "    paywall: true\n  - id: wire\n    name: The Wire\n    url: https://wire.example/feed\n"
        + "    fullText: true\n", Path.of("/tmp/site"), "broadsheet.yaml");
    return new TemplateHelpers(config);
  }

  @Test
  void anEditionDayIsWrittenAsItsLanguageWritesIt() {
    LocalDate day = LocalDate.of(2026, 11, 20);
    assertThat(helpers("en-GB").day(day)).isEqualTo("Friday 20 November 2026");
    // English written month first sets the weekday off with a comma.
    assertThat(helpers("en").day(day)).isEqualTo("Friday, November 20, 2026");
    assertThat(helpers("de").day(day)).isEqualTo("Freitag, 20. November 2026");
    assertThat(helpers("fr").day(day)).isEqualTo("Vendredi 20 novembre 2026");
    assertThat(helpers("es").day(day)).isEqualTo("Viernes, 20 de noviembre de 2026");
    // French writes the first of a month as an ordinal.
    assertThat(helpers("fr").day(LocalDate.of(2026, 12, 1))).isEqualTo("Mardi 1er décembre 2026");
    assertThat(helpers("fr-CA").date(Instant.parse("2026-12-01T12:00:00Z"))).isEqualTo("1er décembre 2026");
    assertThat(helpers("de").day(LocalDate.of(2026, 12, 1))).isEqualTo("Dienstag, 1. Dezember 2026");
    // In the language's own digits, as its counts are: Arabic's, but Moroccan Arabic writes Latin ones.
    assertThat(helpers("ar").date(Instant.parse("2026-12-06T12:00:00Z"))).isEqualTo("٦ ديسمبر ٢٠٢٦");
    assertThat(helpers("ar-MA").date(Instant.parse("2026-12-06T12:00:00Z"))).contains("2026");
    // A month as the language writes it, its year where the language puts it.
    assertThat(helpers("en-GB").month(day)).isEqualTo("November 2026");
    assertThat(helpers("ja").month(day)).isEqualTo("2026年11月");
    assertThat(helpers("es").month(day)).isEqualTo("Noviembre de 2026");
    assertThat(helpers("ru").month(day)).startsWith("Ноябрь 2026");
    // Inside a sentence the weekday is written as the language writes it there.
    assertThat(helpers("fr").editionDescription(day)).isEqualTo("L’édition de T du vendredi 20 novembre 2026.");
    assertThat(helpers("en-GB").editionDescription(day)).isEqualTo("T: the edition of Friday 20 November 2026.");
    // After the site's name the weekday is inside a sentence: lower case where the language writes it so.
    assertThat(helpers("fr").editionTitle(day)).isEqualTo("T, vendredi 20 novembre 2026");
    assertThat(helpers("en-GB").editionTitle(day)).isEqualTo("T, Friday 20 November 2026");
  }

  private static Article article(String id, String url, String sourceId, String publisher, ArticlePage page) {
    return new Article(id, url, null, sourceId, "Title", publisher, null, null, List.of(), List.of(),
        Instant.parse("2026-11-20T08:30:00Z"), null, Instant.parse("2026-11-20T08:30:00Z"), "<p>Summary.</p>", null,
        page);
  }

  @Test
  void theWholeTextIsGivenOnlyWhereTheArticlesSourceAllowsIt() {
    ArticlePage read = new ArticlePage("<p>The whole story, for subscribers only.</p>", 7,
        Instant.parse("2026-11-20T09:00:00Z"), null);
    TemplateHelpers h = helpers("en-GB");
    // The paper's page was read for a summary its feed left out: its text is stored, not to be shown.
    assertThat(h.fullText(article("a", "https://paper.example/a", "paper", "P", read))).isNull();
    assertThat(h.body(article("a", "https://paper.example/a", "paper", "P", read))).isEmpty();
    assertThat(h.fullText(article("b", "https://wire.example/b", "wire", "W", read)))
        .isEqualTo("<p>The whole story, for subscribers only.</p>");
    assertThat(h.body(article("b", "https://wire.example/b", "wire", "W", read)))
        .isEqualTo("<p>The whole story, for subscribers only.</p>");
  }

  @Test
  void theWholeTextIsTheLongerOfThePagesAndTheFeedsNotAPlayersNoticeNorACutFeed() {
    TemplateHelpers h = helpers("en-GB");
    String feedText = "<p>The council voted on Tuesday to dredge the harbour mouth before the winter storms, after"
        + " fishermen said the channel had silted up &amp; boats ran aground twice.</p><p>Work starts in March.</p>";
    ArticlePage notice = new ArticlePage("<p>We are sorry, but your browser is not supported.</p>", 9,
        Instant.parse("2026-11-20T09:00:00Z"), null);
    Article withNotice = new Article("v", "https://wire.example/v", null, "wire", "Title", "W", null, null, List.of(),
        List.of(), Instant.parse("2026-11-20T08:30:00Z"), null, Instant.parse("2026-11-20T08:30:00Z"), "<p>S.</p>", null,
        notice, null, null, feedText);
    assertThat(h.fullText(withNotice)).isEqualTo(feedText);
    ArticlePage whole = new ArticlePage(feedText + "<p>The harbour master said the dredger would work at night, and"
        + " that ferries would keep their timetable throughout.</p>", 60, Instant.parse("2026-11-20T09:00:00Z"), null);
    Article cut = new Article("c", "https://wire.example/c", null, "wire", "Title", "W", null, null, List.of(),
        List.of(), Instant.parse("2026-11-20T08:30:00Z"), null, Instant.parse("2026-11-20T08:30:00Z"), "<p>S.</p>", null,
        whole, null, null, "<p>The council voted on Tuesday to dredge the harbour mouth […]</p>");
    assertThat(h.fullText(cut)).isEqualTo(whole.bodyHtml());
  }

  @Test
  void countLabelsGiveEveryCountItsPluralFormInTheSiteLanguage() {
    assertThat(helpers("en-GB").countLabels("count.stories", 2)).isEqualTo("[\"no stories\",\"1 story\",\"2 stories\"]");
    assertThat(helpers("fr").countLabels("count.stories", 2)).isEqualTo("[\"0 article\",\"1 article\",\"2 articles\"]");
    assertThat(helpers("de").countLabels("count.stories", 1)).isEqualTo("[\"keine Meldungen\",\"1 Meldung\"]");
    assertThat(helpers("es").countLabels("count.stories", 1)).isEqualTo("[\"ninguna noticia\",\"1 noticia\"]");
  }

  @Test
  void cutsTeasersAtAWordBoundary() {
    assertThat(Teasers.cut("The council voted to open eighty beds.", 20)).isEqualTo("The council voted…");
    assertThat(Teasers.cut("Short.", 20)).isEqualTo("Short.");
    assertThat(Teasers.cut("Supercalifragilisticexpialidocious", 10)).isEqualTo("Supercali…");
    // Text without spaces (Japanese) is cut between whole characters, never inside an emoji.
    String japanese = "あ".repeat(8) + "\uD83D\uDE00" + "い".repeat(10);
    assertThat(Teasers.cut(japanese, 10)).isEqualTo("あ".repeat(8) + "…");
    assertThat(Teasers.cut(japanese, 11)).isEqualTo("あ".repeat(8) + "\uD83D\uDE00…");
    // It ends at a sentence or clause when one ends in its second half.
    assertThat(Teasers.cut("政府は検討に入った。政府内では意見", 14)).isEqualTo("政府は検討に入った。…");
  }

  @Test
  void aTeaserThatStartsAtAHeadingReadsAsSentences() {
    Article a = new Article("a", "https://p.example/a", null, "paper", "Title", "P", null, null, List.of(), List.of(),
        Instant.parse("2026-11-20T08:30:00Z"), null, Instant.parse("2026-11-20T08:30:00Z"),
        "<h2>Key points</h2><ul><li>Ferries resume at dawn</li><li>Roads stay closed</li></ul><p>The council met.</p>",
        null, null);
    assertThat(helpers("en-GB").teaser(a))
        .isEqualTo("Key points. Ferries resume at dawn. Roads stay closed. The council met.");
  }

  @Test
  void timesNameTheSiteZoneAsItWasAtThatInstant() {
    TemplateHelpers h = helpers("en-GB");
    assertThat(h.dateTime(Instant.parse("2026-11-20T08:30:00Z"))).isEqualTo("20 November 2026, 08:30 GMT");
    assertThat(h.dateTime(Instant.parse("2026-07-20T08:30:00Z"))).isEqualTo("20 July 2026, 09:30 BST");
    assertThat(h.date(Instant.parse("2026-11-20T23:30:00Z"))).isEqualTo("20 November 2026");
  }

  @Test
  void readingTimeNeedsAnExtractedBody() {
    TemplateHelpers h = helpers("en-GB");
    assertThat(h.readingTime(article("a", "https://p.example/a", "paper", "P",
        new ArticlePage("<p>…</p>", 920, Instant.EPOCH, null)))).isEqualTo("4 min read");
    assertThat(h.readingTime(article("b", "https://p.example/b", "paper", "P",
        new ArticlePage("<p>…</p>", 40, Instant.EPOCH, null)))).isEqualTo("1 min read");
    assertThat(h.readingTime(article("c", "https://p.example/c", "paper", "P", null))).isEmpty();
    assertThat(helpers("fr").readingTime(article("d", "https://p.example/d", "paper", "P",
        new ArticlePage("<p>…</p>", 2300, Instant.EPOCH, null)))).isEqualTo("10 min de lecture");
    // Chinese and Japanese are counted a character a word, and read at 350 characters a minute; Korean at 600 syllables.
    ArticlePage long1400 = new ArticlePage("<p>…</p>", 1400, Instant.EPOCH, null);
    assertThat(helpers("ja").readingTime(article("e", "https://p.example/e", "paper", "P", long1400))).isEqualTo("4 min read");
    assertThat(helpers("ko").readingTime(article("f", "https://p.example/f", "paper", "P", long1400))).isEqualTo("2 min read");
    assertThat(helpers("en-GB").readingTime(article("g", "https://p.example/g", "paper", "P", long1400))).isEqualTo("6 min read");
  }

  @Test
  void aPickOnlyArticleKnownOnlyByItsHostHasNoPublisherName() {
    TemplateHelpers h = helpers("en-GB");
    Article hostOnly = article("a", "https://www.harbour.example/notice", null, "harbour.example", null);
    assertThat(h.publisher(hostOnly)).isNull();
    assertThat(h.attribution(hostOnly)).isEqualTo("the publisher").doesNotContain("harbour.example");
    assertThat(h.publisher(article("b", "https://harbour.example/n", null, "Harbour Office", null)))
        .isEqualTo("Harbour Office");
    // Named on its own (a byline, "Quelle: …") and inside a sentence ("von …"), each in its case.
    TemplateHelpers de = helpers("de");
    assertThat(de.attribution(hostOnly)).isEqualTo("der Herausgeber");
    assertThat(de.messages().text("article.publishedBy", de.attributionInText(hostOnly)))
        .isEqualTo("Diese Meldung wurde von dem Herausgeber veröffentlicht");
  }

  @Test
  void aPaywallSourceMarksItsArticles() {
    TemplateHelpers h = helpers("en-GB");
    assertThat(h.paywalled(article("a", "https://paper.example/a", "paper", "The Paper", null))).isTrue();
    assertThat(h.paywalled(article("b", "https://other.example/b", null, "Other", null))).isFalse();
  }

  @Test
  void bodiesAreShownWithoutTheirImagesAndAFigureGoesWithItsImage() {
    String body = "<p>Text one.</p><figure><img src=\"https://cdn.example/a.jpg\" alt=\"A\"><figcaption>Caption</figcaption>"
        + "</figure><p>Text <img src=\"https://cdn.example/b.jpg\"> two.</p><picture><source srcset=\"https://cdn.example/c.webp\">"
        + "</picture><p>Three &amp; four.</p>";
    assertThat(ShownBodies.withoutImages(body)).isEqualTo("<p>Text one.</p><p>Text  two.</p><p>Three &amp; four.</p>");
    assertThat(ShownBodies.withoutImages("<p>No pictures here.</p>")).isEqualTo("<p>No pictures here.</p>");
    // What held only the picture goes with it; a table cell keeps its column.
    assertThat(ShownBodies.withoutImages("<p><a href=\"https://cdn.example/big.jpg\"><img src=\"https://cdn.example/s.jpg\">"
        + "</a></p><p>After.</p><table><tr><td><img src=\"https://cdn.example/t.jpg\"></td><td>b</td></tr></table>"))
        .isEqualTo("<p>After.</p><table><tbody><tr><td></td><td>b</td></tr></tbody></table>");
  }

  @Test
  void anArticleIsShownUpdatedOnlyWhenItsUpdateComesAfterTheTimeItsPageShows() {
    Article later = article("a", "https://paper.example/a", "paper", "P", null).withUpdated(Instant.parse("2026-11-21T09:00:00Z"));
    assertThat(helpers("en-GB").updated(later)).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
    Article before = later.withUpdated(Instant.parse("2026-11-18T09:00:00Z"));
    assertThat(helpers("en-GB").updated(before)).isNull();
    assertThat(helpers("en-GB").updated(later.withUpdated(null))).isNull();
  }

  @Test
  void onlyAFeedsArticleIsSaidToBeSeenBeforeItsPublishersTime() {
    Instant noon = Instant.parse("2026-11-20T12:00:00Z");
    Instant morning = Instant.parse("2026-11-20T06:00:00Z");
    Article scheduled = new Article("a", "https://paper.example/a", null, "paper", "Title", "P", null, null, List.of(),
        List.of(), noon, null, morning, "<p>Summary.</p>", null, null);
    assertThat(scheduled.seenBeforePublished()).isTrue();
    // A pick's own article, dated by the editor at the middle of its day, is not.
    Article picked = new Article("b", "https://paper.example/b", null, null, "Title", "P", null, null, List.of(),
        List.of(), noon, null, morning, "<p>Summary.</p>", null, null);
    assertThat(picked.seenBeforePublished()).isFalse();
  }
}
