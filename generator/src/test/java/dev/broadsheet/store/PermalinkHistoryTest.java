package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.Permalinks;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PermalinkHistoryTest {
  private static final Permalinks DEFAULTS = Permalinks.defaults();

  private static Permalinks article(String pattern) {
    return new Permalinks(pattern, DEFAULTS.edition(), DEFAULTS.section(), DEFAULTS.source(), DEFAULTS.page());
  }

  @Test
  void aFirstBuildRecordsItsPatternsAndNoFormerOnes() {
    PermalinkHistory first = PermalinkHistory.none().after(DEFAULTS);
    assertThat(first.published()).isEqualTo(DEFAULTS);
    assertThat(first.former()).isEmpty();
  }

  @Test
  void aChangedPatternBecomesAFormerOneNewestFirstAndLeavesTheListWhenInUseAgain() {
    PermalinkHistory h = PermalinkHistory.none().after(DEFAULTS).after(article("news/{slug}.html"))
        .after(article("stories/{slug}/"));
    assertThat(h.former(Permalinks.Kind.ARTICLE)).containsExactly("news/{slug}.html", "articles/{slug}/");
    assertThat(h.former(Permalinks.Kind.SECTION)).isEmpty();
    PermalinkHistory back = h.after(DEFAULTS);
    assertThat(back.former(Permalinks.Kind.ARTICLE)).containsExactly("stories/{slug}/", "news/{slug}.html");
    assertThat(back.after(DEFAULTS)).isEqualTo(back);
  }

  @Test
  void theRecordReadsBackAsWrittenAndIsRewrittenOnlyWhenItChanged(@TempDir Path data) throws Exception {
    PermalinkHistory h = PermalinkHistory.none().after(DEFAULTS).after(article("news/{slug}.html"));
    h.save(data);
    assertThat(PermalinkHistory.read(data)).isEqualTo(h);
    Path file = data.resolve("permalinks.json");
    Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(0));
    PermalinkHistory.read(data).save(data);
    assertThat(Files.getLastModifiedTime(file).toMillis()).isZero();
  }

  @Test
  void noRecordIsNoHistory(@TempDir Path data) {
    assertThat(PermalinkHistory.read(data)).isEqualTo(PermalinkHistory.none());
  }
}
