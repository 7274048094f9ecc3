package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.Story;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * The edition an article page names. A story told over several days is listed in several
 * editions; each of its articles belongs to the one of its own day when that edition lists the
 * story, else to the story's own.
 */
final class ArticleEditions {
  private final SiteConfig config;
  /** The editions that list each story, by story id and date. */
  private final Map<String, Map<LocalDate, Edition>> listedIn = new HashMap<>();

  ArticleEditions(Digest digest, SiteConfig config) {
    this.config = config;
    for (Edition e : digest.editions()) {
      e.listed().forEach(s -> listedIn.computeIfAbsent(s.id(), id -> new HashMap<>()).put(e.date(), e));
    }
  }

  /**
   * The edition of {@code item} of {@code story}: the one of the article's day when it lists the
   * story; else the story's own, that of its time (a pick's date, or its lead's); else the newest
   * that lists it; null when none does.
   */
  Edition of(Story story, Story.Item item) {
    Map<LocalDate, Edition> editions = listedIn.getOrDefault(story.id(), Map.of());
    if (editions.isEmpty()) {
      return null;
    }
    Edition own = item == story.lead() ? null : on(item.article().effectiveTime(), editions);
    if (own == null) {
      own = on(story.time(), editions);
    }
    return own != null ? own : editions.values().stream().max(Comparator.comparing(Edition::date)).orElseThrow();
  }

  private Edition on(Instant time, Map<LocalDate, Edition> editions) {
    return time == null ? null : editions.get(Edition.dateOf(time, config.timezone(), config.editions().period()));
  }
}
