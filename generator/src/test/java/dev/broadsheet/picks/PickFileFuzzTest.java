package dev.broadsheet.picks;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;

/** Any bytes in a pick file are a pick or a problem with the file's name; nothing crashes the loader. */
class PickFileFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void anyPickFileIsAPickOrAProblem(byte[] bytes) throws IOException {
    Path site = Files.createTempDirectory("fuzz-site");
    try {
      Path picks = Files.createDirectories(site.resolve("picks"));
      Files.write(picks.resolve("2026-11-20-fuzz.md"), bytes);
      ContentLoader.Loaded<Pick> loaded = new ContentLoader(site, ZoneOffset.UTC).picks();
      if (loaded.items().size() + loaded.problems().size() == 0 && bytes.length > 0) {
        // An empty-looking file may be skipped; anything else is a pick or a problem.
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8).strip();
        if (!text.isEmpty()) {
          throw new AssertionError("a pick file that is neither a pick nor a problem");
        }
      }
      loaded.problems().forEach(p -> {
        if (!p.toString().contains("2026-11-20-fuzz.md")) {
          throw new AssertionError("a problem that does not name the file: " + p);
        }
      });
    } finally {
      try (var files = Files.walk(site)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
