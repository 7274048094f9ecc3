package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceHomeTest {
  private static SourceConfig source(String url) {
    return new SourceConfig("s", "S", url, null, null, "World", List.of(), 1.0, 50, false, null, false, false);
  }

  private static Story.Item item(String url) {
    return new Story.Item(new Article(url == null ? "x" : url, url, null, "s", "T", null, null, null, List.of(),
        List.of(), null, null, null, null, null, null, null), "t", "articles/t/");
  }

  @Test
  void isTheHostMostArticlesLiveOnNotTheFeedServicesHost() {
    assertThat(SourceHome.of(source("https://feeds.feedservice.example/herald"), List.of(
        item("https://www.herald.example/a"), item("https://cdn.example/b"), item("https://www.herald.example/c"))))
        .isEqualTo("https://www.herald.example/");
  }

  @Test
  void leavesOutArticlesCarriedForOtherPublishersAndIgnoresTheCaseOfHosts() {
    Article carried = new Article("c", "https://other.example/c", null, "s", "T", "Other", "S", null, List.of(),
        List.of(), null, null, null, null, null, null, null);
    Article carried2 = new Article("d", "https://other.example/d", null, "s", "T", "Other", "S", null, List.of(),
        List.of(), null, null, null, null, null, null, null);
    assertThat(SourceHome.of(source("https://feeds.example/s"), List.of(new Story.Item(carried, "c", "c/"),
        new Story.Item(carried2, "d", "d/"), item("https://WWW.Own.example/a")))).isEqualTo("https://www.own.example/");
    assertThat(SourceHome.of(source("https://feeds.example/s"), List.of(new Story.Item(carried, "c", "c/"))))
        .isEqualTo("https://feeds.example/");
  }

  @Test
  void isTheFeedsHostWithoutArticleLinksAndNothingForASavedFeedWithout() {
    assertThat(SourceHome.of(source("https://user:pw@herald.example:8443/feed.xml"), List.of(item(null))))
        .isEqualTo("https://herald.example:8443/");
    assertThat(SourceHome.of(source("feeds/herald.xml"), List.of(item(null)))).isNull();
  }
}
