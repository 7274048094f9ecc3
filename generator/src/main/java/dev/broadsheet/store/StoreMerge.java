package dev.broadsheet.store;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Merges newly read articles into a snapshot: new ones are added, known ones updated, none lost. */
public final class StoreMerge {
  private StoreMerge() {}

  /** The merged snapshot and what changed. */
  public record Result(StoreSnapshot snapshot, int added, int updated) {}

  /** As {@link #merge(StoreSnapshot, Collection, Instant, List)}, with no order among sources. */
  public static Result merge(StoreSnapshot base, Collection<Article> incoming, Instant now) {
    return merge(base, incoming, now, List.of());
  }

  /**
   * Adds {@code incoming} to {@code base}. New articles are stamped first seen at {@code now}, the
   * last of them, and a nanosecond later for each new article after it in {@code incoming}: a feed
   * lists its items newest first, and items it gives no date (or the same one) keep that order
   * wherever they are listed by time. (Counted up from {@code now}, not down: a time shown to the
   * minute or second still reads as {@code now}.) A known article keeps its first-seen time and
   * every field the new reading lacks.
   *
   * <p>One article can come from several sources (a publisher's own feed and a wire that carries
   * it, two feeds of one publisher). Which copy leads may not depend on which feed changed last,
   * or the same feeds would give different sites: a copy from its publisher's own feed leads one
   * that another source carried, then the source listed first in {@code sourceOrder} (the config's
   * order), then the lower source id; a source missing from a non-empty {@code sourceOrder} (taken
   * out of the config) leads no other. A copy that does not lead only fills what the leading one
   * lacks, so the result is the same whatever order the copies arrive in.
   */
  public static Result merge(StoreSnapshot base, Collection<Article> incoming, Instant now, List<String> sourceOrder) {
    return merge(base, incoming, now, sourceOrder, Map.of());
  }

  /**
   * As above, where {@code sourceSites} names the site each source's own address is on ({@link
   * dev.broadsheet.base.Urls#siteOf}): a copy from a source on the site the article's link is on
   * leads any other, whatever the order, and the picture of a copy that does not lead is not taken
   * over, so that a feed claiming another publisher's address (its link, its guid) cannot change
   * what that publisher's article says or shows. Tenants of one shared host (blogs under one
   * platform's name) count as one site here: without a list of such hosts they cannot be told apart.
   */
  public static Result merge(StoreSnapshot base, Collection<Article> incoming, Instant now, List<String> sourceOrder,
      Map<String, String> sourceSites) {
    incoming = underKnownIds(base, incoming);
    TreeMap<String, Article> articles = new TreeMap<>(base.articles());
    Map<String, Integer> rank = new HashMap<>();
    sourceOrder.forEach(id -> rank.putIfAbsent(id, rank.size()));
    int added = 0;
    java.util.Set<String> fresh = new java.util.HashSet<>();
    for (Article article : incoming) {
      if (!articles.containsKey(article.id())) {
        fresh.add(article.id());
      }
    }
    java.util.Set<String> updated = new java.util.HashSet<>();
    for (Article read : incoming) {
      Article article = withPlausibleUpdate(read, now);
      Article known = articles.get(article.id());
      if (known == null) {
        articles.put(article.id(), article.withFirstSeen(now.plusNanos(fresh.size() - 1L - added)));
        added++;
      } else {
        boolean incomingLeads = leads(article, known, rank, sourceSites);
        Article merged = incomingLeads ? ArticleUpdate.of(known, article) : ArticleUpdate.of(article, known);
        Article lead = incomingLeads ? article : known;
        Article other = incomingLeads ? known : article;
        if (ownSite(lead, sourceSites) && !ownSite(other, sourceSites) && !java.util.Objects.equals(other.sourceId(),
            lead.sourceId())) {
          merged = merged.withImageUrl(lead.imageUrl());
        }
        // The address is the one the article had before this reading, whichever copy came first in it.
        Article before = base.articles().get(article.id());
        if (before != null) {
          merged = merged.keepingAddressOf(before);
        }
        if (!merged.equals(known)) {
          articles.put(article.id(), merged);
          // A second copy of an article new in this reading (another feed carries it) updates nothing
          // stored; an article two copies change is one updated.
          if (before != null) {
            updated.add(article.id());
          }
        }
      }
    }
    // Stored before updates ahead were ignored: more than a day ahead now, it is no time at all.
    Instant farAhead = now.plus(java.time.Duration.ofDays(1));
    articles.replaceAll((id, a) -> a.updated() != null && a.updated().isAfter(farAhead) ? a.withUpdated(null) : a);
    return new Result(new StoreSnapshot(articles, base.sources()), added, updated.size());
  }

