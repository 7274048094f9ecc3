package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A list's older stories are on pages numbered from the oldest, so that a new story changes only
 * the list's own page: numbered from the newest, every page of the list moved on by one story with
 * each new one, and every upload carried them all.
 */
class ListPagesBuildTest {
  private static final Instant FIRST_DAY = Instant.parse("2026-09-01T08:00:00Z");
  @TempDir Path site;

  @Test
  void aNewStoryChangesOnlyTheListsOwnPageAndANumberedPageKeepsItsStories() throws Exception {
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Paged
        baseUrl: https://news.example/
        timezone: UTC
        pageSize: 10
        sources:
          - {id: frontpage, name: Front Page Courier, url: feeds/port.xml, section: Local}
        """);
    Path out = site.resolve("public");

    build(25);
    // 25 stories: the newest 15 on the list's own page, the oldest 10 on page/1/.
    assertThat(headlines("sections/local/")).isEqualTo(headlinesNewestFirst(24, 10));
    assertThat(headlines("sections/local/page/1/")).isEqualTo(headlinesNewestFirst(9, 0));
    assertThat(out.resolve("sections/local/page/2")).doesNotExist();
    byte[] firstPage = Files.readAllBytes(out.resolve("sections/local/page/1/index.html"));

    build(26);
    assertThat(headlines("sections/local/")).isEqualTo(headlinesNewestFirst(25, 10));
    assertThat(Files.readAllBytes(out.resolve("sections/local/page/1/index.html"))).isEqualTo(firstPage);

    build(30);
    // Three pages' worth: the newest 10 on the list's own page, then page/2/, then page/1/ as before.
    assertThat(headlines("sections/local/")).isEqualTo(headlinesNewestFirst(29, 20));
    assertThat(headlines("sections/local/page/2/")).isEqualTo(headlinesNewestFirst(19, 10));
    assertThat(headlines("sections/local/page/1/")).isEqualTo(headlinesNewestFirst(9, 0));
    // Newer and older, as a reader walks back from the list's own page.
    assertThat(pager("sections/local/")).isEqualTo(List.of("", "page/2/index.html"));
    assertThat(pager("sections/local/page/2/")).isEqualTo(List.of("../../index.html", "../1/index.html"));
    assertThat(pager("sections/local/page/1/")).isEqualTo(List.of("../2/index.html", ""));
    Document numbered = page("sections/local/page/2/");
    assertThat(numbered.title()).isEqualTo("Local (page 2) · Paged");
    assertThat(numbered.select(".pager-count").text()).isEqualTo("Page 2");
    assertThat(page("sections/local/").select(".pager-count")).isEmpty();
    // The source's list is paged alike.
    assertThat(headlines("sources/frontpage/page/1/")).isEqualTo(headlinesNewestFirst(9, 0));
    // A numbered page follows its list, whatever the list's address holds ("frontpage" ends in "page").
    assertThat(page("sources/frontpage/page/1/").select("[data-follow]").attr("data-follow"))
        .isEqualTo("sources/frontpage/");
    assertThat(page("sections/local/page/2/").select("[data-follow]").attr("data-follow")).isEqualTo("sections/local/");
  }

  private void build(int stories) throws Exception {
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Port</title>"
        + "<link>https://port.example/</link><description>d</description>");
    for (int i = stories - 1; i >= 0; i--) {
      xml.append("<item><title>").append(headline(i)).append("</title><link>https://port.example/").append(i)
          .append("</link><pubDate>").append(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
              .format(FIRST_DAY.plus(java.time.Duration.ofDays(i)).atOffset(ZoneOffset.UTC)))
          .append("</pubDate></item>");
    }
    Files.writeString(site.resolve("feeds/port.xml"), xml.append("</channel></rss>"));
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(
        Clock.fixed(FIRST_DAY.plus(java.time.Duration.ofDays(stories)), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
  }

  /** A headline that shares no word with another's, so that each is a story of its own. */
  private static String headline(int i) {
    String[] syllables = {"ba", "ke", "lo", "mu", "ri", "sa", "to", "vi", "ne", "du"};
    StringBuilder words = new StringBuilder("Report");
    for (int w = 0; w < 4; w++) {
      int n = i * 4 + w + 100;
      words.append(' ').append(syllables[n % 10]).append(syllables[n / 10 % 10]).append(syllables[n / 100 % 10])
          .append("nor");
    }
    return words.toString();
  }

  private static List<String> headlinesNewestFirst(int from, int to) {
    List<String> list = new ArrayList<>();
    for (int i = from; i >= to; i--) {
      list.add(headline(i));
    }
    return list;
  }

  @Test
  void theEditorsPicksArePagedAsTheListsAreTheOldestOnNumberedPages() throws Exception {
    Path sample = SampleSite.copyTo(site.resolve("sample"));
    Path config = sample.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("pageSize: 10", "pageSize: 2"));
    assertThat(SampleSite.build(sample, "2026-11-25T06:00:00Z").problems()).isEmpty();
    java.util.function.Function<String, Document> picks = path -> {
      try {
        return Jsoup.parse(sample.resolve("public").resolve(path).resolve("index.html").toFile(), "UTF-8");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    // Five picks at two a page: the newest three on picks/, the oldest two on picks/page/1/.
    List<String> newest = picks.apply("picks/").select(".card-title").eachText();
    List<String> oldest = picks.apply("picks/page/1/").select(".card-title").eachText();
    assertThat(newest).hasSize(3);
    assertThat(oldest).hasSize(2).doesNotContainAnyElementsOf(newest);
    assertThat(sample.resolve("public/picks/page/2")).doesNotExist();
    assertThat(picks.apply("picks/").select(".pager a[rel=next]").attr("href")).isEqualTo("page/1/index.html");
    assertThat(picks.apply("picks/page/1/").title()).isEqualTo("Our picks (page 1) · The Port Alder Digest");
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(site.resolve("public").resolve(path).resolve("index.html").toFile(), "UTF-8");
  }

  private List<String> headlines(String path) throws Exception {
    return page(path).select("main a[href*=articles/]").eachText().stream().filter(t -> t.startsWith("Report "))
        .distinct().toList();
  }

  /** The newer and older links of a list page ("" where there is none). */
  private List<String> pager(String path) throws Exception {
    Document doc = page(path);
    return List.of(doc.select(".pager a[rel=prev]").attr("href"), doc.select(".pager a[rel=next]").attr("href"));
  }
}
