package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.store.Article;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportListsTest {
  private static Story.Item item(String id, String source, String title, String publisher, String via, String day) {
    Article a = new Article(id, "https://" + source + ".example/" + id, null, source, title, publisher, via, null,
        List.of("energy"), List.of(), Instant.parse(day + "T08:00:00Z"), null, null, null, null, null, null);
    return new Story.Item(a, id, "articles/" + id + "/");
  }

  private static List<String> energy(List<Story.Item> items, Map<String, String> storyOf) {
    return ReportLists.tags(items, storyOf).get(0).items().stream().map(i -> i.article().id()).toList();
  }

  @Test
  void aSyndicatorsCopyBesideThePublishersOwnInOneStoryIsListedOnce() {
    List<Story.Item> items = List.of(
        item("own", "meridian", "Tidewater to build wind yard", "Meridian", null, "2026-11-21"),
        item("copy", "coastline", "Tidewater to build wind yard", "Meridian", "Coastline", "2026-11-24"));
    assertThat(energy(items, Map.of("own", "s1", "copy", "s1"))).containsExactly("own");
    // In two stories (a re-run a month on), each is listed.
    assertThat(energy(items, Map.of("own", "s1", "copy", "s2"))).containsExactly("copy", "own");
  }

  @Test
  void aPublishersRecurringHeadlineIsListedEveryTime() {
    List<Story.Item> items = List.of(
        item("mon", "meridian", "Letters to the editor", "Meridian", null, "2026-11-23"),
        item("tue", "meridian", "Letters to the editor", "Meridian", null, "2026-11-24"));
    assertThat(energy(items, Map.of("mon", "s1", "tue", "s1"))).containsExactly("tue", "mon");
  }

  @Test
  void copiesTwoSyndicatorsCarriedWithoutThePublishersOwnAreBothListed() {
    List<Story.Item> items = List.of(
        item("a", "coastline", "Tidewater to build wind yard", "Meridian", "Coastline", "2026-11-21"),
        item("b", "wire", "Tidewater to build wind yard", "Meridian", "Wire", "2026-11-22"));
    assertThat(energy(items, Map.of("a", "s1", "b", "s1"))).containsExactly("b", "a");
  }
}
