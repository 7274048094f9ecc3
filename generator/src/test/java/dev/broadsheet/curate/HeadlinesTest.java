package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.store.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static Article article(String source, String title) {
    Instant t = Instant.parse("2026-10-20T10:00:00Z");
    return new Article(source + title.hashCode(), "https://x.example/" + title.hashCode(), null, source, title, "P",
        null, null, List.of(), List.of(), t, null, t, null, null);
  }

  @Test
  void aSuffixThatThreeOfASourcesHeadlinesShareIsBranding() {
    List<Article> articles = List.of(
        article("times", "Senate passes the budget bill - The Daily Times"),
        article("times", "Storm knocks out power to thousands - The Daily Times"),
        article("times", "Local team wins the championship - The Daily Times"),
        article("post", "Why the budget matters to you - Analysis"));
    Map<String, Set<String>> branding = Headlines.brandingSuffixes(articles);
    assertThat(Headlines.withoutBranding(articles.get(0), branding)).isEqualTo("Senate passes the budget bill");
    // Seen once, a trailing segment may be part of the headline itself.
    assertThat(Headlines.withoutBranding(articles.get(3), branding)).isEqualTo("Why the budget matters to you - Analysis");
  }

  @Test
  void headlinesWithoutASuffixAreLeftAlone() {
    List<Article> articles = List.of(article("a", "Harbour bridge reopens"), article("a", "Council approves shelter"));
    assertThat(Headlines.withoutBranding(articles.get(0), Headlines.brandingSuffixes(articles)))
        .isEqualTo("Harbour bridge reopens");
  }

  @Test
  void wireLabelsTagsAndThePublishersOwnNameAreNotStoryText() {
    Article wire = new Article("w", "https://x.example/w", null, "s", "UPDATE 2-Pizza chain Sbarro files for bankruptcy (2)",
        "Reuters", null, null, List.of(), List.of(), null, null, null, null, null);
    Article branded = new Article("b", "https://x.example/b", null, "s", "Miley Cyrus cancels concert - Daily Times",
        "The Daily Times", null, null, List.of(), List.of(), null, null, null, null, null);
    Article tagged = new Article("t", "https://x.example/t", null, "s", "[VIDEO] Titanfall review: worth the hype",
        "P", null, null, List.of(), List.of(), null, null, null, null, null);
    Article real = new Article("r", "https://x.example/r", null, "s", "Reuters reported that the talks would resume",
        "P", null, null, List.of(), List.of(), null, null, null, null, null);
    assertThat(Headlines.storyText(wire, Map.of())).isEqualTo("Pizza chain Sbarro files for bankruptcy");
    assertThat(Headlines.storyText(branded, Map.of())).isEqualTo("Miley Cyrus cancels concert");
    assertThat(Headlines.storyText(tagged, Map.of())).isEqualTo("Titanfall review: worth the hype");
    assertThat(Headlines.storyText(real, Map.of())).isEqualTo("Reuters reported that the talks would resume");
  }
}
