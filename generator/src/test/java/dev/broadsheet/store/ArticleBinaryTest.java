package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleBinaryTest {
  @Test
  void everyComponentOfTheRecordsIsCarried() {
    // Names and types: a component renamed, added or made nullable needs the binary form changed too.
    assertThat(Arrays.stream(Article.class.getRecordComponents()).map(c -> c.getType().getSimpleName()).toList())
        .containsExactly("String", "String", "String", "String", "String", "String", "String", "String", "List", "List",
            "Instant", "Instant", "Instant", "String", "String", "ArticlePage", "String", "String", "String", "List",
            "Boolean", "Media");
    assertThat(Arrays.stream(Media.class.getRecordComponents()).map(c -> c.getType().getSimpleName()).toList())
        .as("Media's components, as ArticleBinary writes them").containsExactly("String", "String", "Long", "Integer");
    assertThat(Arrays.stream(ArticlePage.class.getRecordComponents()).map(c -> c.getType().getSimpleName())
        .toList()).containsExactly("String", "int", "Instant", "String", "String", "boolean", "boolean");
    assertThat(Arrays.stream(Article.class.getRecordComponents()).map(c -> c.getName()).toList())
        .as("a component the binary form does not carry would be lost from every cached day: add it to ArticleBinary")
        .isEqualTo(ArticleBinary.COMPONENTS);
    assertThat(Arrays.stream(ArticlePage.class.getRecordComponents()).map(c -> c.getName()).toList())
        .isEqualTo(ArticleBinary.PAGE_COMPONENTS);
  }

  @Test
  void randomArticlesReadBackEqual() throws Exception {
    Random random = new Random(7);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      articles.add(randomArticle(random, i));
    }
    ByteBuffer in = ByteBuffer.wrap(ArticleBinary.bytes(articles));
    List<Article> read = new ArrayList<>();
    while (in.hasRemaining()) {
      read.add(ArticleBinary.read(in));
    }
    assertThat(read).isEqualTo(articles);
  }

  @Test
  void bytesThatAreNotAnArticleAreRefusedNotMisread() throws Exception {
    byte[] whole = ArticleBinary.bytes(List.of(randomArticle(new Random(1), 1)));
    assertThatThrownBy(() -> ArticleBinary.read(ByteBuffer.wrap(Arrays.copyOf(whole, whole.length / 2))))
        .isInstanceOf(IllegalArgumentException.class);
    byte[] wrongKind = whole.clone();
    wrongKind[0] = 9;
    assertThatThrownBy(() -> ArticleBinary.read(ByteBuffer.wrap(wrongKind))).isInstanceOf(IllegalArgumentException.class);
    ByteArrayOutputStream noId = new ByteArrayOutputStream();
    new DataOutputStream(noId).writeByte(0);
    assertThatThrownBy(() -> ArticleBinary.read(ByteBuffer.wrap(noId.toByteArray())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static Article randomArticle(Random r, int i) {
    Instant published = r.nextBoolean() ? null : Instant.ofEpochSecond(1_700_000_000L + r.nextInt(1 << 26), r.nextInt(1_000_000_000));
    ArticlePage page = r.nextBoolean() ? null
        : new ArticlePage(text(r, 400), r.nextInt(5000), Instant.ofEpochSecond(r.nextInt(1 << 30)), text(r, 20),
            text(r, 30), r.nextBoolean());
    return new Article("id-" + i + text(r, 5), text(r, 40), text(r, 10), "src" + r.nextInt(5), text(r, 60), text(r, 15),
        text(r, 15), text(r, 8), List.of(text(r, 6) + "t", "tag"), r.nextBoolean() ? List.of() : List.of(text(r, 12) + "a"),
        published, r.nextBoolean() ? null : Instant.ofEpochMilli(r.nextLong() >>> 24), Instant.ofEpochSecond(r.nextInt()),
        text(r, 300), text(r, 40), page, text(r, 50), text(r, 6), r.nextBoolean() ? null : text(r, 500),
        r.nextBoolean() ? List.of() : List.of("src" + r.nextInt(5), "wire" + r.nextInt(3)),
        new Boolean[] {null, true, false}[r.nextInt(3)], r.nextBoolean() ? null
            : new Media("https://cdn.example/" + i + ".mp3", r.nextBoolean() ? null : "audio/mpeg",
                r.nextBoolean() ? null : (long) r.nextInt(1 << 30) + 1, r.nextBoolean() ? null : r.nextInt(20_000) + 1))
        .withCleanTexts();
  }

  /** Null, empty or up to {@code n} characters from ASCII, Latin-1, other scripts and beyond the BMP. */
  private static String text(Random r, int n) {
    int kind = r.nextInt(7);
    if (kind == 0) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    int length = r.nextInt(n + 1);
    for (int k = 0; k < length; k++) {
      switch (kind) {
        case 1, 2 -> s.append((char) (' ' + r.nextInt(95)));
        case 3 -> s.append((char) (0xA0 + r.nextInt(0x60)));
        case 4 -> s.append("aéŁ中й’".charAt(r.nextInt(6)));
        case 5 -> s.append(new String[] {"&#", "1;", "&#x1;", "&amp;", "x"}[r.nextInt(5)]);
        default -> s.appendCodePoint(r.nextBoolean() ? 0x1F600 + r.nextInt(50) : 'a' + r.nextInt(26));
      }
    }
    return s.toString();
  }
}
