package dev.broadsheet.feed;

import dev.broadsheet.base.Urls;

import dev.broadsheet.config.SourceConfig;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Turns feed entries of one source into articles, applying that source's config. */
public final class EntryMapper {
  /**
   * Feeds carry placeholder dates (1970, 1900) that are valid but never true of a news story;
   * such an article counts from when it was first seen instead.
   */
  static final java.time.Instant EARLIEST_NEWS = java.time.Instant.parse("1995-01-01T00:00:00Z");

  private EntryMapper() {}

  /** Whether an entry has nothing to list an article by: no link, id, headline or summary. */
  static boolean nothingToShow(FeedEntry e) {
    return e.link() == null && e.guid() == null && e.title().isEmpty() && e.summaryHtml().isEmpty();
  }

  /**
   * The entries of {@code feed} as articles of {@code source}: one article per id (a feed that
   * repeats an item keeps its newest revision), at most {@code source.maxItems()}, newest first
   * when the feed is longer than that.
   */
  public static List<Article> toArticles(ParsedFeed feed, SourceConfig source) {
    return map(feed, source).articles();
  }

  /**
   * The articles of {@link #toArticles}, and how many items repeated the id (the link, else the
   * guid) of an item before them with another headline or summary, and so became no article of
   * their own. (A feed that lists one item twice, under two categories, loses nothing.)
   */
  record Mapped(List<Article> articles, int repeated, String firstRepeat, int homeLinked, String home) {
    Mapped(List<Article> articles, int repeated) {
      this(articles, repeated, null, 0, null);
    }

    /** What a build and the feed command say of the items that became no article of their own, if any. */
    java.util.Optional<String> repeatNote() {
      if (repeated == 0) {
        return java.util.Optional.empty();
      }
      // One link is one article (a page has one address): a live blog's updates under one link are one report.
      return java.util.Optional.of((repeated == 1 ? "an item repeats the link or id of another item with another"
          + " headline or summary: the two are one article, the newer kept (the first when neither is dated)"
          : repeated + " items repeat the link or id of another item with another headline or summary: each"
          + " such group is one article, its newest kept (the first when none is dated)") + "; the first: " + firstRepeat);
    }

    /**
     * What the feed command says of the items that link to the feed's home page or to a show's
     * page, if any (a build says nothing: a podcast's feed is like that for good, and each such page
     * says it has no link).
     */
    java.util.Optional<String> homeNote() {
      return homeLinked == 0 ? java.util.Optional.empty() : java.util.Optional.of((homeLinked == 1 ? "an item links"
          : homeLinked + " items link") + " to the feed's home page" + (home == null ? "" : " (" + home + ")")
          + " or to a page that several episodes share, rather than to a page of " + (homeLinked == 1 ? "its" : "their")
          + " own: a build makes " + (homeLinked == 1 ? "it an article" : "each an article of its own") + ", known by"
          + " its id (else its sound's or video's address, else its text) and shown without that link");
    }
  }

  static Mapped map(ParsedFeed feed, SourceConfig source) {
    return map(feed, source, null);
  }

