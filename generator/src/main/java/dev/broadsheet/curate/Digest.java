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
 */
public record Digest(
    List<Story> stories,
    List<Edition> editions,
    List<Edition.Section> sections,
    Map<String, List<Story.Item>> bySource,
    List<Story> picks) {}
