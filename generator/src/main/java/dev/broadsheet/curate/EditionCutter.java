package dev.broadsheet.curate;

import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.SiteConfig;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cuts stories into editions in the site time zone: top stories (pinned picks first), then the
 * editors' picks in their order, then sections in the configured order, with caps per section and
 * per source so one prolific feed cannot flood an edition. Days without stories have no edition.
 */
final class EditionCutter {
  private final SiteConfig config;
  private final Permalinker links;

  EditionCutter(SiteConfig config, Permalinker links) {
    this.config = config;
    this.links = links;
  }

  LocalDate editionDate(Instant time) {
    LocalDate day = time.atZone(config.timezone()).toLocalDate();
    return config.editions().period() == EditionsConfig.Period.WEEKLY
        ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        : day;
  }

  /** When the edition holding {@code time} ends: the reference for its stories' recency. */
  Instant editionEnd(Instant time) {
    LocalDate start = editionDate(time);
    return config.editions().period().after(start).atStartOfDay(config.timezone()).toInstant();
  }

  /** Whether two stories are so alike that a reader would take them for one event. */
  interface Alike {
    boolean test(String storyA, String storyB);
  }

  List<Edition> cut(List<Story> stories, Alike alike) {
    TreeMap<LocalDate, List<Story>> byDate = new TreeMap<>(Comparator.reverseOrder());
    for (Story s : stories) {
      if (s.time() != null) {
        byDate.computeIfAbsent(editionDate(s.time()), d -> new ArrayList<>()).add(s);
      }
    }
    List<Edition> editions = new ArrayList<>();
    byDate.forEach((date, list) -> editions.add(edition(date, list, alike)));
    return editions;
  }

  static Comparator<Story> byRank() {
    return Comparator.comparing(Story::pinned).reversed()
        .thenComparing(Comparator.comparingDouble((Story s) -> s.score().total()).reversed())
        .thenComparing(Comparator.comparing(Story::time).reversed())
        .thenComparing(Story::id);
  }

  private Edition edition(LocalDate date, List<Story> stories, Alike alike) {
    EditionsConfig ec = config.editions();
    List<Story> ranked = new ArrayList<>(stories);
    ranked.sort(byRank());
    List<Story> top = new ArrayList<>(ranked.stream().filter(Story::pinned).toList());
    Map<String, Integer> perSource = new HashMap<>();
    for (Story s : ranked) {
      if (top.size() >= ec.topStories()) {
        break;
      }
      // Two top stories on one event would show the reader the same news twice.
      boolean repeat = top.stream().anyMatch(t -> alike.test(t.id(), s.id()));
      if (!s.picked() && !repeat && fits(s, perSource, ec.maxPerSource())) {
        top.add(s);
        count(s, perSource);
      }
    }
    List<Story> picks = ranked.stream().filter(s -> s.picked() && !s.pinned())
        .sorted(Comparator.comparingInt((Story s) -> s.pick().order()).thenComparing(byRank())).toList();
    int room = Math.max(0, ec.maxStories() - top.size() - picks.size());
    Map<String, Integer> perSection = new HashMap<>();
    List<Story> rest = new ArrayList<>();
    for (Story s : ranked) {
      if (rest.size() >= room) {
        break;
      }
      String section = sectionOf(s);
      if (!top.contains(s) && !picks.contains(s) && fits(s, perSource, ec.maxPerSource())
          && perSection.getOrDefault(section, 0) < ec.maxPerSection()) {
        rest.add(s);
        count(s, perSource);
        perSection.merge(section, 1, Integer::sum);
      }
    }
    return new Edition(date, links.edition(date), top, picks, groupBySection(rest), stories.size());
  }

  private static boolean fits(Story s, Map<String, Integer> perSource, int cap) {
    String source = s.lead().article().sourceId();
    return source == null || perSource.getOrDefault(source, 0) < cap;
  }

  private static void count(Story s, Map<String, Integer> perSource) {
    String source = s.lead().article().sourceId();
    if (source != null) {
      perSource.merge(source, 1, Integer::sum);
    }
  }

  /**
   * Stories by section, configured sections first in their order, then the others by name.
   * Sections are told apart by their slug, the part of their page's address: "World", "WORLD" and
   * "world!" are one section with one page, shown under the configured spelling, else the most
   * used one.
   */
  List<Edition.Section> groupBySection(List<Story> stories) {
    Map<String, String> configured = new LinkedHashMap<>();
    for (String name : config.editions().sections()) {
      configured.putIfAbsent(Edition.sectionSlug(name), name);
    }
    Map<String, List<Story>> bySlug = new HashMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (Story s : stories) {
      String name = sectionOf(s);
      String slug = Edition.sectionSlug(name);
      bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(s);
      spellings.computeIfAbsent(slug, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
    }
    List<Edition.Section> result = new ArrayList<>();
    configured.forEach((slug, name) -> {
      if (bySlug.containsKey(slug)) {
        result.add(new Edition.Section(name, slug, bySlug.remove(slug)));
      }
    });
    TreeMap<String, Edition.Section> others = new TreeMap<>();
    bySlug.forEach((slug, list) -> {
      // The most used spelling; on a tie, the first in sorted order.
      String name = null;
      int most = 0;
      for (Map.Entry<String, Integer> e : spellings.get(slug).entrySet()) {
        if (e.getValue() > most) {
          name = e.getKey();
          most = e.getValue();
        }
      }
      others.put(name + "\u0000" + slug, new Edition.Section(name, slug, list));
    });
    result.addAll(others.values());
    return result;
  }

  static String sectionOf(Story s) {
    return Edition.sectionOf(s.lead().article());
  }
}
