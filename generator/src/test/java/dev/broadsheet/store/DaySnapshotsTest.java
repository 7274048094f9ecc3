package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DaySnapshotsTest {
  @TempDir Path dir;
  private Path cache;
  private Path day;
  private Path kept;

  @BeforeEach
  void aStoreParsedOnceWithTheCache() throws Exception {
    cache = dir.resolve("cache");
    TreeMap<String, Article> articles = new TreeMap<>();
    for (String id : List.of("a", "b", "c")) {
      articles.put(id, new Article(id, "https://x.example/" + id, null, "src", "Title " + id, "Pub", null, "News",
          List.of("t"), List.of("Ünal Łoś"), Instant.parse("2026-11-20T10:00:00.123456789Z"), null,
          Instant.parse("2026-11-20T10:05:00Z"), "<p>Summary “" + id + "” 中文</p>", null,
          new Article.ArticlePage("<p>Body " + id + "</p>", 2, Instant.parse("2026-11-20T10:06:00Z"), null, null)));
    }
    new StoreFiles(dir).save(new StoreSnapshot(articles, new TreeMap<>(Map.of())));
    day = anHourOld(dir.resolve("articles/2026/11/20.json"));
    StoreFiles first = new StoreFiles(dir, cache, "code-1");
    first.save(first.load());
    kept = cache.resolve("day-snapshots/2026/11/20.bin");
  }

  @Test
  void aDayFileParsedOnceIsReadBackFromItsSnapshotAsParsing() {
    assertThat(kept).exists();
    StoreFiles cached = new StoreFiles(dir, cache, "code-1");
    StoreFiles parsed = new StoreFiles(dir);
    assertThat(cached.load().articles()).isEqualTo(parsed.load().articles());
    for (String id : List.of("a", "b", "c")) {
      assertThat(cached.digestAsRead(cached.load().articles().get(id)))
          .isEqualTo(parsed.digestAsRead(parsed.load().articles().get(id)));
    }
  }

  @Test
  void theSnapshotIsTakenForTheFileInTheStateItWasParsedInWithoutReadingTheFile() throws Exception {
    // Same size, same time, same file: only the state is looked at, as for the day record.
    FileTime time = Files.getLastModifiedTime(day);
    Files.writeString(day, Files.readString(day).replace("Title b", "Title B"));
    Files.setLastModifiedTime(day, time);
    assertThat(new StoreFiles(dir, cache, "code-1").load().articles().get("b").title()).isEqualTo("Title b");
    assertThat(new StoreFiles(dir).load().articles().get("b").title()).isEqualTo("Title B");
  }

  @Test
  void aFileEditedSinceIsParsedAndItsNewTextWins() throws Exception {
    Files.writeString(day, Files.readString(day).replace("Title b", "Title changed"));
    anHourOld(day);
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    assertThat(files.load().articles().get("b").title()).isEqualTo("Title changed");
    files.save(files.load());
    // The snapshot is made again for the new text.
    Files.writeString(day, Files.readString(day).replace("Title changed", "Title again"));
    anHourOld(day);
    assertThat(new StoreFiles(dir, cache, "code-1").load().articles().get("b").title()).isEqualTo("Title again");
  }

  @Test
  void aFileInAnotherStateWithTheSameBytesIsReadFromTheSnapshot() throws Exception {
    // A fresh checkout or a copy: new times and files, the same bytes. The digest path is taken,
    // and the snapshot is kept again under the new state.
    byte[] before = Files.readAllBytes(kept);
    Files.setLastModifiedTime(day, FileTime.from(Instant.now().minusSeconds(7200)));
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    assertThat(files.load().articles()).isEqualTo(new StoreFiles(dir).load().articles());
    files.save(files.load());
    assertThat(Files.readAllBytes(kept)).isNotEqualTo(before);
  }

  @Test
  void aDamagedSnapshotOrOneOfOtherCodeIsNotUsed() throws Exception {
    Map<String, Article> truth = new StoreFiles(dir).load().articles();
    byte[] bytes = Files.readAllBytes(kept);
    int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Title b");
    bytes[at + 6] = 'X';
    Files.write(kept, bytes);
    assertThat(new StoreFiles(dir, cache, "code-1").load().articles()).isEqualTo(truth);
    Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    assertThat(new StoreFiles(dir, cache, "code-1").load().articles()).isEqualTo(truth);
    assertThat(new StoreFiles(dir, cache, "code-2").load().articles()).isEqualTo(truth);
  }

  @Test
  void onlyASaveWritesSnapshotsAndADeletedDayLosesIts() throws Exception {
    Path other = dir.resolve("other-cache");
    new StoreFiles(dir, other, "code-1").load();
    assertThat(other.resolve("day-snapshots")).doesNotExist();

    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    files.load();
    files.save(new StoreSnapshot(new TreeMap<>(), new TreeMap<>()));
    assertThat(day).doesNotExist();
    assertThat(kept).doesNotExist();
  }

  private static Path anHourOld(Path file) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    return file;
  }
}
