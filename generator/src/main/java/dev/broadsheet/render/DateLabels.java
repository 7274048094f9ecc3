package dev.broadsheet.render;

import dev.broadsheet.config.EditionsConfig;
import dev.broadsheet.config.SiteConfig;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Dates and editions as the site names them: in its zone and language (see {@link TemplateHelpers}). */
final class DateLabels {
  private final SiteConfig config;
  private final Messages messages;
  private final ZoneId zone;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter dayName;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter timeOfDay;
  private final ZoneNames zoneNames;
  /** The zone of each source that names its own: looked up for every report a page shows. */
  private final java.util.Map<String, ZoneId> sourceZones = new java.util.HashMap<>();

  DateLabels(SiteConfig config, Messages messages) {
    this.config = config;
    this.messages = messages;
    this.zone = config.timezone();
    Locale locale = Locale.forLanguageTag(config.language());
    // In the language's own digits, as its counts are ("٦ ديسمبر ٢٠٢٦" beside "٣ stories" in Arabic).
    java.time.format.DecimalStyle digits = java.time.format.DecimalStyle.of(locale);
    this.longDate = longDate(locale).withDecimalStyle(digits);
    this.dayName = DateTimeFormatter.ofPattern("EEEE", locale);
    this.monthYear = DateTimeFormatter.ofPattern(monthYearPattern(locale), locale).withDecimalStyle(digits);
    // The zone's short name for that instant (GMT in winter, BST in summer): a reader elsewhere
    // must not take the site's 08:30 for their own.
    this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(digits);
    this.zoneNames = new ZoneNames(zone, locale);
    config.sources().stream().filter(s -> s.timezone() != null).forEach(s -> sourceZones.put(s.id(), s.timezone()));
  }

