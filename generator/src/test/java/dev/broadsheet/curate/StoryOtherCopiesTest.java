package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.store.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where else the very article a page shows can be read: copies other outlets carried, not other reporting. */
class StoryOtherCopiesTest {
  private static Story.Item item(String id, String source, String title, String publisher, String via) {
    Article a = new Article(id, "https://" + source + ".example/" + id, null, source, title, publisher, via, null,
        List.of(), List.of(), Instant.parse("2026-11-21T08:00:00Z"), null, null, null, null, null, null);
    return new Story.Item(a, id, "articles/" + id + "/");
  }

  private static Story story(Story.Item lead, Story.Item... others) {
    return new Story(lead.article().id(), lead, List.of(others), null, lead.article().effectiveTime(), null, List.of(),
        "stories/" + lead.article().id() + "/", List.of());
  }

  private static List<String> copies(Story story, Story.Item from) {
    return story.otherCopies(from.article()).stream().map(i -> i.article().id()).toList();
  }

  @Test
  void thePublishersOwnPageNamesTheSyndicatorsCopyAndTheCopyNamesTheOwn() {
    Story.Item own = item("own", "meridian", "Tidewater to build wind yard", "Meridian", null);
    Story.Item copy = item("copy", "coastline", "Tidewater to build wind yard", "Meridian", "Coastline");
    Story.Item other = item("other", "courier", "Tidewater to build wind yard", "The Courier", null);
    Story story = story(own, copy, other);
    assertThat(copies(story, own)).containsExactly("copy");
    assertThat(copies(story, copy)).containsExactly("own");
    assertThat(copies(story, other)).as("another newsroom's report").isEmpty();
  }

  @Test
  void aPublishersSecondFeedAnotherHeadlineAndUntitledItemsAreNoCopies() {
    Story.Item own = item("own", "meridian", "Tidewater to build wind yard", "Meridian", null);
    Story.Item secondFeed = item("markets", "meridian-markets", "Tidewater to build wind yard", "Meridian", null);
    Story.Item followUp = item("later", "coastline", "Tidewater hires 350 for the yard", "Meridian", "Coastline");
    assertThat(copies(story(own, secondFeed, followUp), own)).isEmpty();
    Story.Item untitled = item("u1", "meridian", Article.UNTITLED, "Meridian", null);
    Story.Item untitledCopy = item("u2", "coastline", Article.UNTITLED, "Meridian", "Coastline");
    assertThat(copies(story(untitled, untitledCopy), untitled)).isEmpty();
  }
}
