package dev.broadsheet.curate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.broadsheet.store.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * The current stories as one stable JSON document, for editors and scripts ({@code broadsheet
 * stories --json}); documented in docs/stories-json.md. Version 1.
 *
 * @param version the document format version
 * @param stories every story, newest first
 */
@JsonPropertyOrder({"version", "stories"})
public record StoriesReport(int version, List<StoryEntry> stories) {

  /**
   * One story.
   *
   * @param id the story id (the id of its representative article)
   * @param time when it happened (ISO 8601), the time that places it in an edition
   * @param edition the date of its edition: its pick's, else the newest that lists it
   * @param placement where it shows in that edition, and what kept it from showing higher
   * @param section its section
   * @param representative the id of the article shown for it
   * @param score its rank in that edition and the parts of it
   * @param related ids of related stories, most related first
   * @param pick the pick of it, if an editor picked it
   * @param articles its articles, the representative first
   * @param editions every edition that lists it, newest first, when more than one does (a story
   *     told over several days)
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "time", "edition", "placement", "section", "representative", "score", "related", "pick",
      "articles", "editions"})
  public record StoryEntry(String id, String time, String edition, PlacementEntry placement, String section,
      String representative, Score score, List<String> related, PickEntry pick, List<ArticleEntry> articles,
      List<EditionEntry> editions) {}

  /**
   * A story in one of the editions that list it.
   *
   * @param edition the edition's date
   * @param representative the id of the article that edition shows for it
   * @param score its rank there, from its reports of that edition
   * @param placement where it shows there
   */
  @JsonPropertyOrder({"edition", "representative", "score", "placement"})
  public record EditionEntry(String edition, String representative, Score score, PlacementEntry placement) {}

  /**
   * Where a story shows in its edition ({@link Placement}).
   *
   * @param place where it shows
   * @param reason what kept it lower; absent (null) for a top story or a pick
   * @param alike the top story it is alike, for {@link Placement.Reason#ALIKE_A_TOP_STORY}
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"place", "reason", "alike"})
  public record PlacementEntry(Placement.Place place, Placement.Reason reason, String alike) {
    static PlacementEntry of(Placement p) {
      return p == null ? null
          : new PlacementEntry(p.place(), p.reason() == Placement.Reason.NONE ? null : p.reason(), p.alikeStory());
    }
  }

  /** An editor's pick of a story: its file and placement. */
  public record PickEntry(String file, boolean pin, int order) {}

  /** One article of a story. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  @JsonPropertyOrder({"id", "url", "title", "publisher", "via", "source", "published", "why"})
  public record ArticleEntry(String id, String url, String title, String publisher, String via, String source,
      String published, WhyEntry why) {}

  /**
   * Why an article is part of its story.
   *
   * @param similarity its TF-IDF cosine with the rest of the story
   * @param shared the heaviest words (stemmed) it shares with the rest of the story, names marked
   */
  @JsonPropertyOrder({"similarity", "shared"})
  public record WhyEntry(double similarity, List<String> shared) {}

  /** The report of {@code digest}'s stories, on a site whose articles without a section go to {@code defaultSection}. */
  public static StoriesReport of(Digest digest, String defaultSection) {
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (Edition e : digest.editions()) {
      e.listed().forEach(s -> listed.add(e.date() + " " + s.id()));
    }
    List<StoryEntry> entries = new ArrayList<>();
    for (Story s : digest.stories()) {
      List<ArticleEntry> articles = new ArrayList<>();
      List<Story.Item> reports = s.reports();
      for (int i = 0; i < reports.size(); i++) {
        articles.add(entry(reports.get(i).article(), i < s.why().size() ? s.why().get(i) : null));
      }
      PickEntry pick = s.pick() == null ? null : new PickEntry(s.pick().file(), s.pick().pin(), s.pick().order());
      List<Digest.Appearance> shown = digest.appearancesOf(s.id());
      Digest.Appearance main = shown.stream().filter(Digest.Appearance::own).findFirst()
          .orElse(shown.isEmpty() ? null : shown.get(0));
      String edition = main != null && listed.contains(main.edition() + " " + s.id()) ? main.edition().toString() : null;
      List<EditionEntry> editions = shown.size() < 2 ? null : shown.stream().map(a -> new EditionEntry(
          a.edition().toString(), a.representative(), a.score(), PlacementEntry.of(a.placement()))).toList();
      entries.add(new StoryEntry(s.id(), s.time() == null ? null : s.time().toString(), edition,
          PlacementEntry.of(main == null ? null : main.placement()), Edition.sectionOf(s.lead().article(), defaultSection),
          s.lead().article().id(),
          main == null ? s.score() : main.score(), s.related(), pick, articles, editions));
    }
    return new StoriesReport(1, entries);
  }

  private static ArticleEntry entry(Article a, Story.Why why) {
    return new ArticleEntry(a.id(), a.url(), a.title(), a.publisher(), a.via(), a.sourceId(),
        a.effectiveTime() == null ? null : a.effectiveTime().toString(),
        why == null || why.shared().isEmpty() && why.similarity() == 0 ? null
            : new WhyEntry(why.similarity(), why.shared()));
  }
}
