package dev.broadsheet.render;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.broadsheet.base.Urls;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.images.LeadImage;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.jsoup.nodes.Entities;

/**
 * The site's own feeds: RSS 2.0 and Atom 1.0 (written by Rome) and JSON Feed 1.1 (Jackson). Each
 * item links to the original article and says who published it; its id is our article page.
 * Feed dates come from the items, never from the clock, so an unchanged site gives unchanged feeds.
 */
final class FeedWriter {
  static final int MAX_ITEMS = 50;

  private final SiteConfig config;
  private final TemplateHelpers helpers;

  FeedWriter(SiteConfig config, TemplateHelpers helpers) {
    this.config = config;
    this.helpers = helpers;
  }

  /**
   * One feed's items: a title, the page it belongs to, and its entries, newest first. {@code
   * whenEmpty} dates a feed without entries (Atom requires a date; RSS leaves it out): null to
   * leave it out in both.
   */
  record Channel(String title, String description, String pagePath, List<Entry> entries, Instant whenEmpty) {
    Channel(String title, String description, String pagePath, List<Entry> entries) {
      this(title, description, pagePath, entries, null);
    }

    /** The latest change of any entry, else {@code whenEmpty}. */
    Instant updated() {
      return entries.stream().map(Entry::updated).filter(t -> t != null).max(Instant::compareTo).orElse(whenEmpty);
    }
  }

  /**
   * One item: its title, HTML content, links, time and authors, and whom an entry names as its
   * author when it has none ({@code credit}: the publisher; Atom requires a named author).
   * {@code language} is its article's when that is not the site's, else null. {@code dated} says
   * whether {@code time} is when it was published: an undated article's is when it was first seen,
   * which orders the feed but is never given as a publication date. {@code updated} is when it last
   * changed (its publisher's update, an editor's note), never before {@code time}. {@code image}
   * is its lead image, or null.
   */
  record Entry(String id, String title, String html, String link, String pageUrl, Instant time, Instant updated,
      List<String> authors, String credit, List<String> categories, String language, boolean dated, Image image,
      dev.broadsheet.store.Media media) {
    Entry {
      updated = time != null && (updated == null || updated.isBefore(time)) ? time : updated;
    }

    /** Whom it names as its authors: its own, else whom it is credited to (its publisher); empty when neither. */
    List<String> namedAuthors() {
      return !authors.isEmpty() || credit == null ? authors : List.of(credit);
    }

    /** An item that is no sound or video. */
    Entry(String id, String title, String html, String link, String pageUrl, Instant time, Instant updated,
        List<String> authors, String credit, List<String> categories, String language, boolean dated, Image image) {
      this(id, title, html, link, pageUrl, time, updated, authors, credit, categories, language, dated, image, null);
    }

    /** An item without an image. */
    Entry(String id, String title, String html, String link, String pageUrl, Instant time, Instant updated,
        List<String> authors, String credit, List<String> categories, String language, boolean dated) {
      this(id, title, html, link, pageUrl, time, updated, authors, credit, categories, language, dated, null);
    }

    /** A dated item in the site's language, changed last when it was published. */
    Entry(String id, String title, String html, String link, String pageUrl, Instant time, List<String> authors,
        String credit, List<String> categories) {
      this(id, title, html, link, pageUrl, time, time, authors, credit, categories, null, true);
    }
  }

  /**
   * An item's lead image as feed readers show it (Media RSS {@code media:content}, JSON Feed
   * {@code image}): its absolute address, and its type and size in pixels when the site made the
   * file (null and 0 for a publisher's picture named as it is).
   */
  record Image(String url, String type, int width, int height) {}

  /** The site's copy of the article's lead image at its widest, else the publisher's where the site names it. */
  static Image imageOf(Article a, TemplateHelpers h) {
    LeadImage own = h.image(a);
    if (own != null) {
      LeadImage.Variant v = own.largest();
      return new Image(h.absolute(v.path()), v.mediaType(), v.width(), v.height());
    }
    String url = h.previewImage(a);
    return url == null ? null : new Image(url, null, 0, 0);
  }

