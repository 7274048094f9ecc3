package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void theNextWriteRemovesWhatAKilledWriteOfTheSameFileLeft() throws Exception {
    Path day = Files.writeString(dir.resolve("19.json"), "[ ]\n");
    Path leftover = Files.writeString(dir.resolve(".19.json8236741209.tmp"), "[ {");
    Path other = Files.writeString(dir.resolve(".20.json5512.tmp"), "[");
    assertThat(AtomicFiles.writeIfChanged(day, "[ ]\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(leftover).doesNotExist();
    assertThat(other).as("another file's leftover waits for that file's write").exists();
    assertThat(AtomicFiles.writeIfChanged(dir.resolve("20.json"), "[ 1 ]\n".getBytes(StandardCharsets.UTF_8))).isTrue();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("19.json", "20.json");
    }
  }

  @Test
  void aDurableWriteReplacesTheFileWholeAndSkipsSameBytes() throws Exception {
    Path day = Files.writeString(dir.resolve("20.json"), "[ ]\n");
    Files.writeString(dir.resolve(".20.json99.tmp"), "[ {");
    assertThat(AtomicFiles.writeDurably(day, "[ 1 ]\n".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(AtomicFiles.writeDurably(day, "[ 1 ]\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("20.json");
    }
    assertThat(day).hasContent("[ 1 ]");
  }

  @Test
  void deletingAFileAlsoRemovesItsLeftovers() throws Exception {
    Path marker = Files.writeString(dir.resolve("last-render.txt"), "abc 3\n");
    Files.writeString(dir.resolve(".last-render.txt77.tmp"), "abd");
    AtomicFiles.delete(marker);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aLeftoverNamesEveryFileItCouldBelongTo() {
    assertThat(AtomicFiles.leftoverTargets(".index.html4107319208863012345.tmp")).contains("index.html");
    assertThat(AtomicFiles.leftoverTargets(".page28812.tmp")).contains("page2", "page28");
    assertThat(AtomicFiles.leftoverTargets(".notes.tmp")).isEmpty();
    assertThat(AtomicFiles.leftoverTargets("index.html123.tmp")).isEmpty();
    assertThat(AtomicFiles.leftoverTargets(".123.tmp")).containsExactly("12", "1");
  }

  @Test
  void deletingATreeRemovesLinksButNeverWhatTheyPointTo() throws Exception {
    Path outside = Files.createDirectories(dir.resolve("outside"));
    Path kept = Files.writeString(outside.resolve("kept.txt"), "x");
    Path tree = Files.createDirectories(dir.resolve("tree/sub"));
    Files.createSymbolicLink(tree.resolve("folder"), outside);
    Files.createSymbolicLink(tree.resolve("file"), kept);
    AtomicFiles.deleteTree(dir.resolve("tree"));
    assertThat(dir.resolve("tree")).doesNotExist();
    assertThat(kept).hasContent("x");
  }
}
