package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MojibakeTest {
  /** {@code text} as tools leave it: its UTF-8 bytes read as windows-1252 (C1 controls where it has no character). */
  private static String misread(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder();
    for (byte b : bytes) {
      String c = new String(new byte[] {b}, Charset.forName("windows-1252"));
      out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c);
    }
    return out.toString();
  }

  @Test
  void utf8ReadAsWindows1252IsReadAsMeant() {
    for (String meant : new String[] {"Café au lait à Genève", "It’s “quoted” — and… • done ™ €5",
        "Zażółć gęślą jaźń, Œuvre", "Привет, мир", "Καλημέρα", "Launch 🚀 today", "a\u00a0b", "Straße ÄÖÜ"}) {
      assertThat(Mojibake.repaired(misread(meant))).as(misread(meant)).isEqualTo(meant);
    }
    // As Latin-1 numeric references give it: the C1 control, not windows-1252's character.
    assertThat(Mojibake.repaired("\u00e2\u0080\u00a6")).isEqualTo("\u2026");
  }

  @Test
  void latin1TextThatMeansWhatItSaysIsKept() {
    for (String text : new String[] {"10 ×\u00a010 cm", "Ø\u00a010 mm", "»Gruß«", "CAFÉ\u00a0: ÉTÉ\u00a0»",
        "5 Å\u00a0wide", "NAÏF\u00a0»", "bâ\u00a0«", "São Paulo", "Ãrvore", "naïve café", "Â", "ð"}) {
      assertThat(Mojibake.repaired(text)).as(text).isSameAs(text);
    }
  }

  @Test
  void sanitizedHtmlWritesTheNoBreakSpaceOfAnAOrANoBreakSpaceAsAnEntityAndIsRepairedAllTheSame() {
    // "à l'Assemblée" and "10\u00a0%" read as windows-1252, then written as the sanitizer writes HTML.
    String html = "<p>Faute de majorit\u00c3\u00a9 \u00c3&nbsp; l'Assembl\u00c3\u00a9e, 10\u00c2&nbsp;%</p>";
    assertThat(Mojibake.repairedHtml(html)).isEqualTo("<p>Faute de majorit\u00e9 \u00e0 l'Assembl\u00e9e, 10&nbsp;%</p>");
    // A no-break space of the text's own stays an entity; HTML with nothing to repair is the same instance.
    String kept = "<p>10&nbsp;% de Caf\u00e9s</p>";
    assertThat(Mojibake.repairedHtml(kept)).isSameAs(kept);
    assertThat(Mojibake.repairedHtml("<p>\u00c3\u00a9t\u00c3\u00a9&nbsp;!</p>")).isEqualTo("<p>\u00e9t\u00e9&nbsp;!</p>");
    assertThat(Mojibake.repairedHtml(null)).isNull();
  }
}
