package dev.broadsheet.feed;

import dev.broadsheet.base.DateParser;
import dev.broadsheet.base.Urls;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Content;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * One item or entry element, for what takes more than a child's text: xml:base on any ancestor,
 * relative links, every date element under any of its usual names, and lead images from Media
 * RSS, enclosures and iTunes.
 *
 * @param element the item or entry element
 * @param documentBase the URL of the document, or null
 * @param zone the zone for dates that give none
 */
record RawEntry(Element element, String documentBase, ZoneId zone) {
  private static final List<String> PUBLISHED = List.of("pubDate", "published", "issued", "date", "created");
  private static final List<String> UPDATED = List.of("updated", "modified");
  private static final Namespace FEEDBURNER = Namespace.getNamespace("http://rssnamespace.org/feedburner/ext/1.0");

  static List<RawEntry> all(Document document, String documentBase, ZoneId zone) {
    Element root = document.getRootElement();
    List<Element> items = new ArrayList<>();
    switch (root.getName()) {
      case "feed" -> items.addAll(named(root, "entry", null));
      case "rss" -> {
        for (Element channel : named(root, "channel", null)) {
          items.addAll(named(channel, "item", null));
        }
        items.addAll(named(root, "item", null));
      }
      default -> items.addAll(named(root, "item", null));
    }
    List<RawEntry> result = new ArrayList<>();
    for (Element item : items) {
      result.add(new RawEntry(item, documentBase, zone));
    }
    return result;
  }

  /** The effective base URL of {@code el}: every safe xml:base from the root down, resolved in turn. */
  static String baseOf(Element el, String documentBase) {
    List<String> bases = new ArrayList<>();
    for (Element e = el; e != null; e = e.getParentElement()) {
      String b = e.getAttributeValue("base", Namespace.XML_NAMESPACE);
      if (b != null) {
        bases.add(0, b);
      }
    }
    String base = documentBase;
    for (String b : bases) {
      String resolved = Urls.resolve(base, b);
      if (resolved != null) {
        base = resolved;
      }
    }
    return base;
  }

  String base() {
    return baseOf(element, documentBase);
  }

  /**
   * The link the item gives that is no web address ({@code javascript:…}, {@code ftp://…}, an
   * address without a host), as written, when {@link #link} found none for that reason; else null.
   */
  String refusedLink() {
    if (link() != null) {
      return null;
    }
    if ("entry".equals(element.getName())) {
      Element alternate = alternate(element);
      String href = alternate == null ? null : alternate.getAttributeValue("href");
      return href == null || href.isBlank() ? null : href.strip();
    }
    for (Element link : named(element, "link", null)) {
      if (link.getNamespace().equals(element.getNamespace()) && !link.getTextTrim().isEmpty()) {
        return link.getTextTrim();
      }
    }
    return null;
  }

  /** The article link, absolute: Atom's alternate link, RSS's link, or a permalink GUID. */
  String link() {
    // A feed served through FeedBurner links each item to a redirect through its own host and
    // gives the article's address beside it: that is the article's link (where it is read, what
    // a pick names, what its id is made from).
    Element original = first(element, "origLink", FEEDBURNER);
    if (original != null) {
      String address = original.getTextTrim();
      if (address.startsWith("http://") || address.startsWith("https://")) {
        return address;
      }
    }
    boolean atom = "entry".equals(element.getName());
    if (atom) {
      Element alternate = alternate(element);
      if (alternate != null) {
        return Urls.resolve(baseOf(alternate, documentBase), alternate.getAttributeValue("href"));
      }
    }
    for (Element link : named(element, "link", null)) {
      if (!atom && link.getNamespace().equals(element.getNamespace()) && !link.getTextTrim().isEmpty()) {
        return Urls.resolve(baseOf(link, documentBase), link.getTextTrim());
      }
    }
    for (Element guid : named(element, "guid", null)) {
      if (!"false".equalsIgnoreCase(guid.getAttributeValue("isPermaLink", "true"))) {
        String g = guid.getTextTrim();
        if (g.startsWith("http://") || g.startsWith("https://")) {
          return g;
        }
      }
    }
    return null;
  }

  /**
   * An Atom entry's or feed's alternate link (no rel, "alternate" or its registry URI, RFC 4287
   * 4.2.7.2): the first a page is read at (an HTML or untyped one) before one of another type
   * (a PDF of the same story); null without one.
   */
  static Element alternate(Element parent) {
    Element other = null;
    for (Element link : named(parent, "link", parent.getNamespace())) {
      String rel = link.getAttributeValue("rel", "alternate").strip();
      if (link.getAttributeValue("href") == null
          || !(rel.equals("alternate") || rel.equals("http://www.iana.org/assignments/relation/alternate"))) {
        continue;
      }
      String type = link.getAttributeValue("type", "").strip().toLowerCase(Locale.ROOT);
      if (type.isEmpty() || type.startsWith("text/html") || type.startsWith("application/xhtml+xml")) {
        return link;
      }
      other = other == null ? link : other;
    }
    return other;
  }

  /** The base that the entry's content, summary or description resolves against. */
  String contentBase() {
    for (String name : List.of("content", "summary", "description", "encoded", "body")) {
      for (Element e : named(element, name, null)) {
        return baseOf(e, documentBase);
      }
    }
    return base();
  }

