package dev.broadsheet;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.broadsheet.base.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code data/last-build.json}: the build summary for monitoring, as the command line prints it. */
final class LastBuild {
  private LastBuild() {}

  static void write(Path dataDir, BuildResult r, Instant when) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("finished", when.toString());
    doc.put("sources", Map.of("ok", r.sources().ok(), "notModified", r.sources().notModified(),
        "skipped", r.sources().skipped(), "failed", r.sources().failed()));
    doc.put("failedSourcesPercent", r.failedSourcesPercent());
    doc.put("withinFailureBudget", !r.exceedsFailureBudget());
    doc.put("articles", Map.of("added", r.articles().added(), "updated", r.articles().updated(),
        "stored", r.articles().stored(), "pagesExtracted", r.articles().extracted(), "pruned", r.articles().pruned(),
        "hidden", r.articles().hidden()));
    doc.put("stories", r.site().stories());
    doc.put("editions", r.site().editions());
    doc.put("files", Map.of("written", r.site().filesWritten(), "unchanged", r.site().filesUnchanged(),
        "removed", r.site().filesRemoved()));
    Map<String, Long> times = new LinkedHashMap<>();
    r.stageTimes().forEach((k, v) -> times.put(k, v.toMillis()));
    doc.put("stageMillis", times);
    List<Map<String, String>> problems = r.problems().stream()
        .map(p -> Map.of("where", p.where(), "message", p.message())).toList();
    doc.put("problems", problems);
    try {
      String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(doc) + "\n";
      AtomicFiles.writeIfChanged(dataDir.resolve("last-build.json"), json.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dataDir.resolve("last-build.json"), e);
    }
  }
}
