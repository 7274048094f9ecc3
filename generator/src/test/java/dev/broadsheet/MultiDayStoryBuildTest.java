package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story reported on two days, as a reader finds it in each day's edition and on its articles' pages. */
class MultiDayStoryBuildTest {
  @TempDir Path site;

  @Test
  void eachDaysEditionShowsTheStoryByThatDaysReportAndEachArticleNamesItsOwnDaysEdition() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Storm closes the harbour and cancels the island ferry", "storm", "Fri, 20 Nov 2026 18:00:00 GMT"),
        SavedFeeds.item("Council approves the new library budget", "library", "Sat, 21 Nov 2026 07:00:00 GMT"));
    SavedFeeds.write(site.resolve("wire.xml"),
        SavedFeeds.item("Island ferry stays cancelled as storm keeps the harbour closed", "ferry",
            "Sat, 21 Nov 2026 09:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Days
        baseUrl: https://news.example/
        timezone: UTC
        sources:
          - {id: paper, name: The Paper, url: paper.xml}
          - {id: wire, name: The Wire, url: wire.xml}
        """);
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    Path out = site.resolve("public");
    Document friday = Jsoup.parse(out.resolve("editions/2026/11/20/index.html").toFile(), "UTF-8");
    Document saturday = Jsoup.parse(out.resolve("editions/2026/11/21/index.html").toFile(), "UTF-8");
    assertThat(friday.select(".card-title, .line-title").eachText())
        .containsExactly("Storm closes the harbour and cancels the island ferry");
    assertThat(saturday.select(".card-title, .line-title").eachText()).containsExactlyInAnyOrder(
        "Island ferry stays cancelled as storm keeps the harbour closed", "Council approves the new library budget");
    // One story: the Saturday report names the Friday one among the outlets, and the other way round.
    assertThat(saturday.select(".also a").eachText()).contains("The Paper");

    java.io.StringWriter listing = new java.io.StringWriter();
    dev.broadsheet.cli.Main.run(new String[] {"stories", site.toString()}, new java.io.PrintWriter(listing),
        new java.io.PrintWriter(new java.io.StringWriter()));
    assertThat(listing.toString()).contains("\n2026-11-21  ").contains("\n    2026-11-20: a top story; led by"
        + " \"Storm closes the harbour and cancels the island ferry\"\n");

    assertThat(editionLink(out, "island-ferry-stays")).isEqualTo("From the edition: Saturday, November 21, 2026");
    assertThat(editionLink(out, "storm-closes-the-harbour")).isEqualTo("From the edition: Friday, November 20, 2026");
  }

  /** The edition an article's page says it is in. */
  private static String editionLink(Path out, String slugStart) throws Exception {
    try (Stream<Path> dirs = Files.list(out.resolve("articles"))) {
      Path page = dirs.filter(d -> d.getFileName().toString().startsWith(slugStart)).findFirst().orElseThrow()
          .resolve("index.html");
      return Jsoup.parse(page.toFile(), "UTF-8").selectFirst(".in-edition a").text();
    }
  }
}
