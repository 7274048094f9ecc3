package dev.broadsheet.curate;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a story shows in its edition, and what kept it from showing higher: what an editor asks
 * when the edition has fewer top stories than configured, or a big story is not among them.
 *
 * @param place where it shows
 * @param reason what kept it out of the top stories (for a story in a section) or out of the
 *     edition (for one not shown); {@link Reason#NONE} for a top story or a pick
 * @param alikeStory the top story it is alike, for {@link Reason#ALIKE_A_TOP_STORY}; else null
 */
public record Placement(Place place, Reason reason, String alikeStory) {
  /** Where a story shows in its edition. */
  public enum Place {
    TOP_STORY, PICK, SECTION, NOT_SHOWN;

    /** As {@code stories --json} writes it: top-story, pick, section, not-shown. */
    @JsonValue
    public String json() {
      return jsonName(this);
    }
  }

  /** Why a story is not higher. */
  public enum Reason {
    NONE,
    /** The top stories were full with stories that rank higher. */
    RANKED_LOWER,
    /** So alike a top story (as alike as reports that merge) that it would show the same news twice. */
    ALIKE_A_TOP_STORY,
    /** Its source already had {@code maxPerSource} stories in the edition's top stories or in all. */
    SOURCE_CAP,
    /** Its section already had {@code maxPerSection} stories in the edition. */
    SECTION_CAP,
    /** The edition already held {@code maxStories} stories. */
    EDITION_FULL;

    /** As {@code stories --json} writes it: ranked-lower, alike-a-top-story, and so on. */
    @JsonValue
    public String json() {
      return jsonName(this);
    }
  }

  private static String jsonName(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  static Placement of(Place place, Reason reason) {
    return new Placement(place, reason, null);
  }
}
