package dev.broadsheet.render;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.ArticleLanguages;
import dev.broadsheet.store.Article;

/**
 * Which of a publisher's texts an article's page and the site's feeds may show, and how long it
 * reads. A source that does not allow its full text ({@code fullText}) still has its pages read,
 * for the summaries its feed leaves out, and their text stored: every template and feed reaches
 * that text through here only, so that the rule is kept in one place ({@link TemplateHelpers} for templates).
 */
final class ArticleTexts {
  /** A common figure for adults reading news prose on screen. */
  private static final double WORDS_PER_MINUTE = 230.0;

  private final SourceLinks sources;
  private final ArticleLanguages languages;
  private final Messages messages;
  private final ShownBodies bodies = new ShownBodies();

  ArticleTexts(SourceLinks sources, ArticleLanguages languages, Messages messages) {
    this.sources = sources;
    this.languages = languages;
    this.messages = messages;
  }

  /** See {@link TemplateHelpers#readingTime}. */
  String readingTime(Article a) {
    if (a.page() == null || a.page().bodyHtml() == null || a.page().wordCount() <= 0) {
      return "";
    }
    String tag = languages.of(a);
    double perMinute = switch (tag == null ? "" : dev.broadsheet.base.LanguageTags.primary(tag)) {
      case "zh", "ja" -> 350.0;
      case "ko" -> 600.0;
      default -> WORDS_PER_MINUTE;
    };
    // Where the feed's text is shown for a page's (a player's page), as many words as it holds more.
    double words = showsFullText(a) && feedTextLonger(a) ? (double) a.page().wordCount()
        * ShownBodies.textLength(a.contentHtml()) / Math.max(1, ShownBodies.textLength(bodies.of(a))) : a.page().wordCount();
    return messages.text("article.readingTime", Math.max(1, Math.round(words / perMinute)));
  }

  /** See {@link TemplateHelpers#showsFullText}. */
  boolean showsFullText(Article a) {
    return sources.source(a.sourceId()).map(SourceConfig::fullText).orElse(false);
  }

  /** See {@link TemplateHelpers#copiesWholeText}. */
  boolean copiesWholeText(Article a) {
    return showsFullText(a) && (a.page() != null && a.page().bodyHtml() != null || a.contentHtml() != null);
  }

  /** See {@link TemplateHelpers#body}. */
  String body(Article a) {
    return showsFullText(a) ? bodies.of(a) : "";
  }

  /** See {@link TemplateHelpers#fullText}. */
  String fullText(Article a) {
    if (!copiesWholeText(a)) {
      return null;
    }
    if (a.page() != null && a.page().bodyHtml() != null) {
      return feedTextLonger(a) ? a.contentHtml() : bodies.of(a);
    }
    return a.contentHtml();
  }

  /**
   * Whether the feed's text holds more than twice what the page's extracted body does: a page
   * that is a player, or a notice to browsers without its script, gives way to the feed's text; a
   * feed's excerpt with its blog's footer does not replace a short page.
   */
  private boolean feedTextLonger(Article a) {
    return a.contentHtml() != null && ShownBodies.textLength(a.contentHtml()) > 2 * ShownBodies.textLength(bodies.of(a));
  }
}
