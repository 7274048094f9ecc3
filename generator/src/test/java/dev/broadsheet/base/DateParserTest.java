package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Tue, 05 Mar 2024 14:22:01 GMT          | 2024-03-05T14:22:01Z",
      "Tue, 05 Mar 2024 14:22:01 +0100        | 2024-03-05T13:22:01Z",
      "Tue, 05 Mar 2024 09:22:01 EST          | 2024-03-05T14:22:01Z",
      "Tue, 05 Mar 2024 19:52:01 IST          | 2024-03-05T14:22:01Z",
      "Wed, 06 Mar 2024 01:22:01 AEDT         | 2024-03-05T14:22:01Z",
      "Tue, 05 Mar 2024 20:22:01 ACDT         | 2024-03-05T09:52:01Z",
      "Tue, 05 Mar 24 14:22:01 GMT            | 2024-03-05T14:22:01Z",
      "Tue, 05 Mar 2024 14:22 GMT             | 2024-03-05T14:22:00Z",
      "05 Mar 2024 14:22:01 GMT               | 2024-03-05T14:22:01Z",
      "Fri, 05 Mar 2024 14:22:01 GMT          | 2024-03-05T14:22:01Z",
      "'Tuesday, 5 March 2024 14:22:01 GMT'   | 2024-03-05T14:22:01Z",
      "Tue, 05 Mar 2024 16:22:01 GMT+0200     | 2024-03-05T14:22:01Z",
      "2024-03-05T14:22:01Z                   | 2024-03-05T14:22:01Z",
      "2024-03-05 14:22:01                    | 2024-03-05T14:22:01Z",
      "'Di, 05 Mär 2024 14:22:01 +0000'       | 2024-03-05T14:22:01Z",
      "'mer., 06 mars 2024 10:00:00 +0100'    | 2024-03-06T09:00:00Z",
      "2024-03-05T14:22:01.123456Z            | 2024-03-05T14:22:01.123456Z",
      "2024-03-05t14:22:01z                   | 2024-03-05T14:22:01Z",
      "2024-03-05T15:22:01+0100               | 2024-03-05T14:22:01Z",
      "2024-03-05T15:22:01+01:00              | 2024-03-05T14:22:01Z",
      "2024-03-05                             | 2024-03-05T12:00:00Z",
      "'  2024-03-05T14:22:01Z \n'            | 2024-03-05T14:22:01Z",
      "2006-01-11 16:43:22 -0800              | 2006-01-12T00:43:22Z",
      "Fri, 31 Dec 9999 23:59:59 GMT          | 9999-12-31T23:59:59Z",
      "'Tue, 01 Dec 2026 08:00:00 +0100 (CET)' | 2026-12-01T07:00:00Z",
      "Tue, 01 Dec 2026 08:00:00 NST          | 2026-12-01T11:30:00Z",
      "Tue, 01 Dec 2026 08:00:00 NPT          | 2026-12-01T02:15:00Z",
      "Tue, 01 Dec 2026 08:00:00 AKST         | 2026-12-01T17:00:00Z",
      "Tue, 01 Dec 2026 08:00:00 AST          | 2026-12-01T12:00:00Z",
      "Tue, 01 Dec 2026                       | 2026-12-01T12:00:00Z",
      "'Tue Nov 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)' | 2019-11-19T03:05:46Z",
      "'Tue Nov 19 2019 03:05:46 GMT-0500'    | 2019-11-19T08:05:46Z",
      "'November 19, 2019 3:05 PM EST'        | 2019-11-19T20:05:00Z",
      "'Nov 19, 2019, 12:30 a.m.'             | 2019-11-19T00:30:00Z",
      "'Nov. 19, 2019'                        | 2019-11-19T12:00:00Z",
      "'19 Nov 2019 12:05 PM'                 | 2019-11-19T12:05:00Z",
      "'sob, 05 gru 2026 10:00:00 +0100'      | 2026-12-05T09:00:00Z",
      "'5 grudnia 2026 10:00 +0100'           | 2026-12-05T09:00:00Z",
      "'so, 5. prosince 2026 10:00:00 +0100'  | 2026-12-05T09:00:00Z",
      "'12. září 2026'                        | 2026-09-12T12:00:00Z",
      "'сб, 05 гру 2026 10:00:00 +0200'       | 2026-12-05T08:00:00Z",
      "'5 травня 2026 10:00 +0300'            | 2026-05-05T07:00:00Z",
      "'5 мая 2026 10:00 MSK'                 | 2026-05-05T07:00:00Z",
      "'5. Dezember 2026 10:00 MEZ'           | 2026-12-05T09:00:00Z",
  })
  void readsTheDatesFeedsReallyContain(String text, String expected) {
    assertThat(DateParser.parse(text, ZoneOffset.UTC)).contains(Instant.parse(expected));
  }

  @Test
  void anAbbreviationOfSeveralZonesIsTheOneOfTheFeedsOwnZone() {
    String ist = "Tue, 05 Mar 2024 15:22:01 IST";
    assertThat(DateParser.parse(ist, ZoneOffset.UTC)).contains(Instant.parse("2024-03-05T09:52:01Z"));
    assertThat(DateParser.parse(ist, ZoneId.of("Europe/Dublin"))).contains(Instant.parse("2024-03-05T14:22:01Z"));
    assertThat(DateParser.parse(ist, ZoneId.of("Asia/Jerusalem"))).contains(Instant.parse("2024-03-05T13:22:01Z"));
    assertThat(DateParser.parse("Tue, 05 Mar 2024 22:22:01 CST", ZoneId.of("Asia/Shanghai")))
        .contains(Instant.parse("2024-03-05T14:22:01Z"));
    assertThat(DateParser.parse("Tue, 05 Mar 2024 08:22:01 CST", ZoneId.of("Europe/London")))
        .contains(Instant.parse("2024-03-05T14:22:01Z"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "Sat, 31 Feb 2024 10:00:00 GMT",
      "1709648521",
      "''",
      "-",
      "Τρι, 05 Μαρ 2024 14:22:01 GMT",
      "yesterday",
      "Tue, 05 Mar 2024 25:00:00 GMT",
      "'Nov 19, 2019 15:05 PM'",
      "'Nov 31, 2019'",
  })
  void refusesToGuess(String text) {
    assertThat(DateParser.parse(text, ZoneOffset.UTC)).isEmpty();
  }

  @Test
  void aTimeWithoutZoneIsReadInTheGivenZone() {
    assertThat(DateParser.parse("2026-11-20 08:00:00", ZoneId.of("Europe/Paris")))
        .contains(Instant.parse("2026-11-20T07:00:00Z"));
    assertThat(DateParser.parse("Fri, 20 Nov 2026 08:00:00", ZoneId.of("America/New_York")))
        .contains(Instant.parse("2026-11-20T13:00:00Z"));
  }

  @Test
  void anAmbiguousAbbreviationIsReadAsTheFeedsOwnZoneNamesIt() {
    // AST: Atlantic time in Halifax's and Puerto Rico's feeds, Arabia's in the Gulf's.
    assertThat(DateParser.parse("Tue, 01 Dec 2026 08:00:00 AST", ZoneId.of("America/Halifax")))
        .contains(Instant.parse("2026-12-01T12:00:00Z"));
    assertThat(DateParser.parse("Tue, 01 Dec 2026 08:00:00 AST", ZoneId.of("Asia/Riyadh")))
        .contains(Instant.parse("2026-12-01T05:00:00Z"));
  }

  @Test
  void aDateWithoutATimeIsToldFromOneAtNoon() {
    assertThat(DateParser.withoutTime("2026-12-05")).isTrue();
    assertThat(DateParser.withoutTime("5 Dec 2026")).isTrue();
    assertThat(DateParser.withoutTime("Dec 5, 2026")).isTrue();
    assertThat(DateParser.withoutTime("Sat, 05 Dec 2026 12:00:00 +0900")).isFalse();
    assertThat(DateParser.withoutTime("2026-12-05T12:00:00Z")).isFalse();
    assertThat(DateParser.withoutTime("not a date")).isFalse();
    assertThat(DateParser.withoutTime(null)).isFalse();
    // A day with a zone but no time is that day where the feed is written.
    assertThat(DateParser.parse("Tue, 02 Dec 2026 GMT", java.time.ZoneId.of("Pacific/Auckland")))
        .contains(java.time.Instant.parse("2026-12-01T23:00:00Z"));
  }
}
