package dev.broadsheet.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.broadsheet.config.FetchConfig;
import dev.broadsheet.config.Version;
import dev.broadsheet.extract.ArticleExtractor;
import dev.broadsheet.extract.Extraction;
import dev.broadsheet.fetch.FetchResult;
import dev.broadsheet.fetch.HttpFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
    ArticleExtractor extractor = new ArticleExtractor();
    if (benchmark != null) {
      return benchmark(extractor, stdout);
    }
    if (inputs.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "name pages to extract, or --benchmark DIR");
    }
    ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    boolean allOk = true;
    try (HttpFetcher http = new HttpFetcher(FetchConfig.defaults(FetchConfig.DEFAULT_USER_AGENT_PREFIX
        + Version.current() + " (+https://broadsheet.dev/; static news digest generator)"),
        Main.typedUrlsAllowed(inputs))) {
      for (String input : inputs) {
        String html;
        String url = null;
        if (input.startsWith("http://") || input.startsWith("https://")) {
          FetchResult r = http.get("extract", input);
          if (r.status() != FetchResult.Status.OK) {
            spec.commandLine().getErr().println(input + ": " + r.error());
            allOk = false;
            continue;
          }
          html = new String(r.body(), StandardCharsets.UTF_8);
          url = r.documentUrl();
        } else {
          html = Files.readString(Path.of(input), StandardCharsets.UTF_8);
        }
        Extraction e = extractor.extract(html, url);
        if (json) {
          stdout.println(mapper.writeValueAsString(e));
        } else {
          print(input, e, stdout);
        }
      }
    }
    stdout.flush();
    return allOk ? Main.OK : Main.FAILED;
  }

  private int benchmark(ArticleExtractor extractor, PrintWriter stdout) throws IOException {
    if (out == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--benchmark needs --out FILE");
    }
    Map<String, Map<String, String>> predictions = new TreeMap<>();
    List<Path> pages;
    try (Stream<Path> files = Files.list(benchmark)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      String id = page.getFileName().toString().replaceFirst("\\.html$", "");
      String html = Files.readString(page, StandardCharsets.UTF_8);
      predictions.put(id, Map.of("articleBody", extractor.extract(html, null).bodyText()));
    }
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);
    stdout.println("extracted " + pages.size() + " pages into " + out);
    return Main.OK;
  }

  private static void print(String input, Extraction e, PrintWriter out) {
    out.println("== " + input);
    out.println("title:     " + e.title());
    out.println("authors:   " + String.join(", ", e.authors()));
    out.println("published: " + e.published() + (e.modified() == null ? "" : " (modified " + e.modified() + ")"));
    out.println("site:      " + e.siteName() + (e.section() == null ? "" : " / " + e.section()));
    out.println("language:  " + e.language());
    out.println("canonical: " + e.canonicalUrl());
    out.println("image:     " + e.image());
    out.println("words:     " + e.wordCount() + " (" + e.readingMinutes() + " min)");
    out.println();
    out.println(e.bodyText());
    out.println();
  }
}
