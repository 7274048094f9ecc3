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
    bySlug.forEach((slug, tagged) -> {
      tagged.sort(NEWEST);
      // The most used spelling; among equals, the first in sort order (spellings is a TreeMap).
      String name = spellings.get(slug).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
      tags.add(new Digest.Tag(name, slug, List.copyOf(tagged)));
    });
    return tags;
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
