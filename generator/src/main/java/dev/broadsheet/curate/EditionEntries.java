package dev.broadsheet.curate;

import dev.broadsheet.base.Slugs;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A story as each edition shows it. A story that develops over several days is news on each of
 * them: every edition in which it has new reports lists it, led by that edition's best report and
 * ranked by that edition's reports alone, so today's edition holds today's news even when the
 * story broke yesterday, and yesterday's edition keeps the story as it was told then. A report
 * under a headline the story already carried on an earlier day (a syndicated copy, a re-run) is
 * not new reporting: it never brings the story back in a later edition. A picked story shows in
 * its pick's edition as the pick, with its note; its other days' reports show it there unpicked.
 */
final class EditionEntries {
  /** A story's rank from the reports an edition shows of it (best first) and the time of the first. */
  interface DayScore {
    Score of(List<Article> reports, Instant time);
  }

  private final Function<Instant, LocalDate> editionOf;
  private final DayScore score;

  EditionEntries(Function<Instant, LocalDate> editionOf, DayScore score) {
    this.editionOf = editionOf;
    this.score = score;
  }

  /** Each edition's stories, by edition date; a story without a time is in none. */
  Map<LocalDate, List<Story>> byEdition(List<Story> stories) {
    Map<LocalDate, List<Story>> result = new TreeMap<>();
    for (Story s : stories) {
      if (s.time() != null) {
        entries(s).forEach((date, entry) -> result.computeIfAbsent(date, d -> new ArrayList<>()).add(entry));
      }
    }
    return result;
  }

  /** The story's entry in each edition that lists it. */
  Map<LocalDate, Story> entries(Story story) {
    LocalDate home = story.picked() ? editionOf.apply(story.time()) : null;
    Map<LocalDate, List<Story.Item>> fresh = freshReports(story);
    Map<LocalDate, Story> entries = new TreeMap<>();
    if (home != null) {
      entries.put(home, story);
    }
    if (fresh.size() == 1 && home == null) {
      // Told on one day (or in one week): the story as it is, ranked as it is.
      entries.put(fresh.keySet().iterator().next(), story);
      return entries;
    }
    fresh.forEach((date, reports) -> {
      if (!date.equals(home)) {
        entries.put(date, dayEntry(story, reports));
      }
    });
    if (entries.isEmpty()) {
      // Every report undated or a copy: the story stays where its time places it.
      entries.put(editionOf.apply(story.time()), story);
    }
    return entries;
  }

  /**
   * The reports of each edition that are new reporting, best first: leaving out those under a
   * headline the story carried in an earlier edition.
   */
  private Map<LocalDate, List<Story.Item>> freshReports(Story story) {
    Map<LocalDate, List<Story.Item>> byDate = new TreeMap<>();
    for (Story.Item item : story.reports()) {
      Instant time = item.article().effectiveTime();
      if (time != null) {
        byDate.computeIfAbsent(editionOf.apply(time), d -> new ArrayList<>()).add(item);
      }
    }
    if (byDate.size() < 2) {
      return byDate;
    }
    Map<LocalDate, List<Story.Item>> fresh = new TreeMap<>();
    Set<String> earlier = new HashSet<>();
    byDate.forEach((date, items) -> {
      List<Story.Item> kept = items.stream().filter(i -> !earlier.contains(headline(i))).toList();
      items.forEach(i -> earlier.add(headline(i)));
      if (!kept.isEmpty()) {
        fresh.put(date, kept);
      }
    });
    return fresh;
  }

  private static String headline(Story.Item item) {
    String title = item.article().title();
    return title == null ? "\0" + item.article().id() : Slugs.fold(title).strip();
  }

  /** The story led by the best of one edition's reports, ranked by them; its other reports follow in their order. */
  private Story dayEntry(Story story, List<Story.Item> reports) {
    Story.Item lead = reports.get(0);
    if (lead == story.lead() && reports.size() == story.alsoReportedBy().size() + 1) {
      return story;
    }
    List<Story.Item> others = new ArrayList<>(story.reports());
    others.remove(lead);
    List<Story.Why> why = new ArrayList<>(story.why());
    int at = story.reports().indexOf(lead);
    if (at < why.size()) {
      why.add(0, why.remove(at));
    }
    Instant time = lead.article().effectiveTime();
    return new Story(story.id(), lead, others, null, time,
        score.of(reports.stream().map(Story.Item::article).toList(), time), story.related(), story.path(), why);
  }
}
