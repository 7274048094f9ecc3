package dev.broadsheet;

import dev.broadsheet.base.Problem;
import dev.broadsheet.curate.StoriesReport;
import java.util.List;

/**
 * What {@code broadsheet stories} shows: the stories, and the picks that could not be used.
 *
 * @param report the stories, newest edition first (its JSON form is documented in docs/stories-json.md)
 * @param problems picks that could not be used, and why
 */
public record StoryListing(StoriesReport report, List<Problem> problems) {
  public StoryListing {
    problems = List.copyOf(problems);
  }
}
