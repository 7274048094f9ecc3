package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text newsletter says what the HTML one says, in lines mail keeps. */
class NewsletterTextBuildTest {
  private static final String LONG = "Harbour bridge closes for repairs after engineers find cracks in the old span,"
      + " and the council says ferries will run every twenty minutes until the work is done in March";

  @TempDir Path site;

  @Test
  void aStoryToldByTwoOutletsNamesTheOtherAndNoLineIsLongerThanMailKeeps() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"), SavedFeeds.item(LONG, "bridge", "Fri, 20 Nov 2026 05:00:00 GMT"));
    Files.writeString(site.resolve("herald.xml"), Files.readString(site.resolve("paper.xml"))
        .replace("https://paper.example/", "https://herald.example/").replace("<title>P</title>", "<title>H</title>"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Paper\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n  - {id: herald, name: The Herald, url: herald.xml}\n");
    Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-20T18:00:00Z"), ZoneOffset.UTC)));
    String text = Files.readString(site.resolve("public/editions/2026/11/20/newsletter.txt"));
    assertThat(text).containsPattern("\n  Also reported by: The (Paper|Herald)\n");
    // The headline is wrapped: only the addresses to read it at may run longer.
    assertThat(text.lines().filter(l -> !l.contains("https://"))).allMatch(l -> l.length() <= 76);
    assertThat(text).contains("* Harbour bridge closes for repairs after engineers find cracks in the old\n  span,");
  }
}
