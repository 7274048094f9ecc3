package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoreMergeTest {
  static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-21T08:00:00Z");

  static Article article(String id, String title, String summary) {
    return new Article(id, "https://x.example/" + id, null, "src", title, "Pub", null, "News", List.of(), List.of(),
        T0, null, null, summary, null);
  }

  @Test
  void newArticlesAreAddedAndStampedFirstSeen() {
    StoreMerge.Result r = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "A", "s")), T1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.snapshot().articles().get("a").firstSeen()).isEqualTo(T1);
  }

  @Test
  void articlesNoLongerInTheFeedAreKept() {
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "A", "s"), article("b", "B", "s")),
        T0).snapshot();
    StoreMerge.Result r = StoreMerge.merge(base, List.of(article("b", "B", "s")), T1);
    assertThat(r.snapshot().articles()).containsOnlyKeys("a", "b");
    assertThat(r.added()).isZero();
    assertThat(r.updated()).isZero();
  }

  @Test
  void anUpdateKeepsFirstSeenAndFieldsTheNewReadingLacks() {
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "Old title", "summary")), T0)
        .snapshot();
    StoreMerge.Result r = StoreMerge.merge(base, List.of(article("a", "New title", null)), T1);
    Article merged = r.snapshot().articles().get("a");
    assertThat(r.updated()).isEqualTo(1);
    assertThat(merged.title()).isEqualTo("New title");
    assertThat(merged.summaryHtml()).isEqualTo("summary");
    assertThat(merged.firstSeen()).isEqualTo(T0);
  }
}
