package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelatedStoriesTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("""
      title: T
      baseUrl: https://e.org/
      timezone: UTC
      sources:
        - {id: a, name: Alpha, url: a.xml}
      """, Path.of("/tmp/site"), "broadsheet.yaml");
  private static final Instant START = Instant.parse("2026-11-20T06:00:00Z");
  private int counter;

  private Article article(String title) {
    String url = "https://a.example/" + counter;
    Instant time = START.plus(Duration.ofMinutes(10L * counter++));
    return new Article(ArticleIds.of(url, null, "a"), url, null, "a", title, "Alpha", null, null, List.of(),
        List.of(), time, null, time, null, null);
  }

  @Test
  void storiesSharingOneWordAreRelatedOnlyWhenClearlyAlikeAndTwoWordsWeighMore() {
    List<Article> all = new ArrayList<>();
    Article nurses = article("Nurses vote to accept pay offer after weeks of ward talks with hospital managers, ending overtime bans and picket lines");
    Article council = article("Council vote delays cycle lanes along the seafront road plan until spring inquiry into parking, bus stops and kerbs");
    Article ferry = article("Ferry fares rise for island residents from January");
    Article island = article("New ferry terminal opens with more island parking spaces");
    all.addAll(List.of(nurses, council, ferry, island));
    String[] filler = {"bakery", "choir", "museum", "rugby", "orchard", "library", "harbour", "market", "gallery",
        "brewery", "theatre", "stadium"};
    for (String word : filler) {
      all.add(article("Local " + word + " reports quiet season with steady visitor numbers " + word));
    }
    Digest digest = new DigestAssembler(CONFIG).assemble(all, List.of(), dev.broadsheet.store.StoryRecords.none())
        .digest();
    assertThat(related(digest, nurses)).as("one word in common, 'vote'").doesNotContain(storyOf(digest, council));
    assertThat(related(digest, ferry)).as("a topic of several words").contains(storyOf(digest, island));
  }

  private static String storyOf(Digest digest, Article a) {
    return digest.stories().stream().filter(s -> s.reports().stream().anyMatch(i -> i.article().id().equals(a.id())))
        .findFirst().orElseThrow().id();
  }

  private static List<String> related(Digest digest, Article a) {
    String id = storyOf(digest, a);
    return digest.stories().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().related();
  }
}
