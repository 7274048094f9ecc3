package dev.broadsheet.curate;

import java.time.LocalDate;
import java.util.List;

/**
 * One edition of the digest: a day (or week) of stories in the site time zone.
 *
 * @param date the first day of the edition
 * @param path its page's path from the site root
 * @param topStories the stories that open the edition, best first
 * @param picks the editors' picks of the edition, in their order
 * @param sections the remaining stories by section, in the configured order
 * @param storyCount how many stories the edition lists (top stories, picks and sections; a story of
 *     its day over the caps is on its section's and source's pages only)
 * @param takenDown when an editor last took a report of the edition's days off the site: the latest
 *     {@code updated} of the picks that hide one; null when none says it
 */
public record Edition(
    LocalDate date, String path, List<Story> topStories, List<Story> picks, List<Section> sections, int storyCount,
    java.time.Instant takenDown) {

  /** The first day of the edition that holds {@code time}. */
  public static LocalDate dateOf(java.time.Instant time, java.time.ZoneId zone, dev.broadsheet.config.EditionsConfig.Period period) {
    LocalDate day = time.atZone(zone).toLocalDate();
    return period == dev.broadsheet.config.EditionsConfig.Period.WEEKLY
        ? day.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY))
        : day;
  }

  /** The section {@code a} is shown in on a site whose articles without one go to {@code fallback}. */
  public static String sectionOf(dev.broadsheet.store.Article a, String fallback) {
    return a.section() == null ? fallback : a.section();
  }

  /** The part of a section page's address: one function, so "World" and "WORLD" meet everywhere. */
  public static String sectionSlug(String name) {
    // Sections in Chinese or Arabic would all be "untitled", and one.
    return Permalinker.slugOrDigest(name, 40, "section-");
  }

  /** An edition from which no dated pick took a report. */
  public Edition(LocalDate date, String path, List<Story> topStories, List<Story> picks, List<Section> sections,
      int storyCount) {
    this(date, path, topStories, picks, sections, storyCount, null);
  }

  public Edition {
    topStories = List.copyOf(topStories);
    picks = List.copyOf(picks);
    sections = List.copyOf(sections);
  }

  /** Every story it lists: top stories, picks, then each section's, in that order. */
  public List<Story> listed() {
    List<Story> all = new java.util.ArrayList<>(topStories);
    all.addAll(picks);
    sections.forEach(s -> all.addAll(s.stories()));
    return all;
  }

  /** This edition, from which an editor last took a report at {@code time} (null: none said when). */
  public Edition withTakenDown(java.time.Instant time) {
    return new Edition(date, path, topStories, picks, sections, storyCount, time);
  }

  /** When the newest of its stories happened, or null when none has a time. */
  public java.time.Instant newestStoryTime() {
    java.time.Instant newest = null;
    for (Story s : listed()) {
      if (s.time() != null && (newest == null || s.time().isAfter(newest))) {
        newest = s.time();
      }
    }
    return newest;
  }

  /**
   * The stories of one section within an edition, or on a section page.
   *
   * @param name the section's display name
   * @param slug its URL name
   * @param stories its stories, best (or newest) first
   */
  public record Section(String name, String slug, List<Story> stories) {
    public Section {
      stories = List.copyOf(stories);
    }
  }
}
