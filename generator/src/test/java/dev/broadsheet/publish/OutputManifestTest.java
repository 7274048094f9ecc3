package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputManifestTest {
  @TempDir
  Path out;

  @Test
  void plainRelativePathsAreInsideTheOutput() {
    for (String path : new String[] {"index.html", "a/b/index.html", "..a/b", "a/.b", "a/b..", ".well-known/x"}) {
      assertThat(OutputManifest.isInside(out, path)).as(path).isTrue();
    }
  }

  @Test
  void aPathWithAnEmptyDotOrDotDotSegmentIsNotInsideTheOutput() {
    for (String path : new String[] {"", "/etc/hostname", "../x", "a/../../x", "a/..", "./a", "a/./b", "a/.", ".",
        "..", "a//b", "a/", "a\u0000b", "a/b\n"}) {
      assertThat(OutputManifest.isInside(out, path)).as(path).isFalse();
    }
  }
}
