package dev.broadsheet.feed;

import java.util.List;

/**
 * What one item may bring, whatever its feed holds. Every category becomes a tag with a page and
 * feeds of its own that repeat the item with all its categories: one item of 3,000 categories (a
 * 98 KB feed) published 717 MB. A headline is shown on every list the story is in. Real items stay
 * far below these limits; a feed that passes them is told of once.
 */
final class EntryLimits {
  static final int MAX_CATEGORIES = 25;
  static final int MAX_CATEGORY_LENGTH = 100;
  static final int MAX_AUTHORS = 10;
  static final int MAX_AUTHOR_LENGTH = 200;
  static final int MAX_TITLE_LENGTH = 500;
  /** A summary's HTML: a long article's opening is a few thousand characters, a whole one a hundred thousand. */
  static final int MAX_SUMMARY_LENGTH = 100_000;
  /** A full content's HTML: ten times the longest real article. */
  static final int MAX_CONTENT_LENGTH = 1_000_000;

  private EntryLimits() {}

  /** {@code e} within the limits; what it lost is said in {@code warnings}, each kind once per feed. */
  static FeedEntry bounded(FeedEntry e, List<String> warnings) {
    if (e == null) {
      return null;
    }
    List<String> categories = within(e.categories(), MAX_CATEGORIES, MAX_CATEGORY_LENGTH);
    if (categories.size() < e.categories().size()) {
      once(warnings, "an item has more than " + MAX_CATEGORIES + " categories (or one longer than "
          + MAX_CATEGORY_LENGTH + " characters): the first " + MAX_CATEGORIES + " are its tags", e);
    }
    List<String> authors = within(e.authors(), MAX_AUTHORS, MAX_AUTHOR_LENGTH);
    if (authors.size() < e.authors().size()) {
      once(warnings, "an item names more than " + MAX_AUTHORS + " authors (or one longer than " + MAX_AUTHOR_LENGTH
          + " characters): the first " + MAX_AUTHORS + " are kept", e);
    }
    String title = e.title();
    if (title.length() > MAX_TITLE_LENGTH) {
      once(warnings, "an item's title is longer than " + MAX_TITLE_LENGTH + " characters: it is cut there");
      int cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
      int end = cut > MAX_TITLE_LENGTH / 2 ? cut : dev.broadsheet.base.TextCuts.boundary(title, MAX_TITLE_LENGTH - 1);
      title = title.substring(0, end).strip() + "…";
    }
    String summary = cut(e.summaryHtml(), MAX_SUMMARY_LENGTH);
    String content = cut(e.contentHtml(), MAX_CONTENT_LENGTH);
    if (summary != e.summaryHtml() || content != e.contentHtml()) {
      once(warnings, "an item's summary is longer than " + MAX_SUMMARY_LENGTH + " characters of HTML, or its content"
          + " than " + MAX_CONTENT_LENGTH + ": it is cut after its last whole block within that");
    }
    if (categories.size() == e.categories().size() && authors.size() == e.authors().size() && title == e.title()
        && summary == e.summaryHtml() && content == e.contentHtml()) {
      return e;
    }
    return new FeedEntry(e.guid(), e.link(), title, summary, authors, categories, e.published(), e.updated(),
        e.imageUrl(), e.originalPublisher(), e.language(), content, e.publishedDayOnly(), e.media());
  }

  /**
   * Sanitized {@code html} as it is when it is at most {@code most} characters long, else its
   * leading blocks that fit (the first one's text alone when even it does not); null stays null.
   */
  private static String cut(String html, int most) {
    if (html == null || html.length() <= most) {
      return html;
    }
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parseBodyFragment(html);
    // Written back as it was sanitized: not re-indented.
    doc.outputSettings().prettyPrint(false);
    org.jsoup.nodes.Element body = doc.body();
    StringBuilder kept = new StringBuilder();
    for (org.jsoup.nodes.Node block : body.childNodes()) {
      String outer = block.outerHtml();
      if (kept.length() + outer.length() > most) {
        break;
      }
      kept.append(outer);
    }
    if (kept.length() == 0) {
      String text = body.text();
      int end = dev.broadsheet.base.TextCuts.boundary(text, Math.min(text.length(), most / 2));
      kept.append("<p>").append(org.jsoup.nodes.Entities.escape(text.substring(0, end))).append("…</p>");
    }
    return kept.toString();
  }

  private static List<String> within(List<String> names, int most, int longest) {
    return names.stream().filter(n -> n.length() <= longest).limit(most).toList();
  }

  private static void once(List<String> warnings, String warning) {
    if (!warnings.contains(warning)) {
      warnings.add(warning);
    }
  }

  private static final String FIRST_ITEM = " (the first such item: ";

  /** As above, naming the first item it concerns (its headline and link), so that it can be found in the feed. */
  private static void once(List<String> warnings, String warning, FeedEntry first) {
    once(warnings, warning, first, first.link());
  }

  /** As above, the item named by its headline and {@code where} (its link, or the link it gave as written). */
  private static void once(List<String> warnings, String warning, FeedEntry first, String where) {
    if (warnings.stream().noneMatch(w -> w.startsWith(warning))) {
      String title = first.title() == null ? "" : dev.broadsheet.base.TextCuts.shortened(first.title(), 60);
      warnings.add(warning + FIRST_ITEM + "'" + title + "'" + (where == null ? "" : ", " + where) + ")");
    }
  }

  /**
   * Told once for a feed: items whose link is no web address ({@code javascript:}, an address
   * without a host) are kept without one, and their stories cannot link to the original; named by
   * the first, with the link as written.
   */
  static void refusedLink(List<String> warnings, FeedEntry first, String link) {
    once(warnings, "items whose link is not a web address are kept without one, so their stories do not link to"
        + " the original", first, dev.broadsheet.base.TextCuts.shortened(link, 80));
  }

  /** What a feed's warnings told once have in common whichever item they name: each is told for the first only. */
  static String onceKey(String warning) {
    int item = warning.indexOf(FIRST_ITEM);
    return item < 0 ? warning : warning.substring(0, item);
  }
}