  /**
   * The articles of {@code feed}'s items, read for {@code source} on a site written in {@code site}
   * (a language tag; null when there is no site): what an item that states no language is taken to be in.
   */
  static Mapped map(ParsedFeed feed, SourceConfig source, String site) {
    java.util.LinkedHashMap<String, Article> byId = new java.util.LinkedHashMap<>();
    String home = feed.link() == null || feed.link().isBlank() ? null : ArticleIds.normalizeLink(feed.link());
    java.util.Set<String> showPages = showPages(feed);
    FeedLanguages told = source.language() != null ? null : FeedLanguages.of(feed.entries(), site);
    int homeLinked = 0;
    int repeated = 0;
    // The first article several items were made one of, and every headline they had: named in the warning.
    String repeatedId = null;
    java.util.Set<String> repeatedTitles = new java.util.LinkedHashSet<>();
    for (FeedEntry e : feed.entries()) {
      if (nothingToShow(e)) {
        continue;
      }
      String page = pageOf(e);
      boolean linksHome = page != null && (page.equals(home) || e.media() != null && showPages.contains(page));
      if (linksHome) {
        homeLinked++;
      }
      Article a = toArticle(linksHome ? withoutLink(e) : e, source);
      String language = told == null ? null : told.of(e);
      if (language != null) {
        a = a.withLanguage(language);
      }
      Article seen = byId.get(a.id());
      if (seen != null && !(seen.title().equals(a.title()) && java.util.Objects.equals(seen.summaryHtml(), a.summaryHtml()))) {
        repeated++;
        if (repeatedId == null) {
          repeatedId = a.id();
          repeatedTitles.add(seen.title());
        }
      }
      if (a.id().equals(repeatedId)) {
        repeatedTitles.add(a.title());
      }
      if (seen == null || newer(a, seen)) {
        byId.put(a.id(), a);
      }
    }
    String firstRepeat = null;
    if (repeatedId != null) {
      Article kept = byId.get(repeatedId);
      repeatedTitles.remove(kept.title());
      firstRepeat = (kept.url() != null ? "the link " + kept.url() : "the id " + (kept.guid() != null ? kept.guid() : repeatedId))
          + ": kept '" + kept.title() + "'" + (repeatedTitles.isEmpty() ? " (another summary)"
          : ", not '" + String.join("', '", repeatedTitles.stream().limit(3).toList()) + "'"
          + (repeatedTitles.size() > 3 ? " and " + (repeatedTitles.size() - 3) + " more" : ""));
    }
    List<Article> result = new ArrayList<>(byId.values());
    if (result.size() > source.maxItems()) {
      result.sort(java.util.Comparator.comparing(Article::published,
          java.util.Comparator.nullsLast(java.util.Comparator.reverseOrder())));
      result = new ArrayList<>(result.subList(0, source.maxItems()));
    }
    return new Mapped(result, repeated, firstRepeat, homeLinked, home == null ? null : feed.link());
  }

  /**
   * The page {@code e} links to, normalised, when that may be another's too; null without a link,
   * or for a link to a place in a page (a live blog's update, "#block-12"), which is the item's
   * own. An item linking to the feed's home page or to a show's page (see {@link #showPages}) has
   * no page of its own: a podcast's episodes, a listing's entries. As one link is one article,
   * every such item would be one article (the others lost), its page fetched as that page's text,
   * and its id would change with the feed's other items.
   */
  private static String pageOf(FeedEntry e) {
    return e.link() == null || e.link().indexOf('#') >= 0 ? null : ArticleIds.normalizeLink(e.link());
  }

  /**
   * The links (normalised) that two or more items with different sounds or videos give: a show's
   * page that lists its episodes, no page of one episode (a live blog's updates have none).
   */
  private static java.util.Set<String> showPages(ParsedFeed feed) {
    java.util.Map<String, String> firstMedia = new java.util.HashMap<>();
    java.util.Set<String> shared = new java.util.HashSet<>();
    for (FeedEntry e : feed.entries()) {
      String link = pageOf(e);
      if (e.media() != null && link != null) {
        String media = firstMedia.putIfAbsent(link, e.media().url());
        if (media != null && !media.equals(e.media().url())) {
          shared.add(link);
        }
      }
    }
    return shared;
  }

  /** {@code e} without its link, and without an id that is that link again (a feed reader's for an item without one). */
  private static FeedEntry withoutLink(FeedEntry e) {
    String guid = e.guid() == null || ArticleIds.normalizeLink(e.guid()).equals(ArticleIds.normalizeLink(e.link()))
        ? null : e.guid();
    return new FeedEntry(guid, null, e.title(), e.summaryHtml(), e.authors(), e.categories(), e.published(), e.updated(),
        e.imageUrl(), e.originalPublisher(), e.language(), e.contentHtml(), e.publishedDayOnly(), e.media());
  }

