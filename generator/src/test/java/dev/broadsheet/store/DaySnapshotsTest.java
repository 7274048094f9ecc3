package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
          new ArticlePage("<p>Body " + id + "</p>", 2, Instant.parse("2026-11-20T10:06:00Z"), null, null)));
    }
    new StoreFiles(dir).save(new StoreSnapshot(articles, new TreeMap<>(Map.of())));
    day = anHourOld(dir.resolve("articles/2026/11/20.json"));
    StoreFiles first = new StoreFiles(dir, cache, "code-1");
    first.save(first.load());
    assertThat(first.daysParsed()).isEqualTo(1);
    kept = cache.resolve("day-snapshots/2026/11/20.bin");
  }

  @Test
  void aDayFileParsedOnceIsReadBackFromItsSnapshotAsParsing() throws Exception {
    assertThat(kept).exists();
    StoreFiles cached = new StoreFiles(dir, cache, "code-1");
    StoreFiles parsed = new StoreFiles(dir);
    Map<String, Article> fromSnapshot = cached.load().articles();
    assertThat(cached.daysParsed()).isZero();
    assertThat(fromSnapshot).isEqualTo(parsed.load().articles());
    for (String id : List.of("a", "b", "c")) {
      assertThat(cached.digestAsRead(fromSnapshot.get(id))).isEqualTo(parsed.digestAsRead(parsed.load().articles().get(id)));
    }
    // The record keeps the day for the build after, as read.
    String record = Files.readString(cache.resolve("day-files.tsv"));
    cached.save(new StoreSnapshot(new TreeMap<>(fromSnapshot), new TreeMap<>()));
    assertThat(cache.resolve("day-files.tsv")).content().isEqualTo(record);
  }

  @Test
  void inTheStateTheRecordSawTheFileIsNotEvenRead() throws Exception {
    // Same size, same time, same file: only the state is looked at, as build tools and git do.
    FileTime time = Files.getLastModifiedTime(day);
    Files.writeString(day, Files.readString(day).replace("Title b", "Title B"));
    Files.setLastModifiedTime(day, time);
    assertThat(new StoreFiles(dir, cache, "code-1").load().articles().get("b").title()).isEqualTo("Title b");
    assertThat(new StoreFiles(dir).load().articles().get("b").title()).isEqualTo("Title B");
  }

  @Test
  void longTextsEditedToHoldWhatXmlCannotCarryAreCleanedWhenParsedAndStayCleanInTheSnapshot() throws Exception {
    // References are plain ASCII: the file still reads as written, and only parsing cleans them.
    Files.writeString(day, Files.readString(day).replace("<p>Body b</p>", "<p>Body&#1; b</p>")
        .replace("<p>Summary “b”", "<p>Summary&#x2; “b”"));
    anHourOld(day);
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    Article parsed = files.load().articles().get("b");
    assertThat(files.daysParsed()).isEqualTo(1);
    assertThat(parsed.page().bodyHtml()).isEqualTo("<p>Body b</p>");
    assertThat(parsed.summaryHtml()).isEqualTo("<p>Summary “b” 中文</p>");
    files.save(files.load());
    StoreFiles next = new StoreFiles(dir, cache, "code-1");
    assertThat(next.load().articles().get("b")).isEqualTo(parsed);
    assertThat(next.daysParsed()).as("read from the snapshot, without cleaning").isZero();
  }

  @Test
  void aFileEditedSinceIsParsedAndItsNewTextWins() throws Exception {
    Files.writeString(day, Files.readString(day).replace("Title b", "Title changed"));
    anHourOld(day);
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    assertThat(files.load().articles().get("b").title()).isEqualTo("Title changed");
    assertThat(files.daysParsed()).isEqualTo(1);
    files.save(files.load());
    StoreFiles next = new StoreFiles(dir, cache, "code-1");
    assertThat(next.load().articles().get("b").title()).isEqualTo("Title changed");
    assertThat(next.daysParsed()).as("the new text's snapshot").isZero();
  }

  @Test
  void aFileInAnotherStateWithTheSameBytesIsReadFromItsSnapshotWhichStaysAsItWas() throws Exception {
    // A fresh checkout or a restored cache: new times and files, the same bytes.
    byte[] before = Files.readAllBytes(kept);
    Files.setLastModifiedTime(day, FileTime.from(Instant.now().minusSeconds(7200)));
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    assertThat(files.load().articles()).isEqualTo(new StoreFiles(dir).load().articles());
    assertThat(files.daysParsed()).isZero();
    files.save(files.load());
    assertThat(Files.readAllBytes(kept)).isEqualTo(before);
    StoreFiles next = new StoreFiles(dir, cache, "code-1");
    next.load();
    assertThat(next.daysParsed()).isZero();
  }

  @Test
  void aDamagedSnapshotIsNotUsed() throws Exception {
    Files.setLastModifiedTime(day, FileTime.from(Instant.now().minusSeconds(7200)));
    Map<String, Article> truth = new StoreFiles(dir).load().articles();
    byte[] bytes = Files.readAllBytes(kept);
    int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Title b");
    bytes[at + 6] = 'X';
    Files.write(kept, bytes);
    StoreFiles damaged = new StoreFiles(dir, cache, "code-1");
    assertThat(damaged.load().articles()).isEqualTo(truth);
    assertThat(damaged.daysParsed()).isEqualTo(1);
    Files.write(kept, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    StoreFiles cut = new StoreFiles(dir, cache, "code-1");
    assertThat(cut.load().articles()).isEqualTo(truth);
    assertThat(cut.daysParsed()).isEqualTo(1);
  }

  @Test
  void aSnapshotIsTakenForItsBytesUnderItsOwnCodeOnly() throws Exception {
    // A snapshot that says something else than the file, with a right checksum: what a snapshot
    // made by other code could hold. Read under its code it is taken (so the bytes' digest is
    // what finds it, with the file in another state); under other code it is not.
    byte[] bytes = Files.readAllBytes(kept);
    int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("Title b");
    bytes[at + 6] = 'Z';
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(bytes, 0, bytes.length - Long.BYTES);
    java.nio.ByteBuffer.wrap(bytes).putLong(bytes.length - Long.BYTES, crc.getValue());
    Files.write(kept, bytes);
    Files.setLastModifiedTime(day, FileTime.from(Instant.now().minusSeconds(7200)));
    assertThat(new StoreFiles(dir, cache, "code-1").load().articles().get("b").title()).isEqualTo("Title Z");
    StoreFiles other = new StoreFiles(dir, cache, "code-2");
    assertThat(other.load().articles().get("b").title()).isEqualTo("Title b");
    assertThat(other.daysParsed()).isEqualTo(1);
  }

  @Test
  void onlyASaveWritesSnapshotsAndItClearsThoseOfDaysNoLongerStored() throws Exception {
    Path other = dir.resolve("other-cache");
    new StoreFiles(dir, other, "code-1").load();
    assertThat(other.resolve("day-snapshots")).doesNotExist();

    Path handDeleted = cache.resolve("day-snapshots/2026/11/19.bin");
    Files.copy(kept, handDeleted);
    Path leftover = cache.resolve("day-snapshots/2026/11/.20.bin12345.tmp");
    Files.writeString(leftover, "half");
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    files.save(files.load());
    assertThat(handDeleted).doesNotExist();
    assertThat(leftover).doesNotExist();
    assertThat(kept).exists();

    files.save(new StoreSnapshot(new TreeMap<>(), new TreeMap<>()));
    assertThat(day).doesNotExist();
    assertThat(kept).doesNotExist();
  }

  @Test
  void randomArticlesReadFromSnapshotsEqualTheParsedOnes() throws Exception {
    Random random = new Random(11);
    TreeMap<String, Article> articles = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      Article a = ArticleBinaryTest.randomArticle(random, i);
      articles.put(a.id(), a);
    }
    Path store = dir.resolve("random");
    new StoreFiles(store).save(new StoreSnapshot(articles, new TreeMap<>()));
    try (var files = Files.walk(store.resolve("articles"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        anHourOld(f);
      }
    }
    Path randomCache = dir.resolve("random-cache");
    StoreFiles first = new StoreFiles(store, randomCache, "code-1");
    first.save(first.load());
    StoreFiles cached = new StoreFiles(store, randomCache, "code-1");
    Map<String, Article> fromSnapshots = cached.load().articles();
    assertThat(cached.daysParsed()).isZero();
    assertThat(fromSnapshots).isEqualTo(new StoreFiles(store).load().articles());
  }

  private static Path anHourOld(Path file) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    return file;
  }
}
