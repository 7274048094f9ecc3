import dev.broadsheet.extract.ArticleExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Pages per second of the extractor on one thread, after warm-up. Run by bench/extraction.sh. */
public class ExtractionSpeed {
  public static void main(String[] args) throws Exception {
    List<String> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(args[0]))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
        pages.add(Files.readString(p, StandardCharsets.UTF_8));
      }
    }
    ArticleExtractor extractor = new ArticleExtractor();
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      for (String html : pages) {
        sink += extractor.extract(html, "https://example.org/a").wordCount();
      }
    }
    int rounds = 10;
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (String html : pages) {
        sink += extractor.extract(html, "https://example.org/a").wordCount();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double megabytes = pages.stream().mapToLong(String::length).sum() / 1e6;
    System.out.printf("speed: %.0f pages/s on one thread (%d pages x %d rounds after 5 warm-up rounds, "
        + "%.1f MB of HTML per round; checksum %d)%n", pages.size() * rounds / seconds, pages.size(), rounds,
        megabytes, sink % 1000);
  }
}
