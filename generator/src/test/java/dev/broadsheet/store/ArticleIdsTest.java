package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleIdsTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "HTTPS://Example.ORG/a/b                                   | https://example.org/a/b",
      "http://example.org/a                                       | https://example.org/a",
      "https://www.example.org/a                                  | https://example.org/a",
      "http://WWW.Example.org/a/                                  | https://example.org/a",
      "https://example.org:443/a                                  | https://example.org/a",
      "http://example.org:80/a                                    | https://example.org/a",
      "http://example.org:8080/a                                  | https://example.org:8080/a",
      "https://example.org/a#comments                             | https://example.org/a",
      "https://example.org/a?utm_source=rss&utm_medium=feed       | https://example.org/a",
      "https://example.org/a?id=3&utm_campaign=x                  | https://example.org/a?id=3",
      "https://example.org/a?UTM_Medium=rss                       | https://example.org/a",
      "https://example.org/a?fbclid=IwAR0abc                      | https://example.org/a",
      "https://example.org/a?gclid=xyz&page=2                     | https://example.org/a?page=2",
      "https://example.org/a?mc_cid=1&mc_eid=2                    | https://example.org/a",
      "https://example.org/a?ref=twitter                          | https://example.org/a",
      "https://example.org/a?cmpid=rss                            | https://example.org/a",
      "https://example.org/a?ocid=msn&smid=tw                     | https://example.org/a",
      "https://example.org/a?b=2&a=1                              | https://example.org/a?a=1&b=2",
      "https://example.org/news/story/amp                         | https://example.org/news/story",
      "https://example.org/news/story/amp/                        | https://example.org/news/story",
      "https://example.org/amp/news/story                         | https://example.org/news/story",
      "https://example.org/news/story.amp.html                    | https://example.org/news/story.html",
      "https://amp.example.org/news/story                         | https://example.org/news/story",
      "https://m.example.org/news/story                           | https://example.org/news/story",
      "https://example.org/news/story?amp=1                       | https://example.org/news/story",
      "https://example.org/news/story?outputType=amp              | https://example.org/news/story",
      "https://example.org                                        | https://example.org/",
      "https://example.org/                                       | https://example.org/",
      "https://example.org//double//slash                         | https://example.org/double/slash",
      "'  https://example.org/a  '                                | https://example.org/a",
      "https://example.org/2026/11/20/story-123?page=2#top        | https://example.org/2026/11/20/story-123?page=2",
      "https://example.org/a?_ga=2.1&_gl=1*abc                    | https://example.org/a",
      "https://example.org/%7Ebob                                 | https://example.org/%7Ebob",
      "mailto:news@example.org                                    | mailto:news@example.org",
      "not a url at all                                           | not a url at all",
  })
  void normalizesLinks(String in, String out) {
    assertThat(ArticleIds.normalizeLink(in)).isEqualTo(out);
  }

  @Test
  void theSameArticleReadTwiceGetsTheSameId() {
    assertThat(ArticleIds.of("http://www.example.org/a?utm_campaign=z", null, "s1"))
        .isEqualTo(ArticleIds.of("https://EXAMPLE.org/a/#c", "other-guid", "s2"))
        .hasSize(16);
  }

  @Test
  void withoutALinkTheGuidCountsWithinItsSource() {
    assertThat(ArticleIds.of(null, "g1", "s1")).isNotEqualTo(ArticleIds.of(null, "g1", "s2"));
    assertThat(ArticleIds.of(" ", "g1", "s1")).isEqualTo(ArticleIds.of(null, "g1", "s1"));
  }

  @Test
  void withNeitherTheContentCountsAndEqualTitlesStayApart() {
    assertThat(ArticleIds.ofContent("s", "Update", "<p>one</p>")).isNotEqualTo(ArticleIds.ofContent("s", "Update", "<p>two</p>"));
    assertThat(ArticleIds.ofContent("s", "Update", "<p>one</p>")).isEqualTo(ArticleIds.ofContent("s", "Update", "<p>one</p>"));
  }

  @Test
  void anItemWithNeitherLinkNorGuidHasNoLinkId() {
    assertThatThrownBy(() -> ArticleIds.of(null, null, "s")).isInstanceOf(IllegalArgumentException.class);
  }
}
