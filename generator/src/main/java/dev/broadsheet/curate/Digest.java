package dev.broadsheet.curate;

import java.util.List;
import java.util.Map;

/**
 * Everything the site shows, decided and ordered: the result of curation, the input of rendering.
 *
 * @param stories every story, newest first
 * @param editions every edition, newest first
 * @param sections every section's stories, newest first, in the configured section order
 * @param bySource every source's articles (all of them, not just story leads), newest first, by
 *     source id in config order
 * @param picks every pick that made it into the digest, newest first
 * @param tags every tag of any article (sources' tags, feeds' categories, picks' tags), by slug
 * @param placements where each story shows in its edition, and why not higher, by story id
 */
public record Digest(
    List<Story> stories,
    List<Edition> editions,
    List<Edition.Section> sections,
    Map<String, List<Story.Item>> bySource,
    List<Story> picks,
    List<Tag> tags,
    Map<String, Placement> placements) {
  public Digest {
    placements = Map.copyOf(placements);
  }

  /**
   * A tag and every article that carries it, newest first. Spellings that make the same slug
   * ("New York", "new-york") are one tag, named by the spelling most articles use.
   */
  public record Tag(String name, String slug, List<Story.Item> items) {}
}
