package dev.broadsheet.curate;

import dev.broadsheet.config.SourceConfig;
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

/** The lists of reports a digest keeps beside its stories: each source's and each tag's. */
final class ReportLists {
  // Among reports of one time, the one first seen later is newer (feeds list items newest first).
  private static final Comparator<Story.Item> NEWEST = Comparator.comparing((Story.Item i) -> i.article().effectiveTime(),
      Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(i -> i.article().firstSeen(), Comparator.nullsLast(Comparator.reverseOrder()))
      .thenComparing(i -> i.article().id());

  private ReportLists() {}

  /** Each tag's reports, newest first, by the tag's slug; named by its most used spelling. */
  static List<Digest.Tag> tags(Collection<Story.Item> items) {
    Map<String, List<Story.Item>> bySlug = new TreeMap<>();
    Map<String, Map<String, Integer>> spellings = new HashMap<>();
    for (Story.Item item : items) {
      Set<String> slugs = new HashSet<>();
      for (String tag : item.article().tags()) {
        String slug = Permalinker.tagSlug(tag);
        if (slugs.add(slug)) {
          bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(item);
          spellings.computeIfAbsent(slug, k -> new TreeMap<>()).merge(tag.strip(), 1, Integer::sum);
        }
      }
    }
    List<Digest.Tag> tags = new ArrayList<>();
    bySlug.forEach((slug, listed) -> {
      List<Story.Item> tagged = onceEach(listed);
      tagged.sort(NEWEST);
      // The most used spelling; among equals, the first in sort order (spellings is a TreeMap).
      String name = spellings.get(slug).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
      tags.add(new Digest.Tag(name, slug, List.copyOf(tagged)));
    });
    return tags;
  }

  /**
   * {@code items} with one report of each article a publisher gave under one headline: its own
   * copy, else the newest of those others carried (a syndicated copy beside the publisher's own
   * would list the same headline twice in a row; another source's list keeps its copy).
   */
  private static List<Story.Item> onceEach(List<Story.Item> items) {
    Map<String, Story.Item> kept = new HashMap<>();
    for (Story.Item i : items) {
      String key = i.article().publisher() == null ? "\0" + i.article().id()
          : Story.publisherKey(i.article().publisher()) + "\0" + dev.broadsheet.base.Slugs.fold(i.article().title()).strip();
      kept.merge(key, i, (a, b) -> better(a, b) ? a : b);
    }
    if (kept.size() == items.size()) {
      return new ArrayList<>(items);
    }
    Set<Story.Item> chosen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    chosen.addAll(kept.values());
    List<Story.Item> result = new ArrayList<>(kept.size());
    items.stream().filter(chosen::contains).forEach(result::add);
    return result;
  }

  /** Whether {@code a} stands for its article rather than {@code b}: the publisher's own copy, else the newer. */
  private static boolean better(Story.Item a, Story.Item b) {
    if ((a.article().via() == null) != (b.article().via() == null)) {
      return a.article().via() == null;
    }
    return NEWEST.compare(a, b) <= 0;
  }

  /**
   * Each configured source's reports, newest first, in the order of the sources: every report its
   * feed carried, also those filed under another source that carried the same article.
   */
  static Map<String, List<Story.Item>> bySource(List<SourceConfig> sources, Collection<Story.Item> items) {
    Map<String, List<Story.Item>> result = new LinkedHashMap<>();
    for (SourceConfig s : sources) {
      result.put(s.id(), new ArrayList<>());
    }
    for (Story.Item item : items) {
      for (String source : item.article().carriedBy()) {
        List<Story.Item> list = result.get(source);
        if (list != null) {
          list.add(item);
        }
      }
    }
    result.values().forEach(list -> list.sort(NEWEST));
    return result;
  }
}
