package dev.broadsheet.curate;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.config.CurationConfig;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.StoryRecords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A build's stories: grouped, ordered and related near what changed since the last build, and
 * taken as {@code stories.json} recorded them everywhere else ({@link SettledStories}). A clean
 * build of the same store settles the same stories, so it makes the same digest.
 */
final class StoryCuration {
  private final CurationConfig settings;
  private final ArticleAnalyses analyses;
  private final SourceWeights weight;
  private final String key;
  private final boolean explain;
  private final StoryClusterer clusterer;
  private final SettledStories settled;
  private final StoryDigests digests;
  private final HeadlineKeys headlines;

  /**
   * @param key what the records are made under: a record made under another is not trusted
   * @param explain whether every story is explained ({@link Story#why}), settled ones too (a debug
   *     build); else a settled story's explanations are empty
   * @param editionOf the date of the edition a time is in: a story in several compares its reports' headlines
   */
  StoryCuration(CurationConfig settings, Function<Article, String> languageOf, LeadingTexts leads,
      ArticleAnalyses analyses, SourceWeights weight, String key, boolean explain,
      Function<Instant, java.time.LocalDate> editionOf) {
    this.settings = settings;
    this.analyses = analyses;
    this.weight = weight;
    this.key = key;
    this.explain = explain;
    this.clusterer = new StoryClusterer(settings, languageOf, leads, analyses);
    this.digests = new StoryDigests(analyses::stored);
    this.headlines = new HeadlineKeys(languageOf, leads, analyses, editionOf);
    long window = settings.window().toMillis();
    this.settled = new SettledStories(window, java.time.Duration.ofDays(settings.relatedDays()).toMillis(),
        StoryClusterer.OPEN_WINDOWS * window, StoryClusterer.COPY_WINDOW.toMillis());
  }

  /**
   * The stories of a build.
   *
   * @param groups each story's articles, best first (before any pick leads)
   * @param storyIds each group's story id
   * @param why each group's explanations by article id (empty for a settled story outside a debug build)
   * @param model the modelled articles, grouped
   * @param relating the ids of the stories whose related stories this build works out
   * @param compared the ids of the stories whose topics the relating ones are compared with
   * @param recorded the records of the last build, when trusted
   * @param headlines the headline key of each article that edition entries compare
   * @param settledDigests the digest of each settled story, as its records keep it
   * @param branding each source's branding suffixes, as its headlines are read without
   */
  record Grouped(List<List<Article>> groups, List<String> storyIds, List<Map<String, Story.Why>> why, StoryModel model,
      Set<String> relating, Set<String> compared, Map<String, StoryRecords.Story> recorded,
      Map<String, String> headlines, Map<String, String> settledDigests, Map<String, Set<String>> branding) {}

  Grouped group(Map<String, Article> articles, Map<String, Pick> picks, StoryRecords previous) {
    Timeline timeline = Timeline.of(articles.values());
    List<Article> inTime = timeline.articles();
    Map<String, Set<String>> branding = Headlines.brandingSuffixes(inTime);
    Map<String, String> storyOf = new HashMap<>(articles.size() * 2);
    // In the records' order (by id): the settled stories are listed in it.
    Map<String, List<Article>> members = new java.util.LinkedHashMap<>();
    Set<String> touched = new HashSet<>();
    // An article listed twice (a merge of two builds' files, a hand edit) is grouped again as a
    // new one, and both stories with it: it leaves the story that listed it first.
    Set<String> twice = new HashSet<>();
    Set<String> sharing = new HashSet<>();
    previous.stories().forEach((story, record) -> record.articles().forEach(id -> {
      Article article = articles.get(id);
      String other = article == null ? null : storyOf.putIfAbsent(id, story);
      if (article != null && other == null) {
        members.computeIfAbsent(story, k -> new ArrayList<>()).add(article);
      } else if (other != null) {
        twice.add(id);
        sharing.add(other);
        sharing.add(story);
      }
    }));
    touched.addAll(sharing);
    for (String id : twice) {
      String first = storyOf.remove(id);
      List<Article> list = members.get(first);
      Article article = articles.get(id);
      list.removeIf(a -> a == article);
      if (list.isEmpty()) {
        members.remove(first);
      }
    }
    Map<String, StoryRecords.Story> recorded = key.equals(previous.key()) ? previous.stories() : Map.of();
    Map<String, String> digestOf = digests.of(members, picks, branding);
    Map<String, Long> storyTime = new HashMap<>();
    members.forEach((id, list) -> {
      StoryRecords.Story record = recorded.get(id);
      if (record == null || !digestOf.get(id).equals(record.digest())) {
        touched.add(id);
      }
      // A story's members are its recorded articles in order, but for one sharing an article
      // with another story: it is placed as recorded.
      storyTime.put(id, placedAt(record != null && sharing.contains(id) ? inOrder(record, articles) : list, picks));
    });
    List<Long> pickTimes = new ArrayList<>();
    picks.forEach((id, pick) -> {
      if (!storyOf.containsKey(id) && pick.date() != null) {
        pickTimes.add(pick.date().toEpochMilli());
      }
    });
    while (true) {
      SettledStories.Plan plan = settled.plan(inTime, timeline.times(), storyOf, recorded, touched, storyTime,
          pickTimes);
      Map<String, String> before = new HashMap<>();
      plan.modelled().forEach(a -> {
        String story = storyOf.get(a.id());
        if (story != null) {
          before.put(a.id(), story);
        }
      });
      // Records of other settings or languages name the stories; they do not group them (docs/configuration.md).
      boolean untrusted = previous.key() != null && !key.equals(previous.key());
      StoryClusterer.Result result = clusterer.cluster(plan.modelled(), weight, before, branding, untrusted,
          retitledPicks(touched, recorded, digestOf));
      Set<String> moved = movedSettled(result, plan, before, members.keySet());
      if (moved.isEmpty()) {
        return grouped(result, plan, members, recorded, articles, branding, digestOf);
      }
      // A settled story gained a copy or lost a report after all: worked out with its neighbours.
      touched.addAll(moved);
    }
  }

