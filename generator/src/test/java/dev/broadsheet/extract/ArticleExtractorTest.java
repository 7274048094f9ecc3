package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static String page(String head, String article) {
    return "<!DOCTYPE html><html lang=\"en\"><head><title>Wrong title | Site</title>" + head + "</head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>"
        + "<div class=\"layout\"><main><article class=\"story\"><h1>Storm hits the coast</h1>"
        + "<p class=\"byline\">By Nadia Okafor</p>" + article + "</article></main>"
        + "<aside class=\"sidebar\"><h2>Most read</h2><ul><li><a href=\"/a\">Another story about something</a></li>"
        + "<li><a href=\"/b\">Yet another story that people read</a></li></ul></aside></div>"
        + "<footer><p>© 2026 The Courier. All rights reserved. Contact us at the newsroom for corrections.</p></footer>"
        + "</body></html>";
  }

  private static final String PARAGRAPHS =
      "<p>Crews worked through the night after falling trees brought down power lines along Cedar Hill, the utility said.</p>"
          + "<p>More than 4,000 homes in the north end lost power, and schools in two districts stayed closed on Friday.</p>"
          + "<p>The harbour master had asked small boat owners to double their moorings before dusk on Thursday.</p>"
          + "<p>Forecasters expect calmer weather over the weekend, with winds easing to a breeze by Sunday morning.</p>";

  @Test
  void keepsTheArticleAndDropsNavigationSidebarAndFooter() {
    Extraction e = extractor.extract(page("", PARAGRAPHS), "https://courier.example/2026/storm");
    assertThat(e.bodyText().lines()).hasSize(4);
    assertThat(e.bodyText()).startsWith("Crews worked through the night").endsWith("by Sunday morning.")
        .doesNotContain("Most read", "Another story", "All rights reserved", "Home", "Storm hits the coast",
            "Nadia Okafor");
    assertThat(e.wordCount()).isEqualTo(70);
    assertThat(e.readingMinutes()).isEqualTo(1);
  }

  @Test
  void aSubscriptionPromptInsideTheArticleIsRemoved() {
    String article = PARAGRAPHS.replace("</p><p>More than",
        "</p><div class=\"newsletter-signup\"><p>Sign up to read this article in full every morning.</p></div>"
            + "<p>Already a member? Sign in here</p><p>Advertisement</p><p>More than");
    Extraction e = extractor.extract(page("", article), "https://courier.example/2026/storm");
    assertThat(e.bodyText()).doesNotContain("Sign up", "Already a member", "Advertisement");
    assertThat(e.bodyText().lines()).hasSize(4);
  }

  @Test
  void aPullQuoteStays() {
    String article = PARAGRAPHS.replace("</p><p>The harbour",
        "</p><aside class=\"pullquote\"><p>We have never seen winds like this in November.</p></aside><p>The harbour");
    Extraction e = extractor.extract(page("", article), "https://courier.example/2026/storm");
    assertThat(e.bodyText()).contains("We have never seen winds like this in November.");
  }

  @Test
  void aLazyLoadedImageGetsItsRealSourceAndCaptionsStayOutOfTheText() {
    String article = "<figure><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/img/storm.jpg\" alt=\"Waves\">"
        + "<figcaption>Waves break over the sea wall. Photo: J. Doe</figcaption></figure>" + PARAGRAPHS;
    Extraction e = extractor.extract(page("", article), "https://courier.example/2026/storm");
    assertThat(e.bodyHtml()).contains("<img src=\"https://courier.example/img/storm.jpg\" alt=\"Waves\">")
        .contains("<figcaption>Waves break over the sea wall. Photo: J. Doe</figcaption>")
        .doesNotContain("data:");
    assertThat(e.bodyText()).doesNotContain("Waves break");
  }

  @Test
  void jsonLdBeatsAWrongTitleAndGivesTheMetadata() {
    String head = """
        <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "The Courier"},
          {"@type": "NewsArticle", "headline": "Storm hits the coast", "datePublished": "2026-11-19T07:45:00+00:00",
           "dateModified": "2026-11-19T09:00:00Z", "author": [{"@type": "Person", "name": "Nadia Okafor"}],
           "publisher": {"@type": "Organization", "name": "The Port Alder Courier"}, "articleSection": "Local",
           "keywords": "storm, power", "image": {"url": "https://courier.example/lead.jpg"}}]}</script>
        <meta property="og:title" content="Something else entirely">
        <meta property="og:description" content="Crews worked through the night.">
        <link rel="canonical" href="https://courier.example/2026/storm">
        """;
    Extraction e = extractor.extract(page(head, PARAGRAPHS), "https://courier.example/2026/storm?utm_source=x");
    assertThat(e.title()).isEqualTo("Storm hits the coast");
    assertThat(e.authors()).containsExactly("Nadia Okafor");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-11-19T07:45:00Z"));
    assertThat(e.modified()).isEqualTo(Instant.parse("2026-11-19T09:00:00Z"));
    assertThat(e.siteName()).isEqualTo("The Port Alder Courier");
    assertThat(e.section()).isEqualTo("Local");
    assertThat(e.tags()).containsExactly("storm", "power");
    assertThat(e.image()).isEqualTo("https://courier.example/lead.jpg");
    assertThat(e.description()).isEqualTo("Crews worked through the night.");
    assertThat(e.canonicalUrl()).isEqualTo("https://courier.example/2026/storm");
    assertThat(e.language()).isEqualTo("en");
  }

  @Test
  void openGraphAndTimeElementsAreUsedWithoutJsonLd() {
    String head = "<meta property=\"og:site_name\" content=\"Courier\"><meta name=\"author\" content=\"By Jo Bloggs\">"
        + "<meta property=\"og:title\" content=\"Storm hits the coast\">";
    String article = "<time datetime=\"2026-11-19T08:00:00+01:00\">19 November</time>" + PARAGRAPHS;
    Extraction e = extractor.extract(page(head, article), "https://courier.example/x");
    assertThat(e.siteName()).isEqualTo("Courier");
    assertThat(e.authors()).containsExactly("Jo Bloggs");
    assertThat(e.published()).isEqualTo(Instant.parse("2026-11-19T07:00:00Z"));
    assertThat(e.title()).isEqualTo("Storm hits the coast");
  }

  @Test
  void theBodyIsSanitized() {
    String article = PARAGRAPHS.replace("the utility said.",
        "the utility said. <a href=\"javascript:alert(1)\" onclick=\"x()\">bad</a> <a href=\"/more\">more</a>"
            + "<script>alert(1)</script><iframe src=\"https://evil.example\"></iframe>");
    Extraction e = extractor.extract(page("", article), "https://courier.example/2026/storm");
    assertThat(e.bodyHtml()).doesNotContain("javascript:", "onclick", "<script", "<iframe")
        .contains("<a href=\"https://courier.example/more\" rel=\"nofollow noopener\">more</a>");
  }

  @Test
  void textLaidOutWithLineBreaksIsKept() {
    String article = "<div class=\"article-text\">First paragraph of the story, long enough to count as text here."
        + "<br><br>Second paragraph, which also carries enough words to be part of the article.<br><br>"
        + "<div class=\"photo\"><img src=\"/p.jpg\"></div>Third paragraph, after a photo, ends the story today.</div>";
    Extraction e = extractor.extract(page("", article), "https://x.example/a");
    assertThat(e.bodyText()).contains("First paragraph", "Second paragraph", "Third paragraph");
  }

  @Test
  void worksInOtherScripts() {
    String article = "<p>서울시는 오늘 새로운 대중교통 계획을 발표했다. 시민들의 출퇴근 시간이 크게 줄어들 것으로 예상된다.</p>"
        + "<p>계획에 따르면 지하철 노선 두 개가 새로 개통되며, 버스 노선도 개편된다. 시행은 내년 봄부터다.</p>";
    Extraction e = extractor.extract(page("", article), "https://x.example/ko");
    assertThat(e.bodyText().lines()).hasSize(2);
    assertThat(ArticleExtractor.countWords("東京都は今日")).isEqualTo(6);
  }

  @Test
  void charactersThatXmlCannotCarryAreRemovedFromWhatThePageGives() {
    Extraction e = extractor.extract(page("<meta property=\"og:title\" content=\"Storm&#1; hits&#xFFFE; the coast\">"
        + "<meta name=\"author\" content=\"Nadia&#27; Okafor\"><meta name=\"description\" content=\"Night&#12; of wind\">",
        PARAGRAPHS.replace("Crews worked", "Crews\u0001 worked")), "https://courier.example/2026/storm");
    assertThat(e.title()).isEqualTo("Storm hits the coast");
    assertThat(e.authors()).containsExactly("Nadia Okafor");
    assertThat(e.description()).isEqualTo("Night of wind");
    assertThat(e.bodyHtml()).contains("Crews worked").doesNotContain("\u0001");
  }

  @Test
  void aPageNestedThousandsOfLevelsDeepIsExtractedWithoutOverflowingTheStack() {
    String deep = "<div>".repeat(5_000) + PARAGRAPHS + "</div>".repeat(5_000);
    Extraction e = extractor.extract(page("", deep), "https://courier.example/2026/storm");
    assertThat(e.bodyHtml()).contains("Crews worked through the night");
  }
}
