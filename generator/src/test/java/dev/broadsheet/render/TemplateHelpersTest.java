package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TemplateHelpersTest {
  @Test
  void cutsTeasersAtAWordBoundary() {
    assertThat(TemplateHelpers.cut("The council voted to open eighty beds.", 20)).isEqualTo("The council voted…");
    assertThat(TemplateHelpers.cut("Short.", 20)).isEqualTo("Short.");
    assertThat(TemplateHelpers.cut("Supercalifragilisticexpialidocious", 10)).isEqualTo("Supercali…");
  }
}
