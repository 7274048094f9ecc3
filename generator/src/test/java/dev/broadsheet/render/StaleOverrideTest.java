package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleOverrideTest {
  @TempDir Path templates;

  private static final String MISSING = "The following has evaluated to null or missing: c.sectionLink";

  @Test
  void aSitesCopyOfAFileTheThemeImportsIsNamedWhenItLacksWhatTheThemeCalls() throws Exception {
    // The theme's article page imports components.ftlh as c; the site's copy predates c.sectionLink.
    Files.writeString(templates.resolve("components.ftlh"), "<#macro lang article></#macro>\n");
    assertThat(StaleOverride.hint(templates, "article.ftlh", MISSING)).isEqualTo(" (" + templates.resolve(
        "components.ftlh") + " is the site's own copy, made from an earlier theme: it lacks sectionLink, which this"
        + " version's theme calls; take the theme's file again and redo your changes, or add it)");
  }

  @Test
  void withoutACopyOrForAnotherErrorThereIsNothingToAdd() throws Exception {
    assertThat(StaleOverride.hint(templates, "article.ftlh", MISSING)).isEmpty();
    Files.writeString(templates.resolve("components.ftlh"), "<#macro lang article></#macro>\n");
    assertThat(StaleOverride.hint(templates, "article.ftlh", "Expected a hash, but this has evaluated to a string"))
        .isEmpty();
    assertThat(StaleOverride.hint(templates, "no-such.ftlh", MISSING)).isEmpty();
    // A function the copy has that gave nothing is not a missing one.
    Files.writeString(templates.resolve("components.ftlh"), "<#function sectionLink p><#return></#function>\n");
    assertThat(StaleOverride.hint(templates, "article.ftlh", MISSING)).isEmpty();
  }
}
