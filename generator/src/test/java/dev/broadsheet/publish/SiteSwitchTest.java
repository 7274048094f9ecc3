package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the next build does with each state a build killed while publishing can leave. */
class SiteSwitchTest {
  @TempDir Path site;
  private Path out;
  private SiteSwitch sw;

  @BeforeEach
  void setUp() {
    out = site.resolve("public");
    sw = new SiteSwitch(out, HaltPoint.never());
  }

  private Path folder(String name, String index) throws Exception {
    Path dir = Files.createDirectories(site.resolve(name));
    Files.writeString(dir.resolve("index.html"), index);
    return dir;
  }

  private Stream<String> names() throws Exception {
    return Files.list(site).map(p -> p.getFileName().toString()).sorted();
  }

  @Test
  void aHalfBuiltSiteIsDroppedAndTheLiveOneKept() throws Exception {
    folder("public", "old");
    folder(".public.broadsheet-new", "half");
    assertThat(sw.hasLeftovers()).isTrue();
    assertThat(sw.recover()).isEqualTo(out.toRealPath());
    assertThat(out.resolve("index.html")).hasContent("old");
    assertThat(names()).containsExactly("public");
    assertThat(sw.hasLeftovers()).isFalse();
  }

  @Test
  void aSwitchKilledBetweenItsRenamesIsFinished() throws Exception {
    folder(".public.broadsheet-old", "old");
    folder(".public.broadsheet-new", "new");
    assertThat(sw.hasLeftovers()).isTrue();
    sw.recover();
    assertThat(out.resolve("index.html")).hasContent("new");
    assertThat(names()).containsExactly("public");
  }

  @Test
  void anOldSiteKilledWhileBeingDeletedIsDeleted() throws Exception {
    folder("public", "new");
    folder(".public.broadsheet-old", "old");
    sw.recover();
    assertThat(out.resolve("index.html")).hasContent("new");
    assertThat(names()).containsExactly("public");
  }

  @Test
  void aFirstSiteKilledBeforeItWasSwitchedInLeavesNoSite() throws Exception {
    folder(".public.broadsheet-new", "maybe half");
    assertThat(sw.recover()).isNull();
    assertThat(names()).isEmpty();
  }

  @Test
  void withALinkOnlyTheGenerationItPointsToIsKept() throws Exception {
    folder(".public.broadsheet-a", "live");
    folder(".public.broadsheet-b", "half");
    Files.createSymbolicLink(out, Path.of(".public.broadsheet-a"));
    Files.createSymbolicLink(site.resolve(".public.broadsheet-link"), Path.of(".public.broadsheet-b"));
    assertThat(sw.hasLeftovers()).isTrue();
    sw.recover();
    assertThat(names()).containsExactly(".public.broadsheet-a", "public");
    assertThat(sw.prepare()).isEqualTo(site.resolve(".public.broadsheet-b"));
  }
}
