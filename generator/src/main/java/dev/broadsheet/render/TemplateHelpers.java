package dev.broadsheet.render;

import dev.broadsheet.base.LeadingTexts;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.curate.Edition;
import dev.broadsheet.curate.ArticleLanguages;
import dev.broadsheet.curate.Permalinker;
import dev.broadsheet.images.ImageCatalog;
import dev.broadsheet.images.LeadImage;
import dev.broadsheet.curate.Story;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Formatting that templates need and FTL cannot do well: dates in the site zone and language,
 * attribution lines, teasers. Exposed to every template as {@code h}. It is long because it is
 * the templates' one door: each method hands over to the class that does the work (DateLabels,
 * Teasers, ArticleTexts, SourceLinks, ArticleLanguages), and a template author reads one list.
 */
public final class TemplateHelpers {
  private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://.+");
  private final SiteConfig config;
  private final Permalinker links;
  private final DateLabels dates;
  private final Messages messages;
  private final ImageCatalog images;
  private final ArticleTexts texts;
  private final Teasers teasers;
  private final ArticleLanguages languages;
  private final PickLanguages pickLanguages;
  private final Bylines bylines;
  private final SourceLinks sources;

  public TemplateHelpers(SiteConfig config) {
    this(config, Messages.load(config.siteDir() == null ? null : config.siteDir().resolve("templates"),
        config.language()), ImageCatalog.empty());
  }

  /** Helpers that show the lead images of {@code images}. */
  public TemplateHelpers(SiteConfig config, Messages messages, ImageCatalog images) {
    this(config, messages, images,
        LeadingTexts.inMemory(SiteRenderer.openingChars(config)), a -> null);
  }

  /**
   * As above, reading the opening of summaries through {@code leads}; {@code asStored} gives the
   * store's digest of an article as read (or null), under which its summary's opening is kept.
   */
  public TemplateHelpers(SiteConfig config, Messages messages, ImageCatalog images, LeadingTexts leads,
      Function<Article, byte[]> asStored) {
    this.teasers = new Teasers(config.teaserLength(), leads, asStored);
    this.config = config;
    this.images = images;
    this.messages = messages;
    this.links = new Permalinker(config.permalinks());
    this.languages = new ArticleLanguages(config);
    this.pickLanguages = new PickLanguages(config.language());
    this.bylines = new Bylines(messages);
    this.sources = new SourceLinks(config, links);
    this.texts = new ArticleTexts(sources, languages, messages);
    this.dates = new DateLabels(config, messages);
  }

  /** The labels, for Java-made text (feeds); templates have them as {@code t}. */
  Messages messages() {
    return messages;
  }

  /**
   * The label {@code key} for every count from 0 to {@code max}, as a JSON array, for a script that
   * counts in the browser (follow.js shows how many followed stories are left): each count in its
   * plural form from the bundle, so the script needs no plural rules and no words of its own.
   */
  public String countLabels(String key, int max) {
    java.util.List<String> labels = new java.util.ArrayList<>(max + 1);
    for (int n = 0; n <= max; n++) {
      labels.add(messages.text(key, n));
    }
    return InlineJson.write(labels);
  }

  /** "20 November 2026" (in the site language), for an instant in the site zone. */
  public String date(Instant time) {
    return dates.date(time);
  }

  /** "20 November 2026, 08:30 GMT": the time in the site zone, named. */
  public String dateTime(Instant time) {
    return dates.dateTime(time);
  }

  /**
   * When {@code a}'s publisher last updated it, as the site's feeds and sitemap say, or null when
   * not after the time its page shows: an "update" before publication, or of an undated article
   * before it was first seen, is none.
   */
  public Instant updated(Article a) {
    Instant changed = FeedWriter.lastChanged(a);
    return changed == null || a.effectiveTime() == null || !changed.isAfter(a.effectiveTime()) ? null : changed;
  }

  /** {@code a}'s time as {@link #dateTime}, or the day alone when its date came without a time. */
  public String timeOf(Article a) {
    return dates.dayOnly(a) ? dates.dayOf(a) : dates.dateTime(a.effectiveTime());
  }

  /** {@code a}'s time as {@link #iso}, or the ISO day when its date came without a time. */
  public String isoOf(Article a) {
    return dates.dayOnly(a) ? a.published().atZone(dates.zoneOf(a)).toLocalDate().toString()
        : dates.iso(a.effectiveTime());
  }

  /** "Friday 20 November 2026" for an edition day. */
  public String day(LocalDate day) {
    return dates.day(day);
  }

  /** An edition's name: its day, or on a site of weekly editions its week ("Week of 16 November 2026"). */
  public String edition(LocalDate date) {
    return dates.edition(date);
  }

