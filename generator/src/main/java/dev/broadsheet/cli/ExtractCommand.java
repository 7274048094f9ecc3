package dev.broadsheet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.PageExtraction;
import dev.broadsheet.extract.Extraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code broadsheet extract}: the article extractor on pages, or on a benchmark folder. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extracts the article text and metadata from pages (files or URLs).")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "0..*", paramLabel = "URL|FILE", description = "Article pages: http(s) URLs or HTML files.")
  List<String> inputs = List.of();

  @Option(names = "--json", description = "Print each result as one JSON object per line.")
  boolean json;

  @Option(names = "--benchmark", paramLabel = "DIR",
      description = "Extract every DIR/<id>.html and write {\"<id>\": {\"articleBody\": ...}} to --out.")
  Path benchmark;

  @Option(names = "--out", paramLabel = "FILE", description = "Where --benchmark writes its predictions.")
  Path out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    if (benchmark != null) {
      return benchmark(stdout);
    }
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "name pages to extract, or --benchmark DIR");
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    boolean allOk = true;
    for (PageExtraction page : Broadsheet.extract(inputs)) {
      if (page.error() != null) {
        spec.commandLine().getErr().println(page.input() + ": " + page.error());
        allOk = false;
      } else if (json) {
        stdout.println(mapper.writeValueAsString(page.extraction()));
      } else {
        print(page.input(), page.extraction(), stdout);
      }
    }
    stdout.flush();
    return allOk ? Main.OK : Main.FAILED;
  }

  private int benchmark(PrintWriter stdout) throws IOException {
    if (out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--benchmark needs --out FILE");
    }
    List<String> pages;
    try (Stream<Path> files = Files.list(benchmark)) {
      pages = files.map(Path::toString).filter(p -> p.endsWith(".html")).sorted().toList();
    }
    Map<String, Map<String, String>> predictions = new TreeMap<>();
    for (PageExtraction page : Broadsheet.extract(pages)) {
      String id = Path.of(page.input()).getFileName().toString().replaceFirst("\\.html$", "");
      if (page.error() != null) {
        spec.commandLine().getErr().println(page.input() + ": " + page.error() + "; predicted an empty body");
      }
      predictions.put(id, Map.of("articleBody", page.error() == null ? page.extraction().bodyText() : ""));
    }
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
    stdout.println("extracted " + pages.size() + " pages into " + out);
    return Main.OK;
  }

  private static void print(String input, Extraction e, PrintWriter out) {
    out.println("== " + input);
    out.println("title:     " + known(e.title()));
    out.println("authors:   " + (e.authors().isEmpty() ? "unknown" : String.join(", ", e.authors())));
    out.println("published: " + known(e.published()) + (e.modified() == null ? "" : " (modified " + e.modified() + ")"));
    out.println("site:      " + known(e.siteName()) + (e.section() == null ? "" : " / " + e.section()));
    out.println("language:  " + known(e.language()));
    out.println("canonical: " + known(e.canonicalUrl()));
    out.println("image:     " + known(e.image()));
    out.println("words:     " + e.wordCount() + " (" + e.readingMinutes() + " min)");
    out.println();
    out.println(e.bodyText());
    out.println();
  }

  /** A value as the report shows it: "unknown" where the page gives none, as the feed command says. */
  private static String known(Object value) {
    return value == null || value.toString().isBlank() ? "unknown" : value.toString();
  }
}
