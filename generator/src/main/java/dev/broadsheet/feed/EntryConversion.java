package dev.broadsheet.feed;

import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.base.XmlRecords;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jdom2.Element;

/**
 * Turns one item or entry element into a {@link FeedEntry}: its title, people, categories, language
 * and publisher here; its summary and content through {@link EntryTexts}; links, dates and images
 * through {@link RawEntry}. Which element means what
 * follows the format ({@link FeedDocument.Kind}), as Rome read it before, so article ids and
 * summaries stay as they were.
 */
final class EntryConversion {
  private final HtmlSanitizer sanitizer;
  private final FeedDocument.Kind kind;
  private final RawEntry raw;
  private final Element item;

  EntryConversion(HtmlSanitizer sanitizer, FeedDocument.Kind kind, RawEntry raw) {
    this.sanitizer = sanitizer;
    this.kind = kind;
    this.raw = raw;
    this.item = raw.element();
  }

  /** The entry as read; one with nothing to show is still reported, the mapper drops it. */
  FeedEntry convert(List<String> warnings) {
    String link = raw.link();
    String contentBase = raw.contentBase();
    EntryTexts texts = new EntryTexts(kind, raw);
    // What the item's relative links resolve against.
    String base = contentBase != null ? contentBase : link;
    String rawHtml = texts.summary();
    String summary = withoutCommentsLink(sanitizer.sanitize(rawHtml, base), kind.atom() ? null : text("comments"), base);
    String title = kind.atom() ? FeedDocument.plainText(own("title")) : HtmlSanitizer.headlineText(text("title"));
    if (title.isEmpty()) {
      title = HtmlSanitizer.text(texts.mediaTitle());
    }
    if (title.isEmpty()) {
      title = TitleFallback.of(summary, rawHtml, link);
    }
    RawEntry.Dated published = raw.published(warnings);
    RawEntry.Dated updated = raw.updated(warnings);
    RawEntry.Dated dated = published != null ? published : updated;
    String image = raw.image();
    String content = texts.content();
    // The first picture of the text: the summary's, else the full content's.
    for (String html : java.util.Arrays.asList(rawHtml, content)) {
      image = image != null ? image : FeedDocument.firstImage(html, base);
    }
    String contentHtml = content == null || content.isBlank() || content.equals(rawHtml) ? null
        : sanitizer.sanitize(content, base);
    return XmlRecords.cleaned(new FeedEntry(guid(link), link, title, summary, authors(), categories(),
        dated == null ? null : dated.instant(), updated == null ? null : updated.instant(), image, originalPublisher(),
        language(), contentHtml, dated != null && dated.dayOnly(), raw.media()));
  }

  /**
   * {@code summary}, or nothing when all it says is a link to the item's discussion page (RSS
   * {@code <comments>}): an aggregator's "Comments" is no summary of the article, and its words
   * would be read as the story's.
   */
  private static String withoutCommentsLink(String summary, String comments, String base) {
    if (comments == null || comments.isBlank() || summary.isEmpty() || summary.indexOf("<a") < 0) {
      return summary;
    }
    String discussion = HtmlSanitizer.absolute(base, comments.strip());
    org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(summary).body();
    boolean linked = false;
    for (org.jsoup.nodes.Element a : body.select("a[href]")) {
      if (a.attr("href").equals(discussion)) {
        a.remove();
        linked = true;
      }
    }
    return linked && body.text().isBlank() ? "" : summary;
  }

  /**
   * The language the item is written in: what is said nearest to it wins. The item's own xml:lang
   * or dc:language, then xml:lang on what encloses it, the channel's language (RSS: its
   * {@code <language>} or dc:language) before the xml:lang of the document around the channel.
   * An empty xml:lang says the language is unknown.
   */
  private String language() {
    Element parent = item.getParentElement();
    Element channel = kind.atom() || parent == null ? null
        : parent.getName().equals("channel") ? parent : RawEntry.first(parent, "channel", null);
    // RSS 1.0 (and items strayed out of an RSS 2.0 channel): the channel is a sibling, and speaks
    // before the xml:lang of the element around both.
    boolean sibling = channel != null && channel != parent;
    for (Element e = item; e != null; e = e.getParentElement()) {
      if (sibling && e == channel.getParentElement() && stated(channel) != null) {
        return stated(channel);
      }
      String lang = e.getAttributeValue("lang", org.jdom2.Namespace.XML_NAMESPACE);
      if (lang != null) {
        return LanguageTags.of(lang);
      }
      String stated = e == item ? LanguageTags.of(FeedDocument.text(RawEntry.first(item, "language",
          FeedDocument.DUBLIN_CORE))) : e == channel ? stated(channel) : null;
      if (stated != null) {
        return stated;
      }
    }
    return null;
  }

