package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceHomeTest {
  private static SourceConfig source(String url) {
    return new SourceConfig("s", "S", url, null, null, "World", List.of(), 1.0, 50, false, null, false, false);
  }

  private static Story.Item item(String url) {
    return new Story.Item(new Article(url == null ? "x" : url, url, null, "s", "T", null, null, null, List.of(),
        List.of(), null, null, null, null, null, null, null), "t", "articles/t/");
  }

  @Test
  void isTheHostMostArticlesLiveOnNotTheFeedServicesHost() {
    assertThat(SourceHome.of(source("https://feeds.feedservice.example/herald"), List.of(
        item("https://www.herald.example/a"), item("https://cdn.example/b"), item("https://www.herald.example/c"))))
        .isEqualTo("https://www.herald.example/");
  }

  @Test
  void leavesOutArticlesCarriedForOtherPublishersAndIgnoresTheCaseOfHosts() {
    Article carried = new Article("c", "https://other.example/c", null, "s", "T", "Other", "S", null, List.of(),
        List.of(), null, null, null, null, null, null, null);
    Article carried2 = new Article("d", "https://other.example/d", null, "s", "T", "Other", "S", null, List.of(),
        List.of(), null, null, null, null, null, null, null);
    assertThat(SourceHome.of(source("https://feeds.example/s"), List.of(new Story.Item(carried, "c", "c/"),
        new Story.Item(carried2, "d", "d/"), item("https://WWW.Own.example/a")))).isEqualTo("https://www.own.example/");
    assertThat(SourceHome.of(source("https://feeds.example/s"), List.of(new Story.Item(carried, "c", "c/"))))
        .isEqualTo("https://feeds.example/");
  }

  private static Story.Item carried(String url, String publisher) {
    return new Story.Item(new Article(url, url, null, "s", "T", publisher, "S", null, List.of(), List.of(), null, null,
        null, null, null, null, null), "t", "t/");
  }

  @Test
  void aSyndicatorCarryingOnlyOthersArticlesOnItsOwnHostIsAtHomeThereAnAggregatorIsNot() {
    assertThat(SourceHome.of(source("feeds/coastline.xml"), List.of(carried("https://coastline.example/a", "Meridian"),
        carried("https://coastline.example/b", "Harbour Times"), carried("https://coastline.example/c", "Meridian"))))
        .isEqualTo("https://coastline.example/");
    assertThat(SourceHome.of(source("feeds/digest.xml"), List.of(carried("https://meridian.example/a", "Meridian"),
        carried("https://times.example/b", "Harbour Times"), carried("https://meridian.example/c", "Meridian"))))
        .isNull();
    // An aggregator whose links happen to be one publisher's lives elsewhere; a host counts whatever its spelling.
    assertThat(SourceHome.of(source("feeds/digest.xml"), List.of(carried("https://meridian.example/a", "Meridian"),
        carried("https://meridian.example/b", "Meridian")))).isNull();
    assertThat(SourceHome.of(source("feeds/coastline.xml"), List.of(carried("https://coastline.example/a", "Meridian"),
        carried("https://COASTLINE.example/b", "Harbour Times"), carried("https://coastline.example/c", "Meridian"),
        carried("https://other.example/d", "Harbour Times"), carried("https://coastline.example/e", "Meridian"),
        carried("https://coastline.example/f", "Meridian"), carried("https://coastline.example/g", "Meridian"),
        carried("https://coastline.example/h", "Meridian"), carried("https://coastline.example/i", "Meridian"),
        carried("https://coastline.example/j", "Meridian")))).isEqualTo("https://coastline.example/");
  }

  @Test
  void isTheFeedsHostWithoutArticleLinksAndNothingForASavedFeedWithout() {
    assertThat(SourceHome.of(source("https://user:pw@herald.example:8443/feed.xml"), List.of(item(null))))
        .isEqualTo("https://herald.example:8443/");
    assertThat(SourceHome.of(source("feeds/herald.xml"), List.of(item(null)))).isNull();
  }

  @Test
  void aFeedReadFromTheNewsroomsOwnNetworkGivesNoHomeToLinkReadersTo() {
    for (String url : new String[] {"http://127.0.0.1:8767/koeln.xml", "http://[::1]/f.xml", "http://10.0.0.7/f.xml",
        "http://localhost:8080/f.xml", "http://feeds/f.xml", "http://feeds.newsroom.internal/f.xml",
        "http://nas.local/f.xml", "http://router.home.arpa/f.xml"}) {
      assertThat(SourceHome.of(source(url), List.of(item(null)))).as(url).isNull();
    }
    // Its articles' own links still name the outlet's home.
    assertThat(SourceHome.of(source("http://127.0.0.1:8767/koeln.xml"), List.of(item("https://www.koeln.example/a"))))
        .isEqualTo("https://www.koeln.example/");
  }

  @Test
  void countsSpellingsOfOneHostTogetherAndTheFirstOfEqualHostsWins() {
    // Two spellings of one host (case, a port-less default) outnumber a third host's two links.
    assertThat(SourceHome.of(source("https://feeds.example/s"), List.of(item("https://other.example/a?x=1"),
        item("https://WWW.Own.example/b"), item("https://www.own.example#c"), item("https://other.example/d"),
        item("https://www.own.example/e/f")))).isEqualTo("https://www.own.example/");
    assertThat(SourceHome.of(source("https://feeds.example/s"), List.of(item("https://first.example/a"),
        item("https://second.example/b"), item("https://second.example/c"), item("https://first.example/d"))))
        .isEqualTo("https://first.example/");
    // A link that is no http(s) address counts for no host.
    assertThat(SourceHome.of(source("feeds/s.xml"), List.of(item("mailto:desk@own.example"), item("ftp://own.example/a"))))
        .isNull();
  }

  @Test
  void aLinksStartIsItsSchemeAndAuthority() {
    assertThat(SourceHome.start("https://user:pw@host.example:8443/a/b?c#d")).isEqualTo("https://user:pw@host.example:8443");
    assertThat(SourceHome.start("https://host.example?q")).isEqualTo("https://host.example");
    assertThat(SourceHome.start("https://host.example")).isEqualTo("https://host.example");
    assertThat(SourceHome.start("mailto:a@b.example")).isEqualTo("mailto:a@b.example");
  }
}
