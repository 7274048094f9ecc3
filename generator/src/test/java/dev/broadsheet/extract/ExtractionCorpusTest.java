package dev.broadsheet.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Regression guard on the shared extraction corpus: the same metric as its evaluator (4-token
 * shingles compared as multisets; precision averaged over non-empty predictions, recall over all
 * items, F1 of the two means). Fails if the development pages' F1 drops below 0.975 or the reader
 * pages' below 0.96. Skips when ../shared is absent. bench/extraction.sh gives the full figures.
 */
class ExtractionCorpusTest {
  static final Path CORPUS = Path.of("..", "..", "shared", "corpus", "extraction", "benchmark");
  static final Path READER_PAGES = Path.of("..", "..", "shared", "corpus", "extraction", "reader-pages");
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  @Test
  void developmentPagesStayAtOrAbove975Percent() throws Exception {
    double f1 = f1(CORPUS, id -> CORPUS.resolve("html").resolve(id + ".html"), null);
    System.out.printf("extraction benchmark: F1 %.3f%n", f1);
    assertThat(f1).isGreaterThanOrEqualTo(0.975);
  }

  @Test
  void readerPagesStayAtOrAbove96Percent() throws Exception {
    double f1 = f1(READER_PAGES, id -> READER_PAGES.resolve(id).resolve("source.html"), "http://fakehost/test/page.html");
    System.out.printf("reader pages: F1 %.3f%n", f1);
    assertThat(f1).isGreaterThanOrEqualTo(0.96);
  }

  private static double f1(Path corpus, java.util.function.Function<String, Path> page, String url) throws Exception {
    Assumptions.assumeTrue(Files.isRegularFile(corpus.resolve("ground-truth.json")),
        "skipped: the shared extraction corpus is not at " + corpus.toAbsolutePath().normalize());
    JsonNode truth = new ObjectMapper().readTree(corpus.resolve("ground-truth.json").toFile());
    ArticleExtractor extractor = new ArticleExtractor();
    double precisionSum = 0;
    int precisionCount = 0;
    double recallSum = 0;
    int recallCount = 0;
    for (Iterator<String> ids = truth.fieldNames(); ids.hasNext(); ) {
      String id = ids.next();
      String html = Files.readString(page.apply(id), StandardCharsets.UTF_8);
      Map<String, Integer> predicted = shingles(extractor.extract(html, url).bodyText());
      Map<String, Integer> expected = shingles(truth.get(id).get("articleBody").asText());
      int tp = 0;
      for (Map.Entry<String, Integer> e : predicted.entrySet()) {
        tp += Math.min(e.getValue(), expected.getOrDefault(e.getKey(), 0));
      }
      int predictedTotal = predicted.values().stream().mapToInt(Integer::intValue).sum();
      int expectedTotal = expected.values().stream().mapToInt(Integer::intValue).sum();
      if (predictedTotal > 0) {
        precisionSum += (double) tp / predictedTotal;
        precisionCount++;
      }
      if (expectedTotal > 0) {
        recallSum += (double) tp / expectedTotal;
        recallCount++;
      }
    }
    double precision = precisionSum / precisionCount;
    double recall = recallSum / recallCount;
    return 2 * precision * recall / (precision + recall);
  }

  static Map<String, Integer> shingles(String text) {
    List<String> tokens = new java.util.ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      tokens.add(m.group());
    }
    Map<String, Integer> counts = new HashMap<>();
    if (tokens.isEmpty()) {
      return counts;
    }
    if (tokens.size() < 4) {
      counts.put(String.join(" ", tokens), 1);
      return counts;
    }
    for (int i = 0; i + 4 <= tokens.size(); i++) {
      counts.merge(String.join(" ", tokens.subList(i, i + 4)), 1, Integer::sum);
    }
    return counts;
  }
}
