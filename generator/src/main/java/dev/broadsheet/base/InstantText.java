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
    LocalDateTime t = LocalDateTime.ofEpochSecond(time.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder text = new StringBuilder(30).append(t.getYear()).append('-');
    twoDigits(text, t.getMonthValue()).append('-');
    twoDigits(text, t.getDayOfMonth()).append('T');
    twoDigits(text, t.getHour()).append(':');
    twoDigits(text, t.getMinute()).append(':');
    twoDigits(text, t.getSecond());
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

  private static StringBuilder twoDigits(StringBuilder to, int value) {
    return to.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }
}
