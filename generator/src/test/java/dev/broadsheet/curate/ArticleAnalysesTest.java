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
    int header = 4 + java.nio.ByteBuffer.wrap(bytes).getInt();
    huge[header] = 0x7f;
    java.security.MessageDigest md5 = java.security.MessageDigest.getInstance("MD5");
    md5.update(huge, 0, huge.length - 16);
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