  /**
   * The language's long date: "20 November 2026", "20 novembre 2026", but "1er décembre 2026":
   * French writes the first of a month as an ordinal, which the JDK's formats do not.
   */
  private static DateTimeFormatter longDate(Locale locale) {
    String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
        java.time.chrono.IsoChronology.INSTANCE, locale);
    if (!locale.getLanguage().equals("fr") || !pattern.startsWith("d ")) {
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    }
    java.util.Map<Long, String> days = new java.util.HashMap<>();
    for (long d = 1; d <= 31; d++) {
      days.put(d, d == 1 ? "1er" : Long.toString(d));
    }
    return new java.time.format.DateTimeFormatterBuilder().appendText(java.time.temporal.ChronoField.DAY_OF_MONTH, days)
        .appendPattern(pattern.substring(1)).toFormatter(locale);
  }

  /**
   * A month and its year as the language writes them: its long date without the day, the month
   * named as it stands alone ("November 2026", "2026年12月", "noviembre de 2026"). The JDK has no
   * such pattern of its own before Java 19; a long date that is not day, month and year in some
   * order gives "November 2026"'s.
   */
  static String monthYearPattern(Locale locale) {
    String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.LONG, null,
        java.time.chrono.IsoChronology.INSTANCE, locale);
    // The day, and what is written with it: "d日", "d.", "d,", "d 'de' ".
    String month = pattern.replaceFirst("d+\\s*(?:'[^']*'\\.?|[.,]|[\\p{IsHan}\\p{IsHangul}])?\\s*", "")
        .replaceFirst("^[^\\sA-Za-z']+(?=[ML])", "").replaceAll("M{3,}", "LLLL").strip();
    month = month.replaceFirst("(L{4})\\s*[,\u060C]\\s*", "$1 ");
    // Only the month, the year, an era, spaces, points and quoted words or a CJK unit (年, 월) are
    // left, month and year once each, nothing hanging at either end: else a day's word or mark
    // stayed behind ("ko abenduaren (a)"), and the plain form is safer.
    String fields = month.replaceAll("'[^']*'", "Q");
    boolean clean = fields.matches("[LMyGQ\\s.\\p{IsHan}\\p{IsHangul}]+") && fields.matches("[^Ly]*[LM]+[^LMy]*y+[^LMy]*|[^LMy]*y+[^LMy]*[LM]+[^LMy]*")
        && !fields.matches("^[\\s.Q].*|.*[\\s]$");
    return clean ? month : "LLLL y";
  }

  /** "20 November 2026" (in the site language), for an instant in the site zone. */
  String date(Instant time) {
    return time == null ? "" : longDate.format(time.atZone(zone));
  }

  /** "20 November 2026, 08:30 GMT": the time in the site zone, named. */
  String dateTime(Instant time) {
    return time == null ? "" : messages.text("date.time", longDate.format(time.atZone(zone)),
        timeOfDay.format(time.atZone(zone)) + " " + zoneNames.at(time));
  }

  /** "Friday 20 November 2026" for an edition day, its weekday capitalised as a heading starts. */
  String day(LocalDate day) {
    return day(day, true);
  }

  /**
   * As {@link #day(LocalDate)}, the weekday as the language writes it inside a sentence when not
   * {@code heading} ("l'édition du vendredi 20 novembre", "z dnia niedziela, 6 grudnia").
   */
  private String day(LocalDate day, boolean heading) {
    // "Friday 20 November 2026", "Freitag, 20. November 2026": the language says whether a comma follows the day.
    // A date that starts with its month ("November 20, 2026", English as written in the United States)
    // is set off by a comma whatever the language says: "Friday, November 20, 2026".
    String date = longDate.format(day);
    String weekday = heading ? capitalize(dayName.format(day)) : dayName.format(day);
    String joined = messages.text("date.weekday", weekday, date);
    return !date.isEmpty() && Character.isLetter(date.charAt(0)) && joined.equals(weekday + " " + date)
        ? weekday + ", " + date : joined;
  }

  /**
   * An edition's name: its day ("Friday 20 November 2026"), or on a site of weekly editions its
   * week ("Week of 16 November 2026"), which the date (a Monday) starts.
   */
  String edition(LocalDate date) {
    return weekly() ? messages.text("date.week", longDate.format(date)) : day(date);
  }

  /**
   * An edition's name as it follows the site's title ("La Revue, dimanche 6 décembre 2026"): its
   * weekday as the language writes it inside a sentence; a week as {@link #edition} names it.
   */
  String editionInSentence(LocalDate date) {
    return weekly() ? edition(date) : day(date, false);
  }

  /** Whether the site's editions are weekly: "This week's edition" rather than "Today's edition". */
  boolean weekly() {
    return config.editions().period() == EditionsConfig.Period.WEEKLY;
  }

  /** An edition page's description: "The Harbour Daily: the edition of Friday 20 November 2026." or its week's. */
  String editionDescription(LocalDate date) {
    return weekly()
        ? messages.text("edition.weekDescription", config.title(), longDate.format(date))
        : messages.text("edition.description", config.title(), day(date, false));
  }

  /**
   * Whether {@code a}'s time is a day, not an instant: a date without a time (a pick's, a feed's
   * or a page's) is read as noon where it was written (in the site zone for a pick, the source's
   * for the rest), which is no time anyone published it at; nor is the build's time, when a build
   * before noon first saw it. A report published at noon to the second, in its source's zone, is
   * shown as its day too: the time it leaves out is the one time that cannot be told apart.
   */
  boolean dayOnly(dev.broadsheet.store.Article a) {
    if (a.published() == null) {
      return false;
    }
    // Kept since December 2026 for what feeds give; older articles, pages' dates and picks by their noon.
    if (a.publishedDayOnly() != null) {
      return a.publishedDayOnly();
    }
    return a.published().atZone(zoneOf(a)).toLocalTime().equals(dev.broadsheet.picks.ContentLoader.BARE_DATE_TIME);
  }

  /** The zone {@code a}'s dates were written in: its source's (the site's when the source names none, or for a pick). */
  ZoneId zoneOf(dev.broadsheet.store.Article a) {
    return a.sourceId() == null ? zone : sourceZones.getOrDefault(a.sourceId(), zone);
  }

  /** The day {@code a} was published on, where it was written ("20 November 2026"). */
  String dayOf(dev.broadsheet.store.Article a) {
    return longDate.format(a.published().atZone(zoneOf(a)));
  }

  /** "November 2026". */
  String month(LocalDate day) {
    return capitalize(monthYear.format(day));
  }

  /** ISO 8601 with offset, for {@code <time datetime>} and JSON-LD. */
  String iso(Instant time) {
    return iso(time, zone);
  }

  /** {@link #iso(Instant)} in {@code zone}. */
  static String iso(Instant time, ZoneId zone) {
    if (time == null) {
      return "";
    }
    java.time.OffsetDateTime t = time.atZone(zone).toOffsetDateTime();
    if (t.getYear() < 1000 || t.getYear() > 9999) {
      // Seconds always written (RFC 3339, which structured data readers expect), even when zero.
      return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS));
    }
    // What that formatter writes for a four-digit year, written directly: every card and article
    // page of a site dates its reports, and the formatter's generic printing was 0.5% of a build.
    return dev.broadsheet.base.InstantText.dateAndTime(new StringBuilder(25), t.toLocalDateTime())
        .append(t.getOffset().getId()).toString();
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
