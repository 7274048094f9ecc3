package dev.broadsheet.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** An interval as people write it ({@code 15m}, {@code 1h30m}, {@code 90s}, {@code 1d}) or in ISO 8601 ({@code PT15M}). */
final class Interval implements CommandLine.ITypeConverter<Duration> {
  private static final Pattern PARTS = Pattern.compile("(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  @Override
  public Duration convert(String value) {
    String text = value.strip().toLowerCase(java.util.Locale.ROOT);
    Duration parsed = text.startsWith("p") ? iso(value) : parts(text);
    if (parsed == null || parsed.isZero() || parsed.isNegative()) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not an interval: write it as 15m, 1h, 90s,"
          + " 1h30m or 1d");
    }
    if (parsed.compareTo(dev.broadsheet.BuildSchedule.SHORTEST) < 0 || parsed.getNano() != 0
        || parsed.compareTo(dev.broadsheet.BuildSchedule.LONGEST) > 0) {
      throw new CommandLine.TypeConversionException("'" + value + "' is not an interval of whole seconds from 1s to"
          + " 366 days: write it as 15m, 1h, 90s, 1h30m or 1d");
    }
    return parsed;
  }

  private static Duration iso(String value) {
    try {
      return Duration.parse(value.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Duration parts(String text) {
    Matcher m = PARTS.matcher(text);
    if (text.isEmpty() || !m.matches()) {
      return null;
    }
    try {
      Duration d = Duration.ZERO;
      d = m.group(1) == null ? d : d.plusDays(Long.parseLong(m.group(1)));
      d = m.group(2) == null ? d : d.plusHours(Long.parseLong(m.group(2)));
      d = m.group(3) == null ? d : d.plusMinutes(Long.parseLong(m.group(3)));
      return m.group(4) == null ? d : d.plusSeconds(Long.parseLong(m.group(4)));
    } catch (NumberFormatException | ArithmeticException e) {
      // More digits than a long holds: no interval anyone means.
      return null;
    }
  }

  /** The interval as {@link #convert} reads it back: 1h30m, 15m, 1m30s, 26h. */
  static String format(Duration d) {
    long s = d.toSeconds();
    StringBuilder b = new StringBuilder();
    if (s >= 3600) {
      b.append(s / 3600).append('h');
    }
    if (s % 3600 >= 60) {
      b.append(s % 3600 / 60).append('m');
    }
    if (s % 60 != 0 || b.length() == 0) {
      b.append(s % 60).append('s');
    }
    return b.toString();
  }
}
