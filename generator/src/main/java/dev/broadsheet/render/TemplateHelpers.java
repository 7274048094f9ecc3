package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.base.Slugs;
import dev.broadsheet.curate.Story;
import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Formatting that templates need and FTL cannot do well: dates in the site zone and language,
 * attribution lines, teasers. Exposed to every template as {@code h}.
 */
public final class TemplateHelpers {
  /** A common figure for adults reading news prose on screen. */
  private static final double WORDS_PER_MINUTE = 230.0;
  private final SiteConfig config;
  private final Permalinker links;
  private final ZoneId zone;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter dayName;
  private final DateTimeFormatter monthYear;
  private final DateTimeFormatter timeOfDay;
  private final Messages messages;
  private final java.util.concurrent.ConcurrentHashMap<String, String> summaryText =
      new java.util.concurrent.ConcurrentHashMap<>();

  public TemplateHelpers(SiteConfig config) {
    this(config, Messages.load(config.siteDir() == null ? null : config.siteDir().resolve("templates"),
        config.language()));
  }

  public TemplateHelpers(SiteConfig config, Messages messages) {
    this.config = config;
    this.messages = messages;
    this.links = new Permalinker(config.permalinks());
    this.zone = config.timezone();
    Locale locale = Locale.forLanguageTag(config.language());
    this.longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.dayName = DateTimeFormatter.ofPattern("EEEE", locale);
    this.monthYear = DateTimeFormatter.ofPattern("LLLL yyyy", locale);
    // The zone's short name for that instant (GMT in winter, BST in summer): a reader elsewhere
    // must not take the site's 08:30 for their own.
    this.timeOfDay = DateTimeFormatter.ofPattern("HH:mm zzz", locale);
  }

  /** The labels, for Java-made text (feeds); templates have them as {@code t}. */
  Messages messages() {
    return messages;
  }

  /** "20 November 2026" (in the site language), for an instant in the site zone. */
  public String date(Instant time) {
    return time == null ? "" : longDate.format(time.atZone(zone));
  }

  /** "20 November 2026, 08:30 GMT": the time in the site zone, named. */
  public String dateTime(Instant time) {
    return time == null ? "" : longDate.format(time.atZone(zone)) + ", " + timeOfDay.format(time.atZone(zone));
  }

  /** "Friday 20 November 2026" for an edition day. */
  public String day(LocalDate day) {
    return capitalize(dayName.format(day)) + " " + longDate.format(day);
  }

  /** "November 2026". */
  public String month(LocalDate day) {
    return capitalize(monthYear.format(day));
  }

  /** ISO 8601 with offset, for {@code <time datetime>} and JSON-LD. */
  public String iso(Instant time) {
    return time == null ? "" : time.atZone(zone).toOffsetDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  /** ISO date, for {@code <time datetime>} of an edition. */
  public String isoDay(LocalDate day) {
    return day.toString();
  }

  /**
   * The article's publisher by name, or null when none is known: a pick of a URL that no source
   * carries, whose page gave no site name, has only its host, and a host is not a name.
   */
  public String publisher(Article a) {
    if (a.publisher() == null || a.sourceId() == null && a.url() != null
        && a.publisher().equals(dev.broadsheet.curate.PickApplier.hostOf(a.url()))) {
      return null;
    }
    return a.publisher();
  }

  /** "Bloomberg News via Tribune News Service", or just the publisher ("the publisher" when unknown). */
  public String attribution(Article a) {
    String publisher = publisher(a) == null ? messages.text("article.thePublisher") : publisher(a);
    return a.via() == null ? publisher : messages.text("byline.via", publisher, a.via());
  }

  /** "4 min read" for an article whose body was extracted, else empty: a feed summary says nothing of length. */
  public String readingTime(Article a) {
    if (a.page() == null || a.page().bodyHtml() == null || a.page().wordCount() <= 0) {
      return "";
    }
    return messages.text("article.readingTime", Math.max(1, Math.round(a.page().wordCount() / WORDS_PER_MINUTE)));
  }

  /** The summary as plain text, cut at a word boundary to the configured teaser length. */
  public String teaser(Article a) {
    return cut(summaryText(a), config.teaserLength());
  }

  /** The summary cut shorter, for dense lists. */
  public String shortTeaser(Article a) {
    return cut(summaryText(a), Math.min(160, config.teaserLength()));
  }

  /**
   * As much of the summary as plain text as a teaser shows (see {@link #cut}); an article appears
   * on many pages, and its summary is parsed once per build.
   */
  private String summaryText(Article a) {
    return summaryText.computeIfAbsent(a.id(), id -> HtmlSanitizer.leadingText(a.summaryHtml(),
        config.teaserLength() + 1));
  }

  /** HTML as plain text, for the text newsletter. */
  public String plain(String html) {
    return HtmlSanitizer.text(html);
  }

  public String sectionPath(Story story) {
    return links.section(Slugs.of(dev.broadsheet.curate.Edition.sectionOf(story.lead().article()), 40));
  }

  public String sectionPathOf(String name) {
    return links.section(Slugs.of(name, 40));
  }

  public String sourceName(String sourceId) {
    return sourceId == null ? "" : config.source(sourceId).map(SourceConfig::name).orElse(sourceId);
  }

  /** Whether the article's source keeps its stories for subscribers ({@code paywall: true}). */
  public boolean paywalled(Article a) {
    return a.sourceId() != null && config.source(a.sourceId()).map(SourceConfig::paywall).orElse(false);
  }

  public String sourcePath(String sourceId) {
    return sourceId == null ? null : links.source(sourceId);
  }

  public String absolute(String path) {
    return Links.absolute(config.baseUrl(), path);
  }

  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = text.lastIndexOf(' ', max - 1);
    if (end < max / 2) {
      end = max - 1;
    }
    return text.substring(0, end).replaceAll("[\\s,;:.\\-–—]+$", "") + "…";
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }
}
