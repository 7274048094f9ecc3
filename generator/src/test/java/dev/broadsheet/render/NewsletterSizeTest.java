package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsletterSizeTest {
  private static RenderedFile file(String path, int kilobytes) {
    return new RenderedFile(path, new byte[kilobytes * 1024]);
  }

  @Test
  void aNewsletterMailProgramsWouldClipIsToldOfAndNothingElse(@TempDir Path output) throws Exception {
    // Kept from the last build, as published: the one of 29 November too big, the one of 28 November not.
    for (String day : List.of("29", "28")) {
      Path kept = output.resolve("editions/2026/11/" + day + "/newsletter.html");
      Files.createDirectories(kept.getParent());
      Files.write(kept, new byte[(day.equals("29") ? 95 : 40) * 1024]);
    }
    List<Problem> problems = NewsletterSize.clipped(List.of(file("editions/2026/12/01/newsletter.html", 112),
        file("editions/2026/11/30/newsletter.html", 60), file("index.html", 300), file("editions/2026/12/01/newsletter.txt", 120),
        RenderedFile.kept("editions/2026/11/29/newsletter.html"), RenderedFile.kept("editions/2026/11/28/newsletter.html"),
        RenderedFile.kept("editions/2026/11/27/newsletter.html")), output);
    assertThat(problems).extracting(Problem::file)
        .containsExactly("editions/2026/11/29/newsletter.html", "editions/2026/12/01/newsletter.html");
    assertThat(problems.get(0).message()).startsWith("the newsletter is 95 KB: Gmail shows only the first 102 KB");
    assertThat(problems.get(1).message()).startsWith("the newsletter is 112 KB: Gmail shows only the first 102 KB");
    assertThat(problems).allSatisfy(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
  }
}
