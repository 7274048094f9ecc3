package dev.broadsheet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.FetchConfig;
import dev.broadsheet.config.Version;
import dev.broadsheet.feed.FeedContext;
import dev.broadsheet.feed.FeedReader;
import dev.broadsheet.feed.FeedReport;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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
    FetchConfig fetch = FetchConfig.defaults(FetchConfig.DEFAULT_USER_AGENT_PREFIX + Version.current()
        + " (+https://broadsheet.dev/; static news digest generator)");
    ObjectMapper mapper = new ObjectMapper();
    FeedReader reader = new FeedReader();
    boolean allOk = true;
    try (HttpFetcher http = new HttpFetcher(fetch, Main.typedUrlsAllowed(inputs))) {
      for (String input : inputs) {
        FeedReport report = read(input, http, reader, fetch.maxBytes());
        allOk &= report.ok();
        if (json) {
          out.println(mapper.writeValueAsString(report));
        } else {
          print(report, out);
        }
      }
    }
    out.flush();
    return allOk ? Main.OK : Main.FAILED;
  }

  private FeedReport read(String input, HttpFetcher http, FeedReader reader, long maxBytes) {
    if (input.startsWith("http://") || input.startsWith("https://")) {
      FetchResult r = http.get("feed", input);
      if (r.status() != FetchResult.Status.OK) {
        return FeedReport.failed(input, r.error());
      }
      return FeedReport.of(input, r.body(),
          new FeedContext(r.contentType(), r.documentUrl(), r.contentLocation(), zone, maxBytes), reader);
    }
    try {
      byte[] bytes = Files.readAllBytes(Path.of(input));
      return FeedReport.of(input, bytes, new FeedContext(null, null, null, zone, maxBytes), reader);
    } catch (NoSuchFileException e) {
      return FeedReport.failed(input, "no such file");
    } catch (IOException e) {
      return FeedReport.failed(input, "cannot read: " + e.getMessage());
    }
  }

  private static void print(FeedReport r, PrintWriter out) {
    out.println("== " + r.input());
    if (!r.ok()) {
      out.println("  error: " + r.error());
      if (r.alternates() != null) {
        r.alternates().forEach(a -> out.println("  feed linked from the page: " + a));
      }
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
    }
    r.warnings().forEach(w -> out.println("  warning: " + w));
  }

  private static void line(PrintWriter out, String name, String value) {
    if (value != null) {
      out.printf("      %-10s %s%n", name + ":", value);
    }
  }
}
