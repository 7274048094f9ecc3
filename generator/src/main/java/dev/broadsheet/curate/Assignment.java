package dev.broadsheet.curate;

import dev.broadsheet.config.CurationConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The mutable state of story clustering while it runs: stories as centroids, which story each
 * article is in, and an index from terms to the stories whose articles hold them, by time.
 * Private to one {@link StoryClusterer} call; what leaves it is immutable.
 */
final class Assignment {
  private static final int MERGE_ROUNDS = 5;
  /** Up to this many stories never published, a published one first looks whether any is near it in time. */
  private static final int FEW_NEW_STORIES = 64;
  private static final int MERGE_TERMS = 12;
  /** Distinct terms a seeded story's centroid makes room for per article: its reports share many. */
  private static final int TERMS_PER_MEMBER = 20;
  private static final int MAX_EXPECTED_TERMS = 2048;

  private static final double EVENT_SHARE = 0.8;

  private final StoryModel model;
  private final CurationConfig settings;
  private final long window;
  private final int[] storyOf;
  private final Map<String, Cluster> byId = new HashMap<>();
  private final List<Cluster> created = new ArrayList<>();
  private final TermTimeIndex index;
  private int[] visited = new int[64];
  private int visit;

  Assignment(StoryModel model, CurationConfig settings) {
    this.model = model;
    this.settings = settings;
    this.window = settings.window().toMillis();
    this.storyOf = new int[model.size()];
    Arrays.fill(storyOf, -1);
    // An article's terms mostly share their time bucket with other articles': fewer pairs than terms.
    this.index = new TermTimeIndex(window, model.size() * (ArticleVectors.MAX_TERMS / 4));
  }

  Cluster storyOf(int article) {
    return created.get(storyOf[article]);
  }

  /**
   * Puts an article into the story an earlier build gave it, which has {@code members} articles
   * in all: its centroid is made with room for their terms rather than grown article by article.
   */
  void seed(int article, String storyId, int members) {
    Cluster c = byId.get(storyId);
    join(article, c != null ? c : newCluster(storyId, true, Math.min(members * TERMS_PER_MEMBER, MAX_EXPECTED_TERMS)));
  }

  /** Puts a new article into the story it is closest to, or into a story of its own. */
  void assign(int article) {
    Match best = bestStory(article, null);
    if (best != null && best.similarity() >= settings.joinThreshold() && sharesWhatHappened(article, best.cluster())) {
      join(article, best.cluster());
    } else {
      join(article, newCluster(model.get(article).article().id(), false, ArticleVectors.MAX_TERMS));
    }
  }

  /**
   * Whether the article shares a word with the story beyond names and numbers. One company or
   * one place in two headlines ("Valmont cuts jobs", "Valmont reports record profit") is not one
   * event; what happened has to match too.
   */
  private boolean sharesWhatHappened(int article, Cluster c) {
    SparseVector v = model.get(article).vector();
    for (int term : v.terms()) {
      if (!model.vocabulary().names(term) && !model.vocabulary().commonAt(term, model.get(article).time())
          && c.sum.get(term) > 0) {
        return true;
      }
    }
    return false;
  }

  void join(int article, Cluster c) {
    storyOf[article] = c.index;
    c.members.add(article);
    SparseVector v = model.get(article).vector();
    long t = model.get(article).time();
    for (int term : v.terms()) {
      index.add(term, t, c.index);
    }
    c.sum.add(v);
    c.first = Math.min(c.first, t);
    c.last = Math.max(c.last, t);
  }

  private Cluster newCluster(String id, boolean persisted, int expectedTerms) {
    Cluster c = new Cluster(id, created.size(), persisted, expectedTerms);
    created.add(c);
    byId.putIfAbsent(id, c);
    return c;
  }

  record Match(Cluster cluster, double similarity) {}

  /** The story most similar to the article as a whole, within the time window; {@code except} is left out. */
  Match bestStory(int article, Cluster except) {
    SparseVector v = model.get(article).vector();
    long t = model.get(article).time();
    Match best = null;
    for (Cluster c : candidates(model.get(article).proposing(), t, t)) {
      if (c == except) {
        continue;
      }
      double decay = decay(t, c);
      if (decay <= 0) {
        continue;
      }
      double sim = c.sum.cosine(v) * decay;
      if (best == null || sim > best.similarity() || (sim == best.similarity() && c.id.compareTo(best.cluster().id) < 0)) {
        best = new Match(c, sim);
      }
    }
    return best;
  }

  /** 1 for a story reported at the same time, falling to 0.75 at the window's edge, 0 beyond it. */
  private double decay(long t, Cluster c) {
    long nearest = Math.max(c.first, Math.min(c.last, t));
    double gap = Math.abs((double) t - nearest);
    return gap > window ? 0 : 1 - 0.25 * gap / window;
  }

  /** Live stories holding one of {@code terms} in an article between {@code from} and {@code to} ± window. */
  private List<Cluster> candidates(int[] terms, long from, long to) {
    if (visited.length < created.size()) {
      visited = Arrays.copyOf(visited, Math.max(created.size(), visited.length * 2));
    }
    int stamp = ++visit;
    List<Cluster> found = new ArrayList<>();
    for (int term : terms) {
      index.visit(term, from - window, to + window, story -> {
        Cluster c = created.get(story);
        if (visited[story] != stamp && !c.gone) {
          visited[story] = stamp;
          found.add(c);
        }
      });
    }
    return found;
  }

