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
    int maxPerSource, String defaultSection) {
  public EditionsConfig {
    sections = List.copyOf(sections);
  }

  /** What a site in {@code language} gets for every key it leaves out. */
  public static EditionsConfig defaults(String language) {
    return new EditionsConfig(Period.DAILY, 40, 5, List.of(), 12, 4, defaultSection(language));
  }

  /**
   * The section of articles whose source and feed name none, in a site written in {@code language}
   * (a language tag): the word the default theme's messages use for news in the languages it is
   * translated into, else "News".
   */
  static String defaultSection(String language) {
    String primary = language == null ? "" : language.split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
    return switch (primary) {
      case "fr" -> "Actualités";
      case "de" -> "Nachrichten";
      case "es" -> "Noticias";
      default -> "News";
    };
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
