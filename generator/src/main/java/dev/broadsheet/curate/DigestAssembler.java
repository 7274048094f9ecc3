package dev.broadsheet.curate;

import dev.broadsheet.base.Ahead;
import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.StoryRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Decides what the site shows: applies picks, groups articles into stories, ranks them, finds
 * related stories and cuts editions in the site time zone. A pure function of the store, the
 * picks and the config, so builds are reproducible.
 */
public final class DigestAssembler {
  private final SiteConfig config;
  private final Permalinker links;
  private final EditionCutter cutter;
  private final LeadingTexts leads;
  private final ArticleAnalyses analyses;
  private final boolean explain;
  /** Each source's weight by id: asked for in every comparison of a story's articles. */
  private final Map<String, Double> weights = new HashMap<>();

  /** An assembler that explains every story ({@link Story#why}). */
  public DigestAssembler(SiteConfig config) {
    this(config, ArticleAnalyses.none());
  }

  /** An assembler that explains every story, knowing articles as stored by {@code analyses} ({@link ArticleAnalyses#unkept}). */
  public DigestAssembler(SiteConfig config, ArticleAnalyses analyses) {
    this(config, LeadingTexts.inMemory(StoryModel.LEAD_CHARS), analyses, true);
  }

  /**
   * An assembler that reads the opening of summaries through {@code leads} ({@link StoryModel#LEAD_CHARS}
   * characters of each), taking articles' analysed texts from {@code analyses} when it has them;
   * a story shown as the last build settled it is explained only when {@code explain} (a debug build).
   */
  public DigestAssembler(SiteConfig config, LeadingTexts leads, ArticleAnalyses analyses, boolean explain) {
    this.leads = leads;
    this.analyses = analyses;
    this.explain = explain;
    this.config = config;
    config.sources().forEach(s -> weights.putIfAbsent(s.id(), s.weight()));
    this.links = new Permalinker(config.permalinks());
    this.cutter = new EditionCutter(config, links);
  }

  /**
   * The digest, the picks that could not be used, and which story each article is in.
   *
   * @param records what this build settled about each story, for the next build to continue from
   * @param modelled how many articles curation modelled: those near what changed since the records
   */
  public record Result(Digest digest, List<Problem> problems, StoryRecords records, int modelled) {
    /** Which story each article is in: article id to story id. */
    public SortedMap<String, String> stories() {
      return records.storyOf();
    }
  }

  public Result assemble(Collection<Article> stored, List<Pick> picks) {
    return assemble(stored, picks, StoryRecords.none());
  }

  /** As below, with only which story each article was in (article id to story id) known of the last build. */
  public Result assemble(Collection<Article> stored, List<Pick> picks, Map<String, String> previousStories) {
    return assemble(stored, picks, StoryRecords.membership(previousStories));
  }

  /**
   * The sections the config names (in its sections list, its default section, then its sources),
   * each by its address's slug, as first written.
   */
  private Map<String, String> sectionsBySlug() {
    Map<String, String> bySlug = new java.util.HashMap<>();
    config.editions().sections().forEach(name -> bySlug.putIfAbsent(Edition.sectionSlug(name), name));
    bySlug.putIfAbsent(Edition.sectionSlug(config.editions().defaultSection()), config.editions().defaultSection());
    config.sources().stream().map(SourceConfig::section).filter(java.util.Objects::nonNull)
        .forEach(name -> bySlug.putIfAbsent(Edition.sectionSlug(name), name));
    return bySlug;
  }

