package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.store.Article;
import dev.broadsheet.store.SourceState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceSettingsChangeTest {
  private static Article article(String publisher, String via, List<String> tags) {
    return new Article("a", "https://wire.example/a", null, "planet", "Rates held", publisher, via, "World", tags,
        List.of(), Instant.parse("2026-11-19T08:00:00Z"), null, Instant.parse("2026-11-19T08:00:00Z"), null, null);
  }

  @Test
  void refilingIsWhatAFreshReadGivesAndTwiceIsOnce() {
    SourceState.Applied before = new SourceState.Applied("Daily Planet", null, null, "World", List.of("old"));
    SourceState.Applied now = new SourceState.Applied("Daily Planet", "Planet Media", null, "Business", List.of("new"));
    // The source's own item, and one a wire item named as its publisher, which is now the source's own.
    Article own = SourceSettingsChange.refiled(article("Daily Planet", null, List.of("old", "rates")), before, now);
    Article named = SourceSettingsChange.refiled(article("Planet Media", "Daily Planet", List.of("old")), before, now);
    Article other = SourceSettingsChange.refiled(article("Wire Co", "Daily Planet", List.of()), before, now);
    assertThat(List.of(own.publisher(), named.publisher(), other.publisher()))
        .containsExactly("Planet Media", "Planet Media", "Wire Co");
    assertThat(own.via()).isNull();
    assertThat(named.via()).isNull();
    assertThat(other.via()).isEqualTo("Daily Planet");
    assertThat(own.tags()).containsExactly("new", "rates");
    assertThat(own.section()).isEqualTo("Business");
    // A build that stopped after saving the articles but before the sources applies the change again.
    for (Article once : List.of(own, named, other)) {
      assertThat(SourceSettingsChange.refiled(once, before, now)).isEqualTo(once);
    }
  }
}
