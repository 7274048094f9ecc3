package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LongKeysTest {
  @Test
  void givesEachKeyTheIndexOfItsFirstAdditionThroughGrowthAsAMapWould() {
    Random random = new Random(13);
    LongKeys keys = new LongKeys(2);
    Map<Long, Integer> expected = new HashMap<>();
    // Edge values (0, the extremes, the old free marker) among keys that collide in few bits.
    long[] edges = {0, -1, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 32, LongKeys.termInBucket(0, -1)};
    for (int i = 0; i < 20_000; i++) {
      long key = i % 50 < edges.length ? edges[i % 50] : random.nextInt(5_000) * (random.nextBoolean() ? 1L : -1L << 20);
      int index = keys.add(key);
      Integer first = expected.putIfAbsent(key, expected.size());
      assertThat(index).isEqualTo(first == null ? expected.size() - 1 : first);
    }
    assertThat(keys.size()).isEqualTo(expected.size());
    expected.forEach((key, index) -> {
      assertThat(keys.indexOf(key)).isEqualTo(index);
      assertThat(keys.key(index)).isEqualTo(key);
    });
    for (int i = 0; i < 2_000; i++) {
      long absent = 7_000_000L + i;
      assertThat(keys.indexOf(absent)).isEqualTo(expected.containsKey(absent) ? expected.get(absent) : -1);
    }
  }

  @Test
  void aFreshTableHasNoKeysNotEvenZero() {
    LongKeys keys = new LongKeys(8);
    assertThat(keys.indexOf(0)).isEqualTo(-1);
    assertThat(keys.indexOf(Long.MIN_VALUE)).isEqualTo(-1);
    assertThat(keys.size()).isZero();
  }

  @Test
  void aDotProductSumsTheWeightsOfPresentTermsInOrderAsLookupsWould() {
    Random random = new Random(5);
    LongKeys keys = new LongKeys(4);
    double[] values = new double[4_096];
    for (int i = 0; i < 3_000; i++) {
      int index = keys.add(random.nextInt(10_000));
      values[index] = random.nextGaussian();
    }
    for (int n = 0; n < 200; n++) {
      int[] terms = random.ints(1 + random.nextInt(40), 0, 12_000).sorted().distinct().toArray();
      float[] weights = new float[terms.length];
      double expected = 0;
      for (int k = 0; k < terms.length; k++) {
        weights[k] = (float) random.nextGaussian();
        int index = keys.indexOf(terms[k]);
        expected += weights[k] * (index < 0 ? 0 : values[index]);
      }
      assertThat(keys.dot(terms, weights, values)).isEqualTo(expected);
    }
  }
}
