package dev.broadsheet.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Explains, in plain words, a document that is not a feed: an HTML page, plain text, nothing. */
final class NotAFeed {
  private NotAFeed() {}

  static boolean looksLikeHtml(String text) {
    String head = text.stripLeading();
    head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
        || (head.startsWith("<!--") && head.contains("<html"));
  }

  /** The error for an HTML page, naming the feeds it links to, if any. */
  static FeedException html(String text, String documentUrl) {
    Document page = Jsoup.parse(text, documentUrl == null ? "" : documentUrl);
    String title = page.title().strip();
    if (title.equals("Just a moment...") || text.contains("challenge-platform") || text.contains("cf-chl-")) {
      return new FeedException("blocked: the site answered with a bot-protection page (\"" + title
          + "\") instead of the feed; its articles already stored stay on the site");
    }
    List<String> feeds = new ArrayList<>();
    for (Element link : page.select("link[rel~=(?i)alternate][href]")) {
      String type = link.attr("type").toLowerCase(Locale.ROOT);
      if (type.contains("rss") || type.contains("atom") || type.contains("feed+json") || type.contains("rdf")) {
        String href = documentUrl == null ? link.attr("href") : link.absUrl("href");
        if (!href.isBlank() && !feeds.contains(href)) {
          feeds.add(href);
        }
      }
    }
    String what = "not a feed: an HTML page" + (title.isEmpty() ? "" : " (\"" + title + "\")");
    if (feeds.isEmpty()) {
      // Often one article's address given as a source: that is what a pick is for.
      return new FeedException(what + " that links to no feed; check the source url (to show one article"
          + " from a page, make it a pick: broadsheet new pick URL)");
    }
    String first = feeds.get(0);
    // A page read from a file has no address: a link of its own it names as written, which is relative to where it was published.
    boolean relative = !first.matches("(?i)[a-z][a-z0-9+.-]*:.*");
    return new FeedException(what + "; did you mean " + first + (relative ? " (relative to the page's own web address)"
        : "") + "?", feeds);
  }

  static FeedException plainText(String text) {
    String first = text.strip().lines().findFirst().orElse("");
    if (first.length() > 60) {
      first = dev.broadsheet.base.TextCuts.shortened(first, 60);
    }
    return new FeedException("not a feed: plain text (\"" + first + "\")");
  }
}
