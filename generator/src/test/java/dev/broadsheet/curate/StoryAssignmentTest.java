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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stories as wholes: what joins them, what keeps them apart, and what keeps their identity. */
class StoryAssignmentTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("""
      title: T
      baseUrl: https://e.org/
      timezone: UTC
      editions: {topStories: 3}
      sources:
        - {id: a, name: Alpha, url: a.xml}
        - {id: b, name: Bravo, url: b.xml}
        - {id: c, name: Charlie, url: c.xml}
      """, Path.of("/tmp/site"), "broadsheet.yaml");
  private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

  /** Unrelated headlines of the same day, so that word weights are those of a real day's news. */
  private static final List<String> BACKGROUND = List.of(
      "Library extends evening opening hours", "Museum returns carved paddles to descendants",
      "Rowing club unveils boathouse plans", "Seaweed farms store more carbon than expected",
      "Folk festival announces summer line-up", "Hospital opens walk-in clinic",
      "Grocery chain to open smaller city stores", "School board names new superintendent",
      "Telescope spots comet heading inward", "Bakery on Hollins Lane turns ten",
      "Choir to sing in old cathedral for charity", "Students track river pollution with sensors",
      "Housing starts fall to lowest level since 2019", "Harbour seals thriving after fishing limits",
      "Night market returns to Customs Square", "Volunteers plant trees along the river trail");

  private int counter;

  private Article article(String source, String publisher, Instant time, String title) {
    String url = "https://" + source + ".example/" + counter++;
    return new Article(ArticleIds.of(url, null, source), url, null, source, title, publisher, null, null, List.of(),
        List.of(), time, null, time, null, null);
  }

  private List<Article> withBackground(Article... articles) {
    List<Article> all = new ArrayList<>(List.of(articles));
    for (String title : BACKGROUND) {
      all.add(article("c", "Charlie", NOON.minus(Duration.ofHours(3)), title));
    }
    return all;
  }

  private static String storyOf(DigestAssembler.Result r, Article a) {
    return r.stories().get(a.id());
  }

  @Test
  void aChainOfPairwiseSimilarHeadlinesDoesNotBecomeOneStory() {
    // Each headline shares two words with the next, none with the one after: a link-any-pair
    // method makes one story of all four.
    Article volcano = article("a", "Alpha", NOON, "Volcano eruption grounds flights across Iceland");
    Article flights = article("b", "Bravo", NOON.plusSeconds(600), "Flights grounded as airline strike spreads");
    Article strike = article("a", "Alpha", NOON.plusSeconds(1200), "Airline strike ends with a pay deal");
    Article nurses = article("b", "Bravo", NOON.plusSeconds(1800), "Pay deal for hospital nurses approved");
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(withBackground(volcano, flights, strike, nurses),
        List.of());
    assertThat(storyOf(r, volcano)).isNotEqualTo(storyOf(r, strike)).isNotEqualTo(storyOf(r, nurses));
    assertThat(storyOf(r, flights)).isNotEqualTo(storyOf(r, nurses));
  }

  @Test
  void aSyndicatedReRunDaysLaterIsTheSameStoryAndNotNewInALaterEdition() {
    Article original = article("a", "Alpha", NOON, "Harbour bridge to close for three nights of cable repairs");
    Article rerun = article("b", "Alpha", NOON.plus(Duration.ofDays(5)),
        "Harbour bridge to close for three nights of cable repairs");
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(withBackground(original, rerun), List.of());
    assertThat(storyOf(r, rerun)).isEqualTo(storyOf(r, original));
    Edition later = r.digest().editions().stream()
        .filter(e -> e.date().equals(NOON.plus(Duration.ofDays(5)).atZone(CONFIG.timezone()).toLocalDate()))
        .findFirst().orElse(null);
    assertThat(later).as("no edition holds only the re-run").isNull();
  }

  @Test
  void aStoryKeepsItsIdAsNewReportsJoinItInALaterBuild() {
    Article first = article("a", "Alpha", NOON, "Shipyard wins contract for two hybrid ferries");
    Article second = article("b", "Bravo", NOON.plusSeconds(3600), "Hybrid ferries contract goes to local shipyard");
    DigestAssembler assembler = new DigestAssembler(CONFIG);
    List<Article> firstBuild = withBackground(first, second);
    DigestAssembler.Result before = assembler.assemble(firstBuild, List.of());
    String id = storyOf(before, first);
    assertThat(storyOf(before, second)).isEqualTo(id);
    Story story = before.digest().stories().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    // Why they are one story, for an editor who wants to check it.
    assertThat(story.why()).hasSize(2).allSatisfy(why -> {
      assertThat(why.similarity()).isGreaterThan(0.3);
      assertThat(why.shared()).contains("shipyard", "contract", "hybrid", "ferri");
    });

    Article later = article("c", "Charlie", NOON.plus(Duration.ofHours(20)),
        "Shipyard to hire 200 after hybrid ferries contract");
    List<Article> all = new ArrayList<>(firstBuild);
    all.add(later);
    DigestAssembler.Result after = assembler.assemble(all, List.of(), before.stories());
    assertThat(storyOf(after, first)).isEqualTo(id);
    assertThat(storyOf(after, later)).isEqualTo(id);
    // Every story of the first build is unchanged.
    before.stories().forEach((article, kept) -> assertThat(after.stories()).containsEntry(article, kept));
  }

  @Test
  void anEarlierBuildsGroupingIsKeptEvenWhenTheTextWouldNowSayOtherwiseWhenNoNewArticleIsNearIt() {
    Article a = article("a", "Alpha", NOON, "Council approves winter shelter");
    Article b = article("b", "Bravo", NOON, "Fish market reopens after renovation");
    List<Article> all = withBackground(a, b);
    Map<String, String> previous = new HashMap<>(new DigestAssembler(CONFIG).assemble(all, List.of()).stories());
    previous.put(a.id(), "story-1");
    previous.put(b.id(), "story-1");
    // A new article four days later: beyond two windows (36 hours each) of the old ones.
    all.add(article("a", "Alpha", NOON.plus(Duration.ofDays(4)), "Council approves winter shelter budget"));
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(all, List.of(), previous);
    assertThat(storyOf(r, a)).isEqualTo("story-1");
    assertThat(storyOf(r, b)).isEqualTo("story-1");
  }

  @Test
  void aStoryOfManyReportsIsLedByATypicalOneNotByTheEarliestWhenThatTellsAnotherEvent() {
    Article odd = article("a", "Alpha", NOON, "Council approves winter shelter");
    Article f1 = article("b", "Bravo", NOON.plusSeconds(600), "Shipyard wins contract for two hybrid ferries");
    Article f2 = article("c", "Charlie", NOON.plusSeconds(1200), "Hybrid ferries contract goes to local shipyard");
    Article f3 = article("a", "Alpha", NOON.plusSeconds(1800), "Local shipyard to build two hybrid ferries");
    Article f4 = article("b", "Bravo", NOON.plusSeconds(2400), "Two hybrid ferries ordered from shipyard");
    List<Article> all = withBackground(odd, f1, f2, f3, f4);
    Map<String, String> previous = new HashMap<>(new DigestAssembler(CONFIG).assemble(all, List.of()).stories());
    // An earlier build put the shelter with the ferries: kept, as nothing new is near them.
    List.of(odd, f1, f2, f3, f4).forEach(a -> previous.put(a.id(), "story-1"));
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(all, List.of(), previous);
    Story story = r.digest().stories().stream().filter(x -> x.id().equals("story-1")).findFirst().orElseThrow();
    assertThat(story.reports()).hasSize(5);
    assertThat(story.lead().article().id()).isIn(f1.id(), f2.id(), f3.id(), f4.id());
    // Among the less typical half, after the rest.
    assertThat(story.reports().subList(3, 5)).extracting(i -> i.article().id()).contains(odd.id());
  }

  @Test
  void articlesNearANewOneAreGroupedAgainAndTheStoryMostOfThemWereInKeepsItsId() {
    Article a1 = article("a", "Alpha", NOON, "Shipyard wins contract for two hybrid ferries");
    Article a2 = article("b", "Bravo", NOON.plusSeconds(600), "Hybrid ferries contract goes to local shipyard");
    Article b = article("b", "Bravo", NOON, "Fish market reopens after renovation");
    List<Article> all = withBackground(a1, a2, b);
    Map<String, String> previous = new HashMap<>(new DigestAssembler(CONFIG).assemble(all, List.of()).stories());
    // An earlier build put the fish market with the ferries (another analysis, say).
    previous.put(a1.id(), "story-1");
    previous.put(a2.id(), "story-1");
    previous.put(b.id(), "story-1");
    Article later = article("c", "Charlie", NOON.plus(Duration.ofHours(5)), "Shipyard to hire 200 after hybrid ferries contract");
    all.add(later);
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(all, List.of(), previous);
    assertThat(List.of(storyOf(r, a1), storyOf(r, a2), storyOf(r, later))).containsOnly("story-1");
    assertThat(storyOf(r, b)).isNotEqualTo("story-1").isEqualTo(b.id());
    // Grouped again from the result, the same: what a build publishes is what the next one starts from.
    DigestAssembler.Result again = new DigestAssembler(CONFIG).assemble(all, List.of(), r.stories());
    assertThat(again.stories()).isEqualTo(r.stories());
  }

  @Test
  void alsoReportedByNamesOtherPublishersOnlyAndAtMostEight() {
    List<Article> reports = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      reports.add(article("a", "Publisher " + (char) ('A' + i), NOON.plusSeconds(60L * i),
          "Storm leaves 4,000 homes without power in the north end"));
    }
    // A second feed of the first publisher, and its syndicated copy: the same outlet again.
    reports.add(article("b", "Publisher A", NOON.plusSeconds(900), "Storm leaves 4,000 homes without power in the north end"));
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(withBackground(reports.toArray(Article[]::new)),
        List.of());
    Story story = r.digest().stories().stream().filter(s -> s.reports().size() == 13).findFirst().orElseThrow();
    Story.Coverage coverage = story.coverage(reports.get(0));
    assertThat(coverage.shown()).hasSize(Story.SHOWN_REPORTS)
        .noneMatch(i -> "Publisher A".equals(i.article().publisher()));
    assertThat(coverage.more()).isEqualTo(3);
    assertThat(story.hasStoryPage()).isTrue();
    assertThat(story.path()).isEqualTo("stories/" + story.id() + "/");
    assertThat(story.score().publishers()).isEqualTo(12);
  }

  @Test
  void twoTopStoriesAreNeverTheSameEvent() {
    List<Article> articles = new ArrayList<>();
    // One event told in two clusters of words that a merge cannot join, and two other stories.
    for (int i = 0; i < 4; i++) {
      articles.add(article("a", "Outlet " + i, NOON.plusSeconds(i), "Central bank holds interest rates steady"));
      articles.add(article("b", "Paper " + i, NOON.plusSeconds(i + 10), "Central bank holds rates, signals cut"));
    }
    articles.add(article("c", "Charlie", NOON, "Ferry operator adds early sailing"));
    articles.add(article("c", "Charlie", NOON, "Rail line to reopen after landslip"));
    DigestAssembler.Result r = new DigestAssembler(CONFIG).assemble(withBackground(articles.toArray(Article[]::new)),
        List.of());
    List<Story> top = r.digest().editions().get(0).topStories();
    long bankStories = top.stream().filter(s -> s.lead().article().title().startsWith("Central bank")).count();
    assertThat(bankStories).isEqualTo(1);
  }
}
