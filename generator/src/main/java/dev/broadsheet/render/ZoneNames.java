package dev.broadsheet.render;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * A zone's short names in a language ("GMT" and "BST"), looked up once. The JDK works a name out
 * the first time it is asked, and when pages rendered side by side ask at once it can settle on
 * the wrong one for the rest of the process ("GMT+01:00" for "BST", JDK 17): the same site then
 * read "17:00 BST" in one build and "17:00 GMT+01:00" in the next. Asked here, under one lock,
 * before any page renders, every page of every build names the time alike.
 */
final class ZoneNames {
  /** Where a zone's rules are looked at for a daylight-saving instant: a fixed time, so the names never vary. */
  private static final Instant FROM = Instant.parse("2000-01-01T00:00:00Z");

  private final ZoneRules rules;
  private final String standard;
  private final String daylight;

  ZoneNames(ZoneId zone, Locale locale) {
    this.rules = zone.getRules();
    DateTimeFormatter name = DateTimeFormatter.ofPattern("zzz", locale);
    Instant standardTime = FROM;
    Instant daylightTime = null;
    ZoneOffsetTransition next = rules.nextTransition(FROM);
    for (int i = 0; i < 4 && next != null; i++) {
      Instant after = next.getInstant();
      if (rules.isDaylightSavings(after)) {
        daylightTime = daylightTime == null ? after : daylightTime;
      } else {
        standardTime = rules.isDaylightSavings(standardTime) ? after : standardTime;
      }
      next = rules.nextTransition(after);
    }
    // A regional variant without names of its own for a North American zone (en-GB for New York:
    // "GMT-05:00") takes its language's ("EST"), which its readers know as well. Not elsewhere: there
    // the language's names are the ambiguous ones regional variants leave out on purpose (CST for
    // Shanghai, IST for Jerusalem).
    boolean northAmerican = zone.getId().startsWith("America/") || zone.getId().startsWith("US/")
        || zone.getId().startsWith("Canada/") || zone.getId().equals("Pacific/Honolulu");
    DateTimeFormatter plain = !northAmerican ? name : DateTimeFormatter.ofPattern("zzz",
        new Locale.Builder().setLanguage(locale.getLanguage()).setScript(locale.getScript()).build());
    synchronized (ZoneNames.class) {
      this.standard = named(name, plain, ZonedDateTime.ofInstant(standardTime, zone));
      this.daylight = daylightTime == null ? standard : named(name, plain, ZonedDateTime.ofInstant(daylightTime, zone));
    }
  }

  private static String named(DateTimeFormatter name, DateTimeFormatter plain, ZonedDateTime time) {
    String own = name.format(time);
    return OFFSET_NAME.matcher(own).matches() ? plain.format(time) : own;
  }

  /** A name that is only an offset ("GMT-05:00", "UTC+5:30"), which a language may know a word for. */
  private static final java.util.regex.Pattern OFFSET_NAME = java.util.regex.Pattern.compile("(GMT|UTC)[+\u2212-].*");

  /** The zone's short name at {@code time}: its daylight-saving name while that is in force. */
  String at(Instant time) {
    return rules.isDaylightSavings(time) ? daylight : standard;
  }
}
