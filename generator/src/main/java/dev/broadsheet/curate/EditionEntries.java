package dev.broadsheet.curate;

import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A story as each edition shows it. A story that develops over several days is news on each of
 * them: every edition in which it has new reports lists it, led by that edition's best new report,
 * ranked by that edition's new reports alone, and with the reports of that edition and the ones
 * before: today's edition holds today's news even when the story broke yesterday, and yesterday's
 * edition keeps the story as it was told then. A report under a headline the story carried in an
 * earlier edition (a syndicated copy, a re-run: what grouping takes for a copy) is not new
 * reporting and brings nothing back. A picked story is the pick, with its note, in its pick's
 * edition only, led by the picked report; other editions list it for their own new reports, an
 * edition before the pick's for the picked report too when it was news there.
 */
final class EditionEntries {
  /** A story's rank from the reports an edition counts for it (best first), its time there and its pick. */
  interface DayScore {
    Score of(List<Article> reports, Instant time, Pick pick);
  }

  private final Function<Instant, LocalDate> editionOf;
  private final Function<Article, String> headlineOf;
  private final DayScore score;
  /** For each picked story whose pick moved its report to the lead: where grouping had put that report (its index, best first). */
  private final Map<String, Integer> pickedAt;

  /**
   * @param headlineOf what makes two reports' headlines one, as grouping tells copies apart
   *     (wire labels, branding and punctuation aside)
   */
  EditionEntries(Function<Instant, LocalDate> editionOf, Function<Article, String> headlineOf, DayScore score,
      Map<String, Integer> pickedAt) {
    this.editionOf = editionOf;
    this.headlineOf = headlineOf;
    this.score = score;
    this.pickedAt = pickedAt;
  }

  /** Each edition's stories, by edition date; a story without a time is in none. */
  Map<LocalDate, List<Story>> byEdition(List<Story> stories) {
    Map<LocalDate, List<Story>> result = new TreeMap<>();
    // A story's entries read that story alone: made side by side, gathered in the stories' order.
    List<Map<LocalDate, Story>> made = stories.parallelStream()
        .map(s -> s.time() == null ? Map.<LocalDate, Story>of() : entries(s)).toList();
    for (Map<LocalDate, Story> entries : made) {
      entries.forEach((date, entry) -> result.computeIfAbsent(date, d -> new ArrayList<>()).add(entry));
    }
    return result;
  }

  /** The story's entry in each edition that lists it. */
  Map<LocalDate, Story> entries(Story story) {
    Map<LocalDate, List<Story.Item>> fresh = freshReports(story);
    Map<LocalDate, Story> entries = new TreeMap<>();
    if (story.picked()) {
      // The picked report leads the story (the assembler put it first); it is shown in the pick's
      // edition, and no later one. An earlier edition that listed it keeps it: a pick of last week's
      // report must not take it out of last week's edition, published and mailed long since.
      LocalDate home = editionOf.apply(story.time());
      fresh.forEach((date, items) -> {
        if (!date.isBefore(home)) {
          items.remove(story.lead());
        } else if (pickedAt.containsKey(story.id()) && items.contains(story.lead())) {
          // Led there as grouping had it, not by the report the pick moved to the front.
          int at = pickedAt.get(story.id());
          List<Story.Item> reports = story.reports();
          items.sort(java.util.Comparator.comparingInt(i -> i == story.lead() ? at
              : reports.indexOf(i) - 1 < at ? reports.indexOf(i) - 1 : reports.indexOf(i)));
        }
      });
      List<Story.Item> counted = new ArrayList<>(List.of(story.lead()));
      counted.addAll(fresh.getOrDefault(home, List.of()));
      entries.put(home, entry(story, story.lead(), home, counted, story.time(), story.pick()));
    }
    fresh.forEach((date, reports) -> {
      if (!reports.isEmpty() && !entries.containsKey(date)) {
        entries.put(date, entry(story, reports.get(0), date, reports, reports.get(0).article().effectiveTime(), null));
      }
    });
    if (entries.isEmpty()) {
      // No dated report: the story stays where its time places it.
      entries.put(editionOf.apply(story.time()), story);
    }
    return entries;
  }

  /**
   * The dated reports of each edition that are new reporting, best first: leaving out those under a
   * headline the story carried in an earlier edition.
   */
  private Map<LocalDate, List<Story.Item>> freshReports(Story story) {
    Map<LocalDate, List<Story.Item>> byDate = new TreeMap<>();
    for (Story.Item item : story.reports()) {
      LocalDate date = dateOf(item);
      if (date != null) {
        byDate.computeIfAbsent(date, d -> new ArrayList<>()).add(item);
      }
    }
    if (byDate.size() < 2) {
      return byDate;
    }
    Map<LocalDate, List<Story.Item>> fresh = new TreeMap<>();
    Set<String> earlier = new HashSet<>();
    byDate.forEach((date, items) -> {
      fresh.put(date, new ArrayList<>(items.stream().filter(i -> !earlier.contains(headlineOf.apply(i.article()))).toList()));
      items.forEach(i -> earlier.add(headlineOf.apply(i.article())));
    });
    return fresh;
  }

  private LocalDate dateOf(Story.Item item) {
    Instant time = item.article().effectiveTime();
    return time == null ? null : editionOf.apply(time);
  }

  /**
   * The story in the edition of {@code date}: led by {@code lead}, with the reports of that edition
   * and the ones before (undated ones too), ranked by {@code counted}. The story itself when that is
   * all of it, so that a story of one day is listed as it is.
   */
  private Story entry(Story story, Story.Item lead, LocalDate date, List<Story.Item> counted, Instant time, Pick pick) {
    List<Story.Item> others = new ArrayList<>();
    for (Story.Item item : story.reports()) {
      LocalDate itemDate = dateOf(item);
      if (item != lead && (itemDate == null || !itemDate.isAfter(date))) {
        others.add(item);
      }
    }
    if (lead == story.lead() && others.size() == story.alsoReportedBy().size()
        && counted.size() == story.reports().size() && pick == story.pick()) {
      return story;
    }
    Map<String, Story.Why> whyOf = new HashMap<>();
    story.why().forEach(w -> whyOf.put(w.articleId(), w));
    List<Story.Why> why = new ArrayList<>();
    for (Story.Item item : concat(lead, others)) {
      Story.Why w = whyOf.get(item.article().id());
      if (w != null) {
        why.add(w);
      }
    }
    List<Article> reports = counted.stream().map(Story.Item::article).toList();
    return new Story(story.id(), lead, others, pick, time, score.of(reports, time, pick), story.related(), story.path(),
        why);
  }

  private static List<Story.Item> concat(Story.Item first, List<Story.Item> rest) {
    List<Story.Item> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
