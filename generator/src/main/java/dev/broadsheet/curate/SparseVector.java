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
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

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

  /** How many terms the two vectors share. */
  int shared(SparseVector other) {
    int i = 0;
    int j = 0;
    int count = 0;
    while (i < terms.length && j < other.terms.length) {
      if (terms[i] == other.terms[j]) {
        count++;
        i++;
        j++;
      } else if (terms[i] < other.terms[j]) {
        i++;
      } else {
        j++;
      }
    }
    return count;
  }

  boolean isEmpty() {
    return terms.length == 0;
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
