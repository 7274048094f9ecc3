package dev.broadsheet.picks;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.config.SiteConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The Markdown files of a content folder ({@code picks/}, {@code pages/}), each read on its own. */
final class ContentFolder {
  private ContentFolder() {}

  /**
   * Every Markdown file of {@code folder} read by {@code reader}; a file that cannot be is a problem,
   * not a stop, and the copy {@code kept} has of it (of the same {@code key} value) stands in for it.
   */
  static <T> ContentLoader.Loaded<T> load(Path siteDir, KeptContent kept, String folder, boolean nested, String key,
      Reader<T> reader) {
    List<T> items = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(ContentWarnings.otherMarkdown(siteDir, folder, nested));
    IgnoredKeys ignored = new IgnoredKeys();
    kept.loading(folder);
    java.util.Set<String> names = new java.util.HashSet<>();
    for (Path file : ContentWarnings.markdownFiles(siteDir.resolve(folder), nested)) {
      String name = siteDir.relativize(file).toString();
      names.add(name);
      List<Problem> found = new ArrayList<>();
      T item = read(reader, file, name, found, ignored);
      Path copy = item == null ? kept.standIn(file, name, key) : null;
      if (item != null) {
        kept.keep(file, name);
      } else if (copy != null) {
        // The copy's own warnings were said when it was read as the file; only that it stands in is news.
        item = read(reader, copy, name, new ArrayList<>(), new IgnoredKeys());
        if (item != null) {
          found.add(Problem.warning(name, "until this file is fixed, the site shows it as a build last read it"
              + " (its copy in " + SiteConfig.CACHE_FOLDER + "/content/)"));
        }
      }
      if (item != null) {
        items.add(item);
      }
      problems.addAll(found);
    }
    kept.forgetAllBut(folder, names);
    problems.addAll(ignored.warnings());
    return new ContentLoader.Loaded<>(items, problems);
  }

  /** What {@code reader} makes of {@code file}, or null with its problems in {@code problems}. */
  private static <T> T read(Reader<T> reader, Path file, String name, List<Problem> problems, IgnoredKeys ignored) {
    List<Problem> found = new ArrayList<>();
    try {
      T item = reader.read(file, name, found, ignored);
      problems.addAll(found);
      return item;
    } catch (BroadsheetException e) {
      problems.addAll(found);
      problems.addAll(e.problems());
    } catch (RuntimeException e) {
      // Every value a file can hold should have its own message; this is the backstop that
      // keeps one odd file from stopping the build.
      problems.addAll(found);
      problems.add(new Problem(name, "skipped: this file cannot be used: " + e));
    }
    return null;
  }

  /** Reads one file, adding to {@code warnings} what does not keep it from being used. */
  interface Reader<T> {
    T read(Path file, String name, List<Problem> warnings, IgnoredKeys ignored);
  }
}
