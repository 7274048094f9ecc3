package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A podcast whose episodes all link to the show's home page: each episode is an article of its
 * own, from build to build, every output that links a story links it somewhere, and its sound is
 * linked from its page and carried by the site's feeds.
 */
class PodcastFeedBuildTest {
  @TempDir Path site;

  private static String episode(int n, String title, String day) {
    return "<item><title>Episode " + n + ": " + title + "</title><link>https://pod.example/</link>"
        + "<guid isPermaLink=\"false\">pod-ep-" + n + "</guid><pubDate>" + day + " Nov 2026 09:00:00 GMT</pubDate>"
        + "<description>" + title + " and the people who know them best, episode " + n + ".</description>"
        + "<enclosure url=\"https://cdn.pod.example/ep" + n + ".mp3\" length=\"1234\" type=\"audio/mpeg\"/>"
        + "<itunes:duration>52:05</itunes:duration></item>";
  }

  private void feed(String... items) throws Exception {
    Files.writeString(site.resolve("pod.xml"), "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\"><channel>"
        + "<title>The Weekly Pod</title>"
        + "<link>https://pod.example/</link><description>A podcast</description>" + String.join("", items)
        + "</channel></rss>");
  }

  private BuildResult build(String day) {
    return Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-" + day + "T18:00:00Z"), ZoneOffset.UTC)));
  }

  @Test
  void everyEpisodeIsAnArticleOfItsOwnBuildAfterBuildAndTheTextNewsletterLinksItsPage() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Listen\nbaseUrl: https://listen.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: pod, name: The Weekly Pod, url: pod.xml}\n");
    feed(episode(2, "Mountains", "Fri, 20"), episode(1, "Deserts", "Fri, 13"));
    BuildResult first = build("20");
    assertThat(first.articles().stored()).isEqualTo(2);
    assertThat(first.problems()).isEmpty();

    feed(episode(3, "Rivers", "Fri, 27"), episode(2, "Mountains", "Fri, 20"));
    BuildResult second = build("27");
    assertThat(second.articles().stored()).isEqualTo(3);
    try (Stream<Path> pages = Files.list(site.resolve("public/articles"))) {
      assertThat(pages.map(p -> p.getFileName().toString())).hasSize(3)
          .allSatisfy(name -> assertThat(name).startsWith("episode-"));
    }
    String text;
    try (Stream<Path> files = Files.walk(site.resolve("public/editions/2026/11/27"))) {
      text = Files.readString(files.filter(p -> p.getFileName().toString().equals("newsletter.txt")).findFirst()
          .orElseThrow());
    }
    assertThat(text).contains("Episode 3: Rivers").containsPattern("Read it: https://listen\\.example/articles/episode-3-")
        .doesNotContain("https://pod.example/");
    // Each episode's page links its sound, and the site's feeds carry it as podcast apps take it.
    Path page;
    try (Stream<Path> pages = Files.list(site.resolve("public/articles"))) {
      page = pages.filter(p -> p.getFileName().toString().startsWith("episode-3-")).findFirst().orElseThrow();
    }
    assertThat(Files.readString(page.resolve("index.html")))
        .contains("<a class=\"media-link\" href=\"https://cdn.pod.example/ep3.mp3\" rel=\"noopener\" type=\"audio/mpeg\">"
            + "Listen (52 minutes)</a>");
    assertThat(Files.readString(site.resolve("public/feed.xml")))
        .contains("<enclosure url=\"https://cdn.pod.example/ep3.mp3\" length=\"1234\" type=\"audio/mpeg\"");
    assertThat(Files.readString(site.resolve("public/atom.xml")))
        .contains("<link rel=\"enclosure\" type=\"audio/mpeg\" href=\"https://cdn.pod.example/ep3.mp3\" length=\"1234\"");
    assertThat(Files.readString(site.resolve("public/feed.json"))).contains("\"attachments\" : [ {",
        "\"url\" : \"https://cdn.pod.example/ep3.mp3\"", "\"duration_in_seconds\" : 3125");
  }
}
