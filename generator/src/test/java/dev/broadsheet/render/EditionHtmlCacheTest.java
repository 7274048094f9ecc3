package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditionHtmlCacheTest {
  private static final String HTML = "<h1>Monday</h1>\n<p>Two lines, ünïcode.</p>\n";

  @TempDir
  Path cache;

  @Test
  void anEditionIsReusedOnlyUnderTheKeyItWasMadeUnder() {
    EditionHtmlCache first = new EditionHtmlCache(cache);
    first.put("2026-11-30", "key-1", HTML);
    first.save(List.of("2026-11-30"));

    EditionHtmlCache next = new EditionHtmlCache(cache);
    assertThat(next.get("2026-11-30", "key-1")).isEqualTo(HTML);
    assertThat(next.get("2026-11-30", "key-2")).isNull();
    assertThat(next.get("2026-11-29", "key-1")).isNull();
  }

  @Test
  void nothingIsKeptForTheNextBuildUntilSaved() {
    new EditionHtmlCache(cache).put("2026-11-30", "key-1", HTML);

    assertThat(new EditionHtmlCache(cache).get("2026-11-30", "key-1")).isNull();
  }

  @Test
  void whatIsKeptOfAnEditionTheFeedNoLongerCarriesIsDeletedWhenABuildSaves() {
    EditionHtmlCache first = new EditionHtmlCache(cache);
    first.put("2026-11-29", "old", HTML);
    first.put("2026-11-30", "key-1", HTML);
    first.save(List.of("2026-11-29", "2026-11-30"));

    // The next build renders a new edition only; the feed now carries the 30th and the 1st.
    EditionHtmlCache second = new EditionHtmlCache(cache);
    second.put("2026-12-01", "key-2", "<p>new</p>");
    second.save(List.of("2026-11-30", "2026-12-01"));

    EditionHtmlCache third = new EditionHtmlCache(cache);
    assertThat(third.get("2026-11-29", "old")).isNull();
    assertThat(third.get("2026-11-30", "key-1")).isEqualTo(HTML);
    assertThat(third.get("2026-12-01", "key-2")).isEqualTo("<p>new</p>");
  }

  @Test
  void aFolderOrAnotherFileInTheCacheIsLeftAlone() throws IOException {
    Path dir = Files.createDirectories(cache.resolve(EditionHtmlCache.FOLDER));
    Files.createDirectories(dir.resolve("a.html")).resolve("inside");
    Files.writeString(dir.resolve("a.html/inside"), "x");
    Files.writeString(dir.resolve(".2026-11-28.html77.tmp"), "being written");
    EditionHtmlCache first = new EditionHtmlCache(cache);
    first.put("2026-11-30", "key-1", HTML);
    first.put("2026-11-29", "old", HTML);
    first.save(List.of("2026-11-30"));

    assertThat(dir.resolve("a.html/inside")).exists();
    assertThat(dir.resolve(".2026-11-28.html77.tmp")).exists();
    assertThat(dir.resolve("2026-11-29.html")).doesNotExist();
    assertThat(new EditionHtmlCache(cache).get("2026-11-30", "key-1")).isEqualTo(HTML);
  }

  @Test
  void aDamagedFileIsRenderedAgainNotReused() throws IOException {
    Path dir = Files.createDirectories(cache.resolve(EditionHtmlCache.FOLDER));
    Files.writeString(dir.resolve("2026-11-30.html"), "key-1");
    Files.write(dir.resolve("2026-12-01.html"), new byte[] {'k', '\n', (byte) 0xff, (byte) 0xfe});

    EditionHtmlCache next = new EditionHtmlCache(cache);
    assertThat(next.get("2026-11-30", "key-1")).isNull();
    assertThat(next.get("2026-12-01", "k")).isNull();
  }
}
