package dev.broadsheet.curate;

import java.util.Arrays;

/**
 * Term weights as two parallel arrays sorted by term id: a dot product is one merge of two short
 * arrays, with no hashing and no boxing.
 *
 * @param terms term ids, ascending
 * @param weights the weight of each term
 */
record SparseVector(int[] terms, float[] weights) {
  double dot(SparseVector other) {
    int i = 0;
    int j = 0;
    double sum = 0;
    while (i < terms.length && j < other.terms.length) {
      int a = terms[i];
      int b = other.terms[j];
      if (a == b) {
        sum += (double) weights[i++] * other.weights[j++];
      } else if (a < b) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  /**
   * The {@code max} heaviest of the terms {@code termIds} (ascending) weighing {@code weights} (ties:
   * the lower id), as a unit vector.
   */
  static SparseVector heaviest(int[] termIds, double[] weights, int max) {
    int[] order = new int[termIds.length];
    for (int i = 0; i < order.length; i++) {
      // Insertion by weight, descending, then id: a few dozen terms, sorted without boxing.
      int j = i;
      while (j > 0 && heavier(i, order[j - 1], termIds, weights)) {
        order[j] = order[j - 1];
        j--;
      }
      order[j] = i;
    }
    int m = Math.min(max, order.length);
    int[] kept = Arrays.copyOf(order, m);
    // termIds are ascending, so positions in ascending order are terms in ascending order.
    Arrays.sort(kept);
    double norm = 0;
    for (int i : kept) {
      norm += weights[i] * weights[i];
    }
    double length = Math.sqrt(norm);
    int[] t = new int[m];
    float[] w = new float[m];
    for (int i = 0; i < m; i++) {
      t[i] = termIds[kept[i]];
      w[i] = (float) (length == 0 ? 0 : weights[kept[i]] / length);
    }
    return new SparseVector(t, w);
  }

  private static boolean heavier(int a, int b, int[] termIds, double[] weights) {
    return weights[a] != weights[b] ? weights[a] > weights[b] : termIds[a] < termIds[b];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(terms, v.terms) && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(terms) + Arrays.hashCode(weights);
  }

  @Override
  public String toString() {
    return "SparseVector" + Arrays.toString(terms);
  }
}
