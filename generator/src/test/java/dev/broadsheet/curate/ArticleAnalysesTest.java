package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.store.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleAnalysesTest {
  @TempDir Path dir;

  private final Map<Article, byte[]> stored = new IdentityHashMap<>();
  private final AtomicInteger analysed = new AtomicInteger();
  private final TextAnalysis analysis = new TextAnalysis("en");

  private Article article(String id, String title, byte digestByte) {
    Article a = new Article(id, "https://x.example/" + id, null, "src", title, "Pub", null, null, List.of(), List.of(),
        Instant.parse("2026-11-20T10:00:00Z"), null, null, "<p>Lead of " + id + ".</p>", null);
    stored.put(a, new byte[] {digestByte});
    return a;
  }

  private ArticleAnalyses.Analysed analyse(Article a) {
    analysed.incrementAndGet();
    return new ArticleAnalyses.Analysed(new ArticleVectors.Text(analysis.tokens(a.title()),
        analysis.tokens("Lead of " + a.id() + " in Paris")), StoryClusterer.completeness(a) + 40);
  }

  private ArticleAnalyses open(String stamp) {
    return ArticleAnalyses.open(dir.resolve("analyses.bin"), stamp, "en", stored::get);
  }

  @Test
  void anArticleStoredAsBeforeIsNotAnalysedAgain() {
    Article a = article("a", "Mayor of Paris Opens the New Bridge", (byte) 1);
    ArticleAnalyses first = open("code-1");
    ArticleAnalyses.Analysed made = first.of(a, null, this::analyse);
    first.save();
    ArticleAnalyses.Analysed kept = open("code-1").of(a, null, this::analyse);
    assertThat(analysed).hasValue(1);
    // Every token as made: term and how it was written; and the completeness as counted.
    assertThat(kept).isEqualTo(made);
    assertThat(kept.completeness()).isEqualTo(40);
    assertThat(kept.text().title()).extracting(TextAnalysis.Token::term).contains("pari", "bridg");
    assertThat(kept.text().title().get(0).capitalized()).isTrue();
  }

  @Test
  void anEditedArticleOtherBrandingAnotherStampOrAnArticleTheStoreDoesNotKnowIsAnalysedAnew() {
    Article a = article("a", "Storm closes the port - Daily Times", (byte) 1);
    ArticleAnalyses first = open("code-1");
    first.of(a, Set.of("Daily Times"), this::analyse);
    first.save();
    analysed.set(0);

    Article edited = article("a", "Storm closes the port and the airport - Daily Times", (byte) 2);
    open("code-1").of(edited, Set.of("Daily Times"), this::analyse);
    open("code-1").of(a, Set.of("Daily Times", "Sports Desk"), this::analyse);
    open("code-2").of(a, Set.of("Daily Times"), this::analyse);
    Article unknown = new Article("u", "https://x.example/u", null, "src", "Unknown", "Pub", null, null, List.of(),
        List.of(), null, null, null, null, null);
    open("code-1").of(unknown, null, this::analyse);
    assertThat(analysed).hasValue(4);
  }

  @Test
  void aDamagedFileIsIgnoredAndOnlyWhatTheLastCurationUsedIsKept() throws Exception {
    Article a = article("a", "Council approves the budget", (byte) 1);
    Article b = article("b", "Floods close schools", (byte) 2);
    ArticleAnalyses first = open("code-1");
    first.of(a, null, this::analyse);
    first.of(b, null, this::analyse);
    first.save();
    ArticleAnalyses second = open("code-1");
    second.of(b, null, this::analyse);
    second.save();
    analysed.set(0);
    open("code-1").of(a, null, this::analyse);
    open("code-1").of(b, null, this::analyse);
    assertThat(analysed).as("only b was kept").hasValue(1);

    Path file = dir.resolve("analyses.bin");
    byte[] bytes = Files.readAllBytes(file);
    for (int cut : new int[] {bytes.length / 2, bytes.length - 3}) {
      Files.write(file, java.util.Arrays.copyOf(bytes, cut));
      analysed.set(0);
      open("code-1").of(b, null, this::analyse);
      assertThat(analysed).as("cut at " + cut).hasValue(1);
    }
    // Damage that keeps the structure (one flipped byte of a term): refused by the file's digest.
    byte[] flipped = bytes.clone();
    flipped[bytes.length / 2] ^= 0x20;
    Files.write(file, flipped);
    analysed.set(0);
    open("code-1").of(b, null, this::analyse);
    assertThat(analysed).hasValue(1);
    // A count that would ask for gigabytes, under a digest that matches: refused, not allocated.
    byte[] huge = bytes.clone();
    int header = 8 + java.nio.ByteBuffer.wrap(bytes, 4, 4).getInt();
    huge[header] = 0x7f;
    java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
    md5.update(huge, 4, huge.length - 20);
    System.arraycopy(md5.digest(), 0, huge, huge.length - 16, 16);
    Files.write(file, huge);
    analysed.set(0);
    open("code-1").of(b, null, this::analyse);
    assertThat(analysed).hasValue(1);
    // The intact file is still read.
    Files.write(file, bytes);
    analysed.set(0);
    open("code-1").of(b, null, this::analyse);
    assertThat(analysed).hasValue(0);
  }

  @Test
  void aFewNewArticlesAreAddedAtTheEndAndAFileMostlyAboutArticlesGoneIsWrittenAnew() throws Exception {
    Path file = dir.resolve("analyses.bin");
    List<Article> articles = java.util.stream.IntStream.range(0, 8)
        .mapToObj(i -> article("id" + i, "Ferry strike enters day " + i, (byte) i)).toList();
    ArticleAnalyses first = open("code-1");
    articles.subList(0, 7).forEach(a -> first.of(a, null, this::analyse));
    first.save();
    byte[] before = Files.readAllBytes(file);

    ArticleAnalyses second = open("code-1");
    articles.forEach(a -> second.of(a, null, this::analyse));
    second.save();
    byte[] after = Files.readAllBytes(file);
    assertThat(java.util.Arrays.copyOf(after, before.length)).as("appended, not rewritten").isEqualTo(before);
    analysed.set(0);
    ArticleAnalyses third = open("code-1");
    articles.forEach(a -> third.of(a, null, this::analyse));
    assertThat(analysed).as("all eight read back from two segments").hasValue(0);

    // Six of eight gone: more stale than a quarter of what is used, so the file is written anew.
    ArticleAnalyses fourth = open("code-1");
    articles.subList(6, 8).forEach(a -> fourth.of(a, null, this::analyse));
    fourth.save();
    assertThat(Files.size(file)).isLessThan(before.length);
    analysed.set(0);
    open("code-1").of(articles.get(0), null, this::analyse);
    assertThat(analysed).as("gone articles are no longer kept").hasValue(1);
  }

  @Test
  void theAnalysesOfStoredArticlesABuildDidNotModelAreKeptUntilTheFileHoldsTwiceTheStore() throws Exception {
    Path file = dir.resolve("analyses.bin");
    List<Article> articles = java.util.stream.IntStream.range(0, 200)
        .mapToObj(i -> {
          Article a = article("id" + i, "Ferry strike enters day " + i, (byte) 0);
          stored.put(a, new byte[] {(byte) (i >> 8), (byte) i});
          return a;
        }).toList();
    ArticleAnalyses first = open("code-1");
    articles.forEach(a -> first.of(a, null, this::analyse));
    first.save();
    // A build that models two of 200: the other 198 stay in the file, nothing is rewritten.
    long before = Files.size(file);
    ArticleAnalyses second = open("code-1");
    articles.subList(0, 2).forEach(a -> second.of(a, null, this::analyse));
    second.retain(articles, Map.of());
    second.save();
    assertThat(Files.size(file)).isEqualTo(before);
    analysed.set(0);
    ArticleAnalyses third = open("code-1");
    articles.forEach(a -> third.of(a, null, this::analyse));
    assertThat(analysed).as("every stored article's analysis kept").hasValue(0);
    // 180 of 200 gone from the store: the file holds more than twice the store, so it is written
    // anew with the twenty stored articles' analyses, used this build or not.
    ArticleAnalyses fourth = open("code-1");
    articles.subList(180, 182).forEach(a -> fourth.of(a, null, this::analyse));
    fourth.retain(articles.subList(180, 200), Map.of());
    fourth.save();
    assertThat(Files.size(file)).isLessThan(before / 2);
    analysed.set(0);
    ArticleAnalyses fifth = open("code-1");
    articles.subList(180, 200).forEach(a -> fifth.of(a, null, this::analyse));
    fifth.of(articles.get(0), null, this::analyse);
    assertThat(analysed).as("only the article gone from the store is analysed again").hasValue(1);
  }

  @Test
  void aSegmentCutShortByAKilledBuildLosesOnlyItsOwnArticles() throws Exception {
    Path file = dir.resolve("analyses.bin");
    Article a = article("a", "Council approves the budget", (byte) 1);
    Article b = article("b", "Floods close schools", (byte) 2);
    ArticleAnalyses first = open("code-1");
    first.of(a, null, this::analyse);
    first.save();
    int oneSegment = (int) Files.size(file);
    ArticleAnalyses second = open("code-1");
    second.of(a, null, this::analyse);
    second.of(b, null, this::analyse);
    second.save();
    byte[] both = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(both, both.length - 5));
    analysed.set(0);
    ArticleAnalyses third = open("code-1");
    third.of(a, null, this::analyse);
    third.of(b, null, this::analyse);
    assertThat(analysed).as("only b, whose segment was cut, is analysed again").hasValue(1);
    third.save();
    // Nothing is appended after a damaged end: the file is written anew and reads whole.
    assertThat(Files.size(file)).isGreaterThan(oneSegment);
    analysed.set(0);
    open("code-1").of(b, null, this::analyse);
    assertThat(analysed).hasValue(0);
  }

  @Test
  void curationWithKeptAnalysesMakesTheSameStories() {
    Function<Integer, Article> make = i -> article("id" + i, (i % 3 == 0 ? "Storm hits the coast of Brittany "
        : i % 3 == 1 ? "Central bank raises interest rates " : "Team wins the cup final ") + (i % 2 == 0 ? "today" : "again"),
        (byte) i.intValue());
    List<Article> articles = java.util.stream.IntStream.range(0, 12).mapToObj(make::apply).toList();
    StoryModel plain = StoryModel.of(articles, "en", 86_400_000L * 3, dev.broadsheet.base.LeadingTexts.inMemory(1200));
    ArticleAnalyses first = open("code-1");
    StoryModel.of(articles, "en", 86_400_000L * 3, dev.broadsheet.base.LeadingTexts.inMemory(1200), first);
    first.save();
    StoryModel kept = StoryModel.of(articles, "en", 86_400_000L * 3, dev.broadsheet.base.LeadingTexts.inMemory(1200),
        open("code-1"));
    for (int i = 0; i < articles.size(); i++) {
      assertThat(kept.get(i).vector().terms()).isEqualTo(plain.get(i).vector().terms());
      assertThat(kept.get(i).vector().weights()).isEqualTo(plain.get(i).vector().weights());
      assertThat(kept.get(i).headlineKey()).isEqualTo(plain.get(i).headlineKey());
      assertThat(kept.get(i).completeness()).isEqualTo(plain.get(i).completeness());
    }
  }
}