  /**
   * The digest of the stored articles and the picks; {@code previous} (what the last build
   * settled) keeps stories and their ids stable across builds, and stories far from anything
   * changed as they were ({@link SettledStories}).
   */
  public Result assemble(Collection<Article> stored, List<Pick> picks, StoryRecords previous) {
    PickApplier.Applied applied = PickApplier.apply(stored, picks, sectionsBySlug());
    // Every article's address is made while the stories are grouped, which keeps one core busy
    // for most of its time: the addresses need nothing of the grouping.
    Ahead<Map<String, Story.Item>> addressed = Ahead.start("broadsheet-addresses", () -> items(applied.articles().values()));
    ArticleLanguages languages = new ArticleLanguages(config);
    StoryCuration curation = new StoryCuration(config.curation(), languages::of, leads, analyses, this::weight,
        StoryRecordsKey.of(config.curation(), weights, languages), explain, cutter::editionDate);
    StoryCuration.Grouped clusters = curation.group(applied.articles(), applied.picks(), previous);
    Map<String, Story.Item> items = addressed.get();
    List<Problem> problems = new ArrayList<>(applied.problems());
    for (int g = 0; g < clusters.groups().size(); g++) {
      List<Article> group = clusters.groups().get(g);
      String id = clusters.storyIds().get(g);
      int picked = firstPicked(group, applied.picks());
      if (picked >= 0) {
        problems.addAll(otherPicks(group, picked, applied.picks().get(group.get(picked).id()), applied.picks()));
      }
    }
    // Each story reads its own group only: made side by side, kept in the grouping's order.
    List<Story> stories = new ArrayList<>(java.util.stream.IntStream.range(0, clusters.groups().size()).parallel()
        .mapToObj(g -> story(clusters, g, applied.picks(), items)).toList());
    // A source's and a tag's list of reports need nothing of the stories: made while they are related and cut.
    Ahead<Map<String, List<Story.Item>>> sourceLists = Ahead.start("broadsheet-source-lists",
        () -> ReportLists.bySource(config.sources(), items.values()));
    Ahead<List<Digest.Tag>> tagLists = Ahead.start("broadsheet-tag-lists",
        () -> ReportLists.tags(items.values(), ReportLists.storyOfEach(clusters)));
    RelatedStories.Result related = curation.relate(stories, clusters);
    stories.replaceAll(s -> s.withRelated(related.related().getOrDefault(s.id(), List.of())));
    stories.sort(Story.NEWEST_FIRST);
    List<Story> pickedStories = stories.stream().filter(Story::picked).toList();
    // Copies are told apart as grouping tells them: a copy in a later edition is not new reporting.
    Map<String, String> headlines = clusters.headlines();
    // Where each pick moved its report from, so that an edition before the pick's is led as grouping led it.
    Map<String, Integer> pickedAt = new HashMap<>();
    for (int g = 0; g < clusters.groups().size(); g++) {
      int picked = firstPicked(clusters.groups().get(g), applied.picks());
      if (picked > 0) {
        pickedAt.put(clusters.storyIds().get(g), picked);
      }
    }
    EditionCutter.Cut cut = cutter.cut(stories, related::alike, a -> headlines.getOrDefault(a.id(), a.id()),
        (reports, time, pick) -> score(reports, pick, time), pickedAt);
    Digest digest = new Digest(stories, cutter.withTakedowns(cut.editions(), applied.takenDown()),
        cutter.groupBySection(stories), sourceLists.get(),
        pickedStories, tagLists.get(), cut.appearances());
    return new Result(digest, problems, curation.records(clusters, related, applied.picks()),
        clusters.model().size());
  }

  /** The story of the grouping's {@code g}th group: led by its picked report, if any, else by its best. */
  private Story story(StoryCuration.Grouped clusters, int g, Map<String, Pick> picks, Map<String, Story.Item> items) {
    List<Article> group = clusters.groups().get(g);
    String id = clusters.storyIds().get(g);
    int picked = firstPicked(group, picks);
    Pick pick = picked < 0 ? null : picks.get(group.get(picked).id());
    if (picked > 0) {
      // The report the editor picked leads: the note sits under the headline it was written for.
      group = new ArrayList<>(group);
      group.add(0, group.remove(picked));
    }
    Article lead = group.get(0);
    Instant time = StoryCuration.placedAt(lead, pick);
    List<Story.Item> others = group.subList(1, group.size()).stream().map(a -> items.get(a.id())).toList();
    Map<String, Story.Why> reasons = clusters.why().get(g);
    // A settled story outside a debug build is not explained.
    List<Story.Why> why = reasons.isEmpty() ? List.of() : group.stream().map(a -> reasons.get(a.id())).toList();
    return new Story(id, items.get(lead.id()), others, pick, time, score(group, pick, time), List.of(),
        links.story(id), why);
  }

