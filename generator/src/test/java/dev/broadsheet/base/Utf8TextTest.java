package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  private static Problem problemOf(byte[] bytes) {
    try {
      Utf8Text.decode(bytes, "broadsheet.yaml");
    } catch (BroadsheetException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected the bytes to be rejected");
  }

  @Test
  void decodesUtf8() {
    assertThat(Utf8Text.decode("title: Café\n".getBytes(StandardCharsets.UTF_8), "f")).isEqualTo("title: Café\n");
  }

  @Test
  void aLatin1FileIsNamedWithTheLineAndOffsetOfTheFirstBadByte() {
    Problem p = problemOf("title: T\nname: Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(p.where()).isEqualTo("broadsheet.yaml:2");
    assertThat(p.message()).isEqualTo("the file is not UTF-8 text (byte 0xE9 at offset 18); save it as UTF-8");
  }

  @Test
  void utf16WithAByteOrderMarkIsNamedAsSuch() {
    Problem p = problemOf("title: T\n".getBytes(StandardCharsets.UTF_16));
    assertThat(p.where()).isEqualTo("broadsheet.yaml");
    assertThat(p.message()).contains("UTF-16").contains("save it as UTF-8");
  }

  @Test
  void utf16WithoutAByteOrderMarkOrABinaryFileIsRejectedForItsNulBytes() {
    Problem p = problemOf("title: T\n".getBytes(StandardCharsets.UTF_16LE));
    assertThat(p.where()).isEqualTo("broadsheet.yaml:1");
    assertThat(p.message()).contains("NUL byte (offset 1)").contains("not UTF-8 text");
    assertThatThrownBy(() -> Utf8Text.decode(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "picks/a.md"))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("picks/a.md:1: the file is not UTF-8 text");
  }
}
