package dev.broadsheet.feed;

import dev.broadsheet.base.HtmlSanitizer;

/** A headline for an item that has none (micro-posts, JSON Feed notes): the start of its text. */
final class TitleFallback {
  private TitleFallback() {}

  static String fromSummary(String summaryHtml) {
    String text = HtmlSanitizer.readingText(summaryHtml);
    if (text.length() <= 80) {
      return text;
    }
    int cut = text.lastIndexOf(' ', 79);
    return text.substring(0, cut > 40 ? cut : dev.broadsheet.base.TextCuts.boundary(text, 79)) + "…";
  }
}
