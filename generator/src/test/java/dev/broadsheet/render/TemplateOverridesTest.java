package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateOverridesTest {
  @TempDir Path site;

  private Path write(String path, String text) throws Exception {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private List<Problem> problems() {
    return TemplateOverrides.unused(site.resolve("templates"));
  }

  @Test
  void aMisspeltOverrideIsNamedWithTheTemplateItWasMeantToBe() throws Exception {
    Path file = write("templates/artcle.ftlh", "<p></p>");
    assertThat(problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(file.toString());
      assertThat(p.message()).endsWith("did you mean article.ftlh?");
    });
  }

  @Test
  void filesInFoldersWhereTheyAreNotReadAreNamedWithWhereTheyBelong() throws Exception {
    Path copy = write("templates/default/list.ftlh", "<p></p>");
    Path css = write("templates/assets/style.css", "body{}");
    Path labels = write("templates/en.properties", "site.title=x");
    Path published = write("static/article.ftlh", "<p></p>");
    Path topLabels = write("messages/en.properties", "site.title=x");
    write("templates/NOTES.md", "Why the home page looks this way.");
    write("templates/messages/en.properties", "site.title=x");
    assertThat(problems()).extracting(Problem::file).containsExactlyInAnyOrder(copy.toString(), css.toString(),
        labels.toString(), published.toString(), topLabels.toString());
    assertThat(problems()).allMatch(Problem::isWarning);
    assertThat(problems()).filteredOn(p -> p.file().equals(copy.toString())).singleElement().asString()
        .contains("move it to " + site.resolve("templates/list.ftlh"));
    assertThat(problems()).filteredOn(p -> p.file().equals(published.toString())).singleElement().asString()
        .contains("its source shown to anyone");
  }

  @Test
  void aTemplateInASubfolderOrAnIconThatATemplateIncludesIsUsed() throws Exception {
    write("templates/partials/list.ftlh", "<p></p>");
    write("templates/icons/logo.svg", "<svg></svg>");
    write("templates/index.ftlh", "<#include \"partials/list.ftlh\"><#include \"icons/logo.svg\" parse=false>");
    write("messages/.DS_Store", "");
    assertThat(problems()).isEmpty();
  }
}
