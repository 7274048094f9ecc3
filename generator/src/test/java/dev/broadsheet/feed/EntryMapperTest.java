package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryMapperTest {
  private static FeedEntry entry(String link, String originalPublisher) {
    return new FeedEntry(null, link, "Title", "<p>s</p>", List.of("A"), List.of("markets"), null, null, null,
        originalPublisher);
  }

  private static SourceConfig source(String name, String publisher, String via) {
    return new SourceConfig("wire", name, "https://wire.example/feed", publisher, via, "Business", List.of("wire"),
        1.0, 2, false, null, false, false);
  }

  @Test
  void sourceNameIsThePublisherByDefault() {
    Article a = EntryMapper.toArticle(entry("https://x.example/1", null), source("The Courier", null, null));
    assertThat(a.publisher()).isEqualTo("The Courier");
    assertThat(a.via()).isNull();
    assertThat(a.section()).isEqualTo("Business");
    assertThat(a.tags()).containsExactly("wire", "markets");
    assertThat(a.id()).isEqualTo(ArticleIds.of("https://x.example/1", null, "wire"));
  }

  @Test
  void theLinkPublishedToReadersCarriesNoTrackingParametersAndTheIdIsTheLinksAsGiven() {
    String link = "https://x.example/story?id=7&utm_source=rss&utm_medium=feed&fbclid=abc#comments";
    Article a = EntryMapper.toArticle(entry(link, null), source("The Courier", null, null));
    assertThat(a.url()).isEqualTo("https://x.example/story?id=7#comments");
    assertThat(a.id()).isEqualTo(ArticleIds.of(link, null, "wire")).isEqualTo(ArticleIds.of(a.url(), null, "wire"));
  }

  @Test
  void configuredPublisherAndSyndicatorMakeAViaLine() {
    Article a = EntryMapper.toArticle(entry("https://x.example/1", null),
        source("Tribune News Service", "Bloomberg News", "Tribune News Service"));
    assertThat(a.publisher()).isEqualTo("Bloomberg News");
    assertThat(a.via()).isEqualTo("Tribune News Service");
  }

  @Test
  void anItemNamingItsOwnPublisherIsCarriedViaTheSource() {
    Article a = EntryMapper.toArticle(entry("https://x.example/1", "Bloomberg News"),
        source("Tribune News Service", null, null));
    assertThat(a.publisher()).isEqualTo("Bloomberg News");
    assertThat(a.via()).isEqualTo("Tribune News Service");
  }

  @Test
  void takesAtMostMaxItems() {
    ParsedFeed feed = new ParsedFeed("RSS 2.0", "UTF-8", "t", null,
        List.of(entry("https://x.example/1", null), entry("https://x.example/2", null), entry("https://x.example/3", null)),
        List.of());
    assertThat(EntryMapper.toArticles(feed, source("S", null, null))).hasSize(2);
  }

  @Test
  void aHeadlineLosesItsOutletsOwnNameAppendedButNotAnotherNameOrAllItHas() {
    assertThat(EntryMapper.withoutOwnName("Chipmaker unveils 2nm processor - Dev Notes", "Dev Notes Ltd", "Dev Notes"))
        .isEqualTo("Chipmaker unveils 2nm processor");
    assertThat(EntryMapper.withoutOwnName("Chipmaker unveils 2nm processor | DEV NOTES", "Dev Notes"))
        .isEqualTo("Chipmaker unveils 2nm processor");
    assertThat(EntryMapper.withoutOwnName("Court rules for Smith - Jones", "Dev Notes")).isEqualTo("Court rules for Smith - Jones");
    assertThat(EntryMapper.withoutOwnName("Corrections - Dev Notes", "Dev Notes")).isEqualTo("Corrections - Dev Notes");
  }
}
