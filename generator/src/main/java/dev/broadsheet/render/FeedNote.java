package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Story;
import java.time.Instant;
import org.jsoup.nodes.Entities;

/**
 * An editor's note on a picked report, as the site's feeds carry it ahead of the report.
 *
 * @param html the note as HTML, its links absolute ("" for none)
 * @param date when the pick last changed (null: undated)
 * @param language the language the note is written in when not the site's ("" for the site's)
 * @param direction the direction the note runs in when not the site's ("" for the site's)
 */
record FeedNote(String html, Instant date, String language, String direction) {
  /** A note in the site's language. */
  FeedNote(String html, Instant date) {
    this(html, date, "", "");
  }

  /** The note of the picked story {@code s}. */
  static FeedNote of(Story s, SiteConfig config, TemplateHelpers helpers) {
    String html = s.pick().noteHtml() == null || s.pick().noteHtml().isBlank() ? ""
        : SiteHtml.resolve(s.pick().noteHtml(), config.basePath(), helpers::absolute);
    return new FeedNote(html, s.pick().changed(), helpers.noteLang(s.pick()), helpers.noteDir(s.pick()));
  }

  /**
   * {@code entry} as picked: the note ahead of it, labelled, so that a reader of the site's feed
   * sees why the story was picked, as on the site, in the editions feed and in the newsletter. The
   * entry counts as changed when it was picked, if that is later (a pick brings a story back to
   * the top of the site's feed, as of its front page): a reader that knows the item sees it again.
   */
  FeedWriter.Entry on(FeedWriter.Entry entry, Messages t, String siteTitle) {
    String shown = html == null || html.isBlank() ? "" : "<blockquote><p><strong>"
        + Entities.escape(t.text("note.from", siteTitle)) + "</strong></p>" + inItsLanguage() + "</blockquote>";
    Instant updated = date != null && (entry.updated() == null || date.isAfter(entry.updated())) ? date : entry.updated();
    return new FeedWriter.Entry(entry.id(), entry.title(), shown + entry.html(), entry.link(), entry.pageUrl(),
        entry.time(), updated, entry.authors(), entry.credit(), entry.categories(), entry.language(), entry.dated(),
        entry.image(), entry.media());
  }

  /** The note's HTML, marked with its language and direction where they are not the site's, as the site's pages mark it. */
  private String inItsLanguage() {
    if (language.isEmpty() && direction.isEmpty()) {
      return html;
    }
    return "<div" + (language.isEmpty() ? "" : " lang=\"" + Entities.escape(language) + "\"")
        + (direction.isEmpty() ? "" : " dir=\"" + direction + "\"") + ">" + html + "</div>";
  }
}
