package dev.broadsheet.curate;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * One story while {@link Assignment} builds it: its articles (by their number in the model), the
 * sum of their vectors and the span of their times. Its fields are the assignment's to change.
 */
final class Cluster {
  String id;
  final int index;
  final boolean persisted;
  final LinkedHashSet<Integer> members = new LinkedHashSet<>();
  final Centroid sum;
  long first = Long.MAX_VALUE;
  long last = Long.MIN_VALUE;
  boolean gone;

  Cluster(String id, int index, boolean persisted, int expectedTerms) {
    this.id = id;
    this.index = index;
    this.persisted = persisted;
    this.sum = new Centroid(expectedTerms);
  }

  String id() {
    return id;
  }

  /** Whether an earlier build published this story: it keeps its id. */
  boolean persisted() {
    return persisted;
  }

  void rename(String newId) {
    id = newId;
  }

  /** The members in the order they joined, without a copy. */
  java.util.Collection<Integer> memberSet() {
    return java.util.Collections.unmodifiableSet(members);
  }

  List<Integer> members() {
    return List.copyOf(members);
  }

  Centroid centroid() {
    return sum;
  }
}
