package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class NewsletterSizeTest {
  private static RenderedFile file(String path, int kilobytes) {
    return new RenderedFile(path, new byte[kilobytes * 1024]);
  }

  @Test
  void aNewsletterMailProgramsWouldClipIsToldOfAndNothingElse() {
    List<Problem> problems = NewsletterSize.clipped(List.of(file("editions/2026/12/01/newsletter.html", 112),
        file("editions/2026/11/30/newsletter.html", 60), file("index.html", 300), file("editions/2026/12/01/newsletter.txt", 120),
        RenderedFile.kept("editions/2026/11/29/newsletter.html")));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).file()).isEqualTo("editions/2026/12/01/newsletter.html");
    assertThat(problems.get(0).message()).startsWith("the newsletter is 112 KB: Gmail shows only the first 102 KB");
    assertThat(problems.get(0).severity()).isEqualTo(Problem.Severity.WARNING);
  }
}
