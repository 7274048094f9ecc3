package dev.broadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.List;
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
   * The parts of the search index of the site written to {@code out} by name, in the order
   * {@code search/index.js} names them: the JSON value each part's script assigns, read as the
   * browser's script would see it.
   */
  static java.util.LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode> searchParts(Path out) {
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    java.util.LinkedHashMap<String, com.fasterxml.jackson.databind.JsonNode> parts = new java.util.LinkedHashMap<>();
    for (com.fasterxml.jackson.databind.JsonNode part : assigned(json, out.resolve("search/index.js"),
        "window.broadsheetSearchIndex=").path("parts")) {
      String name = part.get(0).asText();
      Path file = out.resolve("search/" + name + ".js");
      try {
        // Each part named with the version of its bytes, which the search script loads it by.
        org.assertj.core.api.Assertions.assertThat(part.get(1).asText())
            .isEqualTo(dev.broadsheet.base.ChangeDigests.hex(Files.readAllBytes(file)).substring(0, 12));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parts.put(name, assigned(json, file,
          "(window.broadsheetSearchParts=window.broadsheetSearchParts||{})[\"" + name + "\"]="));
    }
    return parts;
  }

  /** Every value {@code field} of the search index's parts lists, part after part. */
  static List<com.fasterxml.jackson.databind.JsonNode> searchValues(Path out, String field) {
    List<com.fasterxml.jackson.databind.JsonNode> values = new java.util.ArrayList<>();
    searchParts(out).values().forEach(part -> part.path(field).forEach(values::add));
    return values;
  }

  private static com.fasterxml.jackson.databind.JsonNode assigned(com.fasterxml.jackson.databind.ObjectMapper json,
      Path file, String head) {
    try {
      String script = Files.readString(file);
      org.assertj.core.api.Assertions.assertThat(script).startsWith(head).endsWith(";\n");
      return json.readTree(script.substring(head.length(), script.length() - 2));
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
