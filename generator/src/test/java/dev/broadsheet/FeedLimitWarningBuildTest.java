package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed longer than the default limit is told of when items may have been lost, not at every
 * reading of the same long backlog (a daily site heard it every day for months).
 */
class FeedLimitWarningBuildTest {
  @TempDir Path site;

  private void feed(int items, Instant newest) throws Exception {
    List<String> list = new ArrayList<>();
    for (int i = 0; i < items; i++) {
      Instant t = newest.minusSeconds(3600L * 6 * i);
      list.add(SavedFeeds.item("Harbour notice number " + (items - i), "n" + t.getEpochSecond(),
          DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC))));
    }
    SavedFeeds.write(site.resolve("paper.xml"), list.toArray(String[]::new));
  }

  private List<String> build(String when) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC))).problems().stream().map(Problem::toString)
        .filter(p -> p.contains("kept the newest")).toList();
  }

  @Test
  void theLimitIsToldOfOnTheFirstReadingAndWhenMoreItemsCameThanItKeepsNotForAnOldBacklog() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Limit\nbaseUrl: https://news.example/\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    feed(150, Instant.parse("2026-11-20T06:00:00Z"));
    assertThat(build("2026-11-20T08:00:00Z")).singleElement().asString().contains("the feed has 150 items");
    // A day later, four new items at the top of the same long list: its backlog was offered before.
    feed(154, Instant.parse("2026-11-21T06:00:00Z"));
    assertThat(build("2026-11-21T08:00:00Z")).isEmpty();
    // Much later, more new items than the limit keeps: some may be lost.
    feed(150, Instant.parse("2026-12-21T06:00:00Z"));
    assertThat(build("2026-12-21T08:00:00Z")).singleElement().asString().contains("kept the newest 100");
  }
}
