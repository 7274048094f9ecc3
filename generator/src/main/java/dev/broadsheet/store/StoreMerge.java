package dev.broadsheet.store;

import java.time.Instant;
import java.util.Collection;
import java.util.TreeMap;

/** Merges newly read articles into a snapshot: new ones are added, known ones updated, none lost. */
public final class StoreMerge {
  private StoreMerge() {}

  /** The merged snapshot and what changed. */
  public record Result(StoreSnapshot snapshot, int added, int updated) {}

  /**
   * Adds {@code incoming} to {@code base}. New articles are stamped first seen at {@code now}; a
   * known article keeps its first-seen time and every field the new reading lacks.
   */
  public static Result merge(StoreSnapshot base, Collection<Article> incoming, Instant now) {
    TreeMap<String, Article> articles = new TreeMap<>(base.articles());
    int added = 0;
    int updated = 0;
    for (Article article : incoming) {
      Article known = articles.get(article.id());
      if (known == null) {
        articles.put(article.id(), article.withFirstSeen(now));
        added++;
      } else {
        Article merged = known.updatedWith(article);
        if (!merged.equals(known)) {
          articles.put(article.id(), merged);
          updated++;
        }
      }
    }
    return new Result(new StoreSnapshot(articles, base.sources()), added, updated);
  }

  /**
   * The snapshot without articles older than {@code cutoff} (by their effective time), except
   * those in {@code keep} (picked articles). Deterministic: the same snapshot, cutoff and keep set
   * give the same result.
   */
  public static StoreSnapshot prune(StoreSnapshot base, Instant cutoff, java.util.Set<String> keep) {
    TreeMap<String, Article> kept = new TreeMap<>();
    for (Article a : base.articles().values()) {
      Instant t = a.effectiveTime();
      if (keep.contains(a.id()) || t == null || !t.isBefore(cutoff)) {
        kept.put(a.id(), a);
      }
    }
    return new StoreSnapshot(kept, base.sources());
  }
}
