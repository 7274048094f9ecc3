package dev.broadsheet.cli;

import dev.broadsheet.BuildResult;
import dev.broadsheet.base.Problem;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** The end-of-build summary, for people and CI logs alike: ASCII digits whatever the default locale. */
final class Summary {
  private Summary() {}

  static void print(BuildResult r, PrintWriter out, PrintWriter err) {
    out.printf(Locale.ROOT, "Sources: %d ok, %d not modified, %d skipped (offline), %d failed%n",
        r.sourcesOk(), r.sourcesNotModified(), r.sourcesSkipped(), r.sourcesFailed());
    out.printf(Locale.ROOT,
        "Articles: %d new, %d updated, %d stored, %d pages extracted; %d stories in %d editions%n",
        r.articlesAdded(), r.articlesUpdated(), r.articlesStored(), r.pagesExtracted(), r.stories(), r.editions());
    out.printf(Locale.ROOT, "Pages: %d written, %d unchanged -> %s%n", r.pagesWritten(), r.pagesUnchanged(),
        r.output().resolve("index.html"));
    StringBuilder times = new StringBuilder("Time:");
    long total = 0;
    for (Map.Entry<String, Duration> e : r.stageTimes().entrySet()) {
      times.append(' ').append(e.getKey()).append(' ').append(e.getValue().toMillis()).append(" ms,");
      total += e.getValue().toMillis();
    }
    out.println(times.append(" total ").append(total).append(" ms"));
    if (!r.problems().isEmpty()) {
      err.println("Problems (" + r.problems().size() + "):");
      for (Problem p : r.problems()) {
        err.println("  " + p);
      }
    }
  }
}
