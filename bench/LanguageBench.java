import dev.broadsheet.base.LanguageGuess;
import dev.broadsheet.feed.FeedEntry;
import dev.broadsheet.feed.FeedReader;
import dev.broadsheet.feed.ParsedFeed;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * How well a feed's language is told from its text (LanguageGuess), measured on real data: every
 * feed of the feed corpus whose items state a language (the answer), read as a build reads it and
 * guessed from its items' headlines and summaries as if it stated none; and every page of the
 * extraction corpus whose html element states one, guessed from its headline and text as the
 * benchmark's ground truth gives them (the whole text, and its first 60 words: one item's worth).
 * Prints, per corpus, how many were right, wrong (another language: the harm) and left unsaid.
 * Usage: java -cp broadsheet.jar bench/LanguageBench.java ../shared/corpus
 */
public class LanguageBench {
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern HTML_LANG = Pattern.compile("(?is)<html[^>]*\\slang=\"([^\"]*)\"");
  private static final Pattern TITLE = Pattern.compile("(?is)<title[^>]*>(.*?)</title>");

  public static void main(String[] args) throws Exception {
    Path corpus = Path.of(args[0]);
    LanguageGuess guess = new LanguageGuess();
    feeds(corpus.resolve("feeds"), guess);
    pages(corpus.resolve("extraction"), guess);
    headlines(corpus.resolve("clustering/headlines.csv"), guess);
  }

  /** The clustering corpus's English headlines, a feed's worth per publisher (headlines only, no summaries). */
  private static void headlines(Path csv, LanguageGuess guess) throws Exception {
    if (!Files.isRegularFile(csv)) {
      return;
    }
    Map<String, StringBuilder> byPublisher = new TreeMap<>();
    Pattern row = Pattern.compile("^\\d+,(\"(?:[^\"]|\"\")*\"|[^,]*),(?:\"(?:[^\"]|\"\")*\"|[^,]*),(\"(?:[^\"]|\"\")*\"|[^,]*),");
    for (String line : Files.readAllLines(csv)) {
      Matcher m = row.matcher(line);
      if (m.find()) {
        String title = m.group(1).replaceAll("^\"|\"$", "").replace("\"\"", "\"");
        byPublisher.computeIfAbsent(m.group(2), k -> new StringBuilder()).append(title).append(".\n");
      }
    }
    int[] tally = new int[3];
    List<String> wrong = new ArrayList<>();
    for (var e : byPublisher.entrySet()) {
      String said = guess.of(e.getValue());
      tally[said == null ? 2 : said.equals("en") ? 0 : 1]++;
      if (said != null && !said.equals("en")) {
        wrong.add(e.getKey() + ": guessed " + said);
      }
    }
    report("clustering corpus, each publisher's English headlines as one feed (" + byPublisher.size() + ")", tally,
        wrong);
  }

  private static void feeds(Path dir, LanguageGuess guess) throws Exception {
    int[] tally = new int[3];
    List<String> wrong = new ArrayList<>();
    Map<String, Integer> languages = new TreeMap<>();
    FeedReader reader = new FeedReader();
    List<Path> files;
    try (Stream<Path> all = Files.walk(dir)) {
      files = all.filter(Files::isRegularFile).filter(p -> !p.toString().contains("/hostile/")).sorted().toList();
    }
    for (Path f : files) {
      ParsedFeed feed;
      try {
        feed = reader.read(Files.readAllBytes(f), null, "https://feed.example/feed");
      } catch (Exception | StackOverflowError e) {
        continue;
      }
      String stated = null;
      StringBuilder text = new StringBuilder();
      for (FeedEntry e : feed.entries()) {
        if (e.language() != null && !e.language().isBlank()) {
          stated = primary(e.language());
        }
        text.append(e.title()).append(". ").append(TAG.matcher(e.summaryHtml()).replaceAll(" ")).append('\n');
      }
      if (stated == null || text.toString().isBlank()) {
        continue;
      }
      languages.merge(stated, 1, Integer::sum);
      String said = guess.of(text);
      tally[said == null ? 2 : said.equals(stated) ? 0 : 1]++;
      if (said != null && !said.equals(stated)) {
        wrong.add(dir.relativize(f) + ": stated " + stated + ", guessed " + said);
      }
    }
    report("feed corpus, feeds stating a language " + languages, tally, wrong);
  }

