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

  private static final java.util.regex.Pattern TEMPLATE_TAG = java.util.regex.Pattern.compile("\\{%.*?%}|\\{\\{.*?}}");
  private static final java.util.regex.Pattern FOOTNOTE = java.util.regex.Pattern.compile("\\[\\^[^\\]\\s]+]");

  /**
   * Another site generator's syntax in a note or page ({@code {% post_url … %}}, {@code {{ site.url }}},
   * footnotes {@code [^1]}), which is shown as written: warned of at its first line, with how many
   * lines more hold it. Code (fenced or indented) may show it on purpose.
   */
  static void otherToolsSyntax(String text, String name, List<Problem> warnings) {
    List<String> lines = text.lines().toList();
    int fence = MarkdownDocument.closingFence(lines);
    int from = fence > 0 ? fence + 1 : 0;
    int[] tags = {0, 0};
    int[] notes = {0, 0};
    boolean fenced = false;
    for (int i = from; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
        fenced = !fenced;
        continue;
      }
      if (fenced || line.startsWith("    ") || line.startsWith("\t")) {
        continue;
      }
      String prose = line.replaceAll("`[^`]*`", "");
      count(tags, TEMPLATE_TAG.matcher(prose).find(), i + 1);
      count(notes, FOOTNOTE.matcher(prose).find(), i + 1);
    }
    if (tags[0] > 0) {
      warnings.add(Problem.warningAt(name, tags[0], "another tool's template tag ({% … %} or {{ … }}) is shown as"
          + " written" + more(tags[1]) + ": write what it stood for (the link, the text)"));
    }
    if (notes[0] > 0) {
      warnings.add(Problem.warningAt(name, notes[0], "a footnote ([^1]) is shown as written" + more(notes[1])
          + ": notes have no footnotes; write it in the text or as a link"));
    }
  }

  private static void count(int[] first, boolean found, int line) {
    if (found) {
      first[0] = first[0] == 0 ? line : first[0];
      first[1]++;
    }
  }

  private static String more(int lines) {
    return lines <= 1 ? "" : " (and on " + (lines - 1) + " more " + (lines == 2 ? "line" : "lines") + ")";
  }

  /**
   * Markdown files of {@code folder} (and, when {@code nested}, of its folders) under another
   * ending ({@code .markdown}, {@code .MD}), which are not read, and, when not {@code nested},
   * those in its folders: each a warning, since an editor who wrote one expects it on the site.
   */
  static List<Problem> otherMarkdown(Path siteDir, String folder, boolean nested) {
    Path dir = siteDir.resolve(folder);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).filter(p -> !hidden(dir, p)).sorted().map(p -> {
        String name = p.getFileName().toString();
        String where = siteDir.relativize(p).toString().replace('\\', '/');
        boolean markdown = name.toLowerCase(Locale.ROOT).matches(".+\\.(md|markdown|mdown|mkd|mkdn|mdwn)");
        if (!nested && markdown && !p.getParent().equals(dir)) {
          return Problem.warning(where, "not read: a page's address is its file's name, and only the files directly in "
              + folder + "/ are read; move it there");
        }
        if (!markdown || name.endsWith(".md")) {
          return null;
        }
        String md = name.substring(0, name.lastIndexOf('.')) + ".md";
        return Problem.warning(where, "not read: only files ending in .md are; rename it to " + md
            + (Files.exists(p.resolveSibling(md)) ? " (which is there already: make the two one)" : ""));
      }).filter(java.util.Objects::nonNull).toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  /** The files ending in .md of {@code dir} (and of its folders, when {@code nested}), by path. */
  static List<Path> markdownFiles(Path dir, boolean nested) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = nested ? Files.walk(dir) : Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md") && Files.isRegularFile(p))
          .filter(p -> !hidden(dir, p)).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + dir, e);
    }
  }

  /** Whether {@code file} is in a folder under {@code dir} whose name starts with a dot (an editor's or a tool's own). */
  private static boolean hidden(Path dir, Path file) {
    Path relative = dir.relativize(file.getParent() == null ? file : file.getParent());
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