  /**
   * A warning for each pick of another report of a story already picked: a story shows one
   * pick's note and placement, and the others' would otherwise vanish without a word.
   */
  private static List<Problem> otherPicks(List<Article> group, int picked, Pick used, Map<String, Pick> picks) {
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      Pick other = i == picked ? null : picks.get(group.get(i).id());
      if (other != null && !other.file().equals(used.file())) {
        problems.add(Problem.warning(other.file(), "picks another report of the story that " + used.file()
            + " picks; a story shows one pick, so this one's note and placement are not used (merge its note into "
            + used.file() + ")"));
      }
    }
    return problems;
  }

  /** The position of the group's first picked article, or -1. */
  private static int firstPicked(List<Article> group, Map<String, Pick> picks) {
    if (picks.isEmpty()) {
      return -1;
    }
    for (int i = 0; i < group.size(); i++) {
      if (picks.containsKey(group.get(i).id())) {
        return i;
      }
    }
    return -1;
  }

  private Map<String, Story.Item> items(Collection<Article> articles) {
    Map<String, Story.Item> items = new HashMap<>(articles.size() * 2);
    Set<String> usedSlugs = new HashSet<>(articles.size() * 2);
    // The applied picks' articles come in no order: sorted on every core.
    Article[] sorting = articles.toArray(Article[]::new);
    java.util.Arrays.parallelSort(sorting, Comparator.comparing(Article::id));
    List<Article> ordered = java.util.Arrays.asList(sorting);
    // Each headline's slug side by side (every stored article, every build); collisions in id order.
    // A headline with no letter slugs keep (Chinese, Hebrew) is an article's, not an untitled one's,
    // and not its numbers alone ("2-1" of a headline in Japanese with 2.1 in it).
    String[] bases = ordered.parallelStream().map(a -> {
      String slug = Slugs.ofOrNull(a.addressHeadline(), 60);
      if (slug != null && slug.chars().noneMatch(Character::isLetter) && !Slugs.keepsEveryLetter(a.addressHeadline())) {
        slug = null;
      }
      return slug != null ? slug : a.addressHeadline() == null || a.addressHeadline().isBlank() ? "untitled" : "article";
    }).toArray(String[]::new);
    for (int i = 0; i < bases.length; i++) {
      Article a = ordered.get(i);
      String base = bases[i];
      String slug = base + "-" + a.id().substring(0, Math.min(6, a.id().length()));
      for (int n = 8; !usedSlugs.add(slug); n += 2) {
        slug = base + "-" + a.id().substring(0, Math.min(n, a.id().length())) + (n >= a.id().length() ? "-" + n : "");
      }
      items.put(a.id(), new Story.Item(a, slug, links.article(slug)));
    }
    return items;
  }

  private double weight(Article a) {
    return a.sourceId() == null ? SourceConfig.NORMAL_WEIGHT
        : weights.getOrDefault(a.sourceId(), SourceConfig.NORMAL_WEIGHT);
  }

  private Score score(List<Article> group, Pick pick, Instant time) {
    // A story's group is never empty; its weight is that of its strongest source.
    double weight = group.stream().mapToDouble(this::weight).max().orElseThrow();
    int publishers;
    int sources;
    if (group.size() == 1) {
      // Most stories are of one report (two in three at 100,000 articles), which needs no publisher's key.
      String publisher = group.get(0).publisher();
      publishers = publisher == null || publisher.isBlank() ? 0 : 1;
      sources = 1;
    } else {
      publishers = Story.distinctPublishers(group.stream().map(Article::publisher).toList()).size();
      sources = (int) group.stream().map(a -> a.sourceId() == null ? "pick" : a.sourceId()).distinct().count();
    }
    double recency = 1;
    if (time != null) {
      // A story known only by when it was first seen (its lead undated, no pick's date) may be older
      // than that, by as much as a feed's whole backlog on its first read: it earns the recency of
      // its edition's start, no more, and never outranks a dated story of its edition for being new.
      Instant from = pick == null && !group.get(0).datedByPublisher() ? cutter.editionStart(time) : time;
      double ageHours = Math.max(0, Duration.between(from, cutter.editionEnd(time)).toMinutes() / 60.0);
      recency = Math.pow(0.5, ageHours / config.curation().halfLife().toHours());
    }
    return Score.of(weight, publishers, sources, recency, pick != null ? 1.0 : 0.0);
  }

  /**
   * The stored articles a site shows: those of the config's sources, picks' own pages and picked
   * articles. The articles of a source taken out of the config stay in the store (put it back and
   * they return) but are neither published nor fetched again: their source page is gone, and a
   * reader who removed the source (the starter site's example, say) does not want them. One that a
   * configured source carried too is shown, filed under that source (the first of them in the
   * config): its weight, limits, language and pages are that source's.
   */
  public static List<Article> published(SiteConfig config, Collection<Article> stored, List<Pick> picks) {
    Map<String, Integer> order = new HashMap<>();
    config.sources().forEach(s -> order.putIfAbsent(s.id(), order.size()));
    Set<String> picked = PickApplier.articleIds(picks);
    List<Article> shown = new ArrayList<>(stored.size());
    for (Article a : stored) {
      if (a.sourceId() == null || order.containsKey(a.sourceId())) {
        shown.add(a);
        continue;
      }
      String carrier = a.alsoFrom().stream().filter(order::containsKey).min(Comparator.comparing(order::get))
          .orElse(null);
      if (carrier != null) {
        shown.add(a.movedTo(carrier, a.id()));
      } else if (picked.contains(a.id())) {
        shown.add(a);
      }
    }
    return shown;
  }
}
