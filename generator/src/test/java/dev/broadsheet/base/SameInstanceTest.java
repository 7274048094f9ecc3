package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SameInstanceTest {
  @Test
  void aKeyFindsOnlyTheVeryObjectItWasMadeFor() {
    String summary = "<p>" + "Harbour ".repeat(100) + "</p>";
    String equalCopy = new String(summary.toCharArray());
    Map<SameInstance<String>, String> known = new HashMap<>();
    known.put(new SameInstance<>(summary), "Harbour");

    assertThat(known.get(new SameInstance<>(summary))).isEqualTo("Harbour");
    assertThat(equalCopy).isEqualTo(summary);
    assertThat(known.get(new SameInstance<>(equalCopy))).isNull();
  }
}
