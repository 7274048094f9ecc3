package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "HTTPS://Example.ORG/a/b             | https://example.org/a/b",
      "https://example.org:443/a           | https://example.org/a",
      "http://example.org:80/a             | http://example.org/a",
      "http://example.org:8080/a           | http://example.org:8080/a",
      "https://example.org/a#comments      | https://example.org/a",
      "https://example.org/a?utm_source=x&id=3&fbclid=y | https://example.org/a?id=3",
      "https://example.org/a?UTM_Medium=rss | https://example.org/a",
      "https://example.org                 | https://example.org/",
      "'  https://example.org/a  '         | https://example.org/a",
  })
  void normalizesLinks(String in, String out) {
    assertThat(ArticleIds.normalizeLink(in)).isEqualTo(out);
  }

  @Test
  void theSameLinkWithTrackingGetsTheSameId() {
    assertThat(ArticleIds.of("https://example.org/a?utm_campaign=z", null, "s1"))
        .isEqualTo(ArticleIds.of("https://EXAMPLE.org/a", "other-guid", "s2"))
        .hasSize(16);
  }

  @Test
  void withoutALinkTheGuidCountsWithinItsSource() {
    assertThat(ArticleIds.of(null, "g1", "s1")).isNotEqualTo(ArticleIds.of(null, "g1", "s2"));
    assertThat(ArticleIds.of(" ", "g1", "s1")).isEqualTo(ArticleIds.of(null, "g1", "s1"));
  }

  @Test
  void anItemWithNeitherLinkNorGuidHasNoId() {
    assertThatThrownBy(() -> ArticleIds.of(null, null, "s")).isInstanceOf(IllegalArgumentException.class);
  }
}
