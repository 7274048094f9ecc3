package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextHeadlineTest {
  @Test
  void anItemWithoutATitleIsHeadedByItsFirstSentenceWithoutTheFullStop() {
    assertThat(TextHeadline.of("<p>The harbour ferry runs again from Monday. Tickets are sold on board.</p>"))
        .isEqualTo("The harbour ferry runs again from Monday");
    assertThat(TextHeadline.of("<p>Is the night ferry coming back in spring? The council decides today.</p>"))
        .isEqualTo("Is the night ferry coming back in spring?");
    assertThat(TextHeadline.of("港のフェリーが月曜日から再び運航します。切符は船内で販売されます。"))
        .isEqualTo("港のフェリーが月曜日から再び運航します。");
  }

  @Test
  void anAbbreviationEarlyOnIsNoSentenceEnd() {
    assertThat(TextHeadline.of("<p>U.S. ports reopen after the storm. Ships queue outside.</p>"))
        .isEqualTo("U.S. ports reopen after the storm");
    assertThat(TextHeadline.of("Version 2.5 of the timetable is out")).isEqualTo("Version 2.5 of the timetable is out");
  }

  @Test
  void aLongTextWithoutAnEarlySentenceEndIsCutAtAWord() {
    String words = "word ".repeat(60).strip();
    String headline = TextHeadline.of("<p>" + words + ".</p>");
    assertThat(headline).endsWith("word…").hasSizeLessThanOrEqualTo(TextHeadline.MAX_CHARS);
    String unspaced = "字".repeat(90) + "😀".repeat(30);
    assertThat(TextHeadline.of(unspaced)).endsWith("…").doesNotContain("\uFFFD")
        .satisfies(h -> assertThat(Character.isHighSurrogate(h.charAt(h.length() - 2))).isFalse());
  }

  @Test
  void anItemWithoutTextIsUntitled() {
    assertThat(TextHeadline.of(null)).isEqualTo(Article.UNTITLED);
    assertThat(TextHeadline.of("<p> </p><img src=\"x.png\">")).isEqualTo(Article.UNTITLED);
  }

  @Test
  void theMapperHeadsAnUntitledItemWithItsSummaryAndAFullTextOnlyWhereItIsShown() {
    FeedEntry summaryOnly = new FeedEntry(null, "https://x.example/1", "", "<p>Lifeboat crew rescues two sailors off"
        + " the point. Both are well.</p>", List.of(), List.of(), null, null, null, null);
    SourceConfig source = new SourceConfig("status", "Harbour Status", "https://x.example/feed", null, null, null,
        List.of(), 1.0, 20, false, null, false, false);
    assertThat(EntryMapper.toArticle(summaryOnly, source).title()).isEqualTo("Lifeboat crew rescues two sailors off the point");
    assertThat(EntryMapper.titlesReadAs("Lifeboat crew rescues two sailors off the point")).contains("");
  }
}
