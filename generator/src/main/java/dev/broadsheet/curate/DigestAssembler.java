package dev.broadsheet.curate;

import dev.broadsheet.text.Slugs;
import dev.broadsheet.Problem;
import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Decides what the site shows: applies picks, groups articles into stories, ranks them and cuts
 * editions in the site time zone. A pure function of its inputs, so builds are reproducible.
 */
public final class DigestAssembler {
  static final String DEFAULT_SECTION = "News";

  private final SiteConfig config;
  private final Permalinker links;

  public DigestAssembler(SiteConfig config) {
    this.config = config;
    this.links = new Permalinker(config.permalinks());
  }

  /** The digest, and the picks that could not be used. */
  public record Result(Digest digest, List<Problem> problems) {}

  public Result assemble(Collection<Article> stored, List<Pick> picks) {
    PickApplier.Applied applied = PickApplier.apply(stored, picks);
    Map<String, Story.Item> items = items(applied.articles().values());
    List<Story> stories = new ArrayList<>();
    for (List<Article> group : StoryGrouper.group(applied.articles().values(), this::weight)) {
      Pick pick = group.stream().map(a -> applied.picks().get(a.id())).filter(p -> p != null).findFirst().orElse(null);
      Article lead = group.get(0);
      Instant time = pick != null && pick.date() != null ? pick.date() : lead.effectiveTime();
      List<Story.Item> others = group.subList(1, group.size()).stream().map(a -> items.get(a.id())).toList();
      stories.add(new Story(lead.id(), items.get(lead.id()), others, pick, time, score(group, pick, time)));
    }
    stories.sort(Comparator.comparing(Story::time, Comparator.nullsFirst(Comparator.<Instant>naturalOrder())).reversed()
        .thenComparing(Story::id));
    List<Story> pickedStories = stories.stream().filter(Story::picked).toList();
    Digest digest = new Digest(stories, editions(stories), sections(stories), bySource(items.values()), pickedStories);
    return new Result(digest, applied.problems());
  }

  private Map<String, Story.Item> items(Collection<Article> articles) {
    Map<String, Story.Item> items = new HashMap<>();
    Set<String> usedSlugs = new HashSet<>();
    List<Article> ordered = new ArrayList<>(articles);
    ordered.sort(Comparator.comparing(Article::id));
    for (Article a : ordered) {
      String base = Slugs.of(a.title(), 60);
      String slug = base + "-" + a.id().substring(0, Math.min(6, a.id().length()));
      for (int n = 8; !usedSlugs.add(slug); n += 2) {
        slug = base + "-" + a.id().substring(0, Math.min(n, a.id().length())) + (n >= a.id().length() ? "-" + n : "");
      }
      items.put(a.id(), new Story.Item(a, slug, links.article(slug)));
    }
    return items;
  }

  private double weight(Article a) {
    return a.sourceId() == null ? 1.0 : config.source(a.sourceId()).map(SourceConfig::weight).orElse(1.0);
  }

  /**
   * Higher for stories that more publishers wrote and more sources carried (a syndicated copy
   * counts less than a second newsroom's own report), from heavier sources, picked by an editor,
   * and later in their edition.
   */
  private double score(List<Article> group, Pick pick, Instant time) {
    double weight = group.stream().mapToDouble(this::weight).max().orElse(1.0);
    long publishers = group.stream().map(Article::publisher).distinct().count();
    long sources = group.stream().map(Article::sourceId).distinct().count();
    double recency = 0;
    if (time != null) {
      LocalDate day = time.atZone(config.timezone()).toLocalDate();
      Instant start = day.atStartOfDay(config.timezone()).toInstant();
      recency = Math.min(1.0, Math.max(0.0, (time.getEpochSecond() - start.getEpochSecond()) / 86400.0));
    }
    return weight + 0.75 * (publishers - 1) + 0.4 * (sources - 1) + (pick != null ? 1.0 : 0.0) + 0.5 * recency;
  }

  private LocalDate editionDate(Instant time) {
    LocalDate day = time.atZone(config.timezone()).toLocalDate();
    return config.editions().period() == EditionsConfig.Period.WEEKLY
        ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        : day;
  }

  private List<Edition> editions(List<Story> stories) {
    TreeMap<LocalDate, List<Story>> byDate = new TreeMap<>(Comparator.reverseOrder());
    for (Story s : stories) {
      if (s.time() != null) {
        byDate.computeIfAbsent(editionDate(s.time()), d -> new ArrayList<>()).add(s);
      }
    }
    List<Edition> editions = new ArrayList<>();
    byDate.forEach((date, list) -> editions.add(edition(date, list)));
    return editions;
  }

  private Edition edition(LocalDate date, List<Story> stories) {
    EditionsConfig ec = config.editions();
    Comparator<Story> byRank = Comparator.comparing(Story::pinned).reversed()
        .thenComparing(Comparator.comparingDouble(Story::score).reversed())
        .thenComparing(Comparator.comparing(Story::time).reversed())
        .thenComparing(Story::id);
    List<Story> ranked = new ArrayList<>(stories);
    ranked.sort(byRank);
    List<Story> top = new ArrayList<>(ranked.stream().filter(Story::pinned).toList());
    for (Story s : ranked) {
      if (top.size() >= ec.topStories()) {
        break;
      }
      if (!s.picked()) {
        top.add(s);
      }
    }
    List<Story> picks = ranked.stream().filter(s -> s.picked() && !s.pinned())
        .sorted(Comparator.comparingInt((Story s) -> s.pick().order()).thenComparing(byRank)).toList();
    int room = Math.max(0, ec.maxStories() - top.size() - picks.size());
    List<Story> rest = ranked.stream().filter(s -> !top.contains(s) && !picks.contains(s)).limit(room).toList();
    return new Edition(date, links.edition(date), top, picks, groupBySection(rest), stories.size());
  }

  private List<Edition.Section> sections(List<Story> newestFirst) {
    return groupBySection(newestFirst);
  }

  private List<Edition.Section> groupBySection(List<Story> stories) {
    Map<String, List<Story>> bySection = new LinkedHashMap<>();
    for (String name : config.editions().sections()) {
      bySection.put(name, new ArrayList<>());
    }
    TreeMap<String, List<Story>> others = new TreeMap<>();
    for (Story s : stories) {
      String name = sectionOf(s);
      List<Story> list = bySection.containsKey(name) ? bySection.get(name) : others.computeIfAbsent(name, k -> new ArrayList<>());
      list.add(s);
    }
    bySection.putAll(others);
    List<Edition.Section> result = new ArrayList<>();
    bySection.forEach((name, list) -> {
      if (!list.isEmpty()) {
        result.add(new Edition.Section(name, Slugs.of(name, 40), list));
      }
    });
    return result;
  }

  static String sectionOf(Story s) {
    String section = s.lead().article().section();
    return section == null ? DEFAULT_SECTION : section;
  }

  private Map<String, List<Story.Item>> bySource(Collection<Story.Item> items) {
    Map<String, List<Story.Item>> result = new LinkedHashMap<>();
    for (SourceConfig s : config.sources()) {
      result.put(s.id(), new ArrayList<>());
    }
    for (Story.Item item : items) {
      String source = item.article().sourceId();
      if (source != null && result.containsKey(source)) {
        result.get(source).add(item);
      }
    }
    Comparator<Story.Item> newest = Comparator.comparing((Story.Item i) -> i.article().effectiveTime(),
        Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(i -> i.article().id());
    result.values().forEach(list -> list.sort(newest));
    return result;
  }
}
