package dev.broadsheet.curate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;

/**
 * The ids of the stories a build made. One holding articles an earlier build grouped keeps the id
 * most of them had, so that a story grouped again keeps its id and its page; the most held claim
 * first. Any other is named after its earliest article, so its id does not depend on how it was
 * built; ids never repeat.
 */
final class StoryNames {
  private StoryNames() {}

  /**
   * Names the stories of {@code stories} that no earlier build published.
   *
   * @param previousOf article (its number in the model) to its story in the build that grouped it
   * @param articleId the id of the article of each number
   */
  static void name(List<Cluster> stories, Map<Integer, String> previousOf, IntFunction<String> articleId) {
    Set<String> used = new HashSet<>();
    List<Cluster> made = new ArrayList<>();
    for (Cluster c : stories) {
      if (c.persisted()) {
        used.add(c.id());
      } else {
        made.add(c);
      }
    }
    record Claim(Cluster cluster, String id, int votes, int first) {}
    List<Claim> claims = new ArrayList<>();
    for (Cluster c : made) {
      Map<String, Integer> votes = new TreeMap<>();
      c.memberSet().forEach(m -> {
        if (previousOf.containsKey(m)) {
          votes.merge(previousOf.get(m), 1, Integer::sum);
        }
      });
      // The most held id; on a tie the first in order (a TreeMap).
      votes.entrySet().stream().reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
          .ifPresent(e -> claims.add(new Claim(c, e.getKey(), e.getValue(), Collections.min(c.memberSet()))));
    }
    claims.sort(Comparator.comparingInt((Claim c) -> -c.votes()).thenComparingInt(Claim::first));
    Set<Cluster> named = new HashSet<>();
    for (Claim claim : claims) {
      if (used.add(claim.id())) {
        claim.cluster().rename(claim.id());
        named.add(claim.cluster());
      }
    }
    for (Cluster c : made) {
      if (!named.contains(c)) {
        c.rename(firstFree(c, used, articleId));
      }
    }
  }

  /** The id of the story's earliest article not yet taken, else the earliest's with a number. */
  private static String firstFree(Cluster c, Set<String> used, IntFunction<String> articleId) {
    List<Integer> members = new ArrayList<>(c.memberSet());
    Collections.sort(members);
    for (int m : members) {
      String id = articleId.apply(m);
      if (used.add(id)) {
        return id;
      }
    }
    for (int n = 2; ; n++) {
      String candidate = articleId.apply(members.get(0)) + "-" + n;
      if (used.add(candidate)) {
        return candidate;
      }
    }
  }
}
