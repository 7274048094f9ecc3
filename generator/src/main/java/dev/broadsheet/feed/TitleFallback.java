package dev.broadsheet.feed;

import dev.broadsheet.base.HtmlSanitizer;

/** A headline for an item that has none (micro-posts, JSON Feed notes): the start of its text. */
final class TitleFallback {
  private TitleFallback() {}

  /**
   * The start of the sanitized summary's text; without any, what the first picture of the summary
   * as the feed wrote it ({@code rawHtml}: sanitizing drops pictures) says it shows, its alt text: a
   * photo post's words may be nothing else.
   */
  static String of(String summaryHtml, String rawHtml, String link) {
    String text = HtmlSanitizer.readingText(summaryHtml);
    // Only for a post a reader can open (an item of nothing but a picture, without a link, is
    // no article), and only words: "©" or a file name is no headline.
    if (text.isEmpty() && link != null && rawHtml != null && rawHtml.contains("<img")) {
      org.jsoup.nodes.Element image = org.jsoup.Jsoup.parseBodyFragment(rawHtml).selectFirst("img[alt]");
      String alt = image == null ? "" : image.attr("alt").replaceAll("\\s+", " ").strip();
      text = alt.matches("(?U).*\\p{L}{2}.*\\s.*\\p{L}.*") && !alt.matches("(?i).*\\.(jpe?g|png|gif|webp)$") ? alt : "";
    }
    if (text.length() <= 80) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 79);
    return text.substring(0, cut > 40 ? cut : dev.broadsheet.base.TextCuts.boundary(text, 79)) + "…";
  }
}
