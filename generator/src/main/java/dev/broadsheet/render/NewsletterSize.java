package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** How big the newsletters came out, against what mail programs show whole. */
final class NewsletterSize {
  private NewsletterSize() {}

  /** Gmail shows a message's first 102 KB; a mail tool's tracked links and footer add to the file's size. */
  static final int NEWSLETTER_WARNING_BYTES = 90 * 1024;

  private record Sized(String path, long bytes) {}

  /**
   * A warning for each newsletter too big to be shown whole by mail programs that clip long
   * messages: the rest, with the link to the web edition and the mail tool's unsubscribe link,
   * behind "[Message clipped]". A newsletter kept from the last build is the file published in
   * {@code output}, and warned of again by its size there: a warning stands until it is mended.
   */
  static List<Problem> clipped(Collection<RenderedFile> files, Path output) {
    return files.stream().filter(f -> f.path().endsWith("newsletter.html"))
        .map(f -> new Sized(f.path(), f.bytes() != null ? f.bytes().length : publishedSize(output.resolve(f.path()))))
        .filter(f -> f.bytes() > NEWSLETTER_WARNING_BYTES)
        .sorted(Comparator.comparing(Sized::path))
        .map(f -> Problem.warning(f.path(), "the newsletter is " + (f.bytes() + 1023) / 1024 + " KB: Gmail"
            + " shows only the first 102 KB of a message, and hides the rest (the link to the edition on the web, your"
            + " mail tool's unsubscribe link) behind \"[Message clipped]\"; a mail tool's tracked links make it"
            + " longer still. Show fewer stories in a newsletter.ftlh of the site's own (docs/templates.md)"))
        .toList();
  }

  private static long publishedSize(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      // Unreadable, or gone since it was kept (publishing then stops on it, and the next build makes it again).
      return 0;
    }
  }
}
