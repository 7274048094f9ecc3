package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import dev.broadsheet.store.StoryRecords;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Stories far in time from anything a build changed are shown as the last build recorded them;
 * those near it are worked out again, and the records say what each build settled.
 */
class SettledStoriesTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("""
      title: T
      baseUrl: https://e.org/
      timezone: UTC
      sources:
        - {id: a, name: Alpha, url: a.xml}
        - {id: b, name: Bravo, url: b.xml}
      """, Path.of("/tmp/site"), "broadsheet.yaml");
  private static final int LAST_DAY = 118;
  private static final Instant START = Instant.parse("2026-09-01T12:00:00Z");
  private static final String[] TOPICS = {"harbour ferry strike", "council budget vote", "river flood warning",
      "school roof repairs", "rail timetable change", "museum paddle return", "wind farm approval",
      "hospital clinic opening", "bridge cable repairs", "market stall fees"};

  private int counter;

  private Article article(String source, Instant time, String title) {
    String url = "https://" + source + ".example/" + counter++;
    return new Article(ArticleIds.of(url, null, source), url, null, source, title, source, null, null, List.of(),
        List.of(), time, null, time, null, null);
  }

  /** Two reports of a topic every two days for four months. */
  private List<Article> fourMonths() {
    List<Article> all = new ArrayList<>();
    for (int day = 0; day < LAST_DAY + 1; day += 2) {
      String topic = TOPICS[(day / 2) % TOPICS.length];
      Instant t = START.plus(Duration.ofDays(day));
      all.add(article("a", t, "Day " + day + " " + topic + " talks resume"));
      all.add(article("b", t.plus(Duration.ofHours(2)), "Day " + day + " " + topic + " talks resume today"));
    }
    return all;
  }

  @Test
  void aNewArticleWorksOutOnlyTheStoriesNearItAndLeavesTheOthersAsRecorded() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    assertThat(first.modelled()).isEqualTo(all.size());
    List<Article> more = new ArrayList<>(all);
    Article late = article("a", START.plus(Duration.ofDays(LAST_DAY)).plus(Duration.ofHours(5)),
        "Day " + LAST_DAY + " market stall fees talks resume");
    more.add(late);
    DigestAssembler.Result next = new DigestAssembler(CONFIG).assemble(more, List.of(), first.records());
    assertThat(next.modelled()).isGreaterThan(1).isLessThan(all.size() / 2);
    assertThat(next.stories()).containsEntry(late.id(), first.stories().get(all.get(all.size() - 1).id()));
    // Everything else as a clean assembly from the same records makes it.
    DigestAssembler.Result again = new DigestAssembler(CONFIG).assemble(more, List.of(), first.records());
    assertThat(again.records()).isEqualTo(next.records());
  }

  @Test
  void aSettledStoryIsShownAsRecordedAndOneNearTheNewArticleIsWorkedOutAgain() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    String early = first.stories().get(all.get(0).id());
    String earlyOther = first.stories().get(all.get(10).id());
    String late = first.stories().get(all.get(all.size() - 1).id());
    // What the records say wins for a settled story: its related stories here are made up.
    StoryRecords edited = withRelated(withRelated(first.records(), early, List.of(earlyOther)), late, List.of(early));
    List<Article> more = new ArrayList<>(all);
    more.add(article("b", START.plus(Duration.ofDays(LAST_DAY)).plus(Duration.ofHours(3)),
        "Day " + LAST_DAY + " market stall fees talks go on"));
    DigestAssembler.Result next = new DigestAssembler(CONFIG).assemble(more, List.of(), edited);
    assertThat(story(next, early).related()).containsExactly(earlyOther);
    assertThat(story(next, late).related()).doesNotContain(early);
    assertThat(next.records().stories().get(early).related()).containsExactly(earlyOther);
  }

  @Test
  void anEditedArticleOrRecordsMadeUnderOtherSettingsAreWorkedOutAgain() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    String early = first.stories().get(all.get(0).id());
    String other = first.stories().get(all.get(10).id());
    StoryRecords edited = withRelated(first.records(), early, List.of(other));
    List<Article> changed = withEditedHeadline(all, 0);
    assertThat(story(new DigestAssembler(CONFIG).assemble(changed, List.of(), edited), early).related())
        .doesNotContain(other);
    StoryRecords otherKey = new StoryRecords("another version", edited.stories());
    DigestAssembler.Result underOther = new DigestAssembler(CONFIG).assemble(all, List.of(), otherKey);
    assertThat(story(underOther, early).related()).doesNotContain(other);
    assertThat(underOther.modelled()).isEqualTo(all.size());
  }

  @Test
  void aSettledStoryOutsideADebugBuildIsNotExplainedAndInOneItIs() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    List<Article> more = new ArrayList<>(all);
    more.add(article("a", START.plus(Duration.ofDays(LAST_DAY)), "Day " + LAST_DAY + " market stall fees talks resume again"));
    String early = first.stories().get(all.get(0).id());
    DigestAssembler quiet = new DigestAssembler(CONFIG, dev.broadsheet.base.LeadingTexts.inMemory(StoryModel.LEAD_CHARS),
        ArticleAnalyses.none(), false);
    assertThat(story(quiet.assemble(more, List.of(), first.records()), early).why()).isEmpty();
    Story explained = story(new DigestAssembler(CONFIG).assemble(more, List.of(), first.records()), early);
    assertThat(explained.why()).hasSize(explained.reports().size());
    assertThat(explained.why().get(0).articleId()).isEqualTo(explained.lead().article().id());
  }

  @Test
  void aSettledStoryThatNamedAStoryWhichChangedFindsItsRelatedStoriesAgain() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    String early = first.stories().get(all.get(0).id());
    String later = first.stories().get(all.get(40).id());
    // The early story names one forty days later (as if that one had been placed near it before).
    StoryRecords edited = withRelated(first.records(), early, List.of(later));
    List<Article> changed = withEditedHeadline(all, 40);
    DigestAssembler.Result next = new DigestAssembler(CONFIG).assemble(changed, List.of(), edited);
    assertThat(story(next, early).related()).doesNotContain(later);
  }

  @Test
  void anArticleRecordedInTwoStoriesIsShownInOneOnly() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    String other = first.stories().get(all.get(10).id());
    java.util.SortedMap<String, StoryRecords.Story> stories = new TreeMap<>(first.records().stories());
    StoryRecords.Story o = stories.get(other);
    List<String> withTwin = new ArrayList<>(o.articles());
    withTwin.add(all.get(0).id());
    stories.put(other, new StoryRecords.Story(withTwin, o.related(), o.alike(), o.digest()));
    DigestAssembler.Result next = new DigestAssembler(CONFIG).assemble(all, List.of(),
        new StoryRecords(first.records().key(), stories));
    long shown = next.digest().stories().stream().flatMap(st -> st.reports().stream())
        .filter(i -> i.article().id().equals(all.get(0).id())).count();
    assertThat(shown).isEqualTo(1);
    assertThat(next.stories().get(all.get(0).id())).as("grouped again, with its own day's other report")
        .isEqualTo(next.stories().get(all.get(1).id()));
    assertThat(next.records().stories().values().stream().filter(r -> r.articles().contains(all.get(0).id())))
        .as("and recorded in one").hasSize(1);
  }

  @Test
  void anArticleListedTwiceInOneRecordOrAsTheWholeOfAnotherIsShownOnceAndRecordedOnce() {
    List<Article> all = fourMonths();
    DigestAssembler.Result first = new DigestAssembler(CONFIG).assemble(all, List.of());
    java.util.SortedMap<String, StoryRecords.Story> stories = new TreeMap<>(first.records().stories());
    // A story that lists its own lead twice.
    String doubled = first.stories().get(all.get(20).id());
    StoryRecords.Story d = stories.get(doubled);
    List<String> twice = new ArrayList<>(d.articles());
    twice.add(d.articles().get(0));
    stories.put(doubled, new StoryRecords.Story(twice, d.related(), d.alike(), d.digest()));
    // A story of one article that another story lists too (the lesser id is read first).
    String taken = all.get(60).id();
    String owner = first.stories().get(taken);
    stories.put("0000000000000000", new StoryRecords.Story(List.of(taken), List.of(), List.of(), "d"));
    DigestAssembler.Result next = new DigestAssembler(CONFIG).assemble(all, List.of(),
        new StoryRecords(first.records().key(), stories));
    java.util.Map<String, Long> shown = new java.util.HashMap<>();
    next.digest().stories().forEach(st -> st.reports().forEach(i -> shown.merge(i.article().id(), 1L, Long::sum)));
    assertThat(shown).hasSize(all.size()).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
    java.util.Map<String, Long> recorded = new java.util.HashMap<>();
    next.records().stories().values().forEach(r -> r.articles().forEach(a -> recorded.merge(a, 1L, Long::sum)));
    assertThat(recorded).hasSize(all.size()).allSatisfy((id, times) -> assertThat(times).as(id).isEqualTo(1L));
    assertThat(next.records().stories()).doesNotContainKey("0000000000000000");
    assertThat(owner).isNotNull();
  }

  /** The articles with the headline of article {@code i} edited, as a feed's correction would. */
  private static List<Article> withEditedHeadline(List<Article> all, int i) {
    List<Article> changed = new ArrayList<>(all);
    Article a = all.get(i);
    changed.set(i, new Article(a.id(), a.url(), null, a.sourceId(), a.title() + " again", a.publisher(), null, null,
        List.of(), List.of(), a.published(), null, a.firstSeen(), null, null));
    return changed;
  }

  private static Story story(DigestAssembler.Result result, String id) {
    return result.digest().stories().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  private static StoryRecords withRelated(StoryRecords records, String id, List<String> related) {
    java.util.SortedMap<String, StoryRecords.Story> stories = new TreeMap<>(records.stories());
    StoryRecords.Story s = stories.get(id);
    stories.put(id, new StoryRecords.Story(s.articles(), related, s.alike(), s.digest()));
    return new StoryRecords(records.key(), stories);
  }
}
