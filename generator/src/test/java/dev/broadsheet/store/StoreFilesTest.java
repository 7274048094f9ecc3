package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreFilesTest {
  @TempDir Path dir;

  private static Article article(String id, String published) {
    return new Article(id, "https://x.example/" + id, "g-" + id, "src", "Title " + id, "Pub", null, "News",
        List.of("t"), List.of("Au"), Instant.parse(published), null, Instant.parse(published), "<p>s</p>", null);
  }

  /** A day file written by hand, as a user or another tool might leave it. */
  private Path dayFile(String json, Charset charset) throws Exception {
    Path day = dir.resolve("articles/2026/11/20.json");
    Files.createDirectories(day.getParent());
    Files.writeString(day, json, charset);
    return day;
  }

  private static StoreSnapshot snapshot(Article... articles) {
    TreeMap<String, Article> map = new TreeMap<>();
    for (Article a : articles) {
      map.put(a.id(), a);
    }
    return new StoreSnapshot(map, new TreeMap<>(Map.of("src",
        SourceState.never().succeeded(Instant.parse("2026-11-20T09:00:00Z"), SourceState.Status.OK, "\"e1\"", null))));
  }

  @Test
  void aDayFileInTheStateTheRecordSawIsNotDigestedAgainUntilItChanges() throws Exception {
    Path cache = dir.resolve("cache");
    Path record = cache.resolve("day-files.tsv");
    new StoreFiles(dir).save(snapshot(article("a", "2026-11-20T10:00:00Z")));
    Path day = anHourOld(dir.resolve("articles/2026/11/20.json"));
    byte[] real = digestOf(new StoreFiles(dir), "a");
    StoreFiles recording = new StoreFiles(dir, cache, "code-1");
    recording.save(recording.load());
    String line = Files.readString(record);
    Files.writeString(record, line.replace(java.util.HexFormat.of().formatHex(real), "0".repeat(32)));
    // The day's snapshot (DaySnapshotsTest) would be read before the record: without it, the record decides.
    dev.broadsheet.base.AtomicFiles.deleteTree(cache.resolve("day-snapshots"));

    // The record is trusted for the file in the state it saw...
    assertThat(digestOf(new StoreFiles(dir, cache, "code-1"), "a")).isEqualTo(new byte[16]);
    // ...not under another stamp...
    assertThat(digestOf(new StoreFiles(dir, cache, "code-2"), "a")).isEqualTo(real);
    // ...and not once the file is in another state.
    Files.setLastModifiedTime(day, FileTime.fromMillis(Files.getLastModifiedTime(day).toMillis() + 1000));
    assertThat(digestOf(new StoreFiles(dir, cache, "code-1"), "a")).isEqualTo(real);
  }

  @Test
  void theRecordKeepsNoFileJustWrittenNorADayThatWasDeleted() throws Exception {
    Path cache = dir.resolve("cache");
    Path record = cache.resolve("day-files.tsv");
    StoreFiles files = new StoreFiles(dir, cache, "code-1");
    files.load();
    files.save(snapshot(article("a", "2026-11-19T10:00:00Z"), article("b", "2026-11-20T10:00:00Z")));
    // Written a moment ago: a coarse file clock could give an edit made now the same time.
    assertThat(Files.exists(record) ? Files.readString(record) : "").doesNotContain(".json");

    anHourOld(dir.resolve("articles/2026/11/19.json"));
    anHourOld(dir.resolve("articles/2026/11/20.json"));
    StoreFiles later = new StoreFiles(dir, cache, "code-1");
    later.save(later.load());
    assertThat(Files.readString(record)).contains("2026/11/19.json\t", "2026/11/20.json\t");

    StoreFiles next = new StoreFiles(dir, cache, "code-1");
    next.load();
    next.save(snapshot(article("b", "2026-11-20T10:00:00Z")));
    assertThat(digestOf(new StoreFiles(dir, cache, "code-1"), "b")).isEqualTo(digestOf(new StoreFiles(dir), "b"));
    // A day deleted and made again is another file: what the record said of the old one does not apply.
    Article other = new Article("c", "https://x.example/c", null, "src", "Other", "Pub", null, null, List.of(),
        List.of(), Instant.parse("2026-11-19T11:00:00Z"), null, null, null, null);
    new StoreFiles(dir).save(snapshot(article("b", "2026-11-20T10:00:00Z"), other));
    anHourOld(dir.resolve("articles/2026/11/19.json"));
    assertThat(digestOf(new StoreFiles(dir, cache, "code-1"), "c")).isEqualTo(digestOf(new StoreFiles(dir), "c"));
  }

  private static Path anHourOld(Path file) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));
    return file;
  }

  /** The digest {@code files} gives the article {@code id} as it reads the store. */
  private static byte[] digestOf(StoreFiles files, String id) {
    return files.digestAsRead(files.load().articles().get(id));
  }

  @Test
  void roundTripsArticlesAndSourceState() {
    StoreFiles files = new StoreFiles(dir);
    StoreSnapshot saved = snapshot(article("b", "2026-11-20T10:00:00Z"), article("a", "2026-11-19T23:30:00Z"));
    files.save(saved);
    assertThat(files.load()).isEqualTo(saved);
  }

  @Test
  void writesOneSortedPrettyFilePerUtcDay() throws Exception {
    new StoreFiles(dir).save(snapshot(article("b", "2026-11-20T10:00:00Z"), article("a", "2026-11-20T01:00:00Z"),
        article("c", "2026-11-19T23:30:00Z")));
    Path day = dir.resolve("articles/2026/11/20.json");
    assertThat(dir.resolve("articles/2026/11/19.json")).exists();
    String json = Files.readString(day);
    assertThat(json).startsWith("[\n  {\n    \"authors\"").endsWith("]\n");
    assertThat(json.indexOf("\"id\" : \"a\"")).isLessThan(json.indexOf("\"id\" : \"b\""));
  }

  @Test
  void oneArticleTwiceInADayFileWithDifferentCopiesIsAWarning() throws Exception {
    new StoreFiles(dir).save(snapshot(article("a", "2026-11-20T10:00:00Z"), article("b", "2026-11-20T11:00:00Z")));
    Path day = dir.resolve("articles/2026/11/20.json");
    String json = Files.readString(day);
    // A merge that kept both sides: b's copy renamed to a, with another headline.
    String second = json.substring(json.indexOf("  {", json.indexOf("\"id\" : \"a\"")), json.lastIndexOf("}") + 1);
    Files.writeString(day, json.substring(0, json.lastIndexOf("}") + 1) + ",\n"
        + second.replace("\"id\" : \"b\"", "\"id\" : \"a\"") + "\n]\n");
    StoreFiles files = new StoreFiles(dir);
    assertThat(files.loadArticles()).containsOnlyKeys("a", "b");
    assertThat(files.readWarnings()).singleElement().satisfies(p -> assertThat(p.toString())
        .contains("20.json").contains("holds article a twice"));
    // The same copy twice loses nothing: no warning.
    new StoreFiles(dir).save(snapshot(article("a", "2026-11-20T10:00:00Z")));
    String one = Files.readString(day);
    String copy = one.substring(one.indexOf("  {"), one.lastIndexOf("}") + 1);
    Files.writeString(day, one.substring(0, one.lastIndexOf("}") + 1) + ",\n" + copy + "\n]\n");
    StoreFiles again = new StoreFiles(dir);
    assertThat(again.loadArticles()).containsOnlyKeys("a");
    assertThat(again.readWarnings()).isEmpty();
  }

  @Test
  void aFieldThisVersionDoesNotKnowIsNamedAndAStoreItWroteHasNone() throws Exception {
    new StoreFiles(dir).save(snapshot(article("a", "2026-11-20T10:00:00Z"), article("b", "2026-11-20T11:00:00Z")));
    StoreFiles plain = new StoreFiles(dir);
    plain.loadArticles();
    assertThat(plain.readWarnings()).isEmpty();
    Path day = dir.resolve("articles/2026/11/20.json");
    Files.writeString(day, Files.readString(day).replaceFirst("\\{\n", "{\n    \"colour\" : \"red\",\n"));
    StoreFiles newer = new StoreFiles(dir);
    assertThat(newer.loadArticles()).containsOnlyKeys("a", "b");
    assertThat(newer.readWarnings()).singleElement().satisfies(p -> assertThat(p.toString()).contains("20.json")
        .contains("holds colour, which this version of Broadsheet does not know"));
  }

  @Test
  void savingTheSameSnapshotAgainWritesNothing() throws Exception {
    StoreFiles files = new StoreFiles(dir);
    StoreSnapshot s = snapshot(article("a", "2026-11-20T10:00:00Z"));
    assertThat(files.save(s)).isEqualTo(2);
    Path day = dir.resolve("articles/2026/11/20.json");
    Files.setLastModifiedTime(day, FileTime.fromMillis(0));
    assertThat(files.save(s)).isZero();
    assertThat(Files.getLastModifiedTime(day).toMillis()).isZero();
  }

  @Test
  void onlyTheDaysABuildChangedAreSerialisedAgain() throws Exception {
    new StoreFiles(dir).save(snapshot(article("a", "2026-11-19T10:00:00Z"), article("b", "2026-11-20T10:00:00Z")));
    StoreFiles files = new StoreFiles(dir);
    StoreSnapshot loaded = files.load();
    Path untouched = dir.resolve("articles/2026/11/19.json");
    // Bytes the writer would not make: proof that the day was left alone rather than rewritten.
    Files.writeString(untouched, Files.readString(untouched) + " ");
    TreeMap<String, Article> articles = new TreeMap<>(loaded.articles());
    articles.put("c", article("c", "2026-11-20T12:00:00Z"));
    assertThat(files.save(new StoreSnapshot(articles, loaded.sources()))).isEqualTo(1);
    assertThat(Files.readString(untouched)).endsWith("]\n ");
    assertThat(Files.readString(dir.resolve("articles/2026/11/20.json"))).contains("\"c\"");
  }

  @Test
  void anArticleIsKnownByTheDigestOfItsStoredTextWhetherReadOrJustWritten() throws Exception {
    StoreFiles writing = new StoreFiles(dir);
    Article a = article("a", "2026-11-20T10:00:00Z");
    Article b = article("b", "2026-11-20T11:00:00Z");
    assertThat(writing.digestAsRead(a)).as("not yet stored").isNull();
    writing.save(snapshot(a, b));
    StoreFiles reading = new StoreFiles(dir);
    StoreSnapshot read = reading.load();
    // What a build wrote is what the next build reads: the same digest for the same article.
    assertThat(reading.digestAsRead(read.articles().get("a"))).isNotNull().isEqualTo(writing.digestAsRead(a));
    assertThat(reading.digestAsRead(read.articles().get("b"))).isEqualTo(writing.digestAsRead(b))
        .isNotEqualTo(reading.digestAsRead(read.articles().get("a")));
    // An equal article that load did not return is not vouched for.
    assertThat(reading.digestAsRead(article("a", "2026-11-20T10:00:00Z"))).isNull();

    Article edited = new Article("b", b.url(), b.guid(), "src", "Title b, corrected", "Pub", null, "News", List.of("t"),
        List.of("Au"), b.published(), null, b.firstSeen(), "<p>s</p>", null);
    TreeMap<String, Article> articles = new TreeMap<>(read.articles());
    articles.put("b", edited);
    reading.save(new StoreSnapshot(articles, read.sources()));
    StoreFiles again = new StoreFiles(dir);
    StoreSnapshot reread = again.load();
    assertThat(again.digestAsRead(reread.articles().get("a"))).isEqualTo(writing.digestAsRead(a));
    assertThat(again.digestAsRead(reread.articles().get("b"))).isEqualTo(reading.digestAsRead(edited))
        .isNotEqualTo(writing.digestAsRead(b));
  }

  @Test
  void aDayFileInUtf16IsReadWithoutDigestsAndSavedAgainInUtf8() throws Exception {
    Path day = dayFile("[ {\"id\": \"a\", \"title\": \"Vote délayed\", \"published\": \"2026-11-20T10:00:00Z\"},"
        + " {\"id\": \"b\", \"title\": \"Other\", \"published\": \"2026-11-20T11:00:00Z\"} ]",
        StandardCharsets.UTF_16);
    StoreFiles files = new StoreFiles(dir);
    StoreSnapshot read = files.load();
    assertThat(read.articles().get("a").title()).isEqualTo("Vote délayed");
    // Read through characters, the file gives no byte spans: no digest vouches for its articles.
    assertThat(files.digestAsRead(read.articles().get("a"))).isNull();
    assertThat(files.digestAsRead(read.articles().get("b"))).isNull();
    files.save(read);
    assertThat(Files.readString(day)).startsWith("[\n  {").contains("Vote délayed");
    StoreFiles again = new StoreFiles(dir);
    assertThat(again.digestAsRead(again.load().articles().get("a"))).isNotNull();
  }

  @Test
  void anEmptyTextIsNoValueBeforeAndAfterSaving() {
    Article blank = new Article("a", "https://x.example/a", "", "src", "Title", "Pub", "", "", List.of(), List.of(),
        Instant.parse("2026-11-20T10:00:00Z"), null, null, "", "", new ArticlePage("", 0, null, "", ""));
    assertThat(blank.guid()).isNull();
    assertThat(blank.summaryHtml()).isNull();
    assertThat(blank.page().bodyHtml()).isNull();
    StoreFiles files = new StoreFiles(dir);
    files.save(snapshot(blank));
    // The store leaves empty fields out: what the next build reads is the article this one had.
    assertThat(new StoreFiles(dir).load().articles().get("a")).isEqualTo(blank);
  }

  @Test
  void aDayFileThatIsNotAListOfArticlesIsNamedWithItsLine() throws Exception {
    Path day = dayFile("[ {\"id\": \"a\"} ]\n\n{\"id\": \"b\"}\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new StoreFiles(dir).load())
        .isInstanceOfSatisfying(BroadsheetException.class, e -> {
          assertThat(e.problems().get(0).where()).isEqualTo(day + ":3");
          assertThat(e.problems().get(0).message()).contains("nothing may follow");
        });
    Files.writeString(day, "{\"id\": \"a\"}\n");
    assertThatThrownBy(() -> new StoreFiles(dir).load())
        .isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems().get(0).message())
            .contains("a day file holds a list of articles"));
  }

  @Test
  void anArticleMovedToAnotherDayIsNeverInNeitherWhenTheSaveStopsHalfway() throws Exception {
    new StoreFiles(dir).save(snapshot(article("a", "2026-11-15T10:00:00Z"), article("b", "2026-11-15T11:00:00Z")));
    StoreFiles files = new StoreFiles(dir);
    StoreSnapshot loaded = files.load();
    TreeMap<String, Article> articles = new TreeMap<>(loaded.articles());
    articles.put("a", article("a", "2026-11-24T10:00:00Z"));
    // The new day cannot be written (a full disk, a kill): the old day must not have been written without it.
    Files.createDirectories(dir.resolve("articles/2026/11/24.json"));
    assertThatThrownBy(() -> files.save(new StoreSnapshot(articles, loaded.sources())))
        .isInstanceOf(java.io.UncheckedIOException.class);
    Files.delete(dir.resolve("articles/2026/11/24.json"));
    assertThat(new StoreFiles(dir).load().articles()).containsKeys("a", "b");
    new StoreFiles(dir).save(new StoreSnapshot(articles, loaded.sources()));
    assertThat(new StoreFiles(dir).load().articles().get("a").published()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
  }

  @Test
  void anEmptyStoriesFileIsAnErrorNotStoriesGroupedAnewWithoutAWord() throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("stories.json"), "");
    assertThatThrownBy(() -> new StoreFiles(dir).loadStoryRecords()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.getMessage()).contains("stories.json: the store file is not valid: it is empty; delete it"));
    Files.delete(dir.resolve("stories.json"));
    assertThat(new StoreFiles(dir).loadStoryRecords().stories()).isEmpty();
  }

  @Test
  void aDayThatLostItsLastArticleIsDeleted() {
    StoreFiles files = new StoreFiles(dir);
    files.save(snapshot(article("a", "2026-11-20T10:00:00Z")));
    files.save(snapshot(article("a", "2026-11-21T10:00:00Z")));
    assertThat(dir.resolve("articles/2026/11/20.json")).doesNotExist();
    assertThat(dir.resolve("articles/2026/11/21.json")).exists();
  }

  @Test
  void aBrokenStoreFileIsNamedWithItsLine() throws Exception {
    Path day = dayFile("[\n  {\"id\": \"a\",\n   oops\n]", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new StoreFiles(dir).load())
        .isInstanceOfSatisfying(BroadsheetException.class, e -> {
          assertThat(e.problems().get(0).where()).isEqualTo(day + ":3");
          assertThat(e.problems().get(0).message()).contains("git checkout -- " + day);
        });
  }

  @Test
  void aBrokenStoreFileIsDescribedInTheFilesTermsNotTheParsersOrItsClasses() throws Exception {
    dayFile("[\n  {\"id\": \"a\",\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new StoreFiles(dir).load()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).doesNotContain("Source:").doesNotContain("REDACTED"));
    Files.delete(dayFile("[]", StandardCharsets.UTF_8));
    Files.writeString(dir.resolve("stories.json"), "[1, 2]");
    assertThatThrownBy(() -> new StoreFiles(dir).loadStoryRecords()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).startsWith("the store file is not valid: it is not a JSON"
            + " object;").doesNotContain("dev.broadsheet"));
    Files.writeString(dir.resolve("stories.json"), "{\"stories\": \"x\"}");
    assertThatThrownBy(() -> new StoreFiles(dir).loadStoryRecords()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).doesNotContain("java.util").doesNotContain("dev.broadsheet"));
    Files.delete(dir.resolve("stories.json"));
    Path day = dayFile("[{\"guid\": 5, \"title\": null}]", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> new StoreFiles(dir).load()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).startsWith("the store file is not valid: a value that cannot"
            + " be used").contains("(missing or not valid: id)").doesNotContain("dev.broadsheet"));
    Files.writeString(day, "[\n<<<<<<< HEAD\n  {\"id\": \"a\"}\n=======\n  {\"id\": \"b\"}\n>>>>>>> other\n]\n");
    assertThatThrownBy(() -> new StoreFiles(dir).load()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).contains("conflict markers"));
  }

  @Test
  void storiesKeptByAnEarlierVersionAreReadAsMembershipAndWrittenWithWhatABuildSettled() throws Exception {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("stories.json"), "{\"version\": 1, \"stories\": {\"s1\": [\"a\", \"b\"]}}");
    StoreFiles files = new StoreFiles(dir);
    StoryRecords old = files.loadStoryRecords();
    assertThat(old.key()).as("nothing settled is trusted from membership alone").isNull();
    assertThat(old.storyOf()).containsEntry("a", "s1").containsEntry("b", "s1");
    StoryRecords records = new StoryRecords("k1", new java.util.TreeMap<>(Map.of(
        "s1", new StoryRecords.Story(List.of("b", "a"), List.of("s2"), List.of(), "d1"),
        "s2", new StoryRecords.Story(List.of("c"), List.of(), List.of("s1"), "d2"))));
    assertThat(files.saveStoryRecords(records)).isTrue();
    assertThat(files.saveStoryRecords(records)).as("same bytes, not written again").isFalse();
    assertThat(new StoreFiles(dir).loadStoryRecords()).isEqualTo(records);
    // Which story each article is in stays where version 1 kept it: an older Broadsheet still reads it.
    com.fasterxml.jackson.databind.JsonNode written = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(dir.resolve("stories.json").toFile());
    assertThat(written.get("stories").get("s1").toString()).isEqualTo("[\"b\",\"a\"]");
    assertThat(written.get("version").asInt()).isEqualTo(2);
    assertThat(Files.readString(dir.resolve("stories.json"))).doesNotContain("\"alike\" : [ ]");
    Files.writeString(dir.resolve("stories.json"), "{\"version\": 2, \"curation\": \"k\",\n\"stories\": {\"s1\": [\"a\"]},\n"
        + "\"settled\": {\"s1\": {\"related\": [\"s2\", null]}}}");
    assertThatThrownBy(() -> new StoreFiles(dir).loadStoryRecords()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).contains("the related of story s1 holds null, which is not an id"));
    // As one development version wrote it (an object per story): which articles, nothing trusted.
    Files.writeString(dir.resolve("stories.json"), "{\"version\": 2, \"curation\": \"k\", \"stories\": {\"s1\": {"
        + "\"articles\": [\"b\", \"a\"], \"related\": [\"s2\"], \"digest\": \"d\"}}}");
    StoryRecords early = new StoreFiles(dir).loadStoryRecords();
    assertThat(early.key()).isNull();
    assertThat(early.stories().get("s1").articles()).containsExactly("b", "a");
    Files.writeString(dir.resolve("stories.json"), "{\"version\": 3, \"stories\": {}}");
    assertThatThrownBy(() -> new StoreFiles(dir).loadStoryRecords()).isInstanceOfSatisfying(BroadsheetException.class,
        e -> assertThat(e.problems().get(0).message()).startsWith("written by a newer Broadsheet"));
  }

  @Test
  void storiesAreWrittenInOneStableLayoutThatKeepsGitDiffsToTheStoriesThatChanged() throws Exception {
    Files.createDirectories(dir);
    StoreFiles files = new StoreFiles(dir);
    files.saveStoryRecords(new StoryRecords("k1", new java.util.TreeMap<>(Map.of(
        "s2", new StoryRecords.Story(List.of("c"), List.of(), List.of("s1"), null),
        "s1", new StoryRecords.Story(List.of("b", "a"), List.of("s2"), List.of(), "d1")))));
    assertThat(Files.readString(dir.resolve("stories.json"))).isEqualTo("""
        {
          "curation" : "k1",
          "settled" : {
            "s1" : {
              "digest" : "d1",
              "related" : [
                "s2"
              ]
            },
            "s2" : {
              "alike" : [
                "s1"
              ]
            }
          },
          "stories" : {
            "s1" : [
              "b",
              "a"
            ],
            "s2" : [
              "c"
            ]
          },
          "version" : 2
        }
        """);
    files.saveStoryRecords(StoryRecords.membership(Map.of("a", "s1")));
    assertThat(Files.readString(dir.resolve("stories.json"))).isEqualTo("""
        {
          "curation" : null,
          "settled" : null,
          "stories" : {
            "s1" : [
              "a"
            ]
          },
          "version" : 2
        }
        """);
  }

  @Test
  void aMissingStoreIsEmpty() {
    assertThat(new StoreFiles(dir.resolve("nothing")).load()).isEqualTo(StoreSnapshot.empty());
  }

  @Test
  void anArticleStoredWithCharactersXmlCannotCarryIsCleanedWhenRead() throws Exception {
    // As an older version stored it: the feed's control characters kept, JSON-escaped.
    Path day = dayFile("""
        [ {
          "authors" : [ "Ann\\u001B", "\\u0000" ],
          "contentHtml" : "<p>Full\\u0002 text&#1;</p>",
          "id" : "a",
          "page" : { "bodyHtml" : "<p>Body\\u000C</p>", "wordCount" : 1 },
          "publisher" : "Pub\\uFFFE",
          "published" : "2026-11-20T10:00:00Z",
          "summaryHtml" : "<p>s\\u0001</p>",
          "tags" : [ "t\\uD800" ],
          "title" : "Vote\\u0001 delayed",
          "url" : "https://x.example/a"
        } ]
        """, StandardCharsets.UTF_8);
    StoreFiles files = new StoreFiles(dir);
    Article a = files.load().articles().get("a");
    assertThat(a.title()).isEqualTo("Vote delayed");
    assertThat(a.authors()).containsExactly("Ann");
    assertThat(a.publisher()).isEqualTo("Pub");
    assertThat(a.tags()).containsExactly("t");
    assertThat(a.summaryHtml()).isEqualTo("<p>s</p>");
    assertThat(a.page().bodyHtml()).isEqualTo("<p>Body</p>");
    assertThat(a.contentHtml()).isEqualTo("<p>Full text</p>");
    // Saved again, the day file is repaired for good.
    files.save(files.load());
    assertThat(Files.readString(day)).doesNotContain("\\u00").doesNotContain("\\uFFFE").doesNotContain("\\uD800");
  }
}
