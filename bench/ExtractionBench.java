import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.extract.ArticleExtractor;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Extracts every page of an extraction corpus on this thread, writes the bodies in the evaluator's
 * format, and prints the CPU time each page took (median and slowest). Run by bench/extraction.sh.
 *
 * <p>Arguments: CORPUS_DIR OUT.json. A corpus is either {@code html/<id>.html} files (the benchmark)
 * or {@code <id>/source.html} folders (the reader pages). Time is this thread's CPU time
 * (ThreadMXBean), not wall time, because the machine is shared: other processes then cost us
 * nothing. Each page is timed in several rounds after warm-up and its fastest round counts, which
 * removes cache and JIT noise but not the work itself.
 */
public class ExtractionBench {
  private static final int WARM_UP_ROUNDS = 10;
  private static final int TIMED_ROUNDS = 10;

  record Page(String id, String html, String url) {}

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    List<Page> pages = load(corpus);
    ArticleExtractor extractor = new ArticleExtractor();
    Map<String, Map<String, String>> predictions = new TreeMap<>();
    for (Page p : pages) {
      predictions.put(p.id(), Map.of("articleBody", extractor.extract(p.html(), p.url()).bodyText()));
    }
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(Path.of(args[1]).toFile(), predictions);

    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int round = 0; round < WARM_UP_ROUNDS; round++) {
      for (Page p : pages) {
        sink += extractor.extract(p.html(), p.url()).wordCount();
      }
    }
    long[] best = new long[pages.size()];
    Arrays.fill(best, Long.MAX_VALUE);
    for (int round = 0; round < TIMED_ROUNDS; round++) {
      for (int i = 0; i < pages.size(); i++) {
        long start = cpu.getCurrentThreadCpuTime();
        sink += extractor.extract(pages.get(i).html(), pages.get(i).url()).wordCount();
        best[i] = Math.min(best[i], cpu.getCurrentThreadCpuTime() - start);
      }
    }
    Integer[] order = new Integer[pages.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> best[i]));
    long median = best[order[order.length / 2]];
    int slowest = order[order.length - 1];
    System.out.printf("cpu per page: median %.1f ms, slowest %.1f ms (%s, %.0f kB of HTML); %d pages, fastest of %d "
            + "rounds after %d warm-up rounds (checksum %d)%n", median / 1e6, best[slowest] / 1e6,
        pages.get(slowest).id(), pages.get(slowest).html().length() / 1e3, pages.size(), TIMED_ROUNDS,
        WARM_UP_ROUNDS, sink % 1000);
  }

  private static List<Page> load(Path corpus) throws Exception {
    List<Page> pages = new ArrayList<>();
    if (Files.isDirectory(corpus.resolve("html"))) {
      try (Stream<Path> files = Files.list(corpus.resolve("html"))) {
        for (Path f : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
          String id = f.getFileName().toString().replaceFirst("\\.html$", "");
          pages.add(new Page(id, Files.readString(f, StandardCharsets.UTF_8), null));
        }
      }
    } else {
      try (Stream<Path> dirs = Files.list(corpus)) {
        for (Path d : dirs.filter(d -> Files.isRegularFile(d.resolve("source.html"))).sorted().toList()) {
          // The reader pages' expectations were made with this URL as the page's address.
          pages.add(new Page(d.getFileName().toString(),
              Files.readString(d.resolve("source.html"), StandardCharsets.UTF_8), "http://fakehost/test/page.html"));
        }
      }
    }
    return pages;
  }
}
