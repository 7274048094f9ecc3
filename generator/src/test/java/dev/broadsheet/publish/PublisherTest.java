package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.BroadsheetException;
import dev.broadsheet.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  @TempDir Path site;

  private static RenderedFile file(String path, String text) {
    return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void leavesFilesWithTheSameBytesAlone() throws Exception {
    Path out = site.resolve("public");
    Publisher publisher = new Publisher(out, site);
    assertThat(publisher.publish(List.of(file("index.html", "a"), file("x/index.html", "b")), List.of()))
        .isEqualTo(new PublishResult(2, 0, 0));
    Files.setLastModifiedTime(out.resolve("index.html"), FileTime.fromMillis(0));
    assertThat(publisher.publish(List.of(file("index.html", "a"), file("x/index.html", "c")), List.of()))
        .isEqualTo(new PublishResult(1, 1, 0));
    assertThat(Files.getLastModifiedTime(out.resolve("index.html")).toMillis()).isZero();
    assertThat(out.resolve("x/index.html")).hasContent("c");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("index.html"))))
        .as("a web server must be able to read published files").isEqualTo("rw-r--r--");
  }

  @Test
  void removesWhatAnEarlierBuildWroteButNotOtherFiles() throws Exception {
    Path out = site.resolve("public");
    Publisher publisher = new Publisher(out, site);
    publisher.publish(List.of(file("index.html", "a"), file("old/story/index.html", "b")), List.of());
    Files.writeString(out.resolve("CNAME"), "news.example.org");
    PublishResult r = publisher.publish(List.of(file("index.html", "a")), List.of());
    assertThat(r.deleted()).isEqualTo(1);
    assertThat(out.resolve("old")).doesNotExist();
    assertThat(out.resolve("CNAME")).exists();
  }

  @Test
  void siteStaticFilesOverrideTheThemeAndGeneratedFiles() throws Exception {
    Path out = site.resolve("public");
    new Publisher(out, site).publish(List.of(file("robots.txt", "page")),
        List.of(List.of(file("assets/style.css", "theme"), file("robots.txt", "theme")),
            List.of(file("assets/style.css", "site"))));
    assertThat(out.resolve("assets/style.css")).hasContent("site");
    assertThat(out.resolve("robots.txt")).hasContent("theme");
  }

  @Test
  void refusesToPublishOverTheSiteFolder() {
    assertThatThrownBy(() -> new Publisher(site, site.resolve("sub")))
        .isInstanceOf(BroadsheetException.class)
        .hasMessageContaining("may not be the site folder");
  }
}
