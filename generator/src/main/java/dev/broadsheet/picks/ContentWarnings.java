package dev.broadsheet.picks;

import dev.broadsheet.base.Blank;
import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** What an editor wrote that a build leaves unused without an error: warned of, since it was meant. */
final class ContentWarnings {
  private ContentWarnings() {}

  /** Keys a pick holds that another key makes meaningless: said, since the editor meant something by them. */
  static void ignoredKeys(RawPick raw, String name, MarkdownDocument.Parsed<RawPick> doc,
      List<Problem> warnings) {
    if (raw.date() != null && raw.edition() != null) {
      warnings.add(Problem.warningAt(name, doc.lineOf("edition"), "'edition' is another name for 'date', which this"
          + " pick gives too: 'date' (" + raw.date().strip() + ") is used; keep one of the two"));
    }
    if (!Boolean.TRUE.equals(raw.hide())) {
      return;
    }
    // Each with whether the pick says anything by it, in a fixed order: warnings read the same every build.
    List<Map.Entry<String, Boolean>> keys = List.of(Map.entry("pin", Boolean.TRUE.equals(raw.pin())),
        Map.entry("order", raw.order() != null), Map.entry("title", Blank.toNull(raw.title()) != null),
        Map.entry("section", Blank.toNull(raw.section()) != null),
        Map.entry("tags", raw.tags() != null && raw.tags().stream().anyMatch(t -> Blank.toNull(t) != null)),
        Map.entry("image", Blank.toNull(raw.image()) != null));
    keys.stream().filter(Map.Entry::getValue).forEach(key -> warnings.add(Problem.warningAt(name,
        doc.lineOf(key.getKey()), "'" + key.getKey() + "' does nothing in a pick with 'hide: true', which keeps"
            + " the article out of the site")));
  }

  /**
   * Markdown files of {@code folder} under another ending ({@code .markdown}, {@code .MD}), which
   * are not read: each a warning, since an editor who wrote one expects it on the site.
   */
  static List<Problem> otherMarkdown(Path siteDir, String folder) {
    Path dir = siteDir.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".md"))
          .filter(n -> n.toLowerCase(Locale.ROOT).matches(".+\\.(md|markdown|mdown|mkd|mkdn|mdwn)")).sorted()
          .map(n -> {
            String md = n.substring(0, n.lastIndexOf('.')) + ".md";
            return Problem.warning(folder + "/" + n, "not read: only files ending in .md are; rename it to " + md
                + (Files.exists(dir.resolve(md)) ? " (which is there already: make the two one)" : ""));
          })
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
