package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("title: T\nbaseUrl: https://e.org/\n",
      Path.of("/tmp/site"), "broadsheet.yaml");
  /** Each of these ends the script element, or makes the HTML parser swallow the next one. */
  static final String HOSTILE = "Jo <!-- <script> </script> & \"Bo\" > \u2028 </SCRIPT";

  private static Story.Item item(String title, String author, String publisher) {
    return item(title, author, publisher, Instant.parse("2026-11-19T10:00:00Z"));
  }

  private static Story.Item item(String title, String author, String publisher, Instant published) {
    Article a = new Article("a", "https://x.example/a", null, "src", title, publisher, null, "News", List.of(),
        List.of(author), published, null, Instant.parse("2026-11-19T10:00:00Z"), null, null);
    return new Story.Item(a, "a", "articles/a/");
  }

  @Test
  void anArticleWithoutItsPublishersDateClaimsNoPublicationDate() throws Exception {
    for (Instant published : new Instant[] {null, Instant.parse("9999-12-31T23:59:59Z")}) {
      JsonNode ld = new ObjectMapper().readTree(JsonLd.article(item("Tide notice", "Ann Lee", "The Courier", published),
          "https://e.org/articles/a/", new TemplateHelpers(CONFIG), false));
      assertThat(ld.path("isBasedOn").has("datePublished")).as(String.valueOf(published)).isFalse();
    }
  }

  @Test
  void aHeadlineAnEditorWroteNamesThePageButIsNotGivenAsThePublishers() throws Exception {
    JsonNode ld = new ObjectMapper().readTree(JsonLd.article(item("Our words for it", "Ann Lee", "The Courier"),
        "https://e.org/articles/a/", new TemplateHelpers(CONFIG), true));
    assertThat(ld.path("name").asText()).isEqualTo("Our words for it");
    assertThat(ld.path("isBasedOn").has("headline")).isFalse();
    assertThat(ld.path("isBasedOn").path("publisher").path("name").asText()).isEqualTo("The Courier");
    assertThat(ld.path("isBasedOn").path("url").asText()).isEqualTo("https://x.example/a");
  }

  @Test
  void hostileTextCannotLeaveTheScriptElementAndReadsBackUnchanged() throws Exception {
    String json = JsonLd.article(item(HOSTILE, HOSTILE, HOSTILE), "https://e.org/articles/a/",
        new TemplateHelpers(CONFIG), false);
    assertThat(json).doesNotContain("<", ">", "&", "\u2028");
    JsonNode ld = new ObjectMapper().readTree(json).path("isBasedOn");
    assertThat(ld.path("headline").asText()).isEqualTo(HOSTILE);
    assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo(HOSTILE);
    assertThat(ld.path("publisher").path("name").asText()).isEqualTo(HOSTILE);
  }

  @Test
  void nestedObjectsKeepOneKeyOrderInEveryJvm() {
    // Map.of iterates in an order seeded per JVM: every build would rewrite every article page.
    String json = JsonLd.article(item("Vote delayed", "Ann Lee", "The Courier"), "https://e.org/articles/a/",
        new TemplateHelpers(CONFIG), false);
    assertThat(json).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
        + "\"url\":\"https://e.org/articles/a/\",\"name\":\"Vote delayed\",\"inLanguage\":\"en\","
        + "\"isBasedOn\":{\"@type\":\"NewsArticle\","
        + "\"headline\":\"Vote delayed\",\"inLanguage\":\"en\",\"datePublished\":\"2026-11-19T10:00:00Z\","
        + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}],"
        + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Courier\"},"
        + "\"url\":\"https://x.example/a\",\"articleSection\":\"News\"}}");
  }
}
