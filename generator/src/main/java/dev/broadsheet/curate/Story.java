package dev.broadsheet.curate;

import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.util.List;

/**
 * One story as the digest shows it: the article that represents it, the other outlets that
 * carried the same story, and the editor's pick if there is one.
 *
 * @param id stable id of the story (the representative's id)
 * @param lead the representative article
 * @param alsoReportedBy the other articles of the same story, best first
 * @param pick the editor's pick of this story, or null
 * @param time the time that places the story in an edition
 * @param score its rank and why
 * @param related ids of the most related other stories, most related first
 */
public record Story(String id, Item lead, List<Item> alsoReportedBy, Pick pick, Instant time, Score score,
    List<String> related) {
  public Story {
    alsoReportedBy = List.copyOf(alsoReportedBy);
    related = List.copyOf(related);
  }

  Story withRelated(List<String> ids) {
    return new Story(id, lead, alsoReportedBy, pick, time, score, ids);
  }

  public boolean picked() {
    return pick != null;
  }

  public boolean pinned() {
    return pick != null && pick.pin();
  }

  /** Every distinct publisher that carried the story, lead first. */
  public List<String> publishers() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), alsoReportedBy.stream())
        .map(i -> i.article().publisher())
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  /**
   * An article with the site path of its page.
   *
   * @param article the stored article, with any pick overrides applied
   * @param slug its URL name
   * @param path its page's path from the site root, such as {@code articles/slug/}
   */
  public record Item(Article article, String slug, String path) {}
}
