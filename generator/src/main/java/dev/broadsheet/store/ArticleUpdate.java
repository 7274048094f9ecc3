package dev.broadsheet.store;

import java.util.List;

/** How a stored article takes a newer reading of itself. */
final class ArticleUpdate {
  private ArticleUpdate() {}

  /**
   * {@code older} updated with a newer reading of it: new values win, but a value the new reading
   * lacks keeps the old one, so a feed that drops a field never loses stored data.
   */
  static Article of(Article older, Article newer) {
    return new Article(
        older.id(),
        pick(newer.url(), older.url()),
        pick(newer.guid(), older.guid()),
        pick(newer.sourceId(), older.sourceId()),
        pick(newer.title(), older.title()),
        pick(newer.publisher(), older.publisher()),
        newer.publisher() != null ? newer.via() : older.via(),
        pick(newer.section(), older.section()),
        newer.tags().isEmpty() ? older.tags() : newer.tags(),
        newer.authors().isEmpty() ? older.authors() : newer.authors(),
        pick(newer.published(), older.published()),
        pick(newer.updated(), older.updated()),
        older.firstSeen() != null ? older.firstSeen() : newer.firstSeen(),
        pick(newer.summaryHtml(), older.summaryHtml()),
        pick(newer.imageUrl(), older.imageUrl()),
        newer.page() != null ? newer.page() : older.page(),
        // Which copy's address stands is the store's to say (StoreMerge keeps the stored one's).
        pick(older.addressTitle(), newer.addressTitle()),
        pick(newer.language(), older.language()),
        pick(newer.contentHtml(), older.contentHtml()),
        // Read again from another source, it is carried by both (the constructor leaves out the lead).
        sourcesOfBoth(older, newer),
        dayOnly(older, newer),
        media(older, newer));
  }

  /**
   * The sound or video kept: the source's newer reading says (an enclosure it took away is gone),
   * another source's adds one only when the stored copy has none; the same file again (its address
   * but for the query, which hosts rotate, and its type) keeps the stored one, so that a host
   * re-counting its length or signing its address anew changes nothing stored or published.
   */
  private static Media media(Article older, Article newer) {
    Media was = older.media();
    Media now = newer.media();
    if (now == null) {
      return newer.sourceId() != null && newer.sourceId().equals(older.sourceId()) ? null : was;
    }
    if (was != null && withoutQuery(was.url()).equals(withoutQuery(now.url()))
        && java.util.Objects.equals(was.type(), now.type())) {
      return was;
    }
    return now;
  }

  private static String withoutQuery(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  /** Whether the date kept (as {@code published} above picks it) was a bare day: known of the copy it came from. */
  private static Boolean dayOnly(Article older, Article newer) {
    if (newer.published() == null) {
      return older.publishedDayOnly();
    }
    return newer.publishedDayOnly() != null || !newer.published().equals(older.published()) ? newer.publishedDayOnly()
        : older.publishedDayOnly();
  }

  private static List<String> sourcesOfBoth(Article older, Article newer) {
    if (newer.alsoFrom().isEmpty() && (newer.sourceId() == null || newer.sourceId().equals(older.sourceId()))) {
      return older.alsoFrom();
    }
    List<String> all = new java.util.ArrayList<>(older.carriedBy());
    all.addAll(newer.carriedBy());
    return all;
  }

  private static <T> T pick(T newer, T older) {
    if (newer instanceof String s && s.isBlank()) {
      return older;
    }
    return newer != null ? newer : older;
  }
}
