package dev.broadsheet.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedSiteTest {
  @Test
  void anArticleNoSyndicatorCarriedNamesItsPublisher() {
    assertThat(LinkedSite.of("https://elsewhere.example/a", "Harbour Times", null)).isEqualTo("Harbour Times");
    assertThat(LinkedSite.of(null, "Harbour Times", "Wire Service")).isEqualTo("Harbour Times");
  }

  @Test
  void aSyndicatedCopyNamesTheSyndicatorWhenTheLinkIsOnItsSite() {
    assertThat(LinkedSite.of("https://coastline-news.example/2026/11/17/ferries", "Meridian Business Daily",
        "Coastline News Service")).isEqualTo("Coastline News Service");
    assertThat(LinkedSite.of("https://news.bbc.co.uk/1/hi/world/1.stm", "Reuters", "BBC News")).isEqualTo("BBC News");
  }

  @Test
  void anAggregatorsLinkToTheOriginalNamesThePublisher() {
    assertThat(LinkedSite.of("https://www.theguardian.com/world/2026/nov/17/x", "The Guardian", "Daily Roundup"))
        .isEqualTo("The Guardian");
    // "news" is in both the host and the aggregator's name; the publisher's name spells more of it.
    assertThat(LinkedSite.of("https://news.example-times.org/x", "Example Times", "Google News"))
        .isEqualTo("Example Times");
  }

  @Test
  void aNameTooShortToTellIsNotSpelledByAHostThatHappensToHoldIt() {
    assertThat(LinkedSite.of("https://www.japantimes.co.jp/news/x", "Japan Times", "AP")).isEqualTo("Japan Times");
    assertThat(LinkedSite.of("https://newspaper.example/x", null, "AP")).isEqualTo("newspaper.example");
  }

  @Test
  void aLinkWhoseHostSpellsNeitherNameNamesTheHost() {
    assertThat(LinkedSite.of("https://www.feedproxy.example/r/abc", "Harbour Times", "Wire Service"))
        .isEqualTo("feedproxy.example");
    assertThat(LinkedSite.of("not a link", "Harbour Times", "Wire Service")).isEqualTo("Harbour Times");
  }
}
