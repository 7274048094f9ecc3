package dev.broadsheet.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the last build settled about each story, as {@code data/stories.json} keeps it: its
 * articles, best first, and (when {@code key} is known) its related stories, the stories alike
 * enough to be one event, and a digest of what its articles were then. A story far in time from
 * anything a build changes is shown as recorded here rather than worked out again: a clean build
 * of the same store does the same, so an incremental build and a clean one agree.
 *
 * @param key what the records were made under (Broadsheet's version and the curation settings);
 *     null when nothing but membership is known (a file of version 1, or a caller's own map)
 * @param stories story id to its record, in the order of the ids
 */
public record StoryRecords(String key, Map<String, Story> stories) {
  /**
   * One story as the last build left it.
   *
   * @param articles its article ids, best first (the order a story is led in, before any pick)
   * @param related the ids of its related stories, most related first
   * @param alike the ids of the stories alike enough to be taken for one event with it, sorted
   * @param digest a digest of its articles and their texts then, or null when unknown
   */
  public record Story(List<String> articles, List<String> related, List<String> alike, String digest) {
    public Story {
      articles = List.copyOf(articles);
      related = related == null ? List.of() : List.copyOf(related);
      alike = alike == null ? List.of() : List.copyOf(alike);
    }
  }

  public StoryRecords {
    stories = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(stories));
  }

  /** No story known. */
  public static StoryRecords none() {
    return new StoryRecords(null, new TreeMap<>());
  }

  /** Membership only (article id to story id): nothing settled beyond which story each article is in. */
  public static StoryRecords membership(Map<String, String> storyOf) {
    SortedMap<String, List<String>> byStory = new TreeMap<>();
    new TreeMap<>(storyOf).forEach((article, story) -> byStory.computeIfAbsent(story, k -> new ArrayList<>()).add(article));
    SortedMap<String, Story> stories = new TreeMap<>();
    byStory.forEach((id, articles) -> stories.put(id, new Story(articles, List.of(), List.of(), null)));
    return new StoryRecords(null, stories);
  }

  /** Which story each article is in: article id to story id. */
  public SortedMap<String, String> storyOf() {
    SortedMap<String, String> storyOf = new TreeMap<>();
    stories.forEach((id, story) -> story.articles().forEach(a -> storyOf.put(a, id)));
    return storyOf;
  }
}
