package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateLabelsTest {
  @Test
  void anIsoTimeIsWhatTheIsoFormatterWritesToTheSecondWithItsOffset() {
    assertThat(DateLabels.iso(Instant.parse("2026-11-25T22:14:07.900Z"), ZoneId.of("UTC"))).isEqualTo("2026-11-25T22:14:07Z");
    assertThat(DateLabels.iso(Instant.parse("2026-07-01T00:00:00Z"), ZoneId.of("Europe/Berlin")))
        .isEqualTo("2026-07-01T02:00:00+02:00");
    assertThat(DateLabels.iso(null, ZoneId.of("UTC"))).isEmpty();
    // Zones of whole hours, half and quarter hours, negative ones, and local mean times with seconds (Paris before 1911).
    List<ZoneId> zones = List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Paris"), ZoneId.of("Asia/Kolkata"),
        ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Kiritimati"),
        ZoneId.of("Africa/Monrovia"), ZoneId.of("America/Los_Angeles"));
    Random random = new Random(11);
    long from = Instant.parse("0900-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("+10001-01-01T00:00:00Z").getEpochSecond();
    for (int n = 0; n < 20_000; n++) {
      // Mostly recent times, some anywhere from the year 900 to 10000, a fraction of a second on some.
      long seconds = n % 4 == 0 ? from + (long) (random.nextDouble() * (to - from))
          : Instant.parse("1890-01-01T00:00:00Z").getEpochSecond() + (long) (random.nextDouble() * 5_000_000_000L);
      Instant time = Instant.ofEpochSecond(seconds, n % 3 == 0 ? random.nextInt(1_000_000_000) : 0);
      ZoneId zone = zones.get(n % zones.size());
      String expected = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
          time.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS));
      assertThat(DateLabels.iso(time, zone)).as("%s in %s", time, zone).isEqualTo(expected);
    }
  }
}
