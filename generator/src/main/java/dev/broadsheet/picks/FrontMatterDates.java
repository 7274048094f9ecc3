package dev.broadsheet.picks;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The dates front matter gives ({@code date}, {@code edition}, {@code updated}), as written in
 * Broadsheet's own way or other site generators' ({@code 2025-03-04 23:50:00 +0100}), read in the
 * site's time zone where they give none.
 */
final class FrontMatterDates {
  private final ZoneId zone;

  FrontMatterDates(ZoneId zone) {
    this.zone = zone;
  }

  /**
   * The time {@code text}, the value of {@code key} at {@code line} of {@code file}, stands for: a
   * bare date is noon in the site's zone; a problem at that line when it is none.
   */
  Instant parse(String key, String text, String file, int line) {
    try {
      Instant date;
      if (text.length() == 10) {
        // A bare date means noon in the site zone: safely inside that day's edition.
        date = LocalDate.parse(text).atTime(ContentLoader.BARE_DATE_TIME).atZone(zone).toInstant();
      } else {
        String iso = iso(text);
        try {
          date = OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException e) {
          if (e.getMessage() != null && e.getMessage().contains("Invalid")) {
            // Read with its zone, but not a day of the calendar: that is the news, not the zone.
            throw e;
          }
          date = LocalDateTime.parse(iso).atZone(zone).toInstant();
        }
      }
      int year = date.atZone(zone).getYear();
      if (year < 1 || year > 9999) {
        // Editions are folders named by year: keep to years that every date format can write.
        throw new DateTimeException("year " + year);
      }
      return date;
    } catch (DateTimeException e) {
      // Written as a date but not one (2026-13-45, 2026-02-30): the calendar's reason says which part is wrong.
      String why = text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?") && e.getMessage() != null
          && e.getMessage().contains("Invalid") ? ": " + calendarReason(e) : "";
      throw new BroadsheetException(Problem.at(file, line, why.isEmpty()
          ? "'" + key + "' must look like 2026-11-20 or 2026-11-20T08:30:00+01:00, found '" + text + "'"
          : "'" + key + "' is no date in the calendar, found '" + text + "'" + why));
    }
  }

  /** The calendar's own words for an impossible date ("Invalid value for MonthOfYear … 13"), made plain. */
  private static String calendarReason(DateTimeException e) {
    String m = e.getMessage();
    java.util.regex.Matcher range = java.util.regex.Pattern.compile("Invalid value for (\\w+) \\(valid values ([^)]+)\\): (-?\\d+)")
        .matcher(m);
    if (range.find()) {
      String field = range.group(1).replace("MonthOfYear", "month").replace("DayOfMonth", "day").replace("HourOfDay", "hour")
          .replace("MinuteOfHour", "minute").replace("SecondOfMinute", "second");
      return field + " " + range.group(3) + " is not one of " + range.group(2);
    }
    java.util.regex.Matcher date = java.util.regex.Pattern.compile("Invalid date '([^']+)'").matcher(m);
    if (!date.find()) {
      return m;
    }
    String day = date.group(1);
    return day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT) + " does not exist";
  }

  /**
   * A date and time as ISO 8601 reads it, from the ways front matter of other site generators
   * writes it too: a space for the T, a zone after a space, {@code +0100} for {@code +01:00}, UTC
   * or GMT for Z ({@code 2025-03-04 23:50:00 +0100}, Jekyll's own). Text of another shape is
   * returned as it is, for the parser to refuse.
   */
  private static String iso(String text) {
    java.util.regex.Matcher m = OTHER_ISO.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String time = m.group(2).indexOf(':') == 1 ? "0" + m.group(2) : m.group(2);
    String zone = m.group(3) == null ? "" : m.group(3).toUpperCase(Locale.ROOT);
    if (zone.equals("UTC") || zone.equals("GMT")) {
      zone = "Z";
    } else if (zone.length() == 5) {
      zone = zone.substring(0, 3) + ":" + zone.substring(3);
    }
    return m.group(1) + "T" + time + zone;
  }

  private static final Pattern OTHER_ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?) *(Z|z|UTC|utc|GMT|[+-]\\d{2}:?\\d{2})?");
}
