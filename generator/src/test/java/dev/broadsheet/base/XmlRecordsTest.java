package dev.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlRecordsTest {
  record Item(String title, String summaryHtml, List<String> tags, Instant published, int words, List<Integer> ids) {}

  @Test
  void aDirectionOverrideAHeadlineLeavesOpenEndsWithItButNotInHtml() {
    Item cleaned = XmlRecords.cleaned(new Item("\u202eReversed", "<p>\u202eIn a paragraph</p>", List.of("\u202etag"),
        null, 0, List.of()));
    assertThat(cleaned.title()).isEqualTo("\u202eReversed\u202c");
    assertThat(cleaned.tags()).containsExactly("\u202etag\u202c");
    assertThat(cleaned.summaryHtml()).isEqualTo("<p>\u202eIn a paragraph</p>");
  }

  @Test
  void everyTextComponentIsCleanedAndOnesNamedHtmlAsHtml() {
    Item dirty = new Item("Vote\u0000 delayed\uFFFE", "<p>Council&#x1; said\u0001</p>", List.of("a\u0001", "\u0000"),
        Instant.EPOCH, 3, List.of(1));

    Item clean = XmlRecords.cleaned(dirty);

    assertThat(clean).isEqualTo(new Item("Vote delayed", "<p>Council said</p>", List.of("a"), Instant.EPOCH, 3,
        List.of(1)));
    assertThat(clean.ids()).isSameAs(dirty.ids());
  }

  @Test
  void cleanTextIsKeptAndListsBecomeImmutableAsXmlTextMakesThem() {
    List<String> tags = new ArrayList<>(List.of("politics"));
    Item item = new Item("Title", "<p>&amp; &#233;</p>", tags, null, 0, null);

    Item clean = XmlRecords.cleaned(item);

    assertThat(clean.title()).isSameAs(item.title());
    assertThat(clean.summaryHtml()).isEqualTo(item.summaryHtml());
    assertThat(clean.tags()).isEqualTo(tags).isNotSameAs(tags).isUnmodifiable();
    assertThat(clean.ids()).isNull();
  }

  @Test
  void nullTextStaysNullAndANullListOfTextIsEmpty() {
    Item clean = XmlRecords.cleaned(new Item(null, null, null, null, 0, null));

    assertThat(clean).isEqualTo(new Item(null, null, List.of(), null, 0, null));
  }
}
