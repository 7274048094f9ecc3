package dev.broadsheet.picks;

import dev.broadsheet.base.Blank;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Utf8Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
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
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads {@code picks/*.md} and {@code pages/*.md}. A broken file becomes a {@link Problem} naming
 * it and its line; the others are read all the same.
 */
public final class ContentLoader {
  /** The time of day a pick dated without a time stands at, in the site zone. */
  public static final java.time.LocalTime BARE_DATE_TIME = java.time.LocalTime.NOON;
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  private final MarkdownDocument markdown = new MarkdownDocument();
  private final Path siteDir;
  private final ZoneId zone;
  private final KeptContent kept;

  /** A loader that leaves a file that cannot be read out, and keeps no copies. */
  public ContentLoader(Path siteDir, ZoneId zone) {
    this(siteDir, zone, KeptContent.none());
  }

  private ContentLoader(Path siteDir, ZoneId zone, KeptContent kept) {
    this.siteDir = siteDir;
    this.zone = zone;
    this.kept = kept;
  }

  /**
   * A loader that reads, for a file that cannot be read, the last copy of it that could be (see
   * {@link KeptContent}); it keeps copies of the files it reads when {@code keepsCopies} (a build
   * does, a check only reads them).
   */
  public static ContentLoader withCopies(Path siteDir, ZoneId zone, boolean keepsCopies) {
    return new ContentLoader(siteDir, zone, KeptContent.of(siteDir, keepsCopies));
  }

  /**
   * The copies that stood in for broken files in the loads so far, with digests of their bytes: an
   * input of the pages (a fingerprint of the build must change with them, as with the files).
   */
  public String standIns() {
    return kept.standIns();
  }

  /** Loaded items and the problems of the files that could not be loaded. */
  public record Loaded<T>(List<T> items, List<Problem> problems) {}

  /** The picks of {@code picks/} and its folders (by year, by desk: however an editor files them). */
  public Loaded<Pick> picks() {
    return load("picks", true, "url", this::pick);
  }

  /**
   * The picks due at {@code now}: one dated on a later day than today (in the site's zone) is held
   * back until that day, with a warning, rather than opening an edition of a day still to come
   * that the front page would show as the latest; one dated with a time of day, until that time.
   */
  public Loaded<Pick> due(Loaded<Pick> picks, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    List<Pick> due = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(picks.problems());
    for (Pick pick : picks.items()) {
      LocalDate day = pick.date() == null ? null : LocalDate.ofInstant(pick.date(), zone);
      // A time of day is the editor's (an embargo's end): a bare date reads as noon, but the pick is due all that day.
      boolean timed = pick.date() != null && !pick.date().atZone(zone).toLocalTime().equals(BARE_DATE_TIME);
      if (day != null && day.isAfter(today)) {
        problems.add(Problem.warning(pick.file(), "dated " + day + ", a day still to come (today is " + today + " in "
            + zone.getId() + "); it is held back until then"));
      } else if (timed && pick.date().isAfter(now)) {
        problems.add(Problem.warning(pick.file(), "dated " + pick.date().atZone(zone).toLocalDateTime() + ", a time still"
            + " to come (it is " + now.atZone(zone).toLocalDateTime().withNano(0) + " in " + zone.getId()
            + "); it is held back until then"));
      } else {
        due.add(pick);
      }
      // A correction's time goes to feed readers and the sitemap as the note's last change.
      if (pick.updated() != null && pick.updated().isAfter(now)) {
        problems.add(Problem.warning(pick.file(), "updated " + pick.updated() + " is still to come (it is now " + now
            + "): feed readers are told the note changed then; write the time of the correction"));
      } else if (pick.updated() != null && pick.date() != null && !pick.updated().isAfter(pick.date())) {
        problems.add(Problem.warning(pick.file(), "updated " + pick.updated() + " is not after the pick's date "
            + pick.date() + ", so it says nothing; write the time of the correction"));
      }
    }
    return new Loaded<>(List.copyOf(due), problems);
  }

  public Loaded<Page> pages() {
    Loaded<Page> loaded = load("pages", false, "title", this::page);
    List<Page> pages = new ArrayList<>(loaded.items());
    pages.sort(Comparator.comparingInt(Page::weight).thenComparing(Page::slug));
    return new Loaded<>(pages, loaded.problems());
  }

  private <T> Loaded<T> load(String folder, boolean nested, String key, ContentFolder.Reader<T> reader) {
    return ContentFolder.load(siteDir, kept, folder, nested, key, reader);
  }

  /** The warnings for raw HTML in a note or page, which is shown as text, never run, and for links no page may follow. */
  private static void rawHtml(MarkdownDocument.Parsed<?> doc, String name, List<Problem> warnings) {
    warnings.addAll(doc.unsafeLinks());
    if (doc.rawHtmlLine() > 0) {
      warnings.add(Problem.warningAt(name, doc.rawHtmlLine(), "HTML in the text is shown as it is written, as text"
          + " (pages never run an editor's markup): write it in Markdown"));
    }
  }

  private Pick pick(Path file, String name, List<Problem> warnings, IgnoredKeys ignored) {
    String text = read(file, name);
    MarkdownDocument.Parsed<RawPick> doc = markdown.parse(text, RawPick.class, name);
    boolean hidden = HidingKeys.read(doc, "pick", warnings, ignored);
    rawHtml(doc, name, warnings);
    RawPick raw = doc.frontMatter();
    if (raw == null) {
      throw new BroadsheetException(Problem.at(name, 1, "a pick needs front matter (between --- lines) with at least its url; a date too when no source carries it"));
    }
    // Every value checked, every problem reported at once: a file is not fixed one line per build.
    List<Problem> problems = new ArrayList<>();
    String url = null;
    if (raw.url() == null || raw.url().isBlank()) {
      // Other tools name the linked article otherwise: the key written is named, not only the one missing.
      String other = LINK_KEYS.stream().filter(k -> doc.lineOf(k) > 1).findFirst().orElse(null);
      problems.add(Problem.at(name, other == null ? doc.lineOf("url") : doc.lineOf(other), "'url' is required: the"
          + " address of the picked article" + (other == null ? "" : "; rename '" + other + "' to 'url'")));
    } else {
      url = checked(problems, () -> webAddress(raw.url().strip(), "url", name, doc));
    }
    String image = fromSiteRoot(Blank.toNull(raw.image()));
    if (image != null && !siteFile(image)) {
      checked(problems, () -> webAddress(image, "image", name, doc));
    }
    String dateText = raw.date() != null ? raw.date() : raw.edition();
    String dateKey = raw.date() != null ? "date" : "edition";
    Instant date = dateText == null ? null
        : checked(problems, () -> parseDate(dateKey, dateText.strip(), name, doc.lineOf(dateKey)));
    Instant updated = raw.updated() == null || raw.updated().isBlank() ? null
        : checked(problems, () -> parseDate("updated", raw.updated().strip(), name, doc.lineOf("updated")));
    if (!problems.isEmpty()) {
      throw new BroadsheetException(problems);
    }
    ContentWarnings.ignoredKeys(raw, name, doc, warnings);
    ContentWarnings.otherToolsSyntax(text, name, warnings);
    List<String> tags = raw.tags() == null ? List.of()
        : raw.tags().stream().filter(t -> t != null && !t.isBlank()).map(String::strip).toList();
    return new Pick(name, url, Blank.toNull(raw.title()), Blank.toNull(raw.section()), tags, date, Boolean.TRUE.equals(raw.pin()),
        Objects.requireNonNullElse(raw.order(), 0), hidden || Boolean.TRUE.equals(raw.hide()), image,
        doc.bodyHtml(), Blank.toNull(raw.publisher()), Blank.toNull(raw.imageAlt()), Blank.toNull(raw.imageCredit()),
        updated, PickAliases.read(raw.aliases(), name,
            java.util.stream.Stream.of("aliases", "redirect_from", "redirectFrom").mapToInt(doc::lineOf).max().orElse(1),
            warnings), language(raw.language(), name, Math.max(doc.lineOf("language"), doc.lineOf("lang")), warnings));
  }

  /**
   * The language a pick says it is written in, as a tag; null when it says none, or one that is
   * not a language tag (a warning: the pick is shown all the same, its language taken from its words).
   */
  private static String language(String written, String name, int line, List<Problem> warnings) {
    if (written == null || written.isBlank()) {
      return null;
    }
    String tag = written.indexOf('_') >= 0 ? null : dev.broadsheet.base.LanguageTags.of(written.strip());
    if (tag == null) {
      warnings.add(Problem.warningAt(name, line, "ignored language '" + written.strip() + "': write a BCP 47 language"
          + " tag such as en, ja or pt-BR; the pick's language is taken from its words meanwhile"));
    }
    return tag;
  }

  /** What other site generators' front matter calls the address of the article a post links to. */
  private static final List<String> LINK_KEYS = List.of("link", "external_url", "externalUrl", "external_link",
      "link_url", "linkUrl", "href", "source_url", "original_url");

  /** What {@code check} gives, or null with its problems added to {@code problems}. */
  private static <T> T checked(List<Problem> problems, java.util.function.Supplier<T> check) {
    try {
      return check.get();
    } catch (BroadsheetException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /**
   * A picture named by its address on the site ({@code /assets/img/quay.jpg}, as other site
   * generators write it, and as a note's own links read it) as the file of the static folder
   * published there; any other value as it is.
   */
  private String fromSiteRoot(String value) {
    if (value == null || !value.startsWith("/") || value.startsWith("//")) {
      return value;
    }
    String inStatic = "static" + value;
    return siteFile(inStatic) && Files.isRegularFile(siteDir.resolve(inStatic)) ? inStatic : value;
  }

  /**
   * Whether {@code value} is the relative path of a file in the site folder, such as
   * {@code images/quay.jpg}: no scheme, not absolute, no {@code ..} segment. The images stage checks
   * that the file is there and really inside the site folder.
   */
  private static boolean siteFile(String value) {
    return !value.contains(":") && !value.startsWith("/") && !value.contains("\\")
        && java.util.Arrays.stream(value.split("/")).noneMatch(".."::equals);
  }

  /**
   * {@code value} if it is an absolute http(s) URL with a host, as {@link URI} reads it; a space,
   * a {@code |} or a missing host is the pick's problem, not a crash later in the build.
   */
  private static String webAddress(String value, String key, String file, MarkdownDocument.Parsed<?> doc) {
    String reason;
    try {
      URI uri = new URI(value);
      boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
      if (web && uri.getHost() != null) {
        return value;
      }
      reason = web ? "it has no host name" : "it is not http(s)";
    } catch (URISyntaxException e) {
      reason = e.getReason().toLowerCase(Locale.ROOT) + (e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1));
    }
    String fix = key.equals("image") && value.startsWith("/") && !value.startsWith("//")
        ? "; a picture of the site is written as its path in the site folder (static/assets/quay.jpg,"
            + " images/quay.jpg), and no file static" + value + " is there"
        : "; write a space as %20 and | as %7C";
    throw new BroadsheetException(Problem.at(file, doc.lineOf(key), "'" + key + "' must be an http(s) URL such as "
        + "https://example.org/news/story, found '" + value + "': " + reason + fix));
  }

  private Page page(Path file, String name, List<Problem> warnings, IgnoredKeys ignored) {
    String text = read(file, name);
    MarkdownDocument.Parsed<RawPage> doc = markdown.parse(text, RawPage.class, name);
    HidingKeys.read(doc, "page", warnings, ignored);
    rawHtml(doc, name, warnings);
    ContentWarnings.otherToolsSyntax(text, name, warnings);
    RawPage raw = doc.frontMatter();
    if (raw == null || raw.title() == null || raw.title().isBlank()) {
      throw new BroadsheetException(Problem.at(name, 1, raw == null ? "a page needs front matter (between --- lines)"
          + " with at least its title" : "a page needs a title in its front matter (title: About us)"));
    }
    String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
    if (!SLUG.matcher(slug).matches()) {
      throw new BroadsheetException(new Problem(name,
          "page file names become URLs: use lower-case letters, digits and '-' only, like about.md"));
    }
    return new Page(slug, raw.title().strip(), Objects.requireNonNullElse(raw.description(), ""),
        !Boolean.FALSE.equals(raw.menu()), Objects.requireNonNullElse(raw.weight(), 0), doc.bodyHtml());
  }

  private Instant parseDate(String key, String text, String file, int line) {
    try {
      Instant date;
      if (text.length() == 10) {
        // A bare date means noon in the site zone: safely inside that day's edition.
        date = LocalDate.parse(text).atTime(BARE_DATE_TIME).atZone(zone).toInstant();
      } else {
        String iso = iso(text);
        try {
          date = OffsetDateTime.parse(iso).toInstant();
        } catch (DateTimeException e) {
          if (e.getMessage() != null && e.getMessage().contains("Invalid")) {
            // Read with its zone, but not a day of the calendar: that is the news, not the zone.
            throw e;
          }
          date = LocalDateTime.parse(iso).atZone(zone).toInstant();
        }
      }
      int year = date.atZone(zone).getYear();
      if (year < 1 || year > 9999) {
        // Editions are folders named by year: keep to years that every date format can write.
        throw new DateTimeException("year " + year);
      }
      return date;
    } catch (DateTimeException e) {
      // Written as a date but not one (2026-13-45, 2026-02-30): the calendar's reason says which part is wrong.
      String why = text.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?") && e.getMessage() != null
          && e.getMessage().contains("Invalid") ? ": " + calendarReason(e) : "";
      throw new BroadsheetException(Problem.at(file, line, why.isEmpty()
          ? "'" + key + "' must look like 2026-11-20 or 2026-11-20T08:30:00+01:00, found '" + text + "'"
          : "'" + key + "' is no date in the calendar, found '" + text + "'" + why));
    }
  }

  /** The calendar's own words for an impossible date ("Invalid value for MonthOfYear … 13"), made plain. */
  private static String calendarReason(DateTimeException e) {
    String m = e.getMessage();
    java.util.regex.Matcher range = java.util.regex.Pattern.compile("Invalid value for (\\w+) \\(valid values ([^)]+)\\): (-?\\d+)")
        .matcher(m);
    if (range.find()) {
      String field = range.group(1).replace("MonthOfYear", "month").replace("DayOfMonth", "day").replace("HourOfDay", "hour")
          .replace("MinuteOfHour", "minute").replace("SecondOfMinute", "second");
      return field + " " + range.group(3) + " is not one of " + range.group(2);
    }
    java.util.regex.Matcher date = java.util.regex.Pattern.compile("Invalid date '([^']+)'").matcher(m);
    if (!date.find()) {
      return m;
    }
    String day = date.group(1);
    return day.charAt(0) + day.substring(1).toLowerCase(Locale.ROOT) + " does not exist";
  }

  /**
   * A date and time as ISO 8601 reads it, from the ways front matter of other site generators
   * writes it too: a space for the T, a zone after a space, {@code +0100} for {@code +01:00}, UTC
   * or GMT for Z ({@code 2025-03-04 23:50:00 +0100}, Jekyll's own). Text of another shape is
   * returned as it is, for the parser to refuse.
   */
  private static String iso(String text) {
    java.util.regex.Matcher m = OTHER_ISO.matcher(text);
    if (!m.matches()) {
      return text;
    }
    String time = m.group(2).indexOf(':') == 1 ? "0" + m.group(2) : m.group(2);
    String zone = m.group(3) == null ? "" : m.group(3).toUpperCase(Locale.ROOT);
    if (zone.equals("UTC") || zone.equals("GMT")) {
      zone = "Z";
    } else if (zone.length() == 5) {
      zone = zone.substring(0, 3) + ":" + zone.substring(3);
    }
    return m.group(1) + "T" + time + zone;
  }

  private static final Pattern OTHER_ISO = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?) *(Z|z|UTC|utc|GMT|[+-]\\d{2}:?\\d{2})?");

  /** The text of a pick's or page's file; one whose front matter is TOML, as Hugo allows, is refused at its first line. */
  private static String read(Path file, String name) {
    String text;
    try {
      text = Utf8Text.decode(Files.readAllBytes(file), name);
    } catch (IOException e) {
      throw new BroadsheetException(new Problem(name, "cannot read: " + e.getMessage()), e);
    }
    if (text.startsWith("+++")) {
      throw new BroadsheetException(Problem.at(name, 1, "front matter between +++ lines (TOML) is not read: write it"
          + " as YAML between --- lines, each key as 'key: value' (title: About, date: 2026-11-20)"));
    }
    return text;
  }


}
