import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.extract.ArticleExtractor;
import dev.broadsheet.extract.Extraction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Metadata match rates on the reader pages: for each field, the share of pages where the
 * extracted value equals the expected one (after trimming; dates compared as instants, bylines
 * as the joined author names, language by its primary subtag). Bylines are also compared as names
 * only (see {@link #bylineNames}). Run by bench/extraction.sh.
 */
public class MetadataBench {
  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    ArticleExtractor extractor = new ArticleExtractor();
    Map<String, int[]> fields = new LinkedHashMap<>();
    for (String f : List.of("title", "byline", "byline names", "excerpt", "siteName", "publishedTime", "lang")) {
      fields.put(f, new int[2]);
    }
    List<Path> dirs;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      dirs = s.filter(d -> Files.isRegularFile(d.resolve("expected-metadata.json"))).sorted().toList();
    }
    for (Path dir : dirs) {
      JsonNode expected = mapper.readTree(dir.resolve("expected-metadata.json").toFile());
      Extraction e = extractor.extract(Files.readString(dir.resolve("source.html"), StandardCharsets.UTF_8),
          "http://fakehost/test/page.html");
      String page = dir.getFileName().toString();
      check(fields, page, "title", expected, e.title());
      check(fields, page, "byline", expected, String.join(", ", e.authors()));
      bylineNames(fields, expected, String.join(", ", e.authors()));
      check(fields, page, "excerpt", expected, e.description());
      check(fields, page, "siteName", expected, e.siteName());
      String published = expected.path("publishedTime").asText(null);
      if (published != null && !published.isBlank()) {
        var want = dev.broadsheet.base.DateParser.parse(published, java.time.ZoneOffset.UTC);
        fields.get("publishedTime")[1]++;
        if (want.isPresent() && want.get().equals(e.published())) {
          fields.get("publishedTime")[0]++;
        }
      }
      String lang = expected.path("lang").asText(null);
      if (lang != null && !lang.isBlank()) {
        fields.get("lang")[1]++;
        if (e.language() != null && e.language().split("-")[0].equalsIgnoreCase(lang.split("-")[0])) {
          fields.get("lang")[0]++;
        }
      }
    }
    System.out.println("metadata exact matches on " + dirs.size() + " reader pages (pages with an expected value):");
    fields.forEach((name, v) -> System.out.printf("  %-14s %3d / %3d  %5.1f%%%n", name, v[0], v[1],
        v[1] == 0 ? 0.0 : 100.0 * v[0] / v[1]));
  }

  /** Counts a match; with -Dmismatches=true prints each mismatch (page, expected, ours) on one line. */
  private static void check(Map<String, int[]> fields, String page, String name, JsonNode expected, String actual) {
    String want = expected.path(name).asText(null);
    if (want == null || want.isBlank()) {
      return;
    }
    fields.get(name)[1]++;
    if (actual != null && normalize(want).equals(normalize(actual))) {
      fields.get(name)[0]++;
    } else if (Boolean.getBoolean("mismatches")) {
      System.out.printf("  %s %s: want [%s] got [%s]%n", page, name, normalize(want), actual);
    }
  }

  /**
   * The expected byline is the text of the page's byline element ("By Jane Doe" and a date on the
   * next line); ours is the authors' names. This second comparison takes the expected byline's first
   * line without a leading "By" or "Written by", so that the names themselves are compared.
   */
  private static void bylineNames(Map<String, int[]> fields, JsonNode expected, String actual) {
    String want = expected.path("byline").asText(null);
    if (want == null || want.isBlank()) {
      return;
    }
    String names = want.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("")
        .replaceFirst("(?i)^(written by|by)\\s+", "");
    fields.get("byline names")[1]++;
    if (normalize(names).equals(normalize(actual))) {
      fields.get("byline names")[0]++;
    }
  }

  private static String normalize(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }
}
