package dev.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The repository's sample site, copied to a temporary folder so tests never touch the original. */
final class SampleSite {
  static final Path SOURCE = Path.of("..", "sample-site");
  private static final Set<String> SKIP = Set.of("public", "data", "target", ".broadsheet-cache");

  private SampleSite() {}

  static Path copyTo(Path dir) {
    try (Stream<Path> files = Files.walk(SOURCE)) {
      for (Path p : files.toList()) {
        Path rel = SOURCE.relativize(p);
        if (rel.getNameCount() > 0 && SKIP.contains(rel.getName(0).toString())) {
          continue;
        }
        Path target = dir.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Clock clockAt(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  static BuildResult build(Path site, String instant) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(clockAt(instant)));
  }

  /**
   * The search index of the site written to {@code out}: the JSON value {@code search/index.js}
   * assigns, read as the browser's script would see it.
   */
  static com.fasterxml.jackson.databind.JsonNode searchIndex(Path out) {
    try {
      String script = Files.readString(out.resolve("search/index.js"));
      String head = "window.broadsheetSearchIndex=";
      org.assertj.core.api.Assertions.assertThat(script).startsWith(head).endsWith(";\n");
      return new com.fasterxml.jackson.databind.ObjectMapper().readTree(script.substring(head.length(), script.length() - 2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code dir} with its bytes, by relative path. */
  static TreeMap<String, String> files(Path dir) {
    TreeMap<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
