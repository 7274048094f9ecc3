package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * The sum of a story's article vectors: what the story as a whole is about. An article joins a
 * story by its similarity to this sum, never to one member, which is what keeps a chain of
 * pairwise-similar headlines from growing into one story. A map from term id to summed weight,
 * with its squared norm kept up to date, so a cosine costs one pass over the article's few terms.
 */
final class Centroid {
  private final LongKeys terms;
  private double[] values;
  private double squaredNorm;

  Centroid() {
    this(8);
  }

  /** A centroid with room for {@code expectedTerms} terms before it grows. */
  Centroid(int expectedTerms) {
    terms = new LongKeys(expectedTerms);
    values = new double[Math.max(4, expectedTerms)];
  }

  double get(int term) {
    int index = terms.indexOf(term);
    return index < 0 ? 0 : values[index];
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

  private void add(int term, double weight) {
    int index = terms.add(term);
    if (index == values.length) {
      values = Arrays.copyOf(values, values.length * 2);
    }
    double before = values[index];
    values[index] = before + weight;
    squaredNorm += values[index] * values[index] - before * before;
  }

  private int term(int index) {
    return (int) terms.key(index);
  }

  /** Dot product with an article vector. */
  double dot(SparseVector v) {
    return terms.dot(v.terms(), v.weights(), values);
  }

  /** Cosine with an article vector (which is of unit length). */
  double cosine(SparseVector v) {
    double norm = norm();
    return norm == 0 ? 0 : dot(v) / norm;
  }

  /** Cosine with another centroid. */
  double cosine(Centroid other) {
    Centroid small = terms.size() <= other.terms.size() ? this : other;
    Centroid large = small == this ? other : this;
    double dot = 0;
    for (int i = 0; i < small.terms.size(); i++) {
      dot += small.values[i] * large.get(small.term(i));
    }
    double norms = norm() * other.norm();
    return norms == 0 ? 0 : dot / norms;
  }

  /** Cosine with another centroid over only the terms {@code counted} accepts. */
  double cosine(Centroid other, java.util.function.IntPredicate counted) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < terms.size(); i++) {
      if (counted.test(term(i))) {
        dot += values[i] * other.get(term(i));
        na += values[i] * values[i];
      }
    }
    for (int i = 0; i < other.terms.size(); i++) {
      if (counted.test(other.term(i))) {
        nb += other.values[i] * other.values[i];
      }
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  double norm() {
    return Math.sqrt(Math.max(0, squaredNorm));
  }

  /** The centroid as a unit vector of its {@code limit} heaviest terms. */
  SparseVector top(int limit) {
    Integer[] heavy = new Integer[terms.size()];
    int n = 0;
    for (int i = 0; i < terms.size(); i++) {
      if (values[i] > 1e-9) {
        heavy[n++] = i;
      }
    }
    Arrays.sort(heavy, 0, n, (a, b) -> values[a] != values[b] ? Double.compare(values[b], values[a])
        : Integer.compare(term(a), term(b)));
    int m = Math.min(limit, n);
    int[] chosen = new int[m];
    for (int i = 0; i < m; i++) {
      chosen[i] = term(heavy[i]);
    }
    Arrays.sort(chosen);
    float[] weights = new float[m];
    double norm = 0;
    for (int i = 0; i < m; i++) {
      double w = get(chosen[i]);
      weights[i] = (float) w;
      norm += w * w;
    }
    double length = Math.sqrt(norm);
    for (int i = 0; i < m && length > 0; i++) {
      weights[i] /= (float) length;
    }
    return new SparseVector(chosen, weights);
  }
}
