package dev.broadsheet.picks;

import dev.broadsheet.BroadsheetException;
import dev.broadsheet.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code picks/*.md} and {@code pages/*.md}. A broken file becomes a {@link Problem} naming
 * it and its line; the others are read all the same.
 */
public final class ContentLoader {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final MarkdownDocument markdown = new MarkdownDocument();
  private final Path siteDir;
  private final ZoneId zone;

  public ContentLoader(Path siteDir, ZoneId zone) {
    this.siteDir = siteDir;
    this.zone = zone;
  }

  /** Loaded items and the problems of the files that could not be loaded. */
  public record Loaded<T>(List<T> items, List<Problem> problems) {}

  public Loaded<Pick> picks() {
    List<Pick> picks = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : markdownFiles(siteDir.resolve("picks"))) {
      String name = siteDir.relativize(file).toString();
      try {
        picks.add(pick(file, name));
      } catch (BroadsheetException e) {
        problems.addAll(e.problems());
      }
    }
    return new Loaded<>(picks, problems);
  }

  public Loaded<Page> pages() {
    List<Page> pages = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : markdownFiles(siteDir.resolve("pages"))) {
      String name = siteDir.relativize(file).toString();
      try {
        pages.add(page(file, name));
      } catch (BroadsheetException e) {
        problems.addAll(e.problems());
      }
    }
    pages.sort(Comparator.comparingInt(Page::weight).thenComparing(Page::slug));
    return new Loaded<>(pages, problems);
  }

  private Pick pick(Path file, String name) {
    MarkdownDocument.Parsed<RawPick> doc = markdown.parse(read(file), RawPick.class, name);
    RawPick raw = doc.frontMatter();
    if (raw == null) {
      throw new BroadsheetException(Problem.at(name, 1, "a pick needs front matter with at least url and date"));
    }
    if (raw.url() == null || raw.url().isBlank()) {
      throw new BroadsheetException(Problem.at(name, doc.lineOf("url"),
          "'url' is required: the address of the picked article"));
    }
    String url = raw.url().strip();
    if (!url.startsWith("http://") && !url.startsWith("https://")) {
      throw new BroadsheetException(Problem.at(name, doc.lineOf("url"),
          "'url' must be an http(s) URL, found '" + url + "'"));
    }
    String dateText = raw.date() != null ? raw.date() : raw.edition();
    int dateLine = doc.lineOf(raw.date() != null ? "date" : "edition");
    Instant date = dateText == null ? null : parseDate(dateText.strip(), name, dateLine);
    return new Pick(name, url, blankToNull(raw.title()), blankToNull(raw.section()),
        raw.tags() == null ? List.of() : raw.tags(), date, Boolean.TRUE.equals(raw.pin()),
        Objects.requireNonNullElse(raw.order(), 0), Boolean.TRUE.equals(raw.hide()), blankToNull(raw.image()),
        doc.bodyHtml());
  }

  private Page page(Path file, String name) {
    MarkdownDocument.Parsed<RawPage> doc = markdown.parse(read(file), RawPage.class, name);
    RawPage raw = doc.frontMatter();
    if (raw == null || raw.title() == null || raw.title().isBlank()) {
      throw new BroadsheetException(Problem.at(name, 1, "a page needs front matter with a title"));
    }
    String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
    if (!SLUG.matcher(slug).matches()) {
      throw new BroadsheetException(new Problem(name,
          "page file names become URLs: use lower-case letters, digits and '-' only, like about.md"));
    }
    return new Page(slug, raw.title().strip(), Objects.requireNonNullElse(raw.description(), ""),
        !Boolean.FALSE.equals(raw.menu()), Objects.requireNonNullElse(raw.weight(), 0), doc.bodyHtml());
  }

  private Instant parseDate(String text, String file, int line) {
    try {
      if (text.length() == 10) {
        // A bare date means noon in the site zone: safely inside that day's edition.
        return LocalDate.parse(text).atTime(12, 0).atZone(zone).toInstant();
      }
      String iso = text.replace(' ', 'T');
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeException e) {
        return LocalDateTime.parse(iso).atZone(zone).toInstant();
      }
    } catch (DateTimeException e) {
      throw new BroadsheetException(Problem.at(file, line,
          "'date' must look like 2026-11-20 or 2026-11-20T08:30:00+01:00, found '" + text + "'"));
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(file.toString(), "cannot read: " + e.getMessage()), e);
    }
  }

  private static List<Path> markdownFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
