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