  /**
   * When {@code a} last changed as its publisher tells: its update, when later than its own
   * publication date, set back as far as that date was (a publisher's clock ahead of ours, a
   * scheduled post: the shown time is clamped to when the article was first seen); else the time it
   * is shown at. An update no later than the publication date (most feeds give the two alike) is no update.
   */
  static Instant lastChanged(Article a) {
    Instant time = a.effectiveTime();
    Instant updated = a.updated();
    if (updated == null || time == null || (a.published() != null && !updated.isAfter(a.published()))) {
      return time;
    }
    if (a.published() != null && a.published().isAfter(time)) {
      updated = updated.minus(java.time.Duration.between(time, a.published()));
    }
    return updated.isAfter(time) ? updated : time;
  }

  static Entry entryOf(Story.Item item, String pageUrl, TemplateHelpers h) {
    Article a = item.article();
    // "Published by …": named as a sentence names it.
    String attribution = h.attributionInText(a);
    Messages t = h.messages();
    // What the article page shows: the whole text (the page's, else the feed's) only where the
    // publisher allows it.
    String teaser = h.showsFullText(a) ? null : h.teaser(a);
    String body = teaser == null ? h.fullText(a) : null;
    String summary = body != null ? body : teaser == null ? (a.summaryHtml() == null ? "" : a.summaryHtml())
        : teaser.isEmpty() ? "" : "<p>" + Entities.escape(teaser) + "</p>";
    String original = a.url() == null ? "" : "<p><a href=\"" + Entities.escape(a.url()) + "\">"
        + Entities.escape(t.text(h.paywalled(a) ? "feed.readAtPaywall" : "feed.readAt", h.linkedSite(a))) + "</a></p>";
    // The article's own words in its language, the site's around them ("Published by", "Read the full story").
    String own = h.lang(a).isEmpty() || summary.isEmpty() ? summary
        : "<div lang=\"" + Entities.escape(h.lang(a)) + "\"" + (h.dirOf(a).isEmpty() ? "" : " dir=\"" + h.dirOf(a) + "\"")
            + ">" + summary + "</div>";
    String html = "<p>" + Entities.escape(t.text("feed.publishedBy", attribution)) + "</p>" + own + original;
    // Its section, then its tags: what a reader's client can file it under, each once whatever its case.
    Map<String, String> categories = new java.util.LinkedHashMap<>();
    if (a.section() != null) {
      categories.put(a.section().toLowerCase(java.util.Locale.ROOT), a.section());
    }
    a.tags().forEach(tag -> categories.putIfAbsent(tag.toLowerCase(java.util.Locale.ROOT), tag));
    return new Entry(pageUrl, a.title(), html, a.url() != null ? Urls.ascii(a.url()) : pageUrl, pageUrl, a.effectiveTime(),
        lastChanged(a), a.authors(), credit(a, h), List.copyOf(categories.values()), h.lang(a).isEmpty() ? null : h.lang(a),
        a.datedByPublisher(), imageOf(a, h), a.media());
  }

  /** Whom an entry credits without an author: its publisher, else its source, else the host standing in for one. */
  private static String credit(Article a, TemplateHelpers h) {
    for (String name : new String[] {h.publisher(a), h.sourceName(a.sourceId()), a.publisher()}) {
      if (name != null && !name.isBlank()) {
        return name;
      }
    }
    return h.messages().text("article.thePublisher");
  }

  byte[] rss(Channel channel, String selfPath) {
    return write(channel, selfPath, "rss_2.0");
  }

  byte[] atom(Channel channel, String selfPath) {
    return write(channel, selfPath, "atom_1.0");
  }

