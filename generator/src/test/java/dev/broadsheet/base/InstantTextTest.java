package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InstantTextTest {
  @Test
  void writesWhatInstantToStringWritesForEveryFractionAndYear() {
    Random random = new Random(20261207);
    long min = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    long max = Instant.parse("+12000-01-01T00:00:00Z").getEpochSecond();
    int[] nanos = {0, 1, 999_999_999, 5_000_000, 120_000_000, 7_000, 123_456_000, 10, 100_000_000, 900};
    for (int i = 0; i < 50_000; i++) {
      long second = i % 2 == 0 ? Math.floorMod(random.nextLong(), max - min) + min
          // File times: the decades around now.
          : 946_684_800L + random.nextInt(1_600_000_000);
      int nano = i % 3 == 0 ? random.nextInt(1_000_000_000) : nanos[random.nextInt(nanos.length)];
      Instant time = Instant.ofEpochSecond(second, nano);
      assertThat(InstantText.of(time)).as("%s", time).isEqualTo(time.toString());
    }
  }

  @Test
  void writesTheEdgesOfFourDigitYearsAsInstantDoes() {
    for (String edge : new String[] {"0999-12-31T23:59:59.999999999Z", "1000-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "9999-12-31T23:59:59.000001Z", "+10000-01-01T00:00:00Z", "2024-02-29T12:00:00.500Z"}) {
      Instant time = Instant.parse(edge);
      assertThat(InstantText.of(time)).isEqualTo(time.toString()).isEqualTo(edge);
    }
    // A file time far ahead is read as the latest instant there is: written, not thrown on.
    for (Instant far : new Instant[] {Instant.MAX, Instant.MIN, Instant.ofEpochSecond(1_000_000_000_000_000L)}) {
      assertThat(InstantText.of(far)).isEqualTo(far.toString());
    }
  }
}
