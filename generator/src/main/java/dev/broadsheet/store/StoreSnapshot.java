package dev.broadsheet.store;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The whole store in memory: every article by id and every source's state by source id. Sorted
 * maps, so that everything derived from a snapshot comes out in the same order every time.
 */
public record StoreSnapshot(SortedMap<String, Article> articles, SortedMap<String, SourceState> sources) {
  public StoreSnapshot {
    articles = Collections.unmodifiableSortedMap(new TreeMap<>(articles));
    sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
  }

  public static StoreSnapshot empty() {
    return new StoreSnapshot(new TreeMap<>(), new TreeMap<>());
  }

  public SourceState source(String id) {
    return sources.getOrDefault(id, SourceState.never());
  }

  /**
   * This snapshot with the articles of {@code ids} kept without their texts ({@link Article#withoutTexts}):
   * hidden articles, whose words an editor took off the site must not stay in data/ either, which
   * many sites publish as a repository.
   */
  public StoreSnapshot withoutTextsOf(java.util.Collection<String> ids) {
    TreeMap<String, Article> changed = null;
    for (String id : ids) {
      Article a = articles.get(id);
      Article bare = a == null ? null : a.withoutTexts();
      if (bare != null && !bare.equals(a)) {
        if (changed == null) {
          changed = new TreeMap<>(articles);
        }
        changed.put(id, bare);
      }
    }
    return changed == null ? this : new StoreSnapshot(changed, sources);
  }

  public StoreSnapshot withSources(Map<String, SourceState> newSources) {
    return new StoreSnapshot(articles, new TreeMap<>(newSources));
  }
}
