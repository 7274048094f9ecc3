package dev.broadsheet.publish;

import dev.broadsheet.base.Problem;
import dev.broadsheet.base.StampedLines;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How {@link UpToDate.Curated} is kept in the last build's record: a line of the curation's
 * fingerprint, stories, editions, when images call for an online build and until when its image
 * warnings hold, then a line per
 * problem to report again, its fields tab-separated with tabs, line breaks and backslashes escaped.
 */
final class CurationRecord {
  private static final String PROBLEM = "problem";
  private static final String NEVER = "-";

  private CurationRecord() {}

  static String text(UpToDate.Curated curated) {
    StringBuilder text = new StringBuilder().append(curated.fingerprint()).append(' ').append(curated.stories())
        .append(' ').append(curated.editions()).append(' ')
        .append(curated.onlineAgain() == null ? NEVER : curated.onlineAgain().toString()).append(' ')
        .append(curated.warnedUntil() == null ? NEVER : curated.warnedUntil().toString()).append('\n');
    for (Problem p : curated.problems()) {
      text.append(PROBLEM).append('\t').append(p.severity()).append('\t').append(p.line()).append('\t')
          .append(StampedLines.escape(p.file())).append('\t').append(StampedLines.escape(p.message())).append('\n');
    }
    return text.toString();
  }

  /** The record {@code lines} hold, or null when they are not one {@link #text} wrote. */
  static UpToDate.Curated parse(List<String> lines) {
    String[] curation = lines.get(0).split(" ");
    if (curation.length != 5) {
      return null;
    }
    List<Problem> problems = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t", -1);
      if (f.length != 5 || !f[0].equals(PROBLEM)) {
        return null;
      }
      problems.add(new Problem(StampedLines.unescape(f[3]), Integer.parseInt(f[2]), StampedLines.unescape(f[4]),
          Problem.Severity.valueOf(f[1])));
    }
    return new UpToDate.Curated(curation[0], Integer.parseInt(curation[1]), Integer.parseInt(curation[2]),
        instant(curation[3]), problems, instant(curation[4]));
  }

  private static Instant instant(String text) {
    return text.equals(NEVER) ? null : Instant.parse(text);
  }
}
