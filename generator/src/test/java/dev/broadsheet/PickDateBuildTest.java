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

/** A pick of an article no feed carries, dated without a time, is shown with its day, not with a made-up time. */
class PickDateBuildTest {
  @TempDir Path site;

  @Test
  void aBareDateShowsAsADayAndAGivenTimeAsThatTime() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Mon, 30 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Picks\nbaseUrl: https://news.example/\n"
        + "language: en-GB\ntimezone: Europe/Paris\nsources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/summit.md"), "---\nurl: https://world.example/summit\n"
        + "title: Climate summit ends with a deal\ndate: 2026-12-01\n---\nRead it.\n");
    Files.writeString(site.resolve("picks/vote.md"), "---\nurl: https://world.example/vote\n"
        + "title: Parliament votes on the budget\ndate: 2026-12-01T09:15:00+01:00\n---\nAnd this.\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC)));

    Document summit = page("Climate summit ends with a deal");
    assertThat(summit.selectFirst(".story-date time").text()).isEqualTo("1 December 2026");
    assertThat(summit.selectFirst(".story-date time").attr("datetime")).isEqualTo("2026-12-01");
    assertThat(summit.selectFirst("script[type=application/ld+json]").data()).contains("\"datePublished\":\"2026-12-01\"");
    Document vote = page("Parliament votes on the budget");
    assertThat(vote.selectFirst(".story-date time").text()).isEqualTo("1 December 2026, 09:15 CET");
    assertThat(vote.selectFirst("script[type=application/ld+json]").data())
        .contains("\"datePublished\":\"2026-12-01T09:15+01:00\"");
    assertThat(Files.readString(site.resolve("public/picks/index.html"))).contains(">1 December 2026</time>")
        .contains(">1 December 2026, 09:15 CET</time>");
  }

  private Document page(String title) throws Exception {
    try (Stream<Path> pages = Files.list(site.resolve("public/articles"))) {
      for (Path p : pages.toList()) {
        Document doc = Jsoup.parse(p.resolve("index.html").toFile(), "UTF-8");
        if (doc.title().startsWith(title)) {
          return doc;
        }
      }
    }
    throw new AssertionError("no article page titled " + title);
  }
}
