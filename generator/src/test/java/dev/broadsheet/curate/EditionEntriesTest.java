package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditionEntriesTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("""
      title: T
      baseUrl: https://e.org/
      timezone: UTC
      editions: {topStories: 3, maxStories: 50}
      sources:
        - {id: paper, name: The Paper, url: p.xml}
        - {id: wire, name: The Wire, url: w.xml}
      """, Path.of("/tmp/site"), "broadsheet.yaml");
  private static final LocalDate DAY1 = LocalDate.of(2026, 11, 20);
  private static final LocalDate DAY2 = LocalDate.of(2026, 11, 21);

  private static Article article(String slug, String title, String time, String publisher) {
    String url = "https://paper.example/" + slug;
    return new Article(ArticleIds.of(url, null, "paper"), url, null, "paper", title, publisher, null, null, List.of(),
        List.of(), Instant.parse(time), null, Instant.parse(time), "<p>" + title + " summary</p>", null);
  }

  /** The articles as one story, as an earlier build assigned them (the grouping is not what is tested here). */
  private static Map<String, String> oneStory(Article... articles) {
    Map<String, String> previous = new HashMap<>();
    for (Article a : articles) {
      previous.put(a.id(), articles[0].id());
    }
    return previous;
  }

  private static Story listed(Digest d, LocalDate date, String storyId) {
    Edition e = d.editions().stream().filter(x -> x.date().equals(date)).findFirst().orElseThrow();
    return e.listed().stream().filter(s -> s.id().equals(storyId)).findFirst().orElse(null);
  }

  @Test
  void aStoryToldOverTwoDaysIsInBothEditionsLedByThatDaysReportAndRankedByIt() {
    Article broke = article("broke", "Storm closes the harbour for the night", "2026-11-20T18:00:00Z", "Harbour Courier");
    Article reopens = article("reopens", "Harbour reopens after the storm passes", "2026-11-21T08:00:00Z",
        "Coast Radio");
    Article damage = article("damage", "Storm damage to the harbour wall counted", "2026-11-21T09:00:00Z",
        "Evening Post");
    Article other = article("other", "Council approves the library budget", "2026-11-21T10:00:00Z", "Harbour Courier");
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(broke, reopens, damage, other), List.of(),
        oneStory(broke, reopens, damage)).digest();
    Story story = d.stories().stream().filter(s -> s.id().equals(broke.id())).findFirst().orElseThrow();

    Story yesterday = listed(d, DAY1, story.id());
    Story today = listed(d, DAY2, story.id());
    assertThat(yesterday.lead().article().id()).isEqualTo(broke.id());
    assertThat(today.lead().article().id()).isIn(reopens.id(), damage.id());
    assertThat(today.reports()).hasSize(3);
    assertThat(today.time().atZone(java.time.ZoneOffset.UTC).toLocalDate()).isEqualTo(DAY2);
    // Ranked by the day's own reports: two publishers today, one yesterday.
    assertThat(today.score().publishers()).isEqualTo(2);
    assertThat(yesterday.score().publishers()).isEqualTo(1);
    assertThat(d.appearancesOf(story.id())).extracting(Digest.Appearance::edition).containsExactly(DAY2, DAY1);
    assertThat(d.appearancesOf(story.id()).get(0).representative()).isEqualTo(today.lead().article().id());
    // A story of one day is listed as it is.
    assertThat(listed(d, DAY2, other.id())).isSameAs(
        d.stories().stream().filter(s -> s.id().equals(other.id())).findFirst().orElseThrow());
  }

  @Test
  void aCopyUnderTheSameHeadlineOnALaterDayDoesNotBringTheStoryBack() {
    Article first = article("first", "Storm closes the harbour for the night", "2026-11-20T18:00:00Z", "Harbour Courier");
    // As grouping tells copies apart: case, punctuation and a wire service's label aside.
    Article rerun = article("rerun", "UPDATE 1-Storm closes the harbour for the night.", "2026-11-21T08:00:00Z",
        "Coast Radio");
    Article today = article("today", "Council approves the library budget", "2026-11-21T10:00:00Z", "Harbour Courier");
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(first, rerun, today), List.of(), oneStory(first, rerun))
        .digest();
    assertThat(listed(d, DAY2, first.id())).isNull();
    assertThat(listed(d, DAY1, first.id())).isNotNull();
    assertThat(d.appearancesOf(first.id())).extracting(Digest.Appearance::edition).containsExactly(DAY1);
  }

  @Test
  void aPickedStoryIsThePickInItsPicksEditionAndAPlainStoryOnItsOtherDays() {
    Article broke = article("broke", "Storm closes the harbour for the night", "2026-11-20T18:00:00Z", "Harbour Courier");
    Article reopens = article("reopens", "Harbour reopens after the storm passes", "2026-11-21T08:00:00Z",
        "Coast Radio");
    Pick pick = new Pick("picks/storm.md", broke.url(), null, null, List.of(), Instant.parse("2026-11-20T12:00:00Z"),
        false, 0, false, null, "<p>Worth reading</p>");
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(broke, reopens), List.of(pick), oneStory(broke, reopens))
        .digest();
    Edition day1 = d.editions().stream().filter(e -> e.date().equals(DAY1)).findFirst().orElseThrow();
    assertThat(day1.picks()).extracting(Story::id).containsExactly(broke.id());
    Story laterDay = listed(d, DAY2, broke.id());
    assertThat(laterDay.pick()).isNull();
    assertThat(laterDay.lead().article().id()).isEqualTo(reopens.id());
    assertThat(d.editions().stream().filter(e -> e.date().equals(DAY2)).findFirst().orElseThrow().picks()).isEmpty();
  }

  @Test
  void aPickOfLastWeeksReportLeavesLastWeeksEditionAsItWasPublished() {
    Article report = article("report", "Library opens its new reading room", "2026-11-20T08:00:00Z", "Harbour Courier");
    Article second = article("second", "Library opens its new reading room to the public", "2026-11-20T09:00:00Z",
        "Evening Post");
    Article other = article("other", "Council approves the library budget", "2026-11-20T10:00:00Z", "Harbour Courier");
    LocalDate weekLater = LocalDate.of(2026, 11, 27);
    Digest before = new DigestAssembler(CONFIG).assemble(List.of(report, second, other), List.of(),
        oneStory(report, second)).digest();
    Story then = listed(before, DAY1, report.id());
    // The report grouping did not put first is picked a week later: the week before stays as it was.
    Article picked = then.lead().article().id().equals(report.id()) ? second : report;
    Pick pick = new Pick("picks/library.md", picked.url(), null, null, List.of(), Instant.parse("2026-11-27T12:00:00Z"),
        false, 0, false, null, "<p>Still worth a visit</p>");
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(report, second, other), List.of(pick),
        oneStory(report, second)).digest();
    Story now = listed(d, DAY1, report.id());
    assertThat(now).isNotNull();
    assertThat(now.pick()).isNull();
    assertThat(now.lead().article().id()).isEqualTo(then.lead().article().id());
    assertThat(now.reports()).hasSize(2);
    Edition pickEdition = d.editions().stream().filter(e -> e.date().equals(weekLater)).findFirst().orElseThrow();
    assertThat(pickEdition.picks()).extracting(s -> s.lead().article().id()).containsExactly(picked.id());
    // Said to be in the pick's edition.
    assertThat(d.appearancesOf(report.id())).filteredOn(Digest.Appearance::own).extracting(Digest.Appearance::edition)
        .containsExactly(weekLater);
  }

  @Test
  void aPickDatedTheDayBeforeItsOnlyReportIsThePickInItsEditionAndNowhereElse() {
    Article report = article("report", "Library opens its new reading room", "2026-11-21T08:00:00Z", "Harbour Courier");
    Pick pick = new Pick("picks/library.md", report.url(), null, null, List.of(), Instant.parse("2026-11-20T12:00:00Z"),
        true, 0, false, null, "<p>Worth a visit</p>");
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(report), List.of(pick)).digest();
    assertThat(d.appearancesOf(report.id())).extracting(Digest.Appearance::edition).containsExactly(DAY1);
    assertThat(d.editions()).extracting(Edition::date).containsExactly(DAY1);
  }

  @Test
  void anEarlierEditionShowsTheStoryAsItWasToldThenWithoutLaterReportsOrALaterCopyLeadingIt() {
    Article first = article("first", "Fire destroys the old boat shed", "2026-11-20T09:00:00Z", "Coast Radio");
    // A later copy of the same headline with a longer text: the story's best report, but no news on its day.
    Article copy = new Article(ArticleIds.of("https://post.example/fire", null, "wire"), "https://post.example/fire",
        null, "wire", "Fire destroys the old boat shed", "Evening Post", null, null, List.of(), List.of(),
        Instant.parse("2026-11-22T09:00:00Z"), null, Instant.parse("2026-11-22T09:00:00Z"),
        "<p>" + "A much longer account of the fire at the boat shed and what it destroyed. ".repeat(20) + "</p>", null);
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(first, copy), List.of(), oneStory(first, copy)).digest();
    Story whole = d.stories().get(0);
    assertThat(whole.lead().article().id()).isEqualTo(copy.id());
    assertThat(d.appearancesOf(whole.id())).extracting(Digest.Appearance::edition).containsExactly(DAY1);
    Story shown = listed(d, DAY1, whole.id());
    assertThat(shown.lead().article().id()).isEqualTo(first.id());
    assertThat(shown.alsoReportedBy()).as("the copy came two days later").isEmpty();
    assertThat(shown.time()).isEqualTo(first.published());
  }

  @Test
  void aStoryIsSaidToBeInTheNewestEditionThatListsItNotOneThatHadNoRoomForIt() {
    SiteConfig full = new ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        timezone: UTC
        editions: {topStories: 1, maxStories: 1}
        sources:
          - {id: paper, name: The Paper, url: p.xml}
        """, Path.of("/tmp/site"), "broadsheet.yaml");
    Article broke = article("broke", "Storm closes the harbour for the night", "2026-11-20T18:00:00Z", "Harbour Courier");
    Article reopens = article("reopens", "Harbour reopens after the storm passes", "2026-11-21T08:00:00Z",
        "Coast Radio");
    Article big1 = article("big1", "Council approves the library budget", "2026-11-21T10:00:00Z", "Harbour Courier");
    Article big2 = article("big2", "Library budget passes the council vote", "2026-11-21T10:30:00Z", "Evening Post");
    Article big3 = article("big3", "New library budget approved by council", "2026-11-21T11:00:00Z", "Coast Radio");
    Map<String, String> previous = oneStory(broke, reopens);
    previous.putAll(oneStory(big1, big2, big3));
    Digest d = new DigestAssembler(full).assemble(List.of(broke, reopens, big1, big2, big3), List.of(), previous)
        .digest();
    StoriesReport.StoryEntry storm = StoriesReport.of(d, "News").stories().stream().filter(s -> s.id().equals(broke.id()))
        .findFirst().orElseThrow();
    assertThat(storm.editions()).extracting(e -> e.placement().place()).containsExactly(Placement.Place.NOT_SHOWN,
        Placement.Place.TOP_STORY);
    assertThat(storm.edition()).isEqualTo("2026-11-20");
    assertThat(storm.placement().place()).isEqualTo(Placement.Place.TOP_STORY);
  }

  @Test
  void theStoriesReportNamesEveryEditionOfAStoryToldOverDays() {
    Article broke = article("broke", "Storm closes the harbour for the night", "2026-11-20T18:00:00Z", "Harbour Courier");
    Article reopens = article("reopens", "Harbour reopens after the storm passes", "2026-11-21T08:00:00Z",
        "Coast Radio");
    Article single = article("single", "Council approves the library budget", "2026-11-21T10:00:00Z", "Harbour Courier");
    Digest d = new DigestAssembler(CONFIG).assemble(List.of(broke, reopens, single), List.of(), oneStory(broke, reopens))
        .digest();
    StoriesReport report = StoriesReport.of(d, "News");
    StoriesReport.StoryEntry story = report.stories().stream().filter(s -> s.id().equals(broke.id())).findFirst()
        .orElseThrow();
    assertThat(story.editions()).extracting(StoriesReport.EditionEntry::edition).containsExactly("2026-11-21",
        "2026-11-20");
    assertThat(story.editions()).extracting(StoriesReport.EditionEntry::representative).containsExactly(reopens.id(),
        broke.id());
    // Said to be in the newest edition that has it: its latest news.
    assertThat(story.edition()).isEqualTo("2026-11-21");
    StoriesReport.StoryEntry one = report.stories().stream().filter(s -> s.id().equals(single.id())).findFirst()
        .orElseThrow();
    assertThat(one.editions()).isNull();
    assertThat(one.edition()).isEqualTo("2026-11-21");
  }
}
