package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tags from sources, feeds' categories and picks each get a page listing their articles, and a feed. */
class TagPagesBuildTest {
  @TempDir Path site;

  @Test
  void everyTagHasAPageAndAFeedAndArticlePagesLinkTheirTags() throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Tagged
        baseUrl: https://news.example/
        timezone: UTC
        sources:
          - {id: port, name: Port Courier, url: feeds/port.xml, tags: [Port Alder]}
          - {id: wire, name: Wire, url: feeds/wire.xml}
        """);
    Files.writeString(site.resolve("feeds/port.xml"), "<rss version=\"2.0\"><channel><title>P</title>"
        + "<link>https://port.example/</link><description>d</description>"
        + "<item><title>Ferry timetable changes for winter</title><link>https://port.example/ferry</link>"
        + "<category>Transport</category><pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item>"
        + "<item><title>Harbour dredging contract awarded</title><link>https://port.example/dredging</link>"
        + "<pubDate>Thu, 19 Nov 2026 09:00:00 GMT</pubDate></item></channel></rss>");
    Files.writeString(site.resolve("feeds/wire.xml"), "<rss version=\"2.0\"><channel><title>W</title>"
        + "<link>https://wire.example/</link><description>d</description>"
        + "<item><title>Rail strike called off after late talks</title><link>https://wire.example/rail</link>"
        + "<category>transport</category><pubDate>Thu, 19 Nov 2026 10:00:00 GMT</pubDate></item>"
        + "<item><title>Trade delegation visits the port</title><link>https://wire.example/trade</link>"
        + "<category>Россия</category><category>日本</category><pubDate>Thu, 19 Nov 2026 11:00:00 GMT</pubDate></item>"
        + "</channel></rss>");
    Files.writeString(site.resolve("picks/2026-11-19-rail.md"), """
        ---
        url: https://wire.example/rail
        tags: [Editors' choice]
        ---
        Worth reading.
        """);
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    Path out = site.resolve("public");

    // Two spellings of one slug are one tag, named by the spelling more articles use (a tie: the first).
    Document transport = Jsoup.parse(out.resolve("tags/transport/index.html").toFile(), "UTF-8");
    assertThat(transport.select("h1").text()).isEqualTo("Transport");
    // A tab or a search result names what the page is: a tag, not a word alone.
    assertThat(transport.title()).startsWith("Tag: Transport · ");
    assertThat(transport.select(".line-title").eachText())
        .containsExactly("Rail strike called off after late talks", "Ferry timetable changes for winter");
    Document port = Jsoup.parse(out.resolve("tags/port-alder/index.html").toFile(), "UTF-8");
    assertThat(port.select(".line-title").eachText())
        .containsExactly("Harbour dredging contract awarded", "Ferry timetable changes for winter");
    assertThat(out.resolve("tags/editors-choice/index.html")).exists();
    assertThat(out.resolve("tags/transport/feed.xml")).content().contains("Rail strike called off");
    assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("https://news.example/tags/port-alder/");

    Path ferry = Files.list(out.resolve("articles")).filter(p -> p.getFileName().toString().startsWith("ferry"))
        .findFirst().orElseThrow().resolve("index.html");
    Document article = Jsoup.parse(ferry.toFile(), "UTF-8");
    assertThat(article.select("p.tags a").eachText()).containsExactly("Port Alder", "Transport");
    assertThat(article.select("p.tags a").first().attr("href")).isEqualTo("../../tags/port-alder/index.html");
    // A Cyrillic tag is spelled in Latin letters; one with no letter a slug keeps gets a page of its
    // own, named by a digest, not a page shared with every other such tag.
    Path trade = Files.list(out.resolve("articles")).filter(p -> p.getFileName().toString().startsWith("trade"))
        .findFirst().orElseThrow().resolve("index.html");
    org.jsoup.select.Elements tradeTags = Jsoup.parse(trade.toFile(), "UTF-8").select("p.tags a");
    assertThat(tradeTags.eachText()).containsExactly("Россия", "日本");
    assertThat(tradeTags.eachAttr("href").get(0)).isEqualTo("../../tags/rossiya/index.html");
    assertThat(tradeTags.eachAttr("href").get(1)).matches("\\.\\./\\.\\./tags/tag-[0-9a-f]{10}/index\\.html");
    assertThat(LinkChecker.brokenLinks(out, URI.create("https://news.example/"))).isEmpty();
  }
}
