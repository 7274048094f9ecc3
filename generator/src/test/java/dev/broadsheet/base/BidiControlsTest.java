package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BidiControlsTest {
  @Test
  void anOverrideLeftOpenIsClosedAtTheEndOfItsText() {
    assertThat(BidiControls.closed("\u202eUnterminated RLO headline")).isEqualTo("\u202eUnterminated RLO headline\u202c");
    assertThat(BidiControls.closed("a \u2067b \u202bc")).isEqualTo("a \u2067b \u202bc\u202c\u2069");
  }

  @Test
  void pairsAndMarksStayAndAStrayCloseIsDropped() {
    String paired = "\u202bשלום\u202c and \u2068x\u2069 \u200f";
    assertThat(BidiControls.closed(paired)).isSameAs(paired);
    assertThat(BidiControls.closed("plain")).isSameAs("plain");
    assertThat(BidiControls.closed("a\u202c b\u2069")).isEqualTo("a b");
    // An isolate's end closes what was opened inside it.
    assertThat(BidiControls.closed("\u2066a\u202eb\u2069c")).isEqualTo("\u2066a\u202eb\u2069c");
    assertThat(BidiControls.closed(null)).isNull();
  }
}
