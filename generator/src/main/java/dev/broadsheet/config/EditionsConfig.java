package dev.broadsheet.config;

import java.util.List;

/**
 * How articles are cut into editions.
 *
 * @param period daily or weekly, in the site time zone
 * @param maxStories the most stories one edition lists
 * @param topStories how many stories open an edition as top stories
 * @param sections section names in the order editions show them; others follow alphabetically
 */
public record EditionsConfig(Period period, int maxStories, int topStories, List<String> sections) {
  public EditionsConfig {
    sections = List.copyOf(sections);
  }

  /** The length of one edition. */
  public enum Period {
    DAILY,
    WEEKLY
  }
}