  /**
   * Merges stories whose centroids are close, largest stories first, until none is: one event
   * first reported in two ways becomes one story once both have reports enough to tell.
   * Two stories that earlier builds published are never merged, so neither loses its page.
   */
  void mergeStories() {
    List<Cluster> order = live();
    for (int round = 0; round < MERGE_ROUNDS && !order.isEmpty(); round++) {
      order.sort(Comparator.comparingInt((Cluster c) -> -c.members.size()).thenComparing(c -> c.id));
      // After the first round only a story that grew can have come close to another.
      LinkedHashSet<Cluster> grew = new LinkedHashSet<>();
      List<Cluster> unpersisted = live().stream().filter(c -> !c.persisted).toList();
      // A build that adds a few articles has a few stories that were never published: a published
      // story can only merge with one of them, so one without any near it in time has nothing to
      // look for (exactly what the search below would find). Not worth asking with many.
      boolean fewNew = unpersisted.size() <= FEW_NEW_STORIES;
      // With many, the span they cover in time rules out the published stories far from all of them.
      long newFirst = unpersisted.stream().mapToLong(c -> c.first).min().orElse(Long.MAX_VALUE);
      long newLast = unpersisted.stream().mapToLong(c -> c.last).max().orElse(Long.MIN_VALUE);
      for (Cluster a : order) {
        boolean nearNew = !unpersisted.isEmpty() && a.first - window <= newLast && newFirst - window <= a.last;
        if (a.gone || (a.persisted && (!nearNew
            || fewNew && unpersisted.stream().noneMatch(b -> !b.gone && overlap(a, b))))) {
          continue;
        }
        Cluster best = null;
        double bestSim = settings.mergeThreshold();
        int[] terms = java.util.Arrays.stream(a.sum.top(MERGE_TERMS).terms())
            .filter(t -> !model.vocabulary().commonAt(t, a.first)).toArray();
        for (Cluster b : candidates(terms, a.first, a.last)) {
          if (b == a || (a.persisted && b.persisted) || !overlap(a, b)) {
            continue;
          }
          double sim = a.sum.cosine(b.sum);
          if (sim >= bestSim && (best == null || sim > bestSim || b.id.compareTo(best.id) < 0) && mayMerge(a, b, sim)) {
            best = b;
            bestSim = sim;
          }
        }
        if (best != null) {
          grew.add(absorb(a, best));
        }
      }
      grew.removeIf(c -> c.gone);
      order = new ArrayList<>(grew);
    }
  }

  /**
   * Whether two stories close as wholes may merge. When one of them is a single article with a
   * lead, what happened must be alike too, not only who or where: the cosine of the words other
   * than names and numbers must reach 0.8 of the merge threshold. A bare headline has too few words
   * to tell, so there the names decide; but not numbers alone ("Story 2", "post 2"): a number says
   * how many or which, never who or what.
   */
  private boolean mayMerge(Cluster a, Cluster b, double sim) {
    Cluster single = a.members.size() == 1 ? a : b.members.size() == 1 ? b : null;
    if (single == null) {
      return true;
    }
    if (!model.get(single.members.iterator().next()).hasLead()) {
      return a.sum.cosine(b.sum, term -> !model.vocabulary().number(term)) > 0;
    }
    return a.sum.cosine(b.sum, term -> !model.vocabulary().names(term)) >= settings.mergeThreshold() * EVENT_SHARE;
  }

  private boolean overlap(Cluster a, Cluster b) {
    return a.first - window <= b.last && b.first - window <= a.last;
  }

  /** Joins the smaller story into the larger; the survivor is the one a build published before, else the larger. */
  private Cluster absorb(Cluster a, Cluster b) {
    Cluster keep = b.persisted || (!a.persisted && b.members.size() > a.members.size()) ? b : a;
    Cluster drop = keep == a ? b : a;
    for (int m : List.copyOf(drop.members)) {
      join(m, keep);
    }
    drop.members.clear();
    drop.gone = true;
    return keep;
  }

  /**
   * Moves each new article to the story that fits it best, judged against every story without
   * the article itself; an early article may have started or joined a story before the story it
   * belongs to had taken shape. Returns whether anything moved.
   */
  boolean refine(List<Integer> articles, double margin) {
    boolean moved = false;
    for (int i : articles) {
      Cluster own = storyOf(i);
      if (own.persisted) {
        continue;
      }
      SparseVector v = model.get(i).vector();
      double ownSim = 0;
      if (own.members.size() > 1) {
        own.sum.subtract(v);
        ownSim = own.sum.cosine(v);
        own.sum.add(v);
      }
      Match other = bestStory(i, own);
      if (other != null && other.similarity() >= settings.joinThreshold() && other.similarity() > ownSim + margin
          && sharesWhatHappened(i, other.cluster())) {
        own.members.remove(i);
        own.sum.subtract(v);
        own.gone = own.members.isEmpty();
        join(i, other.cluster());
        moved = true;
      }
    }
    return moved;
  }

  /** Names the stories this build made ({@link StoryNames}). */
  void nameNewStories(Map<Integer, String> previousOf) {
    StoryNames.name(live(), previousOf, m -> model.get(m).article().id());
  }

  /** The stories, in the order they were started. */
  List<Cluster> clusters() {
    return live();
  }

  private List<Cluster> live() {
    List<Cluster> list = new ArrayList<>();
    for (Cluster c : created) {
      if (!c.gone && !c.members.isEmpty()) {
        list.add(c);
      }
    }
    return list;
  }
}
