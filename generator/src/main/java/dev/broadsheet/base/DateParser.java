package dev.broadsheet.base;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates that real feeds and pages contain: RFC 822 and its many variants (two-digit
 * years, no seconds, no or wrong weekday, full names, {@code GMT+0200}, US zone names, month names
 * in several languages, a 12-hour time with AM or PM), the same with the month first (US pages,
 * JavaScript's {@code Date}) and ISO 8601 (lower-case {@code t}/{@code z}, offsets with or without a
 * colon, fractions, date only). Anything else is unknown rather than a guess: impossible calendar
 * dates (31 February) are not rolled over, and bare numbers (epoch seconds) are refused, because a
 * wrong date is worse than none. A time without a zone is read in the zone given.
 */
public final class DateParser {
  private static final Pattern ISO = Pattern.compile(
      "(\\d{4})-(\\d{2})-(\\d{2})(?:[tT ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?\\s*"
          + "([zZ]|[+-]\\d{2}(?::?\\d{2})?|(?:UTC|GMT))?)?");
  private static final Pattern RFC = Pattern.compile(
      "(?:([\\p{L}]+)\\.?,?\\s+)?(\\d{1,2})(?:\\.(?=\\s))?[\\s-]+([\\p{L}]+)\\.?[\\s-]+(\\d{2,4})"
          + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(.*)");
  /**
   * Month first, as US pages and JavaScript's Date write it: "Nov 19, 2019 3:05 PM EST", "Tue Nov
   * 19 2019 03:05:46 GMT+0000 (Coordinated Universal Time)".
   */
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?:([\\p{L}]+)\\.?,?\\s+)?([\\p{L}]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})"
          + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?\\s*(.*)");
  private static final Pattern MERIDIEM = Pattern.compile("(?i)([ap])\\.?m\\.?(?:\\s+|$)(.*)");
  private static final Pattern OFFSET = Pattern.compile("(?:GMT|UTC|UT)?\\s*([+-])(\\d{1,2}):?(\\d{2})?");
  /**
   * Zone abbreviations feeds write, as offsets in minutes. Where one names several zones, the one
   * news feeds mean most (IST India's +05:30, CST the United States' Central time), unless the
   * feed's own zone is another it names ({@link #AMBIGUOUS}).
   */
  private static final Map<String, Integer> ZONES = Map.ofEntries(
      Map.entry("GMT", 0), Map.entry("UT", 0), Map.entry("UTC", 0), Map.entry("Z", 0),
      Map.entry("WET", 0), Map.entry("WEST", 60),
      Map.entry("EST", -300), Map.entry("EDT", -240), Map.entry("CST", -360), Map.entry("CDT", -300),
      Map.entry("MST", -420), Map.entry("MDT", -360), Map.entry("PST", -480), Map.entry("PDT", -420),
      Map.entry("BST", 60), Map.entry("CET", 60), Map.entry("CEST", 120), Map.entry("MEZ", 60),
      Map.entry("MESZ", 120), Map.entry("EET", 120), Map.entry("EEST", 180), Map.entry("SAST", 120),
      Map.entry("MSK", 180), Map.entry("PKT", 300), Map.entry("IST", 330), Map.entry("HKT", 480),
      Map.entry("SGT", 480), Map.entry("AWST", 480), Map.entry("JST", 540), Map.entry("KST", 540),
      Map.entry("ACST", 570), Map.entry("ACDT", 630), Map.entry("AEST", 600), Map.entry("AEDT", 660),
      Map.entry("NZST", 720), Map.entry("NZDT", 780), Map.entry("AST", -240), Map.entry("ADT", -180),
      Map.entry("NST", -210), Map.entry("NDT", -150), Map.entry("HST", -600), Map.entry("AKST", -540),
      Map.entry("AKDT", -480), Map.entry("NPT", 345), Map.entry("PHT", 480), Map.entry("WIB", 420),
      Map.entry("ART", -180), Map.entry("BRT", -180));
  /**
   * The other zones an ambiguous abbreviation names, chosen when the feed's own zone (its source's,
   * else the site's) is one of them: an Irish or Israeli feed's IST, a Chinese or Taiwanese feed's CST.
   */
  private static final Map<String, Map<String, Integer>> AMBIGUOUS = Map.of(
      "IST", Map.of("Europe/Dublin", 60, "Eire", 60, "Asia/Jerusalem", 120, "Asia/Tel_Aviv", 120, "Israel", 120),
      "CST", Map.of("Asia/Shanghai", 480, "Asia/Chongqing", 480, "Asia/Harbin", 480, "Asia/Macau", 480,
          "Asia/Taipei", 480, "PRC", 480, "ROC", 480),
      // Arabia Standard Time, in the Gulf's feeds; Atlantic (Halifax, Puerto Rico) elsewhere.
      "AST", Map.of("Asia/Riyadh", 180, "Asia/Kuwait", 180, "Asia/Baghdad", 180, "Asia/Qatar", 180, "Asia/Bahrain", 180,
          "Asia/Aden", 180));
  private static final Map<String, Integer> MONTHS = months();

  private DateParser() {}

  /**
   * Whether {@code text} is a date without a time of day ("2026-12-02", "2 Dec 2026"), which
   * {@link #parse} reads as that day's noon: the noon a feed gives as a time is shown as one.
   */
  public static boolean withoutTime(String text) {
    if (text == null) {
      return false;
    }
    String s = text.strip();
    Matcher iso = ISO.matcher(s);
    if (iso.matches()) {
      return iso.group(4) == null;
    }
    Matcher rfc = RFC.matcher(s);
    if (rfc.matches()) {
      return rfc.group(5) == null;
    }
    Matcher monthFirst = MONTH_FIRST.matcher(s);
    return monthFirst.matches() && monthFirst.group(5) == null;
  }

  /** The instant {@code text} names, or empty when it is missing, unreadable or impossible. */
  public static Optional<Instant> parse(String text, ZoneId zoneWhenMissing) {
    if (text == null) {
      return Optional.empty();
    }
    String s = text.strip();
    if (s.isEmpty() || s.chars().allMatch(Character::isDigit)) {
      return Optional.empty();
    }
    try {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return Optional.of(iso(iso, zoneWhenMissing));
      }
      Matcher rfc = RFC.matcher(s);
      if (rfc.matches()) {
        return dated(rfc.group(2), rfc.group(3), rfc.group(4), rfc, zoneWhenMissing);
      }
      Matcher monthFirst = MONTH_FIRST.matcher(s);
      if (monthFirst.matches()) {
        return dated(monthFirst.group(3), monthFirst.group(2), monthFirst.group(4), monthFirst, zoneWhenMissing);
      }
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Instant iso(Matcher m, ZoneId zone) {
    LocalDate date = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
    if (m.group(4) == null) {
      // A day and no time: its middle, which stays that day wherever a reader is within twelve
      // hours, where midnight in another zone was the day before (as a pick's bare date is read).
      return date.atTime(LocalTime.NOON).atZone(zoneFor(null, zone)).toInstant();
    }
    int nanos = 0;
    if (m.group(7) != null) {
      nanos = Integer.parseInt((m.group(7) + "000000000").substring(0, 9));
    }
    LocalTime time = LocalTime.of(num(m.group(4)), num(m.group(5)), m.group(6) == null ? 0 : num(m.group(6)), nanos);
    return LocalDateTime.of(date, time).atZone(zoneFor(m.group(8), zone)).toInstant();
  }

  /**
   * The instant of a day, month and year written out, with the time of day and what follows it
   * (a zone) in {@code m}'s groups 5 to 8.
   */
  private static Optional<Instant> dated(String dayText, String monthText, String yearText, Matcher m, ZoneId zone) {
    Integer month = MONTHS.get(Slugs.fold(monthText));
    if (month == null) {
      return Optional.empty();
    }
    int year = num(yearText);
    if (yearText.length() == 2) {
      // RFC 2822: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
      year += year < 50 ? 2000 : 1900;
    } else if (yearText.length() == 3) {
      return Optional.empty();
    }
    LocalDate date = LocalDate.of(year, month, num(dayText));
    // RFC 2822 lets a comment follow the zone: "+0100 (CET)", as JavaScript's dates do.
    String rest = m.group(8).replaceFirst("\\s*\\([^()]*\\)\\s*$", "").strip();
    int hour = m.group(5) == null ? 12 : num(m.group(5));
    Matcher meridiem = MERIDIEM.matcher(rest);
    if (m.group(5) != null && meridiem.matches()) {
      // 12 AM is midnight, 12 PM noon; a 24-hour time with a meridiem is no time at all.
      if (hour < 1 || hour > 12) {
        return Optional.empty();
      }
      hour = hour % 12 + ("p".equalsIgnoreCase(meridiem.group(1)) ? 12 : 0);
      rest = meridiem.group(2).strip();
    }
    LocalTime time = m.group(5) == null
        ? LocalTime.NOON
        : LocalTime.of(hour, num(m.group(6)), m.group(7) == null ? 0 : num(m.group(7)));
    ZoneId z = rest.isEmpty() ? zoneFor(null, zone) : zoneFor(rest, zone);
    if (z == null) {
      return Optional.empty();
    }
    // A day without a time is that day where the feed is written ("02 Dec 2026 GMT" is still the 2nd
    // in Auckland), as a bare day is: its noon there, whatever zone it names.
    return Optional.of(LocalDateTime.of(date, time).atZone(m.group(5) == null ? zoneFor(null, zone) : z).toInstant());
  }

  /**
   * The zone named by {@code text}; {@code fallback} (the feed's own zone, which also tells what an
   * ambiguous abbreviation means there) when there is none; null when unreadable.
   */
  private static ZoneId zoneFor(String text, ZoneId fallback) {
    if (text == null || text.isBlank()) {
      return fallback == null ? ZoneOffset.UTC : fallback;
    }
    String t = text.strip().toUpperCase(Locale.ROOT);
    if (ZONES.containsKey(t)) {
      Integer local = fallback == null ? null : AMBIGUOUS.getOrDefault(t, Map.of()).get(fallback.getId());
      return ZoneOffset.ofTotalSeconds((local != null ? local : ZONES.get(t)) * 60);
    }
    Matcher off = OFFSET.matcher(t);
    if (off.matches()) {
      int hours = num(off.group(2));
      int minutes = off.group(3) == null ? 0 : num(off.group(3));
      int sign = "-".equals(off.group(1)) ? -1 : 1;
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
    // Unreadable, military single-letter zones included: they are too often wrong in practice; only Z is trusted.
    return null;
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }

  private static Map<String, Integer> months() {
    String[][] names = {
      {"jan", "january", "janv", "janvier", "januar", "enero", "ene", "gen", "gennaio", "janeiro", "jan."},
      {"feb", "february", "fev", "fevr", "fevrier", "februar", "febrero", "febbraio", "fevereiro"},
      {"mar", "march", "mars", "marz", "mrz", "marzo", "marco", "maerz"},
      {"apr", "april", "avr", "avril", "abril", "abr", "aprile"},
      {"may", "mai", "mayo", "maggio", "mag", "maio"},
      {"jun", "june", "juin", "juni", "junio", "giugno", "giu", "junho"},
      {"jul", "july", "juil", "juillet", "juli", "julio", "luglio", "lug", "julho"},
      {"aug", "august", "aout", "agosto", "ago"},
      {"sep", "sept", "september", "septembre", "septiembre", "set", "settembre", "setembro"},
      {"oct", "october", "octobre", "okt", "oktober", "octubre", "ott", "ottobre", "out", "outubro"},
      {"nov", "november", "novembre", "noviembre", "novembro"},
      {"dec", "december", "decembre", "dez", "dezember", "dic", "diciembre", "dicembre", "dezembro"},
    };
    // Polish, Czech, Slovak, Ukrainian and Russian, as they are named alone and in a date (the genitive).
    String[][] slavic = {
      {"styczeń", "stycznia", "sty", "leden", "ledna", "led", "januára", "січень", "січня", "січ", "январь", "января", "янв"},
      {"luty", "lutego", "lut", "únor", "února", "úno", "februára", "лютий", "лютого", "лют", "февраль", "февраля", "фев"},
      {"marzec", "marca", "březen", "března", "bře", "marec", "березень", "березня", "бер", "март", "марта", "мар"},
      {"kwiecień", "kwietnia", "kwi", "duben", "dubna", "dub", "apríl", "apríla", "квітень", "квітня", "кві", "апрель",
          "апреля", "апр"},
      {"maja", "květen", "května", "kvě", "máj", "mája", "травень", "травня", "тра", "май", "мая"},
      {"czerwiec", "czerwca", "cze", "červen", "června", "čvn", "jún", "júna", "червень", "червня", "чер", "июнь", "июня",
          "июн"},
      {"lipiec", "lipca", "lip", "červenec", "července", "čvc", "júl", "júla", "липень", "липня", "лип", "июль", "июля",
          "июл"},
      {"sierpień", "sierpnia", "sie", "srpen", "srpna", "srp", "augusta", "серпень", "серпня", "сер", "август",
          "августа", "авг"},
      {"wrzesień", "września", "wrz", "září", "zář", "septembra", "вересень", "вересня", "вер", "сентябрь", "сентября",
          "сен"},
      {"październik", "października", "paź", "říjen", "října", "říj", "október", "októbra", "жовтень", "жовтня", "жов",
          "октябрь", "октября", "окт"},
      {"listopad", "listopada", "lis", "listopadu", "novembra", "листопад", "листопада", "лис", "ноябрь", "ноября",
          "ноя"},
      {"grudzień", "grudnia", "gru", "prosinec", "prosince", "pro", "decembra", "грудень", "грудня", "гру", "декабрь",
          "декабря", "дек"},
    };
    java.util.HashMap<String, Integer> map = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      for (String n : names[i]) {
        map.put(n.replace(".", ""), i + 1);
      }
      for (String n : slavic[i]) {
        // Looked up folded: "září" as "zari", "травня" as written.
        Integer was = map.put(Slugs.fold(n), i + 1);
        if (was != null && was != i + 1) {
          throw new IllegalStateException("the month name " + n + " is another month's too");
        }
      }
    }
    return Map.copyOf(map);
  }
}
