package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageCacheTest {
  @TempDir
  Path dir;

  /** A record of one published page, made under {@code stamp}: what a build leaves for the next. */
  private Path publishedUnder(String stamp) throws IOException {
    Path output = Files.createDirectories(dir.resolve("public"));
    Files.writeString(output.resolve("index.html"), "<p>home</p>");
    PageCache built = PageCache.open(dir.resolve("cache"), output, stamp);
    built.rendered("index.html", "model-1");
    built.save(List.of());
    return output;
  }

  @Test
  void aRecordReadAheadVouchesForPagesWhenTheStampIsStillItsOwn() throws IOException {
    Path output = publishedUnder("templates-1");
    PageCache readAhead = PageCache.open(dir.resolve("cache"), output, "templates-1");

    assertThat(readAhead.under("templates-1").unchanged("", "index.html", "model-1")).isTrue();
  }

  @Test
  void aRecordReadAheadOfATemplateEditVouchesForNoPageMadeBeforeIt() throws IOException {
    Path output = publishedUnder("templates-1");
    // Read at the start of a build; a template is saved before the pages are rendered.
    PageCache readAhead = PageCache.open(dir.resolve("cache"), output, "templates-1");

    PageCache current = readAhead.under("templates-2");

    assertThat(current.unchanged("", "index.html", "model-1")).isFalse();
  }

  @Test
  void aPageIsKeptByTheStateItsFileWasSeenInWithoutLookingAgain() throws IOException {
    Path output = publishedUnder("templates-1");
    String published = dev.broadsheet.base.FileStates.identity(
        Files.readAttributes(output.resolve("index.html"), java.nio.file.attribute.BasicFileAttributes.class));
    // The file is gone: only the state seen (the live site's walk) can vouch for it.
    Files.delete(output.resolve("index.html"));

    PageCache cache = PageCache.open(dir.resolve("cache"), output, "templates-1");

    assertThat(cache.knowing(path -> path.equals("index.html") ? published : null)
        .unchanged("", "index.html", "model-1")).isTrue();
    assertThat(cache.knowing(path -> null).unchanged("", "index.html", "model-1"))
        .as("not seen: looked at, and gone").isFalse();
    assertThat(cache.knowing(path -> "3 2026-01-01T00:00:00Z (dev=1,ino=2)").unchanged("", "index.html", "model-1"))
        .as("seen in another state").isFalse();
    assertThat(cache.knowing(path -> published).under("templates-2").unchanged("", "index.html", "model-1"))
        .as("another stamp's record vouches for nothing").isFalse();
  }
}
