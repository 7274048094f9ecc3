package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How big the newsletters came out, against what mail programs show whole. */
final class NewsletterSize {
  private NewsletterSize() {}

  /** Gmail shows a message's first 102 KB; a mail tool's tracked links and footer add to the file's size. */
  static final int NEWSLETTER_WARNING_BYTES = 90 * 1024;

  /**
   * A warning for each newsletter rendered too big to be shown whole by mail programs that clip
   * long messages: the rest, with the link to the web edition and the mail tool's unsubscribe
   * link, behind "[Message clipped]". A newsletter kept from the last build was told of then.
   */
  static List<Problem> clipped(Collection<RenderedFile> files) {
    return files.stream().filter(f -> f.path().endsWith("newsletter.html") && f.bytes() != null
            && f.bytes().length > NEWSLETTER_WARNING_BYTES)
        .sorted(Comparator.comparing(RenderedFile::path))
        .map(f -> Problem.warning(f.path(), "the newsletter is " + (f.bytes().length + 1023) / 1024 + " KB: Gmail"
            + " shows only the first 102 KB of a message, and hides the rest (the link to the edition on the web, your"
            + " mail tool's unsubscribe link) behind \"[Message clipped]\"; a mail tool's tracked links make it"
            + " longer still. Show fewer stories in a newsletter.ftlh of the site's own (docs/templates.md)"))
        .toList();
  }
}
