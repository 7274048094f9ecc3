package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class C1ControlsTest {
  @Test
  void windows1252PunctuationPassedThroughLatin1ReadsAsMeant() {
    assertThat(C1Controls.asMeant("don\u0092t")).isEqualTo("don\u2019t");
    assertThat(C1Controls.asMeant("\u0093quoted\u0094 \u0096 a \u0085")).isEqualTo("\u201Cquoted\u201D \u2013 a \u2026");
    assertThat(C1Controls.asMeant("\u0080 5")).isEqualTo("\u20AC 5");
  }

  @Test
  void codesWindows1252LeavesUndefinedAreDroppedAndOtherTextIsKept() {
    assertThat(C1Controls.asMeant("a\u0081b\u008Dc\u008Fd\u0090e\u009Df")).isEqualTo("abcdef");
    String plain = "Café ’ — ok";
    assertThat(C1Controls.asMeant(plain)).isSameAs(plain);
    assertThat(C1Controls.asMeant(null)).isNull();
  }

  record Entry(String guid, String link, String title, String summaryHtml, List<String> tags) {}

  @Test
  void textsReadFromFeedsAndPagesHaveThemReadAsMeant() {
    Entry e = XmlRecords.cleaned(new Entry("id\u0092", "https://x.example/a\u0092", "don\u0092t", "<p>it\u0092s</p>",
        List.of("\u0093tag\u0094")));
    // An id or an address names a thing: changed, it would name another article.
    assertThat(e.guid()).isEqualTo("id\u0092");
    assertThat(e.link()).isEqualTo("https://x.example/a\u0092");
    assertThat(e.title()).isEqualTo("don\u2019t");
    assertThat(e.summaryHtml()).isEqualTo("<p>it\u2019s</p>");
    assertThat(e.tags()).containsExactly("\u201Ctag\u201D");
  }
}
