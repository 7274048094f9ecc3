package dev.broadsheet.base;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.ZoneOffset;

/** Any text given as a date is a date or "unknown"; it never throws. */
class DateParserFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyTextIsADateOrUnknown(byte[] bytes) {
    String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    DateParser.parse(text, ZoneOffset.UTC);
    DateParser.parse(text, java.time.ZoneId.of("Pacific/Chatham"));
  }
}
