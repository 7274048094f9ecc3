package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.render.RenderedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFolderTest {
  @TempDir Path root;
  private Path site;
  private Path statics;

  @BeforeEach
  void makeSite() throws Exception {
    site = Files.createDirectories(root.resolve("site"));
    statics = Files.createDirectories(site.resolve("static"));
    Files.writeString(statics.resolve("robots.txt"), "User-agent: *\n");
  }

  private StaticFolder read() {
    return StaticFolder.read(site, site.resolve("public"));
  }

  private static List<String> paths(StaticFolder f) {
    return f.files().stream().map(RenderedFile::path).sorted().toList();
  }

  @Test
  void aLinkToAFileOutsideTheSiteIsNotPublishedAndIsReportedByName() throws Exception {
    Path secret = Files.writeString(root.resolve("hostname"), "build-server-7\n");
    Files.createSymbolicLink(statics.resolve("hostname"), secret);
    Files.createSymbolicLink(statics.resolve("etc"), Files.createDirectories(root.resolve("etc")));
    Files.writeString(root.resolve("etc/passwd"), "root:x:0:0\n");
    StaticFolder read = read();
    assertThat(paths(read)).containsExactly("robots.txt");
    assertThat(read.problems()).extracting(Problem::where).containsExactlyInAnyOrder("static/hostname", "static/etc");
    assertThat(read.problems()).allSatisfy(p -> assertThat(p.message()).contains("outside the site folder"));
  }

  @Test
  void aLinkThatStaysInsideTheSiteIsPublished() throws Exception {
    Files.createDirectories(site.resolve("shared/logos"));
    Files.writeString(site.resolve("shared/logos/mark.svg"), "<svg/>");
    Files.writeString(site.resolve("humans.txt"), "Us\n");
    Files.createSymbolicLink(statics.resolve("logos"), Path.of("../shared/logos"));
    Files.createSymbolicLink(statics.resolve("humans.txt"), site.resolve("humans.txt"));
    StaticFolder read = read();
    assertThat(paths(read)).containsExactly("humans.txt", "logos/mark.svg", "robots.txt");
    assertThat(read.problems()).isEmpty();
  }

  @Test
  void aLinkIntoTheOutputALoopOrNowhereIsReported() throws Exception {
    Files.createDirectories(site.resolve("public"));
    Files.createSymbolicLink(statics.resolve("mirror"), site.resolve("public"));
    Files.createSymbolicLink(statics.resolve("loop"), statics);
    Files.createSymbolicLink(statics.resolve("gone.txt"), site.resolve("nothing-here.txt"));
    StaticFolder read = read();
    assertThat(paths(read)).containsExactly("robots.txt");
    assertThat(read.problems()).extracting(Problem::where).containsExactlyInAnyOrder("static/mirror", "static/loop",
        "static/gone.txt");
  }

  @Test
  void aStaticFolderThatIsALinkOutsideTheSiteIsRefused() throws Exception {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("id_rsa"), "-----BEGIN");
    Files.delete(statics.resolve("robots.txt"));
    Files.delete(statics);
    Files.createSymbolicLink(statics, elsewhere);
    StaticFolder read = read();
    assertThat(read.files()).isEmpty();
    assertThat(read.problems()).extracting(Problem::where).containsExactly("static");
  }

  @Test
  void thePublisherLeavesRefusedFilesOutAndReportsThem() throws Exception {
    Files.createSymbolicLink(statics.resolve("hostname"), Files.writeString(root.resolve("hostname"), "secret"));
    PublishResult r = new Publisher(site.resolve("public"), site).publish(List.of(), List.of());
    assertThat(site.resolve("public/hostname")).doesNotExist();
    assertThat(site.resolve("public/robots.txt")).exists();
    assertThat(r.problems()).extracting(Problem::where).containsExactly("static/hostname");
  }
}