  /** What a channel says of its language: its {@code <language>}, else its dc:language. */
  private static String stated(Element channel) {
    String own = LanguageTags.of(FeedDocument.text(FeedDocument.child(channel, "language")));
    return own != null ? own
        : LanguageTags.of(FeedDocument.text(RawEntry.first(channel, "language", FeedDocument.DUBLIN_CORE)));
  }

  /**
   * The item's own id: Atom's id, RSS 0.94/2.0's guid, RSS 1.0's rdf:about; without one, its link
   * (RSS as written, Atom resolved).
   */
  private String guid(String link) {
    String id = kind.atom() ? text("id") : kind.rssFrom("0.94") ? text("guid") : null;
    if (id == null && kind.version().equals("1.0") && !kind.atom()) {
      id = item.getAttributeValue("about", org.jdom2.Namespace.getNamespace("rdf",
          "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
    }
    if (id == null) {
      id = kind.atom() ? link : text("link");
    }
    return id == null || id.isBlank() ? null : id.strip();
  }

  /** Atom authors, then Dublin Core creators, then RSS 0.94/2.0's author. */
  private List<String> authors() {
    Set<String> names = new LinkedHashSet<>();
    if (kind.atom()) {
      atomAuthors(item, names);
    }
    RawEntry.named(item, "creator", FeedDocument.DUBLIN_CORE).forEach(c -> addName(names, c.getText()));
    if (kind.rssFrom("0.94")) {
      addName(names, text("author"));
    }
    if (kind.atom() && names.isEmpty()) {
      // An entry that names no author has its source's, else its feed's (RFC 4287 4.2.1).
      atomAuthors(own("source"), names);
      if (names.isEmpty()) {
        atomAuthors(item.getParentElement(), names);
      }
    }
    if (names.isEmpty()) {
      // A podcast's or a video channel's item names its author only in the iTunes namespace.
      RawEntry.named(item, "author", FeedDocument.ITUNES).forEach(c -> addName(names, c.getText()));
    }
    return List.copyOf(names);
  }

  private void atomAuthors(Element from, Set<String> names) {
    if (from != null) {
      for (Element author : RawEntry.named(from, "author", item.getNamespace())) {
        addName(names, FeedDocument.text(FeedDocument.child(author, "name")));
      }
    }
  }

  private static void addName(Set<String> names, String rawName) {
    String name = AuthorNames.of(HtmlSanitizer.text(rawName));
    if (name != null) {
      names.add(name);
    }
  }

  /** Atom 1.0 category terms, RSS 0.92 on categories. */
  private List<String> categories() {
    Set<String> names = new LinkedHashSet<>();
    if (kind.atom() && kind.version().equals("1.0")) {
      // The term, not the label: real feeds that give both use the label for the kind of category
      // (the USGS's label="Magnitude" term="Magnitude 2"), which as a tag would file every item alike.
      RawEntry.named(item, "category", item.getNamespace()).forEach(c -> addTag(names, c.getAttributeValue("term")));
    } else if (kind.rssFrom("0.92")) {
      RawEntry.named(item, "category", item.getNamespace()).forEach(c -> addTag(names, c.getText()));
    }
    // Dublin Core subjects: RSS 1.0's only way to tag an item, and used beside categories too.
    RawEntry.named(item, "subject", FeedDocument.DUBLIN_CORE).forEach(c -> addText(names, c.getText()));
    return List.copyOf(names);
  }

  /**
   * A category as a tag, but for one that is an address: a machine's marker of what kind of entry
   * it is (YouTube's "http://gdata.youtube.com/schemas/2007#video"), which no reader follows as a topic.
   */
  private static void addTag(Set<String> names, String value) {
    if (value == null || !ADDRESS.matcher(value.strip()).lookingAt()) {
      addText(names, value);
    }
  }

  private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("(?i)(?:https?|urn|tag):\\S+$");

  private static void addText(Set<String> names, String value) {
    // Read as a headline is: "C++ <templates>" or "<dialog>" is text, not a tag to strip (markup is
    // what is closed again), so a category about it keeps its name.
    String name = HtmlSanitizer.headlineText(value);
    if (!name.isEmpty()) {
      names.add(name);
    }
  }

  /** Who published the item first: RSS 0.92+'s source, Atom's source title, else dc:publisher. */
  private String originalPublisher() {
    Element source = own("source");
    String name = source == null ? null : kind.atom() ? FeedDocument.plainText(FeedDocument.child(source, "title"))
        : kind.rssFrom("0.92") ? HtmlSanitizer.text(source.getText()) : null;
    if (name == null || name.isBlank()) {
      name = HtmlSanitizer.text(FeedDocument.text(RawEntry.first(item, "publisher", FeedDocument.DUBLIN_CORE)));
    }
    return name == null || name.isBlank() ? null : name;
  }

  private Element own(String name) {
    return FeedDocument.child(item, name);
  }

  private String text(String name) {
    return FeedDocument.text(own(name));
  }
}
