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

  public StoreSnapshot withSources(Map<String, SourceState> newSources) {
    return new StoreSnapshot(articles, new TreeMap<>(newSources));
  }
}
