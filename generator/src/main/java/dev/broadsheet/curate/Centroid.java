package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * The sum of a story's article vectors: what the story as a whole is about. An article joins a
 * story by its similarity to this sum, never to one member, which is what keeps a chain of
 * pairwise-similar headlines from growing into one story. An open-addressing map from term id to
 * summed weight, with its squared norm kept up to date, so a cosine costs one pass over the
 * article's few terms.
 */
final class Centroid {
  private int[] keys = new int[16];
  private double[] values = new double[16];
  private int size;
  private double squaredNorm;

  Centroid() {
    Arrays.fill(keys, -1);
  }

  double get(int term) {
    int slot = find(term);
    return keys[slot] == term ? values[slot] : 0;
  }

  void add(SparseVector v) {
    for (int k = 0; k < v.terms().length; k++) {
      add(v.terms()[k], v.weights()[k]);
    }
  }

  void subtract(SparseVector v) {
    for (int k = 0; k < v.terms().length; k++) {
      add(v.terms()[k], -v.weights()[k]);
    }
  }

  void addAll(Centroid other) {
    for (int s = 0; s < other.keys.length; s++) {
      if (other.keys[s] >= 0) {
        add(other.keys[s], other.values[s]);
      }
    }
  }

  private void add(int term, double weight) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int slot = find(term);
    if (keys[slot] != term) {
      keys[slot] = term;
      size++;
    }
    double before = values[slot];
    values[slot] = before + weight;
    squaredNorm += values[slot] * values[slot] - before * before;
  }

  /** Dot product with an article vector. */
  double dot(SparseVector v) {
    double sum = 0;
    for (int k = 0; k < v.terms().length; k++) {
      sum += v.weights()[k] * get(v.terms()[k]);
    }
    return sum;
  }

  /** Cosine with an article vector (which is of unit length). */
  double cosine(SparseVector v) {
    double norm = norm();
    return norm == 0 ? 0 : dot(v) / norm;
  }

  /** Cosine with another centroid. */
  double cosine(Centroid other) {
    Centroid small = size <= other.size ? this : other;
    Centroid large = small == this ? other : this;
    double dot = 0;
    for (int s = 0; s < small.keys.length; s++) {
      if (small.keys[s] >= 0) {
        dot += small.values[s] * large.get(small.keys[s]);
      }
    }
    double norms = norm() * other.norm();
    return norms == 0 ? 0 : dot / norms;
  }

  /** Cosine with another centroid over only the terms {@code counted} accepts. */
  double cosine(Centroid other, java.util.function.IntPredicate counted) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] >= 0 && counted.test(keys[s])) {
        dot += values[s] * other.get(keys[s]);
        na += values[s] * values[s];
      }
    }
    for (int s = 0; s < other.keys.length; s++) {
      if (other.keys[s] >= 0 && counted.test(other.keys[s])) {
        nb += other.values[s] * other.values[s];
      }
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  double norm() {
    return Math.sqrt(Math.max(0, squaredNorm));
  }

  /** The centroid as a unit vector of its {@code limit} heaviest terms. */
  SparseVector top(int limit) {
    int[] order = new int[size];
    int n = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] >= 0 && values[s] > 1e-9) {
        order[n++] = s;
      }
    }
    Integer[] slots = new Integer[n];
    for (int i = 0; i < n; i++) {
      slots[i] = order[i];
    }
    Arrays.sort(slots, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
        : Integer.compare(keys[a], keys[b]));
    int m = Math.min(limit, n);
    int[] terms = new int[m];
    for (int i = 0; i < m; i++) {
      terms[i] = keys[slots[i]];
    }
    Arrays.sort(terms);
    float[] weights = new float[m];
    double norm = 0;
    for (int i = 0; i < m; i++) {
      double w = get(terms[i]);
      weights[i] = (float) w;
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < m && length > 0; i++) {
      weights[i] /= (float) length;
    }
    return new SparseVector(terms, weights);
  }

  private int find(int term) {
    int mask = keys.length - 1;
    int slot = (term * 0x9E3779B9 >>> 7) & mask;
    while (keys[slot] != -1 && keys[slot] != term) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new double[oldKeys.length * 2];
    Arrays.fill(keys, -1);
    size = 0;
    squaredNorm = 0;
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] >= 0) {
        add(oldKeys[s], oldValues[s]);
      }
    }
  }
}
