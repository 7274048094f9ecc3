package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A source taken out of the config: its articles leave the site, not the store. */
class RemovedSourceBuildTest {
  @TempDir Path site;

  private void writeConfig(List<String> sources) throws Exception {
    StringBuilder config = new StringBuilder("title: Removed\nbaseUrl: https://news.example/\ntimezone: UTC\nsources:\n");
    Files.createDirectories(site.resolve("feeds"));
    for (String id : sources) {
      config.append("  - {id: ").append(id).append(", name: Name of ").append(id).append(", url: feeds/").append(id)
          .append(".xml}\n");
      Files.writeString(site.resolve("feeds/" + id + ".xml"), "<rss version=\"2.0\"><channel><title>S</title>"
          + "<link>https://" + id + ".example/</link><description>d</description><item><title>Report by " + id
          + " about the " + id + " harbour</title><link>https://" + id + ".example/a</link><pubDate>Thu, 19 Nov 2026"
          + " 08:00:00 GMT</pubDate></item></channel></rss>");
    }
    Files.writeString(site.resolve("broadsheet.yaml"), config);
  }

  private BuildResult build() {
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T06:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).allMatch(p -> p.isWarning() && p.message().startsWith("the source 'example'"));
    return result;
  }

  private String publishedText() throws Exception {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(site.resolve("public"))) {
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".png")).toList()) {
        all.append(Files.readString(f));
      }
    }
    return all.toString();
  }

  @Test
  void articlesOfARemovedSourceAreNotPublishedButStayStoredAndReturnWithIt() throws Exception {
    writeConfig(List.of("courier", "example"));
    build();
    assertThat(publishedText()).contains("Report by example");

    writeConfig(List.of("courier"));
    BuildResult without = build();
    // Said once, on the build that takes the source's articles off the site.
    assertThat(without.problems()).extracting(Problem::message).containsExactly("the source 'example' is no longer"
        + " configured: its stored article is not shown, unless picked (kept in the store: putting the source back"
        + " shows it again)");
    assertThat(build().problems()).isEmpty();
    assertThat(without.articles().stored()).isEqualTo(2);
    assertThat(publishedText()).contains("Report by courier").doesNotContain("Report by example")
        .doesNotContain("sources/example/");
    assertThat(LinkChecker.brokenLinks(site.resolve("public"), URI.create("https://news.example/"))).isEmpty();

    writeConfig(List.of("courier", "example"));
    build();
    assertThat(publishedText()).contains("Report by example", "Name of example");
  }

  @Test
  void aPickedArticleOfARemovedSourceStaysWithoutALinkToTheGoneSourcePageOrItsId() throws Exception {
    writeConfig(List.of("courier", "example"));
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/harbour.md"), "---\nurl: https://example.example/a\ndate: 2026-11-19\n---\n"
        + "Worth reading.\n");
    build();
    writeConfig(List.of("courier"));
    build();
    String page;
    try (Stream<Path> files = Files.list(site.resolve("public/articles"))) {
      page = Files.readString(files.filter(f -> f.getFileName().toString().startsWith("report-by-example"))
          .findFirst().orElseThrow().resolve("index.html"));
    }
    assertThat(page).contains("Report by example").doesNotContain("sources/example/").doesNotContain(">example<");
    assertThat(LinkChecker.brokenLinks(site.resolve("public"), URI.create("https://news.example/"))).isEmpty();
  }
}