  /** " of the item 'headline'" (or its link), for a warning about it; empty when it has neither. */
  private String itemNamed() {
    for (String name : List.of("title", "link", "guid", "id")) {
      for (Element e : named(element, name, null)) {
        String text = e.getTextTrim().isEmpty() ? e.getAttributeValue("href", "").strip() : e.getTextTrim();
        if (!text.isEmpty()) {
          if (text.length() > 80) {
            text = dev.broadsheet.base.TextCuts.shortened(text, 79);
          }
          return " of the item '" + text + "'";
        }
      }
    }
    return "";
  }

  /** A date the entry gives, and whether it gave no time of day (read as that day's noon). */
  record Dated(Instant instant, boolean dayOnly) {}

  Dated published(List<String> warnings) {
    return firstDate(PUBLISHED, warnings);
  }

  Dated updated(List<String> warnings) {
    return firstDate(UPDATED, warnings);
  }

  private Dated firstDate(List<String> names, List<String> warnings) {
    for (String name : names) {
      for (Element e : named(element, name, null)) {
        String text = e.getTextTrim();
        if (text.isEmpty()) {
          continue;
        }
        var parsed = DateParser.parse(text, zone);
        if (parsed.isPresent()) {
          return new Dated(parsed.get(), DateParser.withoutTime(text));
        }
        warnings.add("unreadable date '" + text + "' in <" + e.getQualifiedName() + ">" + itemNamed()
            + "; using the first-seen time");
      }
    }
    return null;
  }

  /** The sound or video the item is ({@link EntryMedia}), or null. */
  dev.broadsheet.store.Media media() {
    return EntryMedia.of(element, base(), documentBase);
  }

  /**
   * A lead image: Media RSS (the default of a group first, a thumbnail of the item, then of a
   * group), then an image enclosure, then iTunes.
   */
  String image() {
    String base = base();
    for (Element group : named(element, "group", null)) {
      String best = null;
      for (Element c : named(group, "content", null)) {
        if (isImage(c) && c.getAttributeValue("url") != null) {
          if ("true".equals(c.getAttributeValue("isDefault")) || best == null) {
            best = c.getAttributeValue("url");
          }
        }
      }
      if (best != null) {
        return Urls.resolve(base, best);
      }
    }
    for (Element c : named(element, "content", null)) {
      if (c.getAttributeValue("url") != null && isImage(c)) {
        return Urls.resolve(base, c.getAttributeValue("url"));
      }
    }
    for (Element t : named(element, "thumbnail", null)) {
      if (t.getAttributeValue("url") != null) {
        return Urls.resolve(base, t.getAttributeValue("url"));
      }
    }
    // A video's or a sound's still: the thumbnail inside its media:content.
    for (Element c : named(element, "content", null)) {
      for (Element t : named(c, "thumbnail", null)) {
        if (t.getAttributeValue("url") != null) {
          return Urls.resolve(base, t.getAttributeValue("url"));
        }
      }
    }
    // A video feed's (YouTube's) only picture: its group's thumbnail.
    for (Element group : named(element, "group", null)) {
      for (Element t : named(group, "thumbnail", null)) {
        if (t.getAttributeValue("url") != null) {
          return Urls.resolve(base, t.getAttributeValue("url"));
        }
      }
    }
    for (Element enc : named(element, "enclosure", null)) {
      if (enc.getAttributeValue("type", "").toLowerCase(Locale.ROOT).startsWith("image/")) {
        return Urls.resolve(base, enc.getAttributeValue("url"));
      }
    }
    for (Element link : named(element, "link", null)) {
      if ("enclosure".equals(link.getAttributeValue("rel"))
          && link.getAttributeValue("type", "").toLowerCase(Locale.ROOT).startsWith("image/")) {
        return Urls.resolve(baseOf(link, documentBase), link.getAttributeValue("href"));
      }
    }
    for (Element image : named(element, "image", null)) {
      String href = image.getAttributeValue("href");
      if (href != null) {
        return Urls.resolve(base, href);
      }
    }
    return null;
  }

  private static boolean isImage(Element media) {
    String medium = media.getAttributeValue("medium", "");
    String type = media.getAttributeValue("type", "").toLowerCase(Locale.ROOT);
    return "image".equals(medium) || type.startsWith("image/");
  }

  /** The first child of {@code parent} with {@code localName} in {@code namespace}, or null. */
  static Element first(Element parent, String localName, Namespace namespace) {
    return named(parent, localName, namespace).stream().findFirst().orElse(null);
  }

  /**
   * The children of {@code parent} with {@code localName} in {@code namespace} (any, when null).
   * It walks the content list itself: JDOM's filtered child lists cost more than the rest of the
   * reading on a long feed.
   */
  static List<Element> named(Element parent, String localName, Namespace namespace) {
    List<Element> found = new ArrayList<>(2);
    for (Content content : parent.getContent()) {
      if (content instanceof Element e && e.getName().equals(localName)
          && (namespace == null || e.getNamespaceURI().equals(namespace.getURI()))) {
        found.add(e);
      }
    }
    return found;
  }
}
