package dev.broadsheet.render;

import dev.broadsheet.base.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The links and images of the editors' pages and notes that lead to no file of the site: a page
 * that is not made (the list of sources exists only beyond a dozen of them), a typing error, or a
 * path that climbs out of the site ("../search/"), since such links are read from the site's root
 * whatever page shows them. Each is a warning naming the Markdown file and the line it is on.
 */
final class ContentLinks {
  private final Path siteDir;
  private final String basePath;
  private final Predicate<String> published;
  /** The files that only send readers on to a page's address now, with that address. */
  private final java.util.Map<String, String> moved;

  /**
   * Links of the site in {@code siteDir} served under {@code basePath}, checked against
   * {@code published} (whether the site publishes a file at a path) and {@code moved} (the files
   * at addresses pages had under earlier permalinks, with each page's address now).
   */
  ContentLinks(Path siteDir, String basePath, Predicate<String> published, java.util.Map<String, String> moved) {
    this.siteDir = siteDir;
    this.basePath = basePath;
    this.published = published;
    this.moved = moved;
  }

  /**
   * The problems of the links in {@code pages} and in the notes of {@code picks}, on a site of
   * {@code config} that publishes {@code files} and its {@code static/} folder.
   */
  static List<Problem> of(dev.broadsheet.config.SiteConfig config, List<dev.broadsheet.picks.Page> pages,
      List<dev.broadsheet.curate.Story> picks, java.util.Collection<RenderedFile> files,
      java.util.Map<String, String> moved) {
    // Most builds' pages and notes link nowhere: the site's hundred thousand paths are then not gathered.
    if (pages.stream().noneMatch(p -> linksAnywhere(p.html())) && picks.stream().map(dev.broadsheet.curate.Story::pick)
        .noneMatch(p -> p != null && linksAnywhere(p.noteHtml()))) {
      return List.of();
    }
    Set<String> paths = new java.util.HashSet<>();
    files.forEach(f -> paths.add(f.path()));
    Path staticDir = config.siteDir().resolve("static");
    if (Files.isDirectory(staticDir)) {
      // Through symbolic links, as publishing copies the folder; what it cannot read it reports itself.
      try {
        Files.walkFileTree(staticDir, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
            Integer.MAX_VALUE, new java.nio.file.SimpleFileVisitor<>() {
              @Override
              public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                paths.add(staticDir.relativize(f).toString().replace('\\', '/'));
                return java.nio.file.FileVisitResult.CONTINUE;
              }

              @Override
              public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                return java.nio.file.FileVisitResult.CONTINUE;
              }
            });
      } catch (IOException e) {
        return List.of();
      }
    }
    // The theme's files are published beside the pages, all under assets/.
    ContentLinks links = new ContentLinks(config.siteDir(), config.basePath(),
        p -> paths.contains(p) || p.startsWith("assets/"), moved);
    List<Problem> problems = new ArrayList<>();
    pages.forEach(p -> problems.addAll(links.check("pages/" + p.slug() + ".md", p.html())));
    picks.stream().map(dev.broadsheet.curate.Story::pick).filter(java.util.Objects::nonNull).distinct()
        .forEach(p -> problems.addAll(links.check(p.file(), p.noteHtml())));
    return problems;
  }

  private static boolean linksAnywhere(String html) {
    return html != null && (html.contains("href=") || html.contains("src="));
  }

  /** The problems of the HTML {@code html} made from the Markdown file {@code file} (relative to the site folder). */
  List<Problem> check(String file, String html) {
    if (!linksAnywhere(html)) {
      return List.of();
    }
    Set<String> broken = new LinkedHashSet<>();
    Set<String> outside = new LinkedHashSet<>();
    java.util.Map<String, String> old = new java.util.LinkedHashMap<>();
    for (Element e : Jsoup.parseBodyFragment(html).select("a[href], img[src]")) {
      String value = e.attr(e.nameIs("img") ? "src" : "href").strip();
      String path = SiteHtml.withoutBasePath(value, basePath);
      if (!SiteHtml.sitePath(value) || !SiteHtml.sitePath(path.startsWith("/") ? path : "/" + path)) {
        continue;
      }
      String target = withoutQuery(path.startsWith("/") ? path.substring(1) : path);
      String normal = normalized(target);
      String served = normal == null ? null : fileOf(normal);
      if (normal == null) {
        outside.add(value);
      } else if (served == null) {
        broken.add(value);
      } else if (moved.containsKey(served)) {
        old.put(value, moved.get(served));
      }
    }
    if (broken.isEmpty() && outside.isEmpty() && old.isEmpty()) {
      return List.of();
    }
    List<String> lines = lines(file);
    List<Problem> problems = new ArrayList<>();
    // Named as the editor wrote them: the HTML has spaces and accents percent-encoded.
    outside.forEach(raw -> {
      String v = decoded(raw);
      problems.add(Problem.warningAt(file, lineOf(lines, v, raw), "the link '" + v + "' climbs out of the site: links"
          + " in pages and notes are read from the site's root, whatever page shows them (write '"
          + v.replaceFirst("^(\\.\\./)+", "") + "')"));
    });
    broken.forEach(raw -> {
      String v = decoded(raw);
      problems.add(Problem.warningAt(file, lineOf(lines, v, raw), "the link '" + v + "' leads to no page or file the"
          + " site publishes (links in pages and notes are read from the site's root)"));
    });
    old.forEach((raw, now) -> {
      String v = decoded(raw);
      problems.add(Problem.warningAt(file, lineOf(lines, v, raw), "the link '" + v + "' leads to an address the page"
          + " had under earlier permalinks, which sends readers on to '" + now + "': link to '" + now + "'"));
    });
    problems.sort(java.util.Comparator.comparingInt(Problem::line));
    return problems;
  }

  /** The published file a link to {@code path} is served, or null when there is none. */
  private String fileOf(String path) {
    if (path.isEmpty() || path.endsWith("/")) {
      return published.test(path + "index.html") ? path + "index.html" : null;
    }
    // A folder named without its slash is served by its index page (static hosts redirect to it).
    return published.test(path) ? path : published.test(path + "/index.html") ? path + "/index.html" : null;
  }

  private static String withoutQuery(String path) {
    int end = path.length();
    int hash = path.indexOf('#');
    int query = path.indexOf('?');
    if (hash >= 0) {
      end = hash;
    }
    if (query >= 0 && query < end) {
      end = query;
    }
    return decoded(path.substring(0, end));
  }

  /** {@code value} with its percent-escapes decoded; as it is when one is broken (a stray % is a character of the name). */
  private static String decoded(String value) {
    try {
      return java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value;
    }
  }

  /** {@code path} with its "." and ".." segments applied, or null when they climb above the root. */
  private static String normalized(String path) {
    List<String> segments = new ArrayList<>();
    String[] parts = path.split("/", -1);
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.equals("..")) {
        if (segments.isEmpty()) {
          return null;
        }
        segments.remove(segments.size() - 1);
        if (last) {
          segments.add("");
        }
      } else if (part.equals(".") || (part.isEmpty() && !last)) {
        if (last) {
          segments.add("");
        }
      } else {
        segments.add(part);
      }
    }
    return String.join("/", segments);
  }

  private List<String> lines(String file) {
    try (Stream<String> lines = Files.lines(siteDir.resolve(file))) {
      return lines.toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      // Gone since it was read: the warning names the file without a line.
      return List.of();
    }
  }

  /**
   * The first line of the Markdown's body (after its front matter) holding {@code value} as a
   * link's or image's target ("](value", "<value>", "]: value"), else merely holding it; 0 when none does.
   */
  private static int lineOf(List<String> lines, String value, String raw) {
    // As the editor wrote it: with spaces and accents, or percent-encoded as the page holds it.
    int line = lineOf(lines, value);
    return line > 0 || raw.equals(value) ? line : lineOf(lines, raw);
  }

  private static int lineOf(List<String> lines, String value) {
    int fence = dev.broadsheet.picks.MarkdownDocument.closingFence(lines);
    int body = fence > 0 ? fence + 1 : 0;
    for (String[] forms : new String[][] {{"](" + value, "<" + value + ">", "]: " + value}, {value}}) {
      for (int i = body; i < lines.size(); i++) {
        for (String form : forms) {
          if (lines.get(i).contains(form)) {
            return i + 1;
          }
        }
      }
    }
    return 0;
  }
}
