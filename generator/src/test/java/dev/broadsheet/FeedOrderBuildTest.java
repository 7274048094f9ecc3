package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Items a feed gives no date, or one date for all (a day without a time), are listed in the
 * feed's order, newest first, as the feed lists them; not in the order of their ids.
 */
class FeedOrderBuildTest {
  private static final List<String> HEADLINES = List.of("Harbour ferry timetable changes",
      "Council budget vote delayed", "Library opens a new wing", "School choir wins regional award",
      "Rain expected over the weekend", "Bakery on Mill Street closes");

  @TempDir Path site;

  private void build(String when, String pubDate, List<String> headlines) throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Order\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml, section: Local}\n");
    SavedFeeds.write(site.resolve("paper.xml"), headlines.stream()
        .map(h -> SavedFeeds.item(h, h.toLowerCase().replace(' ', '-'), pubDate)).toArray(String[]::new));
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse(when), ZoneOffset.UTC)));
    assertThat(result.problems()).noneMatch(p -> p.toString().contains("error"));
  }

  private List<String> listed(String page) throws Exception {
    return Jsoup.parse(site.resolve("public").resolve(page).toFile(), "UTF-8").select(".card-title, .line-title")
        .stream().map(Element::text).toList();
  }

  @Test
  void undatedItemsAreListedInTheFeedsOrderAndLaterOnesFirst() throws Exception {
    build("2026-11-20T06:00:00Z", null, HEADLINES);
    assertThat(listed("sources/paper/index.html")).containsExactlyElementsOf(HEADLINES);
    assertThat(listed("sections/local/index.html")).containsExactlyElementsOf(HEADLINES);

    List<String> next = new java.util.ArrayList<>(List.of("Bridge repairs begin on Monday"));
    next.addAll(HEADLINES);
    build("2026-11-20T09:00:00Z", null, next);
    assertThat(listed("sources/paper/index.html")).containsExactlyElementsOf(next);
  }

  @Test
  void itemsOfOneDateAreListedInTheFeedsOrder() throws Exception {
    build("2026-11-20T06:00:00Z", "Thu, 19 Nov 2026 00:00:00 GMT", HEADLINES);
    assertThat(listed("sources/paper/index.html")).containsExactlyElementsOf(HEADLINES);
    assertThat(listed("sections/local/index.html")).containsExactlyElementsOf(HEADLINES);
  }
}