  /**
   * An edition's title: the site's, then the edition's name as inside a sentence ("The Harbour
   * Daily, Friday 20 November 2026", "La Revue, dimanche 6 décembre 2026"), as structured data and
   * the newsletter's title give it.
   */
  public String editionTitle(LocalDate date) {
    return config.title() + messages.text("list.separator") + dates.editionInSentence(date);
  }

  /** An edition's name as inside a sentence ("Dans l’édition : mardi 24 novembre 2026"), where French and Spanish write the weekday small. */
  public String editionInSentence(LocalDate date) {
    return dates.editionInSentence(date);
  }

  /** Whether the site's editions are weekly: "This week's edition" rather than "Today's edition". */
  public boolean weekly() {
    return dates.weekly();
  }

  /** An edition page's description: "The Harbour Daily: the edition of Friday 20 November 2026." or its week's. */
  String editionDescription(LocalDate date) {
    return dates.editionDescription(date);
  }

  /** "November 2026". */
  public String month(LocalDate day) {
    return dates.month(day);
  }

  /** ISO 8601 with offset, for {@code <time datetime>} and JSON-LD. */
  public String iso(Instant time) {
    return dates.iso(time);
  }

  /** ISO date, for {@code <time datetime>} of an edition. */
  public String isoDay(LocalDate day) {
    return day.toString();
  }

  /** The article's publisher by name, or null when none is known ({@link Bylines#publisher}). */
  public String publisher(Article a) {
    return Bylines.publisher(a);
  }

  /** The authors a byline names beside the publisher ({@link Bylines#authors}). */
  public java.util.List<String> authors(Article a) {
    return Bylines.authors(a);
  }

  /** "Bloomberg News via Tribune News Service", or the publisher on its own ({@link Bylines#attribution}). */
  public String attribution(Article a) {
    return bylines.attribution(a);
  }

  /** {@link #attribution} as a sentence names it ({@link Bylines#attributionInText}). */
  public String attributionInText(Article a) {
    return bylines.attributionInText(a);
  }

  /** The site the article's link opens, for "Read the full story at ..." ({@link Bylines#linkedSite}). */
  public String linkedSite(Article a) {
    return bylines.linkedSite(a);
  }

  /**
   * "4 min read" for an article whose body was extracted, else empty: a feed summary says nothing of
   * length. Its word count counts a Chinese or Japanese character, and a Korean syllable, as a word
   * (they are written without spaces, or with few): those are read at about 350 characters and 600
   * syllables a minute, where English is read at 230 words.
   */
  public String readingTime(Article a) {
    return texts.readingTime(a);
  }

  /**
   * Whether the article's publisher allows showing its whole text (its source's {@code fullText}):
   * article pages and the site's feeds then carry it, else a teaser and the link to the original.
   */
  public boolean showsFullText(Article a) {
    return texts.showsFullText(a);
  }

  /**
   * Whether the article's page on the site carries a whole text of its publisher's ({@link
   * #fullText}): a copy, which search engines are asked not to index (the publisher's own page is
   * the one to find) and the sitemap leaves out.
   */
  public boolean copiesWholeText(Article a) {
    return texts.copiesWholeText(a);
  }

  /** The summary as plain text, cut at a word boundary to the configured teaser length. */
  public String teaser(Article a) {
    return teasers.teaser(a);
  }

  /** The summary cut shorter, for dense lists. */
  public String shortTeaser(Article a) {
    return teasers.shortTeaser(a);
  }

  /** At least the first {@code chars} characters of the summary as plain text (all of it when shorter). */
  String summaryOpening(Article a, int chars) {
    return teasers.opening(a, chars);
  }

  /** The site's copy of the article's lead image, or null when it has none (or it could not be had). */
  public LeadImage image(Article a) {
    return images.of(a);
  }

  /**
   * The lead image's absolute URL for link previews (og:image, JSON-LD): the site's own copy. Only
   * a site that turned images off ({@code images.enabled: false}) names the original instead.
   */
  public String previewImage(Article a) {
    LeadImage own = images.of(a);
    if (own != null) {
      return absolute(own.largest().path());
    }
    boolean web = a.imageUrl() != null && WEB_ADDRESS.matcher(a.imageUrl()).matches();
    return !config.images().enabled() && web ? a.imageUrl() : null;
  }

  /**
   * The extracted body as the article page shows it (without its images, {@link ShownBodies}),
   * where its source allows full text; else empty, as for an article without one.
   */
  public String body(Article a) {
    return texts.body(a);
  }

  /**
   * The article's whole text as its page shows it where its source allows full text: the page's
   * extracted body, unless the text its feed carried besides the summary holds more than twice as
   * much (a page that is a player, or a notice to browsers without its script, gives way to the
   * feed's text; a feed's excerpt with its blog's footer does not replace a short page), else the
   * feed's text; null when it has neither, or its source does not allow it (a page is read for the
   * summary a feed left out, and its text is stored: a theme must not publish it through this helper).
   */
  public String fullText(Article a) {
    return texts.fullText(a);
  }

