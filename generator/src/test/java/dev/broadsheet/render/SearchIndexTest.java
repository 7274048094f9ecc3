package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse(
      "title: T\nbaseUrl: https://e.org/\nlanguage: en-GB\ntimezone: Europe/London\n", Path.of("/tmp/site"),
      "broadsheet.yaml");
  private final SearchIndex index = new SearchIndex(new TemplateHelpers(CONFIG), CONFIG.timezone());

  private static Story story(String slug, String title, String summary, String publisher, String time) {
    Article a = new Article(slug, "https://p.example/" + slug, null, "p", title, publisher, null, "Local", List.of(),
        List.of(), time == null ? null : Instant.parse(time), null, null, summary, null);
    Story.Item lead = new Story.Item(a, slug, "articles/" + slug + "/");
    return new Story(slug, lead, List.of(), null, a.effectiveTime(), null, List.of(), lead.path(), List.of());
  }

  private static JsonNode read(RenderedFile file, String head) throws Exception {
    String script = new String(file.bytes(), StandardCharsets.UTF_8);
    assertThat(script).startsWith(head).endsWith(";\n");
    return new ObjectMapper().readTree(script.substring(head.length(), script.length() - 2));
  }

  /** The one part of an index whose reports are all of one month. */
  private static JsonNode read(List<RenderedFile> files) throws Exception {
    assertThat(files).hasSize(2);
    String name = read(files.get(0), "window." + SearchIndex.GLOBAL + "=").path("parts").get(0).get(0).asText();
    return read(files.get(1), "(window." + SearchIndex.PARTS + "=window." + SearchIndex.PARTS + "||{})[\"" + name + "\"]=");
  }

  @Test
  void writesScriptsThatSetTheIndexAndItsPartsSoThatAPageOpenedFromDiskCanLoadThem() throws Exception {
    List<RenderedFile> files = index.write(List.of(story("a", "Ferry runs late", "<p>The ferry ran late.</p>", "Courier",
        "2026-11-24T23:30:00Z")));
    assertThat(files).extracting(RenderedFile::path).containsExactly("search/index.js", "search/2026-11.js");
    assertThat(read(files.get(0), "window.broadsheetSearchIndex=").toString()).isEqualTo("{\"v\":4,\"parts\":[[\"2026-11\",\""
        + SearchIndex.version(files.get(1).bytes()) + "\"]]}");
    JsonNode doc = read(files);
    assertThat(doc.path("v").asInt()).isEqualTo(4);
    assertThat(doc.path("prefix").asText()).isEqualTo("articles/");
    assertThat(doc.path("items").get(0).toString()).isEqualTo("[\"Ferry runs late\",\"a/\",0,0,0,\"The ran\"]");
    assertThat(doc.path("publishers").get(0).asText()).isEqualTo("Courier");
  }

  @Test
  void aHeadlinesSoftHyphensAreNotInTheIndexSoThatItsWordsAreFoundAsTyped() throws Exception {
    JsonNode doc = read(index.write(List.of(story("bahn", "Deutsche Bahn: P\u00fcnkt\u00adlichkeit auf Tiefstand",
        "<p>Die Tarif\u00adeinigung steht.</p>", "Courier", "2026-11-24T10:00:00Z"))));
    assertThat(doc.path("items").get(0).get(0).asText()).isEqualTo("Deutsche Bahn: P\u00fcnktlichkeit auf Tiefstand");
    assertThat(doc.path("items").get(0).get(5).asText()).contains("Tarifeinigung").doesNotContain("\u00ad");
  }

  @Test
  void eachReportIsInThePartOfItsMonthInTheSiteZoneNewestFirstTheUndatedLast() throws Exception {
    List<RenderedFile> files = index.write(List.of(
        story("december", "December", "", "A", "2026-12-01T10:00:00Z"),
        story("undated", "Undated", "", "B", null),
        // 23:30 UTC on 31 October is still October in London once the clocks went back.
        story("halloween", "Halloween", "", "A", "2026-10-31T23:30:00Z"),
        story("november", "November", "", "B", "2026-11-20T10:00:00Z")));
    assertThat(files).extracting(RenderedFile::path).containsExactly("search/index.js", "search/2026-12.js",
        "search/2026-11.js", "search/2026-10.js", "search/undated.js");
    assertThat(new String(files.get(3).bytes(), StandardCharsets.UTF_8)).contains("Halloween").doesNotContain("November");
    assertThat(new String(files.get(4).bytes(), StandardCharsets.UTF_8)).contains("[\"Undated\",\"undated/\",0,0,-1,\"\"]");
  }

  @Test
  void aStorysReportsAreListedNewestFirstLikeEveryOtherReport() throws Exception {
    Story first = story("early", "Storm cuts power", "", "Courier", "2026-12-01T06:50:00Z");
    Story later = story("late", "Power restored after storm", "", "Courier", "2026-12-01T18:10:00Z");
    Story both = new Story("early", first.lead(), List.of(later.lead()), null, first.time(), null, List.of(),
        first.path(), List.of());
    JsonNode items = read(index.write(List.of(both))).path("items");
    assertThat(items.get(0).get(0).asText()).isEqualTo("Power restored after storm");
    assertThat(items.get(1).get(0).asText()).isEqualTo("Storm cuts power");
  }

  @Test
  void aPartMadeFromTheSameReportsIsKeptAsPublished() throws Exception {
    List<Story> stories = List.of(story("a", "A", "", "P", "2026-11-24T10:00:00Z"),
        story("b", "B", "", "P", "2026-10-24T10:00:00Z"));
    ModelFingerprint fingerprints = new ModelFingerprint(r -> null);
    java.util.Map<String, String> published = new java.util.HashMap<>();
    List<RenderedFile> first = index.write(stories, (path, model) -> {
      published.put(path, fingerprints.of(model));
      return false;
    }, path -> null);
    Story edited = story("a", "A, edited", "", "P", "2026-11-24T10:00:00Z");
    byte[] october = first.get(2).bytes();
    List<RenderedFile> files = index.write(List.of(edited, stories.get(1)),
        (path, model) -> fingerprints.of(model).equals(published.get(path)), path -> october);
    assertThat(files.get(1).bytes()).isNotNull();
    assertThat(new String(files.get(1).bytes(), StandardCharsets.UTF_8)).contains("A, edited");
    assertThat(files.get(2)).isEqualTo(RenderedFile.kept("search/2026-10.js"));
    // The index names each part with the version of its bytes, the kept one's as published.
    assertThat(new String(files.get(0).bytes(), StandardCharsets.UTF_8))
        .contains("[\"2026-11\",\"" + SearchIndex.version(files.get(1).bytes()) + "\"]")
        .contains("[\"2026-10\",\"" + SearchIndex.version(october) + "\"]")
        .doesNotContain(SearchIndex.version(first.get(1).bytes()));
    // A kept part whose published bytes cannot be read is made again.
    assertThat(index.write(stories, (path, model) -> true, path -> null).get(2).bytes()).isEqualTo(october);
  }

  @Test
  void aPublishersFollowUpInTheSameStoryIsFoundButACopyOfItsHeadlineIsNot() throws Exception {
    Story first = story("bridge", "Bridge repairs could cost 2m", "", "Courier", "2026-11-24T10:00:00Z");
    Article followUp = new Article("bus", "https://p.example/bus", null, "p", "Bus routes diverted for the bridge works",
        "Courier", null, "Local", List.of(), List.of(), Instant.parse("2026-11-24T11:00:00Z"), null, null, "", null);
    Article copy = new Article("copy", "https://wire.example/bridge", null, "w", "Bridge repairs could cost 2m",
        "Courier", "Wire", "Local", List.of(), List.of(), Instant.parse("2026-11-24T10:30:00Z"), null, null, "", null);
    Story story = new Story("bridge", first.lead(), List.of(new Story.Item(followUp, "bus", "articles/bus/"),
        new Story.Item(copy, "copy", "articles/copy/")), null, first.time(), null, List.of(), first.lead().path(),
        List.of());
    List<String> titles = new java.util.ArrayList<>();
    read(index.write(List.of(story))).path("items").forEach(i -> titles.add(i.get(0).asText()));
    assertThat(titles).containsExactly("Bus routes diverted for the bridge works", "Bridge repairs could cost 2m");
  }

  @Test
  void daysAreWrittenOnceNewestFirstInTheSiteZoneAsPagesShowThem() throws Exception {
    JsonNode doc = read(index.write(List.of(
        story("old", "Old", "", "A", "2026-11-20T10:00:00Z"),
        story("new", "New", "", "A", "2026-11-24T10:00:00Z"),
        story("late", "Late", "", "B", "2026-11-20T23:30:00Z"))));
    // 23:30 UTC on 20 November is still the 20th in London in winter, not the 21st.
    assertThat(doc.path("days").toString())
        .isEqualTo("[[\"2026-11-24\",\"24 November 2026\"],[\"2026-11-20\",\"20 November 2026\"]]");
    List<Integer> days = new java.util.ArrayList<>();
    doc.path("items").forEach(i -> days.add(i.get(4).asInt()));
    // Reports newest first: the 24th's, then the 20th's late one and its early one.
    assertThat(days).containsExactly(0, 1, 1);
  }

  @Test
  void keepsOnlyTheSummaryWordsTheTitleLacksEachOnce() {
    assertThat(SearchIndex.newWords("Council delays vote", "The council delays the vote, again; the VOTE waits.",
        List.of())).isEqualTo("The again waits");
    assertThat(SearchIndex.newWords("Café", "Un café naïve à Zürich, 2% de plus", List.of()))
        .isEqualTo("Un naïve à Zürich 2 de plus");
    assertThat(SearchIndex.newWords(null, null, List.of())).isEmpty();
    // Tags and authors are searched too, each word once: "football" finds what /tags/football/ lists.
    assertThat(SearchIndex.newWords("Storm hits the coast", "The storm hit on Friday.", List.of("weather", "Storm",
        "Joel Brandt"))).isEqualTo("hit on Friday weather Joel Brandt");
  }

  @Test
  void wordsAreTheRunsOfLettersMarksAndDigitsTheSearchScriptSplitsOn() {
    // Every word as the expression search.js splits on finds it, over text drawn from many scripts,
    // combining marks, digits of other scripts, emoji (beyond U+FFFF) and punctuation.
    java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    int[][] ranges = {{0x20, 0x7e}, {0xa0, 0x24f}, {0x300, 0x36f}, {0x370, 0x52f}, {0x5d0, 0x6ff}, {0x900, 0x97f},
        {0x2000, 0x206f}, {0x2160, 0x2188}, {0x3040, 0x30ff}, {0x4e00, 0x4e40}, {0xff10, 0xff5a}, {0x1f300, 0x1f320},
        {0x1d400, 0x1d420}};
    java.util.Random random = new java.util.Random(7);
    for (int n = 0; n < 2000; n++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        int[] r = ranges[random.nextInt(ranges.length)];
        text.appendCodePoint(r[0] + random.nextInt(r[1] - r[0] + 1));
      }
      List<String> expected = java.util.Arrays.stream(notWord.split(text)).filter(w -> !w.isEmpty()).toList();
      assertThat(SearchIndex.words(text.toString())).as("words of %s", text).isEqualTo(expected);
    }
  }

  @Test
  void theSharedFolderIsCutAtASlash() {
    assertThat(SearchIndex.sharedFolder(List.of("articles/ab/", "articles/ac/"))).isEqualTo("articles/");
    assertThat(SearchIndex.sharedFolder(List.of("articles/ab/"))).isEqualTo("articles/");
    assertThat(SearchIndex.sharedFolder(List.of("news/2026/ab/", "news/2025/cd/"))).isEqualTo("news/");
    assertThat(SearchIndex.sharedFolder(List.of("ab/", "ac/"))).isEmpty();
    assertThat(SearchIndex.sharedFolder(List.of("articles/ab/", "2026/x/"))).isEmpty();
    assertThat(SearchIndex.sharedFolder(List.of())).isEmpty();
  }

  @Test
  void strangersTextCannotEndOrOpenAScriptElement() throws Exception {
    String hostile = "</script><!--<script>alert(1)//\u2028";
    List<RenderedFile> files = index.write(List.of(story("h", hostile, "<p>" + hostile.replace("<", "&lt;") + "</p>",
        hostile, "2026-11-24T10:00:00Z")));
    String script = new String(files.get(1).bytes(), StandardCharsets.UTF_8);
    assertThat(script).doesNotContain("<", ">", "&", "\u2028").contains("\\u003C/script\\u003E", "\\u2028");
    assertThat(read(files).path("items").get(0).get(0).asText()).isEqualTo(hostile);
  }

  @Test
  void theSameStoriesGiveTheSameBytes() {
    List<Story> stories = List.of(story("a", "A b", "<p>c d</p>", "P", "2026-11-24T10:00:00Z"),
        story("b", "E f", "<p>g</p>", "Q", "2026-11-23T10:00:00Z"));
    List<RenderedFile> once = index.write(stories);
    List<RenderedFile> again = index.write(List.copyOf(stories));
    assertThat(again).hasSameSizeAs(once);
    for (int f = 0; f < once.size(); f++) {
      assertThat(again.get(f).bytes()).isEqualTo(once.get(f).bytes());
    }
  }
}
