package dev.broadsheet.base;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * An instant as {@link Instant#toString} writes it (ISO 8601 in UTC, seconds always, the fraction
 * in groups of three digits as needed), written directly for four-digit years. Every published
 * page's state is one of these ({@link FileStates#identity}): at 100,000 pages the formatter's
 * generic printing took longer than asking the file system for the state.
 */
public final class InstantText {
  /** 1000-01-01T00:00:00Z and 9999-12-31T23:59:59Z. */
  private static final long FIRST_SECOND = -30_610_224_000L;
  private static final long LAST_SECOND = 253_402_300_799L;

  private InstantText() {}

  /** {@code time} as {@link Instant#toString} writes it. */
  public static String of(Instant time) {
    // Outside the four-digit years (Instant.MAX, a file time far ahead) before any date is made of it.
    if (time.getEpochSecond() < FIRST_SECOND || time.getEpochSecond() > LAST_SECOND) {
      return time.toString();
    }
    StringBuilder text = dateAndTime(new StringBuilder(30),
        LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC));
    int nano = time.getNano();
    if (nano != 0) {
      int digits = nano % 1_000_000 == 0 ? 3 : nano % 1000 == 0 ? 6 : 9;
      int value = digits == 3 ? nano / 1_000_000 : digits == 6 ? nano / 1000 : nano;
      text.append('.');
      for (int scale = digits == 3 ? 100 : digits == 6 ? 100_000 : 100_000_000; scale > 0; scale /= 10) {
        text.append((char) ('0' + value / scale % 10));
      }
    }
    return text.append('Z').toString();
  }

  /**
   * {@code t} to the second as ISO 8601 writes it ("2026-11-20T08:30:05"), appended to {@code to};
   * for a four-digit year only (the ISO formatters' own printing is generic, and slow under the
   * quick compiler where every page and file state writes one).
   */
  public static StringBuilder dateAndTime(StringBuilder to, LocalDateTime t) {
    to.append(t.getYear()).append('-');
    twoDigits(to, t.getMonthValue()).append('-');
    twoDigits(to, t.getDayOfMonth()).append('T');
    twoDigits(to, t.getHour()).append(':');
    twoDigits(to, t.getMinute()).append(':');
    return twoDigits(to, t.getSecond());
  }

  private static StringBuilder twoDigits(StringBuilder to, int value) {
    return to.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
