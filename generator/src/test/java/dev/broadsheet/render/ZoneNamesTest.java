package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ZoneNamesTest {
  private static final Instant JANUARY = Instant.parse("2005-01-20T12:00:00Z");
  private static final Instant JULY = Instant.parse("2005-07-31T16:00:00Z");

  @Test
  void aZoneIsNamedForItsStandardAndItsDaylightTimeInEitherHemisphere() {
    ZoneNames london = new ZoneNames(ZoneId.of("Europe/London"), Locale.ENGLISH);
    assertThat(london.at(JANUARY)).isEqualTo("GMT");
    assertThat(london.at(JULY)).isEqualTo("BST");
    ZoneNames sydney = new ZoneNames(ZoneId.of("Australia/Sydney"), Locale.ENGLISH);
    assertThat(sydney.at(JANUARY)).isEqualTo("AEDT");
    assertThat(sydney.at(JULY)).isEqualTo("AEST");
    ZoneNames berlin = new ZoneNames(ZoneId.of("Europe/Berlin"), Locale.GERMAN);
    assertThat(berlin.at(JANUARY)).isEqualTo("MEZ");
    assertThat(berlin.at(JULY)).isEqualTo("MESZ");
  }

  @Test
  void aZoneWithoutDaylightTimeHasOneName() {
    assertThat(new ZoneNames(ZoneId.of("UTC"), Locale.ENGLISH).at(JULY)).isEqualTo("UTC");
    assertThat(new ZoneNames(ZoneId.of("Asia/Tokyo"), Locale.ENGLISH).at(JULY)).isEqualTo("JST");
    assertThat(new ZoneNames(ZoneId.of("+05:30"), Locale.ENGLISH).at(JANUARY)).isEqualTo("+05:30");
  }

  @Test
  void aRegionalEnglishWithoutItsOwnNameForAZoneUsesTheLanguagesOne() {
    ZoneNames newYork = new ZoneNames(ZoneId.of("America/New_York"), Locale.forLanguageTag("en-GB"));
    assertThat(newYork.at(JANUARY)).isEqualTo("EST");
    assertThat(newYork.at(JULY)).isEqualTo("EDT");
    // Its own names where it has them.
    assertThat(new ZoneNames(ZoneId.of("Europe/London"), Locale.forLanguageTag("en-GB")).at(JULY)).isEqualTo("BST");
  }
}
