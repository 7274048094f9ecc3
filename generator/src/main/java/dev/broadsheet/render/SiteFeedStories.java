package dev.broadsheet.render;

import dev.broadsheet.curate.Digest;
import dev.broadsheet.curate.Placement;
import dev.broadsheet.curate.Story;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The stories the site's own feeds carry ({@link SiteOutputs}), and the report each is shown by. */
final class SiteFeedStories {
  private SiteFeedStories() {}

  /** A story as the site's feeds show it: by the report its newest edition shows; {@code order} its place among the stories. */
  record Shown(Story story, Story.Item item, Instant time, int order) {}

  /**
   * The stories of the site's feeds, newest first, each by the report its newest edition shows:
   * a story that developed on a later day (the barrier closed, then reopened) is that day's
   * report, at its time, and comes to the top again, as on that day's front page; its first
   * report would keep it where it started.
   */
  static List<Shown> of(Digest digest) {
    // The stories are newest first already: of those that did not develop, only the first
    // MAX_ITEMS can be in the feed; the few that developed may come from anywhere.
    List<Shown> candidates = new ArrayList<>();
    int undeveloped = 0;
    List<Story> stories = digest.stories();
    for (int n = 0; n < stories.size(); n++) {
      Story s = stories.get(n);
      Story.Item item = newestShownReport(digest, s);
      if (item != s.lead()) {
        Instant time = item.article().effectiveTime() == null ? s.time() : item.article().effectiveTime();
        candidates.add(new Shown(s, item, time, n));
      } else if (undeveloped++ < FeedWriter.MAX_ITEMS) {
        // A story that did not develop keeps its own time (a pick's date included).
        candidates.add(new Shown(s, item, s.time(), n));
      }
    }
    candidates.sort(java.util.Comparator.comparing(Shown::time, java.util.Comparator.nullsLast(
        java.util.Comparator.<Instant>reverseOrder())).thenComparingInt(Shown::order));
    return candidates.subList(0, Math.min(FeedWriter.MAX_ITEMS, candidates.size()));
  }

  /**
   * The report of {@code s} its newest edition shows, or its lead: an edition that had no room for
   * it (full, or its source's or section's cap reached) did not put it on any front page.
   */
  private static Story.Item newestShownReport(Digest digest, Story s) {
    for (Digest.Appearance a : digest.appearancesOf(s.id())) {
      if (a.placement() != null && a.placement().place() == Placement.Place.NOT_SHOWN) {
        continue;
      }
      for (Story.Item report : s.reports()) {
        if (report.article().id().equals(a.representative())) {
          return report;
        }
      }
      return s.lead();
    }
    return s.lead();
  }
}
