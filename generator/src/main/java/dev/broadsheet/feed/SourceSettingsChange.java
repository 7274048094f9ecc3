package dev.broadsheet.feed;

import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import dev.broadsheet.store.SourceState;
import dev.broadsheet.store.StoreSnapshot;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A source's settings that its articles are stored with (its name, publisher, via, section, tags
 * and whether its feed's categories are tags too), applied anew to every stored article of the
 * source when they change: an editor who corrects a section or a publisher's name sees it at the
 * next build, on old articles too, not only once the feed brings new items (or never, for items
 * gone from it). Each source's state records what its articles were given ({@link
 * SourceState#applied}); a store that does not know (made by an earlier version) records it, and
 * changes count from then on. A feed category
 * spelled as one of the source's old tags cannot be told from that tag and goes with it. A source
 * no longer allowing its full text has it removed from its articles; the settings that only a
 * new read of the feed can apply (full text given, time zone) have it read again in full instead
 * ({@link SourceState#readAs}).
 */
public final class SourceSettingsChange {
  private SourceSettingsChange() {}

  /**
   * The store with every configured source's articles as its settings give them, and those
   * settings recorded; a source whose id changed keeps its articles and state.
   */
  public static StoreSnapshot apply(StoreSnapshot stored, SiteConfig config) {
    StoreSnapshot store = renamed(stored, config);
    TreeMap<String, SourceState> states = new TreeMap<>(store.sources());
    Set<String> configured = configured(config);
    states.replaceAll((id, state) -> configured.contains(id) ? state : state.retired());
    Map<String, SourceState.Applied> changed = new TreeMap<>();
    Map<String, SourceState.Applied> before = new TreeMap<>();
    for (SourceConfig source : config.sources()) {
      SourceState state = store.source(source.id());
      SourceState.Applied now = applied(source);
      if (state.applied() != null && !state.applied().equals(now)) {
        before.put(source.id(), state.applied());
        changed.put(source.id(), now);
      }
      states.put(source.id(), state.withApplied(now));
    }
    if (changed.isEmpty()) {
      return states.equals(store.sources()) ? store : new StoreSnapshot(store.articles(), states);
    }
    Set<String> fullText = new HashSet<>();
    config.sources().stream().filter(SourceConfig::fullText).forEach(s -> fullText.add(s.id()));
    TreeMap<String, Article> articles = new TreeMap<>(store.articles());
    articles.replaceAll((id, a) -> {
      if (a.sourceId() == null || !changed.containsKey(a.sourceId())) {
        return a;
      }
      Article now = refiled(a, before.get(a.sourceId()), changed.get(a.sourceId()));
      // Full text no longer allowed, and by no other source that carried it: a first read under these
      // settings would not have stored the feed's (EntryMapper), and stores are often published.
      boolean textTakenAway = Boolean.TRUE.equals(before.get(a.sourceId()).fullText())
          && changed.get(a.sourceId()).fullText() == null && a.carriedBy().stream().noneMatch(fullText::contains);
      return textTakenAway ? now.withoutFeedText() : now;
    });
    return new StoreSnapshot(articles, states);
  }

  /**
   * The store with the articles and state of each source whose id the config changed
   * ({@link #moves}) moved to the new id. Its articles were its own, and an id changed and changed
   * back would otherwise leave them under the other id, not shown; its validators stay with it,
   * since its articles did.
   */
  static StoreSnapshot renamed(StoreSnapshot store, SiteConfig config) {
    Map<String, String> moves = moves(store, config);
    if (moves.isEmpty()) {
      return store;
    }
    // All at once: two sources that swapped ids each take the other's.
    TreeMap<String, SourceState> states = new TreeMap<>(store.sources());
    Map<String, SourceState> moved = new TreeMap<>();
    moves.forEach((from, to) -> moved.put(to, store.sources().get(from)));
    states.keySet().removeAll(moves.keySet());
    states.putAll(moved);
    Set<String> configured = configured(config);
    TreeMap<String, Article> articles = new TreeMap<>();
    for (Article a : store.articles().values()) {
      Article now = a;
      if (a.sourceId() != null && moves.containsKey(a.sourceId())) {
        String from = a.sourceId();
        String newId = idUnder(a, moves.get(from), store.sources().get(from).applied());
        // An id that cannot be made again: left under a source taken out (the feed brings the item
        // back under the new one), moved as it is from a source that now reads another feed.
        now = newId != null ? a.movedTo(moves.get(from), newId)
            : configured.contains(from) ? a.movedTo(moves.get(from), a.id()) : a;
      }
      // The sources that also carried it, renamed from its list before the move: two sources that
      // swapped ids each take the other's place there too.
      if (a.alsoFrom().stream().anyMatch(moves::containsKey)) {
        now = now.alsoFrom(underNewIds(a.alsoFrom(), moves));
      }
      articles.put(now.id(), now);
    }
    return new StoreSnapshot(articles, states);
  }

  /**
   * The id a read of source {@code to} gives {@code a}: the same for an article with a link;
   * made again with the new source's id for one known by its GUID or its text (ArticleIds), or
   * null when it cannot be made again.
   */
  private static String idUnder(Article a, String to, SourceState.Applied settings) {
    if (a.url() != null) {
      return a.id();
    }
    if (a.guid() != null) {
      return a.id().equals(ArticleIds.of(null, a.guid(), a.sourceId())) ? ArticleIds.of(null, a.guid(), to) : null;
    }
    String text = a.summaryHtml() == null ? "" : a.summaryHtml();
    for (String title : EntryMapper.titlesReadAs(a.title(), a.publisher(), settings == null ? null : settings.name())) {
      if (a.id().equals(ArticleIds.ofContent(a.sourceId(), title, text))) {
        return ArticleIds.ofContent(to, title, text);
      }
    }
    return null;
  }

  /**
   * Old id to new id, for each source whose id the config changed: a configured source that the
   * store does not know at its address, and a source the store read from that address that no
   * longer reads from it (taken out of the config in the same edit, or given another address: two
   * sources that swapped ids). When several did, the one read last. A source taken out by an
   * earlier build stays out: its articles do not return under a source added later.
   */
  private static Map<String, String> moves(StoreSnapshot store, SiteConfig config) {
    Map<String, String> configuredUrl = new HashMap<>();
    config.sources().forEach(s -> configuredUrl.put(s.id(), s.url()));
    Set<String> readUrls = new HashSet<>(configuredUrl.values());
    Map<String, String> moves = new TreeMap<>();
    for (SourceConfig source : config.sources()) {
      SourceState own = store.sources().get(source.id());
      // Known at its address: nothing moved. Known at another address that no configured source
      // reads now: its url changed, its id did not. Known at an address another source reads now:
      // the two swapped ids.
      if (own != null && (source.url().equals(own.url()) || !readUrls.contains(own.url()))) {
        continue;
      }
      store.sources().entrySet().stream()
          .filter(e -> !e.getKey().equals(source.id()) && !moves.containsKey(e.getKey()) && !e.getValue().isRetired()
              && source.url().equals(e.getValue().url()) && !source.url().equals(configuredUrl.get(e.getKey())))
          .max(Comparator.comparing((Map.Entry<String, SourceState> e) -> e.getValue().lastSuccess(),
              Comparator.nullsFirst(Comparator.naturalOrder())).thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
          .ifPresent(e -> moves.put(e.getKey(), source.id()));
    }
    return moves;
  }

  /**
   * A warning for each source the store knows that the config no longer lists (and no source took
   * over under a new id), with how many of its articles leave the site: once, since {@link #apply}
   * marks the source retired.
   */
  public static List<Problem> takenOut(StoreSnapshot stored, SiteConfig config) {
    String file = config.siteDir().resolve(SiteConfig.FILE_NAME).toString();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> moves = moves(stored, config);
    // Its page and feeds move too: readers' links and subscriptions to the old address break.
    String pages = config.permalinks().source();
    moves.forEach((from, to) -> problems.add(Problem.warning(file, "the source '" + from + "' is now '"
        + to + "' (the same url): its stored articles and what was known of it go with it; its page and feeds move"
        + " from " + pages.replace("{slug}", from) + " to " + pages.replace("{slug}", to) + "; to keep its feed's"
        + " subscribers, add feedAliases: {" + config.basePath() + pages.replace("{slug}", from) + "feed.xml: "
        + pages.replace("{slug}", to) + "feed.xml}")));
    // A source whose id changed is not taken out: the ids it moved from are left aside.
    Set<String> configured = configured(config);
    Map<String, Integer> articles = new TreeMap<>();
    stored.sources().forEach((id, state) -> {
      if (!configured.contains(id) && !moves.containsKey(id) && !state.isRetired()) {
        articles.put(id, 0);
      }
    });
    if (articles.isEmpty()) {
      return problems;
    }
    for (Article a : stored.articles().values()) {
      // One that a configured source carried too is still shown, on that source's page.
      if (a.sourceId() != null && articles.containsKey(a.sourceId())
          && underNewIds(a.alsoFrom(), moves).stream().noneMatch(configured::contains)) {
        articles.merge(a.sourceId(), 1, Integer::sum);
      }
    }
    // Where a source may have been listed: the config, and the OPML lists it imports (the store
    // does not keep which one listed a source, so all of them are named).
    List<String> lists = new ArrayList<>(new java.util.TreeSet<>(config.sources().stream().map(SourceConfig::listedIn)
        .filter(java.util.Objects::nonNull).toList()));
    String where = lists.isEmpty() ? "" : " (listed neither in " + SiteConfig.FILE_NAME + " nor in " + String.join(", ", lists) + ")";
    articles.forEach((id, n) -> {
      if (n > 0) {
        problems.add(Problem.warning(file, "the source '" + id
            + "' is no longer configured" + where + ": its " + (n == 1 ? "stored article is" : n + " stored articles are")
            + " not shown, unless picked (kept in the store: putting the source back shows " + (n == 1 ? "it" : "them")
            + " again)"));
      }
    });
    return problems;
  }

  /** {@code ids} with each source whose id changed ({@link #moves}) under its new id. */
  private static List<String> underNewIds(List<String> ids, Map<String, String> moves) {
    return ids.stream().map(id -> moves.getOrDefault(id, id)).toList();
  }

  private static Set<String> configured(SiteConfig config) {
    Set<String> ids = new HashSet<>();
    config.sources().forEach(s -> ids.add(s.id()));
    return ids;
  }

  static SourceState.Applied applied(SourceConfig source) {
    return new SourceState.Applied(source.name(), source.publisher(), source.via(), source.section(), source.tags(),
        !source.categories(), source.fullText());
  }

  /** {@code a} as {@link EntryMapper} would have made it under {@code now} instead of {@code before}. */
  static Article refiled(Article a, SourceState.Applied before, SourceState.Applied now) {
    String ownBefore = before.publisher() != null ? before.publisher() : before.name();
    String ownNow = now.publisher() != null ? now.publisher() : now.name();
    String publisher;
    String via;
    // The source's own, under the old settings or the new ones (as a feed read counts an item naming
    // the new publisher): so refiling twice gives what refiling once did.
    if (Objects.equals(a.publisher(), ownBefore) || Objects.equals(a.publisher(), ownNow)) {
      publisher = ownNow;
      via = now.via();
    } else {
      // The item named its own publisher: the source only carried it.
      publisher = a.publisher();
      via = now.via() != null ? now.via() : now.name();
    }
    if (via != null && via.equals(publisher)) {
      via = null;
    }
    // The source's tags first, then the item's own categories, as a feed read gives them.
    Set<String> tags = new LinkedHashSet<>(now.tags());
    List<String> own = new ArrayList<>(a.tags());
    own.removeAll(before.tags());
    // Categories taken again come with the feed's next read, in full (SourceConfig#readAs).
    if (now.takesCategories()) {
      tags.addAll(own);
    }
    String section = Objects.equals(a.section(), before.section()) ? now.section() : a.section();
    return a.refiled(publisher, via, section, List.copyOf(tags));
  }
}
