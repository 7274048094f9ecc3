package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlsTest {
  @Test
  void aSiteIsItsHostsRegistrableNameAsFarAsItCanBeToldWithoutAList() {
    assertThat(Urls.siteOf("https://news.www.bbc.co.uk/a")).isEqualTo("bbc.co.uk");
    assertThat(Urls.siteOf("https://feeds.courier.example/rss")).isEqualTo("courier.example");
    assertThat(Urls.siteOf("http://127.0.0.1:8080/x")).isEqualTo("127.0.0.1");
    assertThat(Urls.siteOf("feeds/local.xml")).isNull();
  }

  @Test
  void aLinkIsWrittenInAsciiWithItsOwnEscapesKept() {
    assertThat(Urls.ascii("https://port.example/avis/marées d'hiver?x=1&y=%20")).isEqualTo(
        "https://port.example/avis/mar%C3%A9es%20d'hiver?x=1&y=%20");
    assertThat(Urls.ascii("https://port.example/東京")).isEqualTo("https://port.example/%E6%9D%B1%E4%BA%AC");
    assertThat(Urls.ascii("https://port.example/a")).isEqualTo("https://port.example/a");
  }

  @Test
  void namesReservedForExamplesAndTestsAreKnown() {
    assertThat(Urls.isReservedExample("https://example.org/news/welcome")).isTrue();
    assertThat(Urls.isReservedExample("http://www.EXAMPLE.com./a")).isTrue();
    assertThat(Urls.isReservedExample("https://coastline-news.example/2026/11/17/x")).isTrue();
    assertThat(Urls.isReservedExample("https://nothing.invalid/")).isTrue();
  }

  @Test
  void realNamesAddressesAndNonUrlsAreNot() {
    assertThat(Urls.isReservedExample("https://myexample.org/a")).isFalse();
    assertThat(Urls.isReservedExample("https://example.org.evil.net/a")).isFalse();
    assertThat(Urls.isReservedExample("https://www.testing.com/a")).isFalse();
    assertThat(Urls.isReservedExample("http://127.0.0.1:8080/a")).isFalse();
    // Names of one's own network, which a source with allowPrivateAddress may use.
    assertThat(Urls.isReservedExample("http://localhost:8080/a")).isFalse();
    assertThat(Urls.isReservedExample("https://news.test/a")).isFalse();
    assertThat(Urls.isReservedExample("http://app.localhost/a")).isFalse();
    assertThat(Urls.isReservedExample("http://[::1]:8080/a")).isFalse();
    assertThat(Urls.isReservedExample("feeds/example.xml")).isFalse();
    assertThat(Urls.isReservedExample("not a url")).isFalse();
  }

  @Test
  void aLinkIsResolvedOnlyToAWebAddressWithAHost() {
    assertThat(Urls.resolve("https://news.example/a/", "b?x=1")).isEqualTo("https://news.example/a/b?x=1");
    assertThat(Urls.resolve(null, "http://[::1]:8080/a")).isEqualTo("http://[::1]:8080/a");
    assertThat(Urls.resolve(null, "http://example.c[o.test/")).isNull();
    // Names java.net.URI gives no host for, which browsers open.
    assertThat(Urls.resolve(null, "https://news_site.example.com/a")).isEqualTo("https://news_site.example.com/a");
    assertThat(Urls.resolve(null, "http://минобрнауки.рф/news/1")).isEqualTo("http://минобрнауки.рф/news/1");
    assertThat(Urls.resolve(null, "http://user@news_site.example:8080/a")).isNotNull();
    assertThat(Urls.resolve(null, "http:///path-only")).isNull();
    assertThat(Urls.resolve(null, "javascript:alert(1)")).isNull();
    assertThat(Urls.resolve(null, "b/c")).isNull();
  }

  @Test
  void whatBrowsersTakeInALinkButUriRefusesIsEncodedNotDropped() {
    assertThat(Urls.resolve(null, "https://example.org/search?q=a|b&x=1")).isEqualTo("https://example.org/search?q=a%7Cb&x=1");
    assertThat(Urls.resolve(null, "https://example.org/a/{id}")).isEqualTo("https://example.org/a/%7Bid%7D");
    assertThat(Urls.resolve(null, "https://example.org/100%_real")).isEqualTo("https://example.org/100%25_real");
    assertThat(Urls.resolve(null, "https://example.org/caf%C3%A9 menu")).isEqualTo("https://example.org/caf%C3%A9%20menu");
    assertThat(Urls.resolve("https://example.org/a/", "b^c`d")).isEqualTo("https://example.org/a/b%5Ec%60d");
    assertThat(Urls.resolve(null, "https://example.org/50%")).isEqualTo("https://example.org/50%25");
    // Not a host: refused as before, not made a link to an invalid one.
    assertThat(Urls.resolve(null, "https://news|site.example/a|b")).isNull();
    assertThat(Urls.resolve(null, "https://news site.example/a")).isNull();
  }

  @Test
  void trackingParametersLeaveALinkAndEverythingElseStaysAsWritten() {
    assertThat(Urls.withoutTrackers("https://x.example/a?utm_source=rss&UTM_Campaign=x"))
        .isEqualTo("https://x.example/a");
    assertThat(Urls.withoutTrackers("https://x.example/a?b=2&utm_medium=feed&a=1&mc_eid=9#top"))
        .isEqualTo("https://x.example/a?b=2&a=1#top");
    // Parameters with other uses stay, and so does a link without trackers, byte for byte.
    assertThat(Urls.withoutTrackers("https://x.example/a?ref=home&partner=ap"))
        .isEqualTo("https://x.example/a?ref=home&partner=ap");
    assertThat(Urls.withoutTrackers("https://x.example/a?q=utm_source#utm_x"))
        .isEqualTo("https://x.example/a?q=utm_source#utm_x");
    assertThat(Urls.withoutTrackers("https://x.example/a#x?utm_source=y"))
        .isEqualTo("https://x.example/a#x?utm_source=y");
    assertThat(Urls.withoutTrackers("https://x.example/a?&&")).isEqualTo("https://x.example/a");
    // Ampersands escaped twice by the feed: its trackers go all the same, other parameters stay.
    assertThat(Urls.withoutTrackers("https://x.example/a?p=7&amp;utm_medium=rss&amp;utm_campaign=news"))
        .isEqualTo("https://x.example/a?p=7");
    assertThat(Urls.withoutTrackers("https://x.example/a?utm_source=rss&amp;id=3")).isEqualTo("https://x.example/a?amp;id=3");
    assertThat(Urls.withoutTrackers(null)).isNull();
  }
}
