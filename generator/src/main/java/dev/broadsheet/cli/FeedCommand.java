package dev.broadsheet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.feed.FeedReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet feed}: shows what Broadsheet reads from feeds, to find out why a source misbehaves. */
@Command(name = "feed", mixinStandardHelpOptions = true,
    description = "Reads feeds (files or URLs) and prints what Broadsheet finds in them.")
final class FeedCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE|URL", description = "Feed files or http(s) URLs.")
  List<String> inputs;

  @Option(names = "--json", description = "Print one JSON object per input, one per line.")
  boolean json;

  @Option(names = "--timezone", paramLabel = "ZONE", defaultValue = "UTC",
      description = "Zone for dates that give none (default: UTC).")
  ZoneId zone;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    ObjectMapper mapper = new ObjectMapper();
    boolean allOk = true;
    for (FeedReport report : Broadsheet.readFeeds(inputs, zone)) {
      allOk &= report.ok();
      if (json) {
        out.println(mapper.writeValueAsString(report));
      } else {
        print(report, out);
      }
    }
    out.flush();
    return allOk ? Main.OK : Main.FAILED;
  }

  private static void print(FeedReport r, PrintWriter out) {
    out.println("== " + r.input());
    if (!r.ok()) {
      out.println("  error: " + r.error());
      r.alternates().forEach(a -> out.println("  feed linked from the page: " + a));
      return;
    }
    out.println("  format:  " + r.format() + " (" + r.charset() + ")");
    out.println("  title:   " + r.title());
    out.println("  items:   " + r.items().size());
    for (FeedReport.Item item : r.items()) {
      out.println("  - " + (item.title() == null || item.title().isEmpty() ? "(no title)" : item.title()));
      line(out, "link", item.link());
      line(out, "id", item.id());
      line(out, "published", item.published() == null ? "unknown (the first-seen time will be used)" : item.published());
      line(out, "updated", item.updated());
      line(out, "image", item.image());
      line(out, "authors", item.authors().isEmpty() ? null : String.join(", ", item.authors()));
      line(out, "language", item.language());
      line(out, "text says", item.textLanguage());
      line(out, "tags", item.categories().isEmpty() ? null : String.join(", ", item.categories()));
      if (item.media() != null) {
        dev.broadsheet.store.Media m = item.media();
        String seconds = m.seconds() == null ? null : m.seconds() >= 3600
            ? String.format("%d:%02d:%02d", m.seconds() / 3600, m.seconds() / 60 % 60, m.seconds() % 60)
            : String.format("%d:%02d", m.seconds() / 60, m.seconds() % 60);
        String about = java.util.stream.Stream.of(m.type(), seconds).filter(java.util.Objects::nonNull)
            .collect(java.util.stream.Collectors.joining(", "));
        line(out, "media", m.url() + (about.isEmpty() ? "" : " (" + about + ")"));
      }
    }
    r.warnings().forEach(w -> out.println("  warning: " + w));
  }

  private static void line(PrintWriter out, String name, String value) {
    if (value != null) {
      out.printf("      %-10s %s%n", name + ":", value);
    }
  }
}