  /**
   * The changed stories ({@code touched}) whose picks' titles changed since they were recorded
   * (or that gained a pick with one): grouped again, not as recorded. An editor who retitles a
   * pick from one event to another (a pick of a page no feed carries is its title) means another
   * story, and the report its old title joined must not stay beside it. Other changes keep a
   * story's grouping: a headline corrected by its publisher, a pick's note edited, must not split
   * a story readers follow, nor move its address.
   */
  private static Set<String> retitledPicks(Set<String> touched, Map<String, StoryRecords.Story> recorded,
      Map<String, String> digestOf) {
    Set<String> regrouped = new HashSet<>();
    for (String id : touched) {
      StoryRecords.Story record = recorded.get(id);
      String now = StoryDigests.ofPickTitles(digestOf.get(id));
      if (record != null && !now.equals(StoryDigests.ofPickTitles(record.digest()))) {
        regrouped.add(id);
      }
    }
    return regrouped;
  }

  /**
   * The settled stories (of {@code recordedIds}) that the grouping changed after all: one that
   * lost a modelled article, or gained one (a copy of its headline, a twin of its link).
   */
  private static Set<String> movedSettled(StoryClusterer.Result result, SettledStories.Plan plan,
      Map<String, String> before, Set<String> recordedIds) {
    Set<String> moved = new HashSet<>();
    for (int g = 0; g < result.groups().size(); g++) {
      String id = result.storyIds().get(g);
      boolean settledHere = recordedIds.contains(id) && plan.settled(id);
      for (Article a : result.groups().get(g)) {
        String was = before.get(a.id());
        if (was != null && !was.equals(id) && plan.settled(was)) {
          moved.add(was);
        }
        if (settledHere && !id.equals(was)) {
          moved.add(id);
        }
      }
    }
    return moved;
  }

  private Grouped grouped(StoryClusterer.Result result, SettledStories.Plan plan, Map<String, List<Article>> members,
      Map<String, StoryRecords.Story> recorded, Map<String, Article> articles, Map<String, Set<String>> branding,
      Map<String, String> digestOf) {
    List<List<Article>> groups = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Map<String, Story.Why>> why = new ArrayList<>();
    Set<String> worked = new HashSet<>();
    for (int g = 0; g < result.groups().size(); g++) {
      String id = result.storyIds().get(g);
      if (!members.containsKey(id) || !plan.settled(id)) {
        worked.add(id);
        groups.add(result.groups().get(g));
        ids.add(id);
        why.add(result.why().get(g));
      }
    }
    List<String> settledIds = members.keySet().stream().filter(plan::settled).toList();
    for (String id : settledIds) {
      // A settled story shares no article (that touches it): its members are its record's articles in order.
      groups.add(java.util.Collections.unmodifiableList(members.get(id)));
      ids.add(id);
    }
    Map<String, Map<String, Story.Why>> explained = explain && !settledIds.isEmpty() ? explainAll(groups, ids, branding)
        : Map.of();
    settledIds.forEach(id -> why.add(explained.getOrDefault(id, Map.of())));
    Set<String> relating = new HashSet<>(plan.relating());
    relating.addAll(worked);
    Set<String> compared = new HashSet<>(plan.compared());
    compared.addAll(worked);
    analyses.retain(articles.values(), branding);
    Map<String, String> settledDigests = new HashMap<>();
    settledIds.forEach(id -> settledDigests.put(id, digestOf.get(id)));
    return new Grouped(groups, ids, why, result.model(), relating, compared, recorded,
        headlines.of(result.model(), groups.subList(groups.size() - settledIds.size(), groups.size()), branding),
        settledDigests, branding);
  }

