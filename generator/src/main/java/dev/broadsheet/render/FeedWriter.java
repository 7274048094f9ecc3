package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
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
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.curate.Story;
import dev.broadsheet.store.Article;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Text;
import org.jdom2.UncheckedJDOMFactory;
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
  /** Makes nodes without checking their text again: it comes from the store, cleaned where it entered. */
  private static final UncheckedJDOMFactory UNCHECKED = new UncheckedJDOMFactory();

  private final SiteConfig config;
  private final TemplateHelpers helpers;

  FeedWriter(SiteConfig config, TemplateHelpers helpers) {
    this.config = config;
    this.helpers = helpers;
  }

  /** One feed's items: a title, the page it belongs to, and its entries, newest first. */
  record Channel(String title, String description, String pagePath, List<Entry> entries) {}

  /**
   * One item: its title, HTML content, links, time and authors, and whom an Atom entry names as
   * its author when it has none ({@code credit}: the publisher; Atom requires a named author).
   * {@code language} is its article's when that is not the site's, else null. {@code dated} says
   * whether {@code time} is when it was published: an undated article's is when it was first seen,
   * which orders the feed and is its Atom update time but is never given as a publication date.
   */
  record Entry(String id, String title, String html, String link, String pageUrl, Instant time, List<String> authors,
      String credit, List<String> categories, String language, boolean dated) {

    /** A dated item in the site's language. */
    Entry(String id, String title, String html, String link, String pageUrl, Instant time, List<String> authors,
        String credit, List<String> categories) {
      this(id, title, html, link, pageUrl, time, authors, credit, categories, null, true);
    }
  }

  static Entry entryOf(Story.Item item, String pageUrl, TemplateHelpers h) {
    Article a = item.article();
    String attribution = h.attribution(a);
    Messages t = h.messages();
    // What the article page shows: the whole text (the page's, else the feed's) only where the
    // publisher allows it.
    String teaser = h.showsFullText(a) ? null : h.teaser(a);
    String body = teaser == null ? h.fullText(a) : null;
    String summary = body != null ? body : teaser == null ? (a.summaryHtml() == null ? "" : a.summaryHtml())
        : teaser.isEmpty() ? "" : "<p>" + Entities.escape(teaser) + "</p>";
    String original = a.url() == null ? "" : "<p><a href=\"" + Entities.escape(a.url()) + "\">"
        + Entities.escape(t.text("feed.readAt", h.linkedSite(a))) + "</a></p>";
    String html = "<p>" + Entities.escape(t.text("feed.publishedBy", attribution)) + "</p>" + summary + original;
    List<String> categories = new ArrayList<>();
    if (a.section() != null) {
      categories.add(a.section());
    }
    return new Entry(pageUrl, a.title(), html, a.url() != null ? a.url() : pageUrl, pageUrl, a.effectiveTime(),
        a.authors(), credit(a, h), categories, h.lang(a).isEmpty() ? null : h.lang(a), a.datedByPublisher());
  }

  /**
   * {@code entry} with the editor's note ahead of it, labelled: a reader of the site's feed sees
   * why the story was picked, as on the site, in the editions feed and in the newsletter.
   */
  static Entry withNote(Entry entry, String noteHtml, Messages t) {
    if (noteHtml == null || noteHtml.isBlank()) {
      return entry;
    }
    String note = "<blockquote><p><strong>" + Entities.escape(t.text("note.label")) + "</strong></p>" + noteHtml
        + "</blockquote>";
    return new Entry(entry.id(), entry.title(), note + entry.html(), entry.link(), entry.pageUrl(), entry.time(),
        entry.authors(), entry.credit(), entry.categories(), entry.language(), entry.dated());
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
    Instant newest = channel.entries().stream().map(Entry::time).filter(t -> t != null).max(Instant::compareTo)
        .orElse(Instant.EPOCH);
    feed.setPublishedDate(Date.from(newest));
    List<SyndEntry> entries = new ArrayList<>();
    for (Entry e : channel.entries()) {
      SyndEntry entry = new SyndEntryImpl();
      entry.setTitle(e.title());
      entry.setLink(e.link());
      entry.setUri(e.id());
      if (e.time() != null) {
        // RSS writes the published date as pubDate, Atom as published: only a real one.
        entry.setPublishedDate(e.dated() ? Date.from(e.time()) : null);
        entry.setUpdatedDate(Date.from(e.time()));
      }
      SyndContent content = new SyndContentImpl();
      content.setType("text/html");
      content.setValue(e.html());
      entry.setDescription(content);
      // RSS 2.0's own author element is an e-mail address: names go in dc:creator. An Atom entry
      // must name an author; without one Rome writes an empty name, which validators refuse.
      List<String> names = !e.authors().isEmpty() || type.startsWith("rss") || e.credit() == null ? e.authors()
          : List.of(e.credit());
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
      if (e.language() != null) {
        // The channel's language is the site's; an item in another says so (dc:language).
        ((DCModule) entry.getModule(DCModule.URI)).setLanguage(e.language());
      }
      entries.add(entry);
    }
    feed.setEntries(entries);
    try {
      Document document = new SyndFeedOutput().outputJDom(feed);
      markupAsCdata(document.getRootElement());
      return new XMLOutputter(Format.getPrettyFormat()).outputString(document).getBytes(StandardCharsets.UTF_8);
    } catch (FeedException e) {
      throw new IllegalStateException("Rome could not write the " + type + " feed " + selfPath, e);
    }
  }

  /**
   * Writes the HTML of items (RSS descriptions, Atom summaries and contents) as CDATA sections, as
   * most publishers' feeds do: the same text to any XML reader, but written as it is instead of
   * with every {@code <} and {@code &} escaped, which was most of the cost of writing a site's feeds.
   */
  private static void markupAsCdata(Element element) {
    for (Element child : element.getChildren()) {
      String name = child.getName();
      if ((name.equals("description") || name.equals("summary") || name.equals("content"))
          && child.getContentSize() == 1 && child.getContent(0) instanceof Text text
          && text.getCType() == Content.CType.Text) {
        String value = text.getText();
        // A CDATA section cannot hold its own end marker; such a text stays escaped.
        if ((value.indexOf('<') >= 0 || value.indexOf('&') >= 0) && !value.contains("]]>")) {
          child.setContent(UNCHECKED.cdata(value));
        }
      } else {
        markupAsCdata(child);
      }
    }
  }

  private static Map<String, Object> author(String name) {
    Map<String, Object> author = new LinkedHashMap<>();
    author.put("name", name);
    return author;
  }

  byte[] json(Channel channel, String selfPath) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("version", "https://jsonfeed.org/version/1.1");
    doc.put("title", channel.title());
    doc.put("home_page_url", helpers.absolute(channel.pagePath()));
    doc.put("feed_url", helpers.absolute(selfPath));
    if (!channel.description().isEmpty()) {
      doc.put("description", channel.description());
    }
    doc.put("language", config.language());
    List<Map<String, Object>> items = new ArrayList<>();
    for (Entry e : channel.entries()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", e.id());
      item.put("url", e.pageUrl());
      item.put("external_url", e.link());
      item.put("title", e.title());
      item.put("content_html", e.html());
      if (e.time() != null && e.dated()) {
        item.put("date_published", e.time().toString());
      }
      if (!e.authors().isEmpty()) {
        // Ordered maps throughout: the order of Map.of differs from one JVM to the next.
        item.put("authors", e.authors().stream().map(FeedWriter::author).toList());
      }
      if (!e.categories().isEmpty()) {
        item.put("tags", e.categories());
      }
      if (e.language() != null) {
        item.put("language", e.language());
      }
      items.add(item);
    }
    doc.put("items", items);
    try {
      return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON feed", e);
    }
  }
}
