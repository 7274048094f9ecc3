package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8OutputTest {
  private static byte[] written(List<Object> parts) {
    Utf8Output out = new Utf8Output(4);
    for (Object part : parts) {
      if (part instanceof char[] chars) {
        out.write(chars, 0, chars.length);
      } else if (part instanceof Character c) {
        out.write(c);
      } else {
        out.write((String) part);
      }
    }
    return out.toByteArray();
  }

  private static byte[] encoded(String whole) {
    return whole.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void writesTheBytesOfTheWholeTextEncodedAtOnce() {
    List<Object> parts = List.of("<p>", "Café “quoted” — ", "naïve".toCharArray(), '€', " 東京 ", "ok</p>");
    assertThat(written(parts)).isEqualTo(encoded("<p>Café “quoted” — naïve€ 東京 ok</p>"));
  }

  @Test
  void keepsACharacterWhoseHalvesCameInTwoWrites() {
    String face = "😀";
    assertThat(written(List.of("a" + face.charAt(0), face.charAt(1) + "b"))).isEqualTo(encoded("a😀b"));
    assertThat(written(List.of(("a" + face.charAt(0)).toCharArray(), face.charAt(1) + "b")))
        .isEqualTo(encoded("a😀b"));
  }

  @Test
  void writesAHalfCharacterAsStringsEncodeIt() {
    char high = "😀".charAt(0);
    char low = "😀".charAt(1);
    assertThat(written(List.of("a" + high, "b"))).isEqualTo(encoded("a" + high + "b"));
    assertThat(written(List.of("a" + high))).isEqualTo(encoded("a" + high));
    assertThat(written(List.of(String.valueOf(low), "x".toCharArray()))).isEqualTo(encoded(low + "x"));
    assertThat(written(List.of(new char[] {high, high, low}))).isEqualTo(encoded("" + high + high + low));
  }

  @Test
  void growsPastItsFirstCapacity() {
    String text = "x".repeat(10_000) + "é".repeat(5_000);
    assertThat(written(List.of(text, text.toCharArray()))).isEqualTo(encoded(text + text));
  }
}
