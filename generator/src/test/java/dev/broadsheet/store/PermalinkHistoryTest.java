package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
  void theEditionsPeriodIsKeptAndAnEarlierOneRemembered(@TempDir Path data) throws Exception {
    var daily = dev.broadsheet.config.EditionsConfig.Period.DAILY;
    var weekly = dev.broadsheet.config.EditionsConfig.Period.WEEKLY;
    PermalinkHistory h = PermalinkHistory.none().after(DEFAULTS, daily).after(DEFAULTS, weekly);
    assertThat(h.period()).isEqualTo(weekly);
    assertThat(h.formerPeriods()).containsExactly(daily);
    h.save(data);
    assertThat(PermalinkHistory.read(data)).isEqualTo(h);
    // Back to daily: daily is no former period, weekly is.
    assertThat(h.after(DEFAULTS, daily).formerPeriods()).containsExactly(weekly);
    // A record from before periods were kept knows none, and moves nothing.
    assertThat(PermalinkHistory.none().after(DEFAULTS).after(DEFAULTS, weekly).formerPeriods()).isEmpty();
    Files.writeString(data.resolve("permalinks.json"), "{\"published\": {},\n \"former\": {\"editionPeriod\": [\"monthly\"]}}\n");
    assertThatThrownBy(() -> PermalinkHistory.read(data)).isInstanceOf(dev.broadsheet.base.BroadsheetException.class)
        .hasMessageContaining("permalinks.json:2:").hasMessageContaining("'former.editionPeriod.0' must be \"daily\" or \"weekly\"");
  }

  @Test
  void theTimeZonesEditionsWereDatedInAreKeptReadAndCheckedAtTheirLine(@TempDir Path data) throws Exception {
    java.time.ZoneId paris = java.time.ZoneId.of("Europe/Paris");
    PermalinkHistory h = PermalinkHistory.none().after(DEFAULTS, null, java.time.ZoneOffset.UTC).after(DEFAULTS, null, paris);
    assertThat(h.formerZones()).containsExactly("Z");
    assertThat(h.editionsMoved()).isTrue();
    h.save(data);
    assertThat(PermalinkHistory.read(data)).isEqualTo(h);
    assertThat(h.after(DEFAULTS, null, java.time.ZoneOffset.UTC).formerZones()).containsExactly("Europe/Paris");
    assertThat(PermalinkHistory.none().after(DEFAULTS).after(DEFAULTS, null, paris).editionsMoved()).isFalse();
    assertThat(PermalinkHistory.none().after(DEFAULTS, null, java.time.ZoneId.of("UTC"))
        .after(DEFAULTS, null, java.time.ZoneId.of("Etc/UTC")).editionsMoved()).as("one calendar, two names").isFalse();
    Files.writeString(data.resolve("permalinks.json"), "{\"published\": {},\n \"former\": {\"timezone\": [\"Mars/Base\"]}}\n");
    assertThatThrownBy(() -> PermalinkHistory.read(data)).isInstanceOf(dev.broadsheet.base.BroadsheetException.class)
        .hasMessageContaining("permalinks.json:2:").hasMessageContaining("'former.timezone.0' must be a time zone");
  }

  @Test
  void noRecordIsNoHistory(@TempDir Path data) {
    assertThat(PermalinkHistory.read(data)).isEqualTo(PermalinkHistory.none());
  }
}