  private static final List<String> SEPARATORS = List.of(" - ", " \u2013 ", " \u2014 ", " | ");
  private static final String UNTITLED = dev.broadsheet.store.Article.UNTITLED;

  /**
   * The headline without its outlet's own name appended ("… - Dev Notes"): the page says who
   * published it, and a story led by a branded copy showed the brand as part of the headline.
   */
  static String withoutOwnName(String title, String... names) {
    for (String name : names) {
      if (name == null || name.isBlank()) {
        continue;
      }
      for (String separator : SEPARATORS) {
        String suffix = separator + name.strip();
        if (title.length() > suffix.length() && title.regionMatches(true, title.length() - suffix.length(), suffix, 0,
            suffix.length())) {
          String rest = title.substring(0, title.length() - suffix.length()).strip();
          // A headline that is only the name and one word keeps its name: it is all there is.
          if (rest.indexOf(' ') > 0) {
            return rest;
          }
        }
      }
    }
    return title;
  }

  /**
   * The feed titles an item stored with {@code title} may have had: itself, nothing for
   * "(untitled)", or itself with one of {@code names} after one of the separators that
   * {@link #withoutOwnName} takes off.
   */
  static List<String> titlesReadAs(String title, String... names) {
    List<String> titles = new java.util.ArrayList<>(List.of(title));
    if (UNTITLED.equals(title)) {
      titles.add("");
    }
    for (String name : names) {
      if (name != null && !name.isBlank()) {
        SEPARATORS.forEach(separator -> titles.add(title + separator + name.strip()));
      }
    }
    return titles;
  }


  private static java.time.Instant plausible(java.time.Instant time) {
    return time == null || time.isBefore(EARLIEST_NEWS) ? null : time;
  }

  private static boolean newer(Article candidate, Article seen) {
    java.time.Instant a = candidate.updated() != null ? candidate.updated() : candidate.published();
    java.time.Instant b = seen.updated() != null ? seen.updated() : seen.published();
    return a != null && (b == null || a.isAfter(b));
  }

  static Article toArticle(FeedEntry e, SourceConfig source) {
    String publisher;
    String via;
    if (e.originalPublisher() != null && !e.originalPublisher().equals(source.name())
        && !e.originalPublisher().equals(source.publisher())) {
      // The item names its own publisher: the source only carried it.
      publisher = e.originalPublisher();
      via = source.via() != null ? source.via() : source.name();
    } else {
      publisher = source.publisher() != null ? source.publisher() : source.name();
      via = source.via();
    }
    if (via != null && via.equals(publisher)) {
      via = null;
    }
    Set<String> tags = new LinkedHashSet<>(source.tags());
    if (source.categories()) {
      tags.addAll(e.categories());
    }
    String title = e.title().isEmpty() ? UNTITLED : withoutOwnName(e.title(), publisher, source.name());
    String id = e.link() != null || e.guid() != null
        ? ArticleIds.of(e.link(), e.guid(), source.id())
        : ArticleIds.ofContent(source.id(), e.title(), e.summaryHtml());
    // Only a source that allows its full text has it stored: another's (a paywalled publisher's
    // feed often carries the paid text) must not reach the store, which sites often publish.
    // The id is of the link as the feed gives it (matching drops tracking parameters anyway);
    // the link published to readers does not carry them.
    return new Article(id, Urls.withoutTrackers(e.link()), e.guid(), source.id(), title,
        publisher, via, source.section(), List.copyOf(tags), e.authors(), plausible(e.published()),
        plausible(e.updated()), null,
        e.summaryHtml().isEmpty() ? null : e.summaryHtml(), e.imageUrl(), null, null, e.language(),
        source.fullText() ? e.contentHtml() : null, List.of(), plausible(e.published()) == null ? null : e.publishedDayOnly(),
        e.media());
  }
}