  /**
   * Each story's related stories and the pairs alike enough to be one event: found again for the
   * relating stories, among the compared ones, and as recorded for every other story.
   */
  RelatedStories.Result relate(List<Story> stories, Grouped grouped) {
    List<Story> compared = stories.stream().filter(s -> grouped.compared().contains(s.id())).toList();
    RelatedStories.Result found = RelatedStories.find(compared, grouped.model(), settings.relatedCount(),
        settings.relatedDays(), settings.mergeThreshold(), grouped.relating()::contains);
    Map<String, List<String>> related = new HashMap<>(found.related());
    Set<RelatedStories.Pair> alike = new HashSet<>(found.alike());
    for (Story s : stories) {
      if (!grouped.relating().contains(s.id())) {
        StoryRecords.Story record = grouped.recorded().get(s.id());
        related.put(s.id(), record.related());
        record.alike().stream().filter(other -> !grouped.relating().contains(other))
            .forEach(other -> alike.add(RelatedStories.Pair.of(s.id(), other)));
      }
    }
    return new RelatedStories.Result(related, alike);
  }

  /** What this build settled about each story, for the next one ({@link StoryRecords}). */
  StoryRecords records(Grouped grouped, RelatedStories.Result related, Map<String, Pick> picks) {
    Map<String, List<String>> alikeOf = new HashMap<>();
    for (RelatedStories.Pair pair : related.alike()) {
      alikeOf.computeIfAbsent(pair.first(), k -> new ArrayList<>()).add(pair.second());
      alikeOf.computeIfAbsent(pair.second(), k -> new ArrayList<>()).add(pair.first());
    }
    Map<String, StoryRecords.Story> stories = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.stream.IntStream.range(0, grouped.storyIds().size()).parallel().forEach(g -> {
      String id = grouped.storyIds().get(g);
      List<Article> group = grouped.groups().get(g);
      List<String> alike = new ArrayList<>(alikeOf.getOrDefault(id, List.of()));
      alike.sort(null);
      String digest = grouped.settledDigests().get(id);
      stories.put(id, new StoryRecords.Story(group.stream().map(Article::id).toList(),
          related.related().getOrDefault(id, List.of()), alike,
          digest != null ? digest : digests.of(group, picks, grouped.branding())));
    });
    return new StoryRecords(key, stories);
  }

  /** Every story's explanations, from a model of every article: only a debug build asks for them. */
  private Map<String, Map<String, Story.Why>> explainAll(List<List<Article>> groups, List<String> ids,
      Map<String, Set<String>> branding) {
    Map<String, String> storyOf = new HashMap<>();
    List<Article> all = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (Article a : groups.get(g)) {
        storyOf.put(a.id(), ids.get(g));
        all.add(a);
      }
    }
    StoryClusterer.Result whole = clusterer.cluster(all, weight, storyOf, branding);
    Map<String, Map<String, Story.Why>> why = new HashMap<>();
    for (int g = 0; g < whole.groups().size(); g++) {
      why.put(whole.storyIds().get(g), whole.why().get(g));
    }
    return why;
  }

  /** The record's articles in its order. */
  private static List<Article> inOrder(StoryRecords.Story record, Map<String, Article> articles) {
    List<Article> list = new ArrayList<>();
    record.articles().forEach(id -> {
      Article a = articles.get(id);
      if (a != null) {
        list.add(a);
      }
    });
    return list;
  }

  /** The time a story of {@code group} (best first) is placed at: its first picked report leads it. */
  static long placedAt(List<Article> group, Map<String, Pick> picks) {
    Article lead = group.stream().filter(a -> picks.containsKey(a.id())).findFirst().orElse(group.get(0));
    Instant time = placedAt(lead, picks.get(lead.id()));
    return time == null ? 0 : time.toEpochMilli();
  }

  /**
   * The time a story led by {@code lead} is placed at: the date of its {@code pick} (or null), else
   * its lead's time. The plan of settled stories and the story itself place it alike.
   */
  static Instant placedAt(Article lead, Pick pick) {
    return pick != null && pick.date() != null ? pick.date() : lead.effectiveTime();
  }
}
