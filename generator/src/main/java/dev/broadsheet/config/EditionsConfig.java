package dev.broadsheet.config;

import java.util.List;

/**
 * How articles are cut into editions.
 *
 * @param period daily or weekly, in the site time zone
 * @param maxStories the most stories one edition lists
 * @param topStories how many stories open an edition as top stories
 * @param sections section names in the order editions show them; others follow alphabetically
 * @param maxPerSection the most stories of one section in one edition
 * @param maxPerSource the most stories led by one source in one edition
 */
public record EditionsConfig(Period period, int maxStories, int topStories, List<String> sections, int maxPerSection,
    int maxPerSource) {
  public EditionsConfig {
    sections = List.copyOf(sections);
  }

  /** What a site gets for every key it leaves out. */
  public static EditionsConfig defaults() {
    return new EditionsConfig(Period.DAILY, 40, 5, List.of(), 12, 4);
  }

  /** The length of one edition. */
  public enum Period {
    DAILY,
    WEEKLY;

    /** The first day of the edition after the one starting on {@code start}. */
    public java.time.LocalDate after(java.time.LocalDate start) {
      return this == WEEKLY ? start.plusWeeks(1) : start.plusDays(1);
    }
  }
}
