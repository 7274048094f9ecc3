package dev.broadsheet.curate;

import dev.broadsheet.base.Slugs;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.util.List;

/**
 * One story as the digest shows it: the article that represents it, the other outlets that
 * carried the same story, and the editor's pick if there is one.
 *
 * @param id stable id of the story (the representative's id)
 * @param lead the representative article
 * @param alsoReportedBy the other articles of the same story, best first
 * @param pick the editor's pick of this story, or null
 * @param time the time that places the story in an edition
 * @param score its rank and why
 * @param related ids of the most related other stories, most related first
 * @param path the site path of the page that lists all of its reports (written for stories with
 *     more reports than an article page shows; see {@link #hasStoryPage})
 * @param why for each report, lead first, why it is part of this story
 */
public record Story(String id, Item lead, List<Item> alsoReportedBy, Pick pick, Instant time, Score score,
    List<String> related, String path, List<Why> why) {
  /** How many other publishers' reports an article page or a card names before "and N more". */
  public static final int SHOWN_REPORTS = 8;

  public Story {
    alsoReportedBy = List.copyOf(alsoReportedBy);
    related = List.copyOf(related);
    why = List.copyOf(why);
  }

  Story withRelated(List<String> ids) {
    return new Story(id, lead, alsoReportedBy, pick, time, score, ids, path, why);
  }

  /**
   * Why one report is part of its story, for editors who want to trust or override the grouping.
   *
   * @param articleId the report
   * @param similarity TF-IDF cosine between the report and the rest of the story (0 for a story of one)
   * @param shared the heaviest words (stemmed) it shares with the rest of the story; names marked "(name)"
   */
  public record Why(String articleId, double similarity, List<String> shared) {
    public Why {
      shared = List.copyOf(shared);
    }

    /** One line for people: "0.61 alike; shares plosser (name), taper, fed (name)". */
    public String explain() {
      return String.format(java.util.Locale.ROOT, "%.2f alike", similarity)
          + (shared.isEmpty() ? "" : "; shares " + String.join(", ", shared));
    }
  }

  /**
   * The other outlets of the story as an article page shows them: one report per publisher other
   * than the article's own (a syndicated copy or a second feed of one publisher is not another
   * outlet), best first, at most {@link #SHOWN_REPORTS}, and how many more publishers there are.
   *
   * @param shown the reports to name
   * @param more how many further publishers reported it (listed on the story page)
   */
  public record Coverage(List<Item> shown, int more) {}

  /**
   * The coverage seen from {@code article} (null: from the lead). Each publisher is named by its
   * best report, unless it reported again on a later day up to the article: seen from a later
   * day's report ("the barrier reopens"), its report of that day, not its first ("the barrier closes").
   */
  public Coverage coverage(Article article) {
    Article from = article == null ? lead.article() : article;
    String own = from.publisher() == null ? null : publisherKey(from.publisher());
    List<Item> shown = new java.util.ArrayList<>();
    int more = 0;
    for (Item i : nearestPerPublisher(from.effectiveTime())) {
      if (i.article().id().equals(from.id())
          || (own != null && i.article().publisher() != null && own.equals(publisherKey(i.article().publisher())))) {
        continue;
      }
      if (shown.size() < SHOWN_REPORTS) {
        shown.add(i);
      } else {
        more++;
      }
    }
    return new Coverage(shown, more);
  }

  /**
   * The copies of {@code article} other outlets carried: the story's reports by its publisher
   * under its headline (as their feeds gave it) that came through another syndicator or source,
   * one an outlet, best first.
   * {@link #coverage} leaves them out (they are not other reporting); a reader of a paywalled
   * publisher's page is told where the same article is carried, perhaps free to read.
   */
  public List<Item> otherCopies(Article article) {
    String key = copyKey(article);
    if (key == null) {
      return List.of();
    }
    String own = article.via() != null ? article.via() : article.sourceId();
    java.util.Map<String, Item> byOutlet = new java.util.LinkedHashMap<>();
    for (Item i : reports()) {
      Article other = i.article();
      String outlet = other.via() != null ? other.via() : other.sourceId();
      // A publisher's own second feed is no other outlet: one of the two copies went through a syndicator.
      boolean carried = other.via() != null || article.via() != null;
      if (carried && !other.id().equals(article.id()) && outlet != null && !outlet.equals(own)
          && key.equals(copyKey(other))) {
        byOutlet.putIfAbsent(outlet, i);
      }
    }
    return List.copyOf(byOutlet.values());
  }

  /**
   * What copies of one article share, whoever carried them: its publisher and its headline as its
   * feed gave it (an editor's own headline for a pick is not the article's); null for an article
   * without a publisher or a headline, which is a copy of nothing.
   */
  static String copyKey(Article a) {
    String headline = a.addressHeadline();
    return a.publisher() == null || headline == null || Article.UNTITLED.equals(headline) ? null
        : publisherKey(a.publisher()) + "\0" + Slugs.fold(headline).strip();
  }

  /**
   * Each publisher's report as seen from {@code time}, in {@link #onePerPublisher}'s order: its
   * best (first) report, or its latest report not after {@code time} when that came a day or more
   * after the best: a copy an hour later (a second feed's) does not replace the best.
   */
  private List<Item> nearestPerPublisher(Instant time) {
    if (time == null) {
      return onePerPublisher();
    }
    // One pass, each report's outlet worked out once: a story page of hundreds of reports asks
    // this of each of its lines.
    java.util.Map<String, Item[]> byOutlet = new java.util.LinkedHashMap<>();
    for (Item i : reports()) {
      Item[] best = byOutlet.computeIfAbsent(outletOf(i), k -> new Item[] {i, null});
      Instant t = i.article().effectiveTime();
      if (t != null && !t.isAfter(time) && (best[1] == null || t.isAfter(best[1].article().effectiveTime()))) {
        best[1] = i;
      }
    }
    List<Item> result = new java.util.ArrayList<>(byOutlet.size());
    for (Item[] best : byOutlet.values()) {
      Instant first = best[0].article().effectiveTime();
      boolean later = best[1] != null && first != null
          && !best[1].article().effectiveTime().isBefore(first.plus(java.time.Duration.ofDays(1)));
      result.add(later ? best[1] : best[0]);
    }
    return result;
  }

  /** The best report of each publisher, the lead first; reports without a publisher each count alone. */
  public List<Item> onePerPublisher() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Item> result = new java.util.ArrayList<>();
    for (Item i : reports()) {
      if (seen.add(outletOf(i))) {
        result.add(i);
      }
    }
    return result;
  }

  /**
   * Each distinct article of the story, the lead first: a report under a headline its publisher
   * already has here (a syndicated copy, a second feed's) is left out; a publisher's other
   * articles (a follow-up, another angle) are not.
   */
  public List<Item> distinctArticles() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Item> result = new java.util.ArrayList<>();
    for (Item i : reports()) {
      if (seen.add(outletOf(i) + "\n" + Slugs.fold(i.article().title() == null ? "" : i.article().title()))) {
        result.add(i);
      }
    }
    return result;
  }

  /** Who a report is from, as reports are told apart: its publisher, or the report alone when it names none. */
  private static String outletOf(Item i) {
    String publisher = i.article().publisher();
    return publisher == null ? "\0" + i.article().id() : publisherKey(publisher);
  }

  /** Every report of the story, the lead first. */
  public List<Item> reports() {
    List<Item> all = new java.util.ArrayList<>(alsoReportedBy.size() + 1);
    all.add(lead);
    all.addAll(alsoReportedBy);
    return all;
  }

  /** Whether the story has a page of its own listing every report: only when article pages cannot name them all. */
  public boolean hasStoryPage() {
    return alsoReportedBy.size() > SHOWN_REPORTS;
  }

  public boolean picked() {
    return pick != null;
  }

  public boolean pinned() {
    return pick != null && pick.pin();
  }

  /** Every distinct publisher that carried the story, lead first. */
  public List<String> publishers() {
    return distinctPublishers(java.util.stream.Stream.concat(java.util.stream.Stream.of(lead), alsoReportedBy.stream())
        .map(i -> i.article().publisher()).toList());
  }

  /**
   * Publisher names without repeats, first spelling kept: "The Guardian" and "Guardian" are one
   * publisher, whichever feed carried them.
   */
  static List<String> distinctPublishers(List<String> names) {
    java.util.Map<String, String> byKey = new java.util.LinkedHashMap<>();
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        byKey.putIfAbsent(publisherKey(name), name);
      }
    }
    return List.copyOf(byKey.values());
  }

  /**
   * A publisher's name folded, its letters and digits in runs joined by one space, without a
   * leading "the". Spelled out rather than a pattern's replacement: pages ask it of every report of
   * a story, and a story page of hundreds of reports asked it hundreds of thousands of times.
   */
  static String publisherKey(String name) {
    String folded = Slugs.fold(name);
    StringBuilder key = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int c = folded.codePointAt(i);
      i += Character.charCount(c);
      if (!isLetterOrNumber(c)) {
        gap = true;
      } else {
        if (gap && key.length() > 0) {
          key.append(' ');
        }
        gap = false;
        key.appendCodePoint(c);
      }
    }
    boolean the = key.length() > 4 && key.charAt(0) == 't' && key.charAt(1) == 'h' && key.charAt(2) == 'e'
        && key.charAt(3) == ' ';
    return the ? key.substring(4) : key.toString();
  }

  /** Whether {@code c} is in Unicode's letters (L) or numbers (N). */
  private static boolean isLetterOrNumber(int c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * An article with the site path of its page.
   *
   * @param article the stored article, with any pick overrides applied
   * @param slug its URL name
   * @param path its page's path from the site root, such as {@code articles/slug/}
   */
  public record Item(Article article, String slug, String path) {}

  /**
   * Newest first, undated last, then the lead first seen later (a feed's order, for items of one
   * date), then by id: written out, as composed comparators cost several calls a comparison under
   * the quick compiler (a hundred thousand stories a build).
   */
  static final java.util.Comparator<Story> NEWEST_FIRST = (a, b) -> {
    Instant x = a.time();
    Instant y = b.time();
    if (x != y) {
      if (x == null || y == null) {
        return x == null ? 1 : -1;
      }
      int byTime = y.compareTo(x);
      if (byTime != 0) {
        return byTime;
      }
    }
    Instant seenX = a.lead().article().firstSeen();
    Instant seenY = b.lead().article().firstSeen();
    if (seenX != seenY && (seenX == null || seenY == null || !seenX.equals(seenY))) {
      return seenX == null ? 1 : seenY == null ? -1 : seenY.compareTo(seenX);
    }
    return a.id().compareTo(b.id());
  };
}
