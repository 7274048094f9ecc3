package dev.broadsheet.curate;

import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.SiteConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    return Edition.dateOf(time, config.timezone(), config.editions().period());
  }

  /**
   * Each edition with the time an editor last took a report of its days off the site: the edition
   * holding the hidden report's own time (a report told in a story of another day's edition moves
   * its own day's), so that feed readers and crawlers see the edition changed.
   */
  List<Edition> withTakedowns(List<Edition> editions, Map<dev.broadsheet.store.Article, Instant> takenDown) {
    if (takenDown.isEmpty()) {
      return editions;
    }
    Map<LocalDate, Instant> byEdition = new HashMap<>();
    takenDown.forEach((article, time) -> {
      if (article.effectiveTime() != null) {
        byEdition.merge(editionDate(article.effectiveTime()), time, (a, b) -> a.isAfter(b) ? a : b);
      }
    });
    return editions.stream().map(e -> byEdition.containsKey(e.date()) ? e.withTakenDown(byEdition.get(e.date())) : e)
        .toList();
  }

  /** When the edition holding {@code time} starts. */
  Instant editionStart(Instant time) {
    return editionDate(time).atStartOfDay(config.timezone()).toInstant();
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

  /**
   * The editions, newest first, and where each story shows in each edition that has it
   * ({@link Digest.Appearance}), newest first, by story id.
   */
  record Cut(List<Edition> editions, Map<String, List<Digest.Appearance>> appearances) {}

  Cut cut(List<Story> stories, Alike alike, java.util.function.Function<dev.broadsheet.store.Article, String> headlineOf,
      EditionEntries.DayScore dayScore, Map<String, Integer> pickedAt) {
    TreeMap<LocalDate, List<Story>> byDate = new TreeMap<>(Comparator.reverseOrder());
    byDate.putAll(new EditionEntries(this::editionDate, headlineOf, dayScore, pickedAt).byEdition(stories));
    List<Edition> editions = new ArrayList<>();
    Map<String, List<Digest.Appearance>> appearances = new HashMap<>();
    // Each edition reads its own stories only: cut side by side, gathered newest first.
    record Placed(Edition edition, List<Story> stories, Map<String, Placement> placements) {}
    List<Placed> placed = byDate.entrySet().parallelStream().map(e -> {
      Map<String, Placement> placements = new HashMap<>();
      return new Placed(edition(e.getKey(), e.getValue(), alike, placements), e.getValue(), placements);
    }).toList();
    for (Placed p : placed) {
      editions.add(p.edition());
      for (Story s : p.stories()) {
        appearances.computeIfAbsent(s.id(), id -> new ArrayList<>()).add(new Digest.Appearance(p.edition().date(),
            p.edition().path(), s.lead().article().id(), false, s.score(), p.placements().get(s.id())));
      }
    }
    // The edition a story is said to be in: its pick's; else the newest that lists it (its latest
    // news), else the newest that has it.
    for (Story s : stories) {
      List<Digest.Appearance> seen = appearances.get(s.id());
      if (seen == null) {
        continue;
      }
      LocalDate pickDate = s.picked() ? editionDate(s.time()) : null;
      // Loops, not streams: once for each of a large site's hundred thousand stories.
      int main = -1;
      int listed = -1;
      for (int i = 0; i < seen.size() && main < 0; i++) {
        Digest.Appearance a = seen.get(i);
        if (a.edition().equals(pickDate)) {
          main = i;
        } else if (listed < 0 && a.placement().place() != Placement.Place.NOT_SHOWN) {
          listed = i;
        }
      }
      int at = main >= 0 ? main : Math.max(listed, 0);
      Digest.Appearance a = seen.get(at);
      seen.set(at, new Digest.Appearance(a.edition(), a.path(), a.representative(), true, a.score(), a.placement()));
    }
    return new Cut(editions, appearances);
  }

  static Comparator<Story> byRank() {
    return Comparator.comparing(Story::pinned).reversed()
        .thenComparing(Comparator.comparingDouble((Story s) -> s.score().total()).reversed())
        .thenComparing(Comparator.comparing(Story::time).reversed())
        .thenComparing(Story::id);
  }

  private Edition edition(LocalDate date, List<Story> stories, Alike alike, Map<String, Placement> placements) {
    EditionsConfig ec = config.editions();
    List<Story> ranked = new ArrayList<>(stories);
    ranked.sort(byRank());
    // Pinned picks open the edition in the order their editor gave, as other picks are listed.
    List<Story> top = new ArrayList<>(ranked.stream().filter(Story::pinned)
        .sorted(Comparator.comparingInt((Story s) -> s.pick().order()).thenComparing(byRank())).toList());
    // Why each story that was weighed for the top stories was passed over.
    Map<String, Placement> passedOver = new HashMap<>();
    Map<String, Integer> perSource = new HashMap<>();
    for (Story s : ranked) {
      if (top.size() >= ec.topStories()) {
        break;
      }
      if (s.picked()) {
        continue;
      }
      // Two top stories on one event would show the reader the same news twice.
      Story repeat = top.stream().filter(t -> alike.test(t.id(), s.id())).findFirst().orElse(null);
      if (repeat != null) {
        passedOver.put(s.id(), new Placement(Placement.Place.SECTION, Placement.Reason.ALIKE_A_TOP_STORY, repeat.id()));
      } else if (!fits(s, perSource, ec.maxPerSource())) {
        passedOver.put(s.id(), Placement.of(Placement.Place.SECTION, Placement.Reason.SOURCE_CAP));
      } else {
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
      if (top.contains(s)) {
        placements.put(s.id(), Placement.of(Placement.Place.TOP_STORY, Placement.Reason.NONE));
      } else if (picks.contains(s)) {
        placements.put(s.id(), Placement.of(Placement.Place.PICK, Placement.Reason.NONE));
      } else if (rest.size() >= room) {
        placements.put(s.id(), Placement.of(Placement.Place.NOT_SHOWN, Placement.Reason.EDITION_FULL));
      } else if (!fits(s, perSource, ec.maxPerSource())) {
        placements.put(s.id(), Placement.of(Placement.Place.NOT_SHOWN, Placement.Reason.SOURCE_CAP));
      } else if (perSection.getOrDefault(sectionOf(s), 0) >= ec.maxPerSection()) {
        placements.put(s.id(), Placement.of(Placement.Place.NOT_SHOWN, Placement.Reason.SECTION_CAP));
      } else {
        rest.add(s);
        count(s, perSource);
        perSection.merge(sectionOf(s), 1, Integer::sum);
        placements.put(s.id(), passedOver.getOrDefault(s.id(),
            Placement.of(Placement.Place.SECTION, Placement.Reason.RANKED_LOWER)));
      }
    }
    // The count the edition's pages show: the stories it lists, not those of its day it has no room for.
    return new Edition(date, links.edition(date), top, picks, groupBySection(rest),
        top.size() + picks.size() + rest.size());
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
   * Stories by section, configured sections first in their order, then the others by name in
   * the site language's alphabetical order.
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
    // A site has a few section names and many stories: each name's slug made once.
    Map<String, String> slugs = new HashMap<>();
    for (Story s : stories) {
      String name = sectionOf(s);
      String slug = slugs.computeIfAbsent(name, Edition::sectionSlug);
      bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(s);
      spellings.computeIfAbsent(slug, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
    }
    List<Edition.Section> result = new ArrayList<>();
    configured.forEach((slug, name) -> {
      if (bySlug.containsKey(slug)) {
        result.add(new Edition.Section(name, slug, bySlug.remove(slug)));
      }
    });
    // In the site language's alphabetical order as the JDK's collator has it (Polish Ł after L, Czech
    // Ch after H, "apple" beside "Apple"), not by the characters' codes (capitals first, accented
    // letters last); names equal to the collator by codes, then by slug.
    java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(config.language()));
    TreeMap<String, Edition.Section> others = new TreeMap<>(
        Comparator.comparing((String key) -> key.substring(0, key.indexOf('\u0000')), collator)
            .thenComparing(Comparator.naturalOrder()));
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

  private String sectionOf(Story s) {
    return Edition.sectionOf(s.lead().article(), config.editions().defaultSection());
  }
}
