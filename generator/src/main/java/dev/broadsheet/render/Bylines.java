package dev.broadsheet.render;

import dev.broadsheet.store.Article;

/**
 * Who an article is from, as bylines and sentences name it: its publisher, the syndicator that
 * carried it, its authors, and the site its link opens, in the site's language where unknown.
 */
final class Bylines {
  private final Messages messages;

  Bylines(Messages messages) {
    this.messages = messages;
  }

  /**
   * The article's publisher by name, or null when none is known: a pick of a URL that no source
   * carries, whose page gave no site name, has only its host, and a host is not a name.
   */
  static String publisher(Article a) {
    if (a.publisher() == null || a.sourceId() == null && a.url() != null
        && a.publisher().equals(dev.broadsheet.curate.PickApplier.hostOf(a.url()))) {
      return null;
    }
    return a.publisher();
  }

  /**
   * The authors a byline names beside the publisher: not one that is the publisher's or the
   * syndicator's name again (an agency's feed naming itself the author read "From U.S. Geological
   * Survey, by U.S. Geological Survey").
   */
  static java.util.List<String> authors(Article a) {
    // Asked for every card of every page: no list made, nothing folded, for the usual byline.
    java.util.List<String> authors = a.authors();
    for (int i = 0; i < authors.size(); i++) {
      if (sameName(authors.get(i), a.publisher()) || sameName(authors.get(i), a.via())) {
        return authors.stream().filter(n -> !sameName(n, a.publisher()) && !sameName(n, a.via())).toList();
      }
    }
    return authors;
  }

  private static boolean sameName(String author, String outlet) {
    return outlet != null && author.strip().equalsIgnoreCase(outlet.strip());
  }

  /**
   * "Bloomberg News via Tribune News Service", or just the publisher, named on its own (a byline,
   * "From …"); an unknown one as {@code byline.thePublisher} says it ("the publisher", German's "der
   * Herausgeber").
   */
  String attribution(Article a) {
    return attribution(a, "byline.thePublisher");
  }

  /**
   * {@link #attribution} as a sentence names it ("published by …"): an unknown publisher as
   * {@code article.thePublisher} says it there (German's "dem Herausgeber", after "von" and "bei").
   */
  String attributionInText(Article a) {
    return attribution(a, "article.thePublisher");
  }

  private String attribution(Article a, String unknown) {
    String publisher = publisher(a) == null ? messages.text(unknown) : publisher(a);
    return a.via() == null ? publisher : messages.text("byline.via", publisher, a.via());
  }

  /**
   * The site the article's link opens, named for "Read the full story at ...": its publisher, or
   * for a copy a syndicator carried, the syndicator when the link is its copy ({@link LinkedSite}).
   */
  String linkedSite(Article a) {
    String site = LinkedSite.of(a.url(), publisher(a), a.via());
    return site == null ? messages.text("article.thePublisher") : site;
  }
}
