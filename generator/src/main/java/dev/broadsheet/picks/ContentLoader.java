package dev.broadsheet.picks;

import dev.broadsheet.base.Blank;
import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.base.Utf8Text;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
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
  private final FrontMatterDates dates;
  private final KeptContent kept;

  /** A loader that leaves a file that cannot be read out, and keeps no copies. */
  public ContentLoader(Path siteDir, ZoneId zone) {
    this(siteDir, zone, KeptContent.none());
  }

  private ContentLoader(Path siteDir, ZoneId zone, KeptContent kept) {
    this.siteDir = siteDir;
    this.zone = zone;
    this.dates = new FrontMatterDates(zone);
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
        : checked(problems, () -> dates.parse(dateKey, dateText.strip(), name, doc.lineOf(dateKey)));
    Instant updated = raw.updated() == null || raw.updated().isBlank() ? null
        : checked(problems, () -> dates.parse("updated", raw.updated().strip(), name, doc.lineOf("updated")));
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
            warnings), language(raw.language(), name, doc, warnings));
  }

  /**
   * The language a pick says it is written in, as a tag; null when it says none, or one that is
   * not a language tag (a warning: the pick is shown all the same, its language taken from its words).
   */
  private static String language(String written, String name, MarkdownDocument.Parsed<?> doc, List<Problem> warnings) {
    int line = Math.max(doc.lineOf("language"), doc.lineOf("lang"));
    if (doc.lineOf("language") > 1 && doc.lineOf("lang") > 1) {
      // The later key is the one read: an editor who added one beside the other must learn which.
      warnings.add(Problem.warningAt(name, line, "both 'language' and 'lang' say the pick's language; the later one,"
          + " '" + (written == null ? "" : written.strip()) + "', is used: keep one of them"));
    }
    if (written == null || written.isBlank()) {
      if (line > 1) {
        warnings.add(Problem.warningAt(name, line, "the pick's language is empty, and is taken from its words: write"
            + " a language tag such as en, ja or pt-BR, or remove the key"));
      }
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