  private byte[] write(Channel channel, String selfPath, String type) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(type);
    feed.setTitle(channel.title());
    feed.setDescription(channel.description().isEmpty() ? channel.title() : channel.description());
    feed.setLink(helpers.absolute(channel.pagePath()));
    feed.setUri(helpers.absolute(channel.pagePath()));
    feed.setLanguage(config.language());
    SyndLink self = new SyndLinkImpl();
    self.setRel("self");
    self.setHref(helpers.absolute(selfPath));
    self.setType(type.startsWith("rss") ? "application/rss+xml" : "application/atom+xml");
    SyndLink alternate = new SyndLinkImpl();
    alternate.setRel("alternate");
    alternate.setHref(helpers.absolute(channel.pagePath()));
    alternate.setType("text/html");
    feed.setLinks(List.of(alternate, self));
    Instant updated = channel.updated();
    boolean rss = type.startsWith("rss");
    if (updated == null && !rss) {
      // Atom requires a date: a site with nothing in it yet (its first build) has none to give.
      updated = Instant.EPOCH;
    }
    if (updated != null && (!rss || !channel.entries().isEmpty())) {
      // The channel's pubDate in RSS, the feed's updated in Atom.
      feed.setPublishedDate(Date.from(updated));
    }
    List<SyndEntry> entries = new ArrayList<>();
    for (Entry e : channel.entries()) {
      SyndEntry entry = new SyndEntryImpl();
      entry.setTitle(e.title());
      entry.setLink(e.link());
      entry.setUri(e.id());
      if (e.time() != null) {
        // RSS writes the published date as pubDate, Atom as published: only a real one.
        entry.setPublishedDate(e.dated() ? Date.from(e.time()) : null);
        entry.setUpdatedDate(Date.from(e.updated()));
      }
      SyndContent content = new SyndContentImpl();
      content.setType("text/html");
      content.setValue(e.html());
      entry.setDescription(content);
      // RSS 2.0's own author element is an e-mail address: names go in dc:creator. An Atom entry
      // must name an author; without one Rome writes an empty name, which validators refuse.
      List<String> names = rss ? e.authors() : e.namedAuthors();
      if (!names.isEmpty()) {
        List<SyndPerson> people = new ArrayList<>();
        for (String name : names) {
          SyndPerson p = new SyndPersonImpl();
          p.setName(name);
          people.add(p);
        }
        entry.setAuthors(people);
        if (type.startsWith("rss")) {
          ((DCModule) entry.getModule(DCModule.URI)).setCreators(names);
        }
      }
      List<com.rometools.rome.feed.synd.SyndCategory> categories = new ArrayList<>();
      for (String c : e.categories()) {
        com.rometools.rome.feed.synd.SyndCategory cat = new com.rometools.rome.feed.synd.SyndCategoryImpl();
        cat.setName(c);
        categories.add(cat);
      }
      entry.setCategories(categories);
      if (e.media() != null) {
        // The sound or video itself, as podcast and video apps take it (RSS enclosure, Atom enclosure link).
        com.rometools.rome.feed.synd.SyndEnclosure enclosure = new com.rometools.rome.feed.synd.SyndEnclosureImpl();
        enclosure.setUrl(Urls.ascii(e.media().url()));
        enclosure.setType(e.media().typeOrGuess());
        enclosure.setLength(e.media().length() == null ? 0 : e.media().length());
        entry.setEnclosures(List.of(enclosure));
      }
      if (e.language() != null) {
        // The channel's language is the site's; an item in another says so (dc:language).
        ((DCModule) entry.getModule(DCModule.URI)).setLanguage(e.language());
      }
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      Document document = new SyndFeedOutput().outputJDom(feed);
      FeedMarkup.markupAsCdata(document.getRootElement());
      FeedMarkup.images(document.getRootElement(), channel.entries().stream().map(Entry::image).toList());
      if (rss) {
        FeedMarkup.selfLink(document.getRootElement().getChild("channel"), self.getHref(), self.getType());
        FeedMarkup.withoutDublinCoreCopies(document.getRootElement().getChild("channel"));
      } else {
        FeedMarkup.languages(document.getRootElement(), config.language(),
            channel.entries().stream().map(Entry::language).toList());
      }
      return new XMLOutputter(Format.getPrettyFormat()).outputString(document).getBytes(StandardCharsets.UTF_8);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write the " + type + " feed " + selfPath, e);
    }
  }

  byte[] json(Channel channel, String selfPath) {
    return JsonFeed.write(config, helpers, channel, selfPath);
  }
}
