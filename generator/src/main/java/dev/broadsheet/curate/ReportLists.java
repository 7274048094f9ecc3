package dev.broadsheet.curate;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
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

  /**
   * Each tag's reports, newest first, by the tag's slug; named by its most used spelling. A
   * syndicator's copy of an article whose publisher's own copy is in the same story ({@code
   * storyOf}: article id to story id) under the same headline is left out: the list named the same
   * article twice in a row.
   */
  static List<Digest.Tag> tags(Collection<Story.Item> items, Map<String, String> storyOf) {
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
      List<Story.Item> tagged = onceEach(listed, storyOf);
      tagged.sort(NEWEST);
      // The most used spelling; among equals, the first in sort order (spellings is a TreeMap).
      String name = spellings.get(slug).entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
      tags.add(new Digest.Tag(name, slug, List.copyOf(tagged)));
    });
    return tags;
  }

  /**
   * {@code items} without the syndicated copies of articles whose publisher's own copy they hold,
   * in the same story under the same headline (as its feed gave it). A publisher's own reports are
   * all kept, its recurring headlines ("Letters to the editor") too.
   */
  private static List<Story.Item> onceEach(List<Story.Item> items, Map<String, String> storyOf) {
    List<String> keys = new ArrayList<>(items.size());
    java.util.Set<String> own = new java.util.HashSet<>();
    for (Story.Item i : items) {
      String copy = Story.copyKey(i.article());
      String story = storyOf.get(i.article().id());
      // A copy of its publisher's own in the same story; an item of no story or no publisher is its own.
      String key = copy == null || story == null ? null : story + "\0" + copy;
      keys.add(key);
      if (key != null && i.article().via() == null) {
        own.add(key);
      }
    }
    if (own.isEmpty()) {
      return new ArrayList<>(items);
    }
    List<Story.Item> result = new ArrayList<>(items.size());
    for (int n = 0; n < items.size(); n++) {
      if (items.get(n).article().via() == null || keys.get(n) == null || !own.contains(keys.get(n))) {
        result.add(items.get(n));
      }
    }
    return result;
  }

  /** The story id of each grouped article, by article id. */
  static Map<String, String> storyOfEach(StoryCuration.Grouped clusters) {
    Map<String, String> storyOf = new HashMap<>(clusters.groups().size() * 4);
    for (int g = 0; g < clusters.groups().size(); g++) {
      for (Article a : clusters.groups().get(g)) {
        storyOf.put(a.id(), clusters.storyIds().get(g));
      }
    }
    return storyOf;
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
