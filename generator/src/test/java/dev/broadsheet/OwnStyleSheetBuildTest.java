package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site's own style sheet is linked with a version of its bytes, so an edit reaches browsers that kept it. */
class OwnStyleSheetBuildTest {
  @TempDir Path site;

  private String styleLink(BuildOptions options) throws Exception {
    Broadsheet.build(options);
    Matcher link = Pattern.compile("href=\"(assets/style\\.css\\?v=[0-9a-f]+)\"")
        .matcher(Files.readString(site.resolve("public/index.html")));
    assertThat(link.find()).as("the home page links the style sheet").isTrue();
    return link.group(1);
  }

  @Test
  void editingTheSitesStyleSheetChangesItsVersionOnEveryPageAndUndoingItRestoresIt() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 03 Dec 2026 20:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Own style\nbaseUrl: https://news.example/\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    BuildOptions options = BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-04T08:00:00Z"), ZoneOffset.UTC));
    String theme = styleLink(options);

    Path css = Files.createDirectories(site.resolve("static/assets")).resolve("style.css");
    Files.writeString(css, "body { color: #222; }\n");
    String own = styleLink(options);
    Files.writeString(css, "body { color: #000; }\n");
    String edited = styleLink(options);

    assertThat(own).isNotEqualTo(theme);
    assertThat(edited).isNotEqualTo(own);
    Path articles = site.resolve("public/articles");
    try (var pages = Files.walk(articles)) {
      Path article = pages.filter(p -> p.getFileName().toString().equals("index.html")).findFirst().orElseThrow();
      assertThat(Files.readString(article)).contains("../../" + edited);
    }
    Files.writeString(css, "body { color: #222; }\n");
    assertThat(styleLink(options)).isEqualTo(own);
  }
}
