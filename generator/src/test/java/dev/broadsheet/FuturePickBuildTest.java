package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pick dated on a day still to come waits for that day instead of opening that day's edition now. */
class FuturePickBuildTest {
  @TempDir Path site;

  @Test
  void aPickDatedOnALaterDayIsHeldBackWithAWarningUntilThatDayInTheSitesZone() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 03 Dec 2026 20:00:00 GMT"));
    // Pago Pago is eleven hours behind UTC: at 02:00 UTC on 4 December it is still 3 December there.
    site("timezone: Pacific/Pago_Pago", "festival", "url: https://festival.example/programme\n"
        + "title: The winter festival programme is out\ndate: 2026-12-04\n---\nPlan your week.");
    BuildResult early = build("2026-12-04T02:00:00Z");
    assertThat(early.problems()).extracting(Problem::toString).containsExactly("picks/festival.md: warning: dated"
        + " 2026-12-04, a day still to come (today is 2026-12-03 in Pacific/Pago_Pago); it is held back until then");
    assertThat(site.resolve("public/index.html")).content().contains("Harbour bridge closes")
        .doesNotContain("winter festival");
    assertThat(site.resolve("public/editions/2026/12/04")).doesNotExist();
    // `broadsheet stories` says what the build published: the pick waits there too.
    Clock beforeItsDay = Clock.fixed(Instant.parse("2026-12-04T02:00:00Z"), ZoneOffset.UTC);
    assertThat(Broadsheet.stories(site, beforeItsDay).report().stories()).noneMatch(s -> s.pick() != null);

    BuildResult due = build("2026-12-04T11:30:00Z");
    assertThat(due.problems()).isEmpty();
    assertThat(site.resolve("public/index.html")).content().contains("The winter festival programme is out");
  }

  @Test
  void withWeeklyEditionsAHeldBackPickShowsOnItsDayThoughNoOtherInputChanged() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Mon, 30 Nov 2026 08:00:00 GMT"),
        SavedFeeds.item("Choir returns to the old church", "b", "Mon, 30 Nov 2026 09:00:00 GMT"));
    site("timezone: UTC\neditions: {period: weekly}", "choir",
        "url: https://paper.example/b\ndate: 2026-12-02\n---\nDo not miss the choir.");
    build("2026-12-01T08:00:00Z");
    assertThat(site.resolve("public/index.html")).content().doesNotContain("Do not miss the choir");
    // Wednesday: the week's edition is the same, nothing else changed; the pick's day has come.
    build("2026-12-02T08:00:00Z");
    assertThat(site.resolve("public/index.html")).content().contains("Do not miss the choir");
  }

  /** The site with {@code settings} and one pick, {@code picks/NAME.md} holding {@code pick} after its opening ---. */
  private void site(String settings, String name, String pick) throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n" + settings
        + "\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/" + name + ".md"), "---\n" + pick + "\n");
  }

  private BuildResult build(String when) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
  }
}
