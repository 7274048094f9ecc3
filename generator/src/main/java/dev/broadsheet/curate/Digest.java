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
 * @param appearances where each story shows in each edition that lists it, and why not higher,
 *     newest edition first, by story id ({@link EditionEntries})
 */
public record Digest(
    List<Story> stories,
    List<Edition> editions,
    List<Edition.Section> sections,
    Map<String, List<Story.Item>> bySource,
    List<Story> picks,
    List<Tag> tags,
    Map<String, List<Appearance>> appearances) {
  public Digest {
    // Read by rendering's threads side by side: nothing the assembler keeps may change them after.
    stories = List.copyOf(stories);
    editions = List.copyOf(editions);
    sections = List.copyOf(sections);
    picks = List.copyOf(picks);
    tags = List.copyOf(tags);
    appearances = Map.copyOf(appearances);
  }

  /**
   * The path of the edition that is current on {@code today} (its period, a day or a week from its
   * date, holds it), or null when there is none: what pages show as today's or this week's.
   */
  public String currentEditionPath(java.time.LocalDate today, dev.broadsheet.config.EditionsConfig.Period period) {
    return editions.stream().filter(e -> !today.isBefore(e.date()) && today.isBefore(period.after(e.date())))
        .map(Edition::path).findFirst().orElse(null);
  }

  /** The editions {@code storyId} shows in, newest first; empty for a story without a time. */
  public List<Appearance> appearancesOf(String storyId) {
    return appearances.getOrDefault(storyId, List.of());
  }

  /**
   * A story in one edition.
   *
   * @param edition the edition's date
   * @param path the edition page's path
   * @param representative the id of the article the edition shows for it (its best new report of that edition)
   * @param own whether it is the edition the story is said to be in: its pick's, else the newest that
   *     lists it, else the newest that has it
   * @param score its rank there, from its new reports of that edition
   * @param placement where it shows there, and what kept it from showing higher
   */
  public record Appearance(java.time.LocalDate edition, String path, String representative, boolean own, Score score,
      Placement placement) {}

  /**
   * A tag and every article that carries it, newest first. Spellings that make the same slug
   * ("New York", "new-york") are one tag, named by the spelling most articles use.
   */
  public record Tag(String name, String slug, List<Story.Item> items) {}
}
