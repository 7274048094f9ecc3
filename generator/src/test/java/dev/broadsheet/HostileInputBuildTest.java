package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site fed what unattended builds meet: control characters in a feed and in the store, markup
 * that would break out of inline JSON, malformed picks. The site is still published, complete.
 */
class HostileInputBuildTest {
  /** Ends a script element, or makes the HTML parser swallow the next one. */
  private static final String AUTHOR = "Jo <!-- <script>alert(1)</script> & Bo";

  @TempDir Path site;

  @BeforeEach
  void writeSite() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Hostile
        baseUrl: https://news.example/
        sources:
          - {id: wire, name: The Wire, url: feeds/wire.json, section: World}
        """);
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/wire.json"), """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Wire",
         "items": [
           {"id": "1", "url": "https://wire.example/1", "date_published": "2026-11-19T10:00:00Z",
            "title": "Vote\\u0000 \\u0001delayed\\u000c\\u001b\\ufffe\\ud800", "summary": "Council\\u0001 said",
            "authors": [{"name": "Ann\\u001b Lee"}]},
           {"id": "2", "url": "https://wire.example/2", "date_published": "2026-11-19T11:00:00Z",
            "title": "Tide tables out", "authors": [{"name": "%s"}]}
         ]}
        """.formatted(AUTHOR.replace("\"", "\\\"")));
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/a-space.md"), "---\nurl: https://x.example/a story\ntitle: A\n"
        + "date: 2026-11-19\n---\n");
    Files.writeString(site.resolve("picks/b-pipe.md"), "---\nurl: https://x.example/a|b\ntitle: B\ndate: 2026-11-19\n---\n");
    Files.writeString(site.resolve("picks/c-nul.md"), "---\nurl: https://wire.example/2\nsection: \"Wor\\0ld\"\n---\n");
    Files.writeString(site.resolve("picks/d-good.md"), "---\nurl: https://wire.example/2\ntitle: \"" + AUTHOR.replace(
        "\"", "\\\"") + "\"\n---\nA note\u0001.\n");
    // An article stored by a version that kept control characters.
    Path day = site.resolve("data/articles/2026/11/18.json");
    Files.createDirectories(day.getParent());
    Files.writeString(day, "[ {\n  \"id\" : \"old\",\n  \"published\" : \"2026-11-18T09:00:00Z\",\n"
        + "  \"firstSeen\" : \"2026-11-18T09:00:00Z\",\n  \"sourceId\" : \"wire\",\n  \"publisher\" : \"The Wire\",\n"
        + "  \"title\" : \"Stored\\u0001 long ago\",\n  \"url\" : \"https://wire.example/0\"\n} ]\n");
  }

  private BuildResult build() {
    return SampleSite.build(site, "2026-11-20T08:00:00Z");
  }

  @Test
  void theSiteIsPublishedWithEveryFeedAndTheBadPicksAreReportedAtTheirLines() throws Exception {
    BuildResult result = build();
    assertThat(result.errors()).extracting(Problem::where)
        .containsExactly("picks/a-space.md:2", "picks/b-pipe.md:2", "picks/c-nul.md:3");
    Path out = site.resolve("public");
    for (String feed : List.of("feed.xml", "atom.xml", "sections/world/feed.xml", "sources/wire/atom.xml",
        "editions/feed.xml")) {
      // Parsing fails on any character XML 1.0 forbids.
      assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(out.resolve(feed).toFile())
          .getDocumentElement()).as(feed).isNotNull();
    }
    JsonNode json = new ObjectMapper().readTree(out.resolve("feed.json").toFile());
    assertThat(json.findValuesAsText("title")).contains("Vote delayed", "Stored long ago");
    assertThat(Files.readString(site.resolve("data/articles/2026/11/18.json"))).doesNotContain("\\u0001");
    assertThat(build().errors()).hasSize(3);
  }

  @Test
  void inlineJsonLdKeepsHostileTextInsideItsScriptElement() throws Exception {
    build();
    List<Path> pages;
    try (Stream<Path> files = Files.walk(site.resolve("public/articles"))) {
      pages = files.filter(p -> p.getFileName().toString().equals("index.html")).toList();
    }
    String marker = "<script type=\"application/ld+json\">";
    int checked = 0;
    for (Path page : pages) {
      String html = Files.readString(page);
      String script = html.substring(html.indexOf(marker) + marker.length(), html.indexOf("</script>",
          html.indexOf(marker)));
      assertThat(script).doesNotContain("<!--", "<script", "<");
      JsonNode webPage = new ObjectMapper().readTree(script);
      JsonNode ld = webPage.path("isBasedOn");
      if (ld.path("url").asText().equals("https://wire.example/2")) {
        assertThat(ld.path("author").get(0).path("name").asText()).isEqualTo(AUTHOR);
        // The pick's own headline names the page; it is not given as the publisher's.
        assertThat(webPage.path("name").asText()).isEqualTo(AUTHOR);
        assertThat(ld.has("headline")).isFalse();
        checked++;
      }
    }
    assertThat(checked).isEqualTo(1);
  }
}
