package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StampedLinesTest {
  @TempDir Path dir;

  private Map<String, String> values(int n, String suffix) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < n; i++) {
      values.put("k" + i, "v" + i + suffix);
    }
    return values;
  }

  @Test
  void aFewChangedValuesAreAppendedAndTheLastLineOfAKeyCounts() throws Exception {
    Path file = dir.resolve("cache.tsv");
    new StampedLines(file, "h 1").write(values(20, ""), UnaryOperator.identity());
    String before = Files.readString(file);

    StampedLines next = new StampedLines(file, "h 1");
    Map<String, String> changed = new HashMap<>(next.read());
    changed.put("k3", "three");
    changed.put("new", "value");
    next.write(changed, UnaryOperator.identity());

    assertThat(Files.readString(file)).startsWith(before).endsWith("k3\tthree\nnew\tvalue\n");
    assertThat(new StampedLines(file, "h 1").read()).isEqualTo(changed);
  }

  @Test
  void theFileIsWrittenAnewOnceAFifthOfItsLinesWouldBeOutdated() throws Exception {
    Path file = dir.resolve("cache.tsv");
    new StampedLines(file, "h 1").write(values(20, ""), UnaryOperator.identity());
    StampedLines next = new StampedLines(file, "h 1");
    next.read();
    next.write(values(20, " changed"), UnaryOperator.identity());

    assertThat(Files.readAllLines(file)).hasSize(21).first().isEqualTo("h 1");
    assertThat(new StampedLines(file, "h 1").read()).isEqualTo(values(20, " changed"));
    assertThat(new StampedLines(file, "h 2").read()).isEmpty();
  }

  @Test
  void aLineCutShortIsIgnoredAndTheNextWriteStartsTheFileAnew() throws Exception {
    Path file = dir.resolve("cache.tsv");
    new StampedLines(file, "h 1").write(values(20, ""), UnaryOperator.identity());
    String whole = Files.readString(file);
    // A build killed while appending "k7\tseven\n": the value must not be read as "sev".
    Files.writeString(file, whole + "k7\tsev");

    StampedLines next = new StampedLines(file, "h 1");
    assertThat(next.read()).isEqualTo(values(20, ""));
    Map<String, String> changed = new HashMap<>(values(20, ""));
    changed.put("k1", "one");
    next.write(changed, UnaryOperator.identity());
    assertThat(Files.readAllLines(file)).hasSize(21).doesNotContain("k7\tsev");
    assertThat(new StampedLines(file, "h 1").read()).isEqualTo(changed);
  }

  @Test
  void aFileDeletedOrReplacedSinceItWasReadIsWrittenAnewNotAppendedTo() throws Exception {
    Path file = dir.resolve("cache.tsv");
    new StampedLines(file, "h 1").write(values(20, ""), UnaryOperator.identity());
    Map<String, String> changed = new HashMap<>(values(20, ""));
    changed.put("k1", "one");

    StampedLines deleted = new StampedLines(file, "h 1");
    deleted.read();
    Files.delete(file);
    deleted.write(changed, UnaryOperator.identity());
    assertThat(new StampedLines(file, "h 1").read()).isEqualTo(changed);

    StampedLines replaced = new StampedLines(file, "h 1");
    replaced.read();
    // Another version of Broadsheet rewrote it meanwhile, under its own header.
    new StampedLines(file, "h 2").write(values(3, " other"), UnaryOperator.identity());
    replaced.write(changed, UnaryOperator.identity());
    assertThat(Files.readAllLines(file)).first().isEqualTo("h 1");
    assertThat(new StampedLines(file, "h 1").read()).isEqualTo(changed);
  }

  @Test
  void aFileOfItsHeaderAloneCutShortReadsAsEmpty() throws Exception {
    Path file = dir.resolve("cache.tsv");
    Files.writeString(file, "h 1");
    assertThat(new StampedLines(file, "h 1").read()).isEmpty();
  }
}