  private static void pages(Path dir, LanguageGuess guess) throws Exception {
    Map<String, String> truth = new TreeMap<>();
    Map<String, String> texts = new TreeMap<>();
    Path benchmark = dir.resolve("benchmark");
    if (Files.isDirectory(benchmark)) {
      var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(benchmark.resolve("ground-truth.json").toFile());
      for (var it = json.fields(); it.hasNext(); ) {
        var entry = it.next();
        Path html = benchmark.resolve("html").resolve(entry.getKey() + ".html");
        if (Files.isRegularFile(html)) {
          String page = Files.readString(html);
          Matcher lang = HTML_LANG.matcher(page);
          if (lang.find()) {
            Matcher title = TITLE.matcher(page);
            truth.put(entry.getKey(), primary(lang.group(1)));
            texts.put(entry.getKey(), (title.find() ? title.group(1) + ". " : "") + entry.getValue().path("articleBody").asText());
          }
        }
      }
    }
    Path reader = dir.resolve("reader-pages");
    if (Files.isDirectory(reader)) {
      try (Stream<Path> cases = Files.list(reader)) {
        for (Path c : cases.sorted().toList()) {
          Path meta = c.resolve("expected-metadata.json");
          if (Files.isRegularFile(meta) && Files.isRegularFile(c.resolve("source.html"))) {
            var m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(meta.toFile());
            if (m.hasNonNull("lang") && !m.get("lang").asText().isBlank()) {
              var doc = org.jsoup.Jsoup.parse(c.resolve("source.html").toFile(), "UTF-8");
              truth.put("reader/" + c.getFileName(), primary(m.get("lang").asText()));
              texts.put("reader/" + c.getFileName(), m.path("title").asText() + ". " + doc.body().text());
            }
          }
        }
      }
    }
    int[] whole = new int[3];
    int[] opening = new int[3];
    List<String> wrong = new ArrayList<>();
    List<String> openingWrong = new ArrayList<>();
    Map<String, Integer> languages = new TreeMap<>();
    for (var e : truth.entrySet()) {
      languages.merge(e.getValue(), 1, Integer::sum);
      String text = texts.get(e.getKey());
      String all = guess.of(text);
      String first = guess.of(String.join(" ", List.of(text.split("\\s+")).subList(0, Math.min(60, text.split("\\s+").length))));
      whole[all == null ? 2 : all.equals(e.getValue()) ? 0 : 1]++;
      opening[first == null ? 2 : first.equals(e.getValue()) ? 0 : 1]++;
      if (first != null && !first.equals(e.getValue())) {
        openingWrong.add(e.getKey().substring(0, Math.min(12, e.getKey().length())) + ": stated " + e.getValue() + ", guessed " + first);
      }
      if (all != null && !all.equals(e.getValue())) {
        wrong.add(e.getKey().substring(0, Math.min(12, e.getKey().length())) + ": stated " + e.getValue() + ", guessed " + all);
      }
    }
    report("extraction pages stating a language " + languages + ", whole text", whole, wrong);
    report("the same pages, their first 60 words", opening, openingWrong);
  }

  private static String primary(String tag) {
    String p = tag.strip().toLowerCase(java.util.Locale.ROOT).split("[-_]")[0];
    return p.equals("nb") || p.equals("nn") ? "no" : p;
  }

  private static void report(String what, int[] tally, List<String> wrong) {
    System.out.printf("%s: %d right, %d wrong, %d left unsaid%n", what, tally[0], tally[1], tally[2]);
    wrong.forEach(w -> System.out.println("  wrong: " + w));
  }
}