  /**
   * {@code html} with {@code style} on every link and every picture kept within its column: mail
   * programs ignore a style sheet, so a link in an editor's note would otherwise be their default
   * blue, and a picture as wide as it was made would widen the whole mail.
   */
  public String withLinkStyle(String html, String style) {
    return SiteHtml.withLinkStyle(html, style);
  }

  /** HTML as plain text for the text newsletter: a line per list item and row, paragraphs apart ({@link PlainText}). */
  public String plain(String html) {
    return PlainText.of(html);
  }
  /** {@code text} in lines of at most 76 characters, those after the first starting with {@code indent}. */
  public String wrap(String text, String indent) {
    return PlainText.wrap(text, 76, indent);
  }


  public String sectionPath(Story story) {
    return sectionPathOf(section(story.lead().article()));
  }

  /** The section {@code a} is shown in: its own, else the site's default section. */
  public String section(Article a) {
    return Edition.sectionOf(a, config.editions().defaultSection());
  }

  public String sectionPathOf(String name) {
    return links.section(Edition.sectionSlug(name));
  }

  /**
   * The configured source's name; empty when there is none. A picked article of a source taken
   * out of the config stays on the site, but its id is no name to show.
   */
  public String sourceName(String sourceId) {
    return sources.name(sourceId);
  }

  /**
   * The language the article is written in when it is not the site's, for a {@code lang} on what
   * shows its own words (headline, teaser, text); empty when it is the site's.
   */
  public String lang(Article a) {
    String language = languages.otherThanSite(a);
    return language == null ? "" : language;
  }

  /** The language an editor wrote {@code pick}'s note in when it is not the site's ({@link PickLanguages}), else "". */
  public String noteLang(Pick pick) {
    return pickLanguages.ofNote(pick);
  }

  /** The language of the title {@code pick} gives its article when it is not the site's, else "" (also without one). */
  public String pickTitleLang(Pick pick) {
    return pickLanguages.ofTitle(pick);
  }

  /** The direction {@code pick}'s note runs in when not the site's ("rtl", "ltr"; by its letters where its language is not told), else "". */
  public String noteDir(Pick pick) {
    return pickLanguages.noteDirection(pick);
  }

  /** The same for the title {@code pick} gives its article. */
  public String pickTitleDir(Pick pick) {
    return pickLanguages.titleDirection(pick);
  }

  /** The direction text in the language {@code tag} is written in: "rtl" (Arabic, Hebrew…) or "ltr". */
  public String dir(String tag) {
    return dev.broadsheet.base.LanguageTags.rightToLeft(tag) ? "rtl" : "ltr";
  }

  /** The ten digits the site's language writes numbers with ("0123456789", Arabic's "٠١٢٣٤٥٦٧٨٩"), as its dates and counts show them. */
  public String digits() {
    char zero = java.time.format.DecimalStyle.of(java.util.Locale.forLanguageTag(config.language())).getZeroDigit();
    StringBuilder ten = new StringBuilder(10);
    for (int d = 0; d < 10; d++) {
      ten.append((char) (zero + d));
    }
    return ten.toString();
  }

  /** The direction of the article's own words when it is not the site's ("rtl" for Hebrew on an English site), else "". */
  public String dirOf(Article a) {
    String own = dir(languages.of(a));
    return own.equals(dir(config.language())) ? "" : own;
  }

  /** The language the article is written in (BCP 47), the site's when nothing says otherwise. */
  String languageOf(Article a) {
    return languages.of(a);
  }

  /**
   * The article's language as Open Graph names a locale ("de_AT"), or empty when its language
   * names no region: a German article on a French site is not "fr_FR".
   */
  public String ogLocale(Article a) {
    return Views.ogLocaleOf(languages.of(a));
  }

  /** Whether the article's source keeps its stories for subscribers ({@code paywall: true}). */
  public boolean paywalled(Article a) {
    return sources.source(a.sourceId()).map(SourceConfig::paywall).orElse(false);
  }

  /** The article's tags as links to their pages, each page once (spellings of one slug share it). */
  public java.util.List<Views.NavLink> tags(Article a) {
    java.util.Map<String, Views.NavLink> bySlug = new java.util.LinkedHashMap<>();
    for (String tag : a.tags()) {
      String slug = Permalinker.tagSlug(tag);
      bySlug.putIfAbsent(slug, new Views.NavLink(tag.strip(), links.tag(slug)));
    }
    return java.util.List.copyOf(bySlug.values());
  }

  /** The configured source's page; null when there is none (a source taken out of the config has no page). */
  public String sourcePath(String sourceId) {
    return sources.path(sourceId);
  }

  /** The pages of the sources that carried the story's reports, space-separated: following any follows it. */
  public String sourcePaths(Story story) {
    return sources.pathsOf(story);
  }

  public String absolute(String path) {
    return Links.absolute(config.baseUrl(), path);
  }

}