  /**
   * {@code incoming} with each new article that is a stored one moved to another link by its
   * publisher under the id it is stored by: the same source gives the same item its guid, and it
   * keeps its date or its headline. Its page stays at its address, its link is the new one, and
   * a pick hiding it by the old link still does. Without this the moved item was a second article,
   * and one an editor had taken off the site came back. A guid the reading or the store gives
   * more than one item of that source tells nothing (a feed that reuses one for every item).
   */
  private static Collection<Article> underKnownIds(StoreSnapshot base, Collection<Article> incoming) {
    if (incoming.stream().noneMatch(a -> a.guid() != null && a.sourceId() != null && a.url() != null
        && !base.articles().containsKey(a.id()))) {
      return incoming;
    }
    // Every item of the reading counts: one still listed under its old link shares the guid too.
    Map<String, Map<String, Integer>> readGuids = new HashMap<>();
    for (Article a : incoming) {
      if (a.guid() != null && a.sourceId() != null) {
        readGuids.computeIfAbsent(a.sourceId(), k -> new HashMap<>()).merge(a.guid(), 1, Integer::sum);
      }
    }
    // One pass over the store, for the few sources a new item with a guid came from.
    Map<String, Map<String, Article>> stored = new HashMap<>();
    Map<String, java.util.Set<String>> storedTwice = new HashMap<>();
    for (Article known : base.articles().values()) {
      Map<String, Integer> wanted = known.guid() == null || known.sourceId() == null ? null
          : readGuids.get(known.sourceId());
      if (wanted != null && wanted.containsKey(known.guid())
          && stored.computeIfAbsent(known.sourceId(), k -> new HashMap<>()).putIfAbsent(known.guid(), known) != null) {
        storedTwice.computeIfAbsent(known.sourceId(), k -> new java.util.HashSet<>()).add(known.guid());
      }
    }
    if (stored.isEmpty()) {
      return incoming;
    }
    List<Article> result = new java.util.ArrayList<>(incoming.size());
    for (Article a : incoming) {
      Article known = a.guid() == null || a.sourceId() == null ? null
          : stored.getOrDefault(a.sourceId(), Map.of()).get(a.guid());
      boolean single = known != null && readGuids.get(a.sourceId()).get(a.guid()) == 1
          && !storedTwice.getOrDefault(a.sourceId(), java.util.Set.of()).contains(a.guid());
      // Stored without a link (one this version reads, "?q=a|b", was refused then), by its guid's id: the same item.
      boolean sameItem = single && a.url() != null && !base.articles().containsKey(a.id())
          && (known.url() != null || known.id().equals(ArticleIds.of(null, known.guid(), known.sourceId())))
          && (a.published() != null && a.published().equals(known.published())
              || a.title().strip().equalsIgnoreCase(known.title().strip()));
      result.add(sameItem ? a.movedTo(a.sourceId(), known.id()) : a);
    }
    return result;
  }

  /** Whether {@code copy} leads the stored {@code known}: a newer reading of the same source always does. */
  private static boolean leads(Article copy, Article known, Map<String, Integer> rank, Map<String, String> sites) {
    if (copy.sourceId() == null || known.sourceId() == null || copy.sourceId().equals(known.sourceId())) {
      return true;
    }
    // A source no longer configured (when the order is known) leads nothing: its articles are not shown.
    Comparator<Article> order = Comparator.<Article, Boolean>comparing(a -> !rank.isEmpty() && !rank.containsKey(a.sourceId()))
        .thenComparing(a -> !ownSite(a, sites))
        .thenComparing(a -> a.via() != null)
        .thenComparing(a -> rank.getOrDefault(a.sourceId(), Integer.MAX_VALUE))
        .thenComparing(Article::sourceId);
    return order.compare(copy, known) < 0;
  }

  /**
   * {@code a} without an update time still to come when it was read (2099, or a feed's zone written
   * wrong): it would date every feed it is in and the sitemap ahead of time. Ignored, so the stored
   * one stands; once its time has passed, a reading takes it.
   */
  private static Article withPlausibleUpdate(Article a, Instant now) {
    return a.updated() != null && a.updated().isAfter(now) ? a.withUpdated(null) : a;
  }

  /** Whether {@code a} came from a source on the site its link is on. */
  private static boolean ownSite(Article a, Map<String, String> sites) {
    String site = a.sourceId() == null ? null : sites.get(a.sourceId());
    return site != null && site.equals(dev.broadsheet.base.Urls.siteOf(a.url()));
  }

  /** Before when {@code retentionDays} removes articles, or null when it keeps them for good (0). */
  public static Instant retentionCutoff(int retentionDays, Instant now) {
    return retentionDays == 0 ? null : now.minus(java.time.Duration.ofDays(retentionDays));
  }

  /**
   * The incoming articles without those that {@link #prune} would remove at once: not stored yet,
   * older than {@code cutoff} and not in {@code keep}. A feed that still lists them would otherwise
   * have them added, their pages fetched and pruned again on every build it answers.
   */
  public static List<Article> withinRetention(List<Article> incoming, StoreSnapshot base, Instant cutoff,
      java.util.Set<String> keep) {
    if (cutoff == null) {
      return incoming;
    }
    return incoming.stream().filter(a -> base.articles().containsKey(a.id()) || keep.contains(a.id())
        || a.effectiveTime() == null || !a.effectiveTime().isBefore(cutoff)).toList();
  }

  /**
   * The snapshot without articles older than {@code cutoff} (none when it is null; by their effective time), except
   * those in {@code keep} (picked articles). Deterministic: the same snapshot, cutoff and keep set
   * give the same result.
   */
  public static StoreSnapshot prune(StoreSnapshot base, Instant cutoff, java.util.Set<String> keep) {
    if (cutoff == null) {
      return base;
    }
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
