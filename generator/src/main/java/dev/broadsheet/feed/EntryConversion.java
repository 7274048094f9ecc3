package dev.broadsheet.feed;

import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.base.XmlRecords;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Text;
import org.jdom2.output.XMLOutputter;

/**
 * Turns one item or entry element into a {@link FeedEntry}: its text, summary, people, categories
 * and publisher here; links, dates and images through {@link RawEntry}. Which element means what
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
    String rawHtml = rawSummary();
    String summary = sanitizer.sanitize(rawHtml, contentBase != null ? contentBase : link);
    String title = kind.atom() ? FeedDocument.plainText(own("title")) : HtmlSanitizer.text(text("title"));
    if (title.isEmpty()) {
      title = HtmlSanitizer.text(mediaTitle());
    }
    if (title.isEmpty() && !summary.isEmpty()) {
      title = TitleFallback.fromSummary(summary);
    }
    Instant published = raw.published(warnings);
    Instant updated = raw.updated(warnings);
    String image = raw.image();
    String content = rawContent();
    // The first picture of the text: the summary's, else the full content's.
    for (String html : java.util.Arrays.asList(rawHtml, content)) {
      image = image != null ? image : FeedDocument.firstImage(html, contentBase != null ? contentBase : link);
    }
    String contentHtml = content == null || content.isBlank() || content.equals(rawHtml) ? null
        : sanitizer.sanitize(content, contentBase != null ? contentBase : link);
    return XmlRecords.cleaned(new FeedEntry(guid(link), link, title, summary, authors(), categories(),
        published != null ? published : updated, updated, image, originalPublisher(), language(), contentHtml));
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

  /**
   * The description (Atom: summary) as HTML, else another module's summary (Dublin Core's, RSS 1.0
   * feeds' own; a podcast's), else the full content (content:encoded, Atom content), else Media RSS's.
   */
  private String rawSummary() {
    String html = kind.atom() ? atomContent(own("summary")) : rssDescription();
    if (html == null || html.isBlank()) {
      html = plainSummary(RawEntry.first(item, "description", FeedDocument.DUBLIN_CORE));
    }
    if (html == null || html.isBlank()) {
      html = plainSummary(RawEntry.first(item, "summary", FeedDocument.ITUNES));
    }
    if (html == null || html.isBlank()) {
      html = rawContent();
    }
    return html == null || html.isBlank() ? mediaDescription() : html;
  }

  private static String plainSummary(Element element) {
    String text = FeedDocument.text(element);
    return text == null || text.isBlank() ? null : "<p>" + org.jsoup.nodes.Entities.escape(text.strip()) + "</p>";
  }

  /** Media RSS's title, the item's or its group's: a video feed's items may have no other. */
  private String mediaTitle() {
    Element title = RawEntry.first(item, "title", MEDIA);
    for (Element group : RawEntry.named(item, "group", MEDIA)) {
      title = title != null ? title : RawEntry.first(group, "title", MEDIA);
    }
    return title == null ? "" : title.getText();
  }

  private static final org.jdom2.Namespace MEDIA = org.jdom2.Namespace.getNamespace("http://search.yahoo.com/mrss/");

  /**
   * Media RSS's description, the item's or its group's: the only summary a video feed (YouTube's)
   * gives. Plain text unless it says it is HTML, its blank lines parting paragraphs.
   */
  private String mediaDescription() {
    Element description = RawEntry.first(item, "description", MEDIA);
    for (Element group : RawEntry.named(item, "group", MEDIA)) {
      description = description != null ? description : RawEntry.first(group, "description", MEDIA);
    }
    if (description == null || description.getTextTrim().isEmpty()) {
      return null;
    }
    if ("html".equalsIgnoreCase(description.getAttributeValue("type", "plain"))) {
      return description.getText();
    }
    StringBuilder html = new StringBuilder();
    for (String paragraph : description.getText().strip().split("\\n\\s*\\n")) {
      html.append("<p>").append(String.join("<br>", paragraph.strip().lines()
          .map(org.jsoup.nodes.Entities::escape).toList())).append("</p>");
    }
    return html.toString();
  }

  /** The full content (content:encoded, Atom content, else an RSS item's xhtml:body) as HTML, or null; read once. */
  private String rawContent() {
    if (!contentRead) {
      content = readContent();
      contentRead = true;
    }
    return content;
  }

  private boolean contentRead;
  private String content;

  private String readContent() {
    if (kind.atom()) {
      return atomContent(own("content"));
    }
    String encoded = FeedDocument.text(RawEntry.first(item, "encoded",
        org.jdom2.Namespace.getNamespace("http://purl.org/rss/1.0/modules/content/")));
    if (encoded != null && !encoded.isBlank()) {
      return encoded;
    }
    // The XHTML module's body: the item's text as markup, not escaped (feeds of some blog engines carry no other).
    Element body = RawEntry.first(item, "body", org.jdom2.Namespace.getNamespace("http://www.w3.org/1999/xhtml"));
    return body == null ? encoded : FeedDocument.xhtml(body.getContent(), raw.documentBase());
  }

  /**
   * RSS 0.90, 0.91 and 1.0 descriptions are plain text; 0.92 on HTML, unless 0.93's type says
   * otherwise. Markup written into the description unescaped is kept as markup.
   */
  private String rssDescription() {
    Element description = own("description");
    if (description == null) {
      return null;
    }
    StringBuilder html = new StringBuilder();
    for (Content part : description.getContent()) {
      if (part instanceof Element element) {
        html.append(new XMLOutputter().outputString(element));
      } else if (part instanceof Text text) {
        html.append(text.getText());
      }
    }
    String type = kind.rssFrom("0.92") ? description.getAttributeValue("type", "text/html") : "text/plain";
    return asHtml(html.toString(), type);
  }

  /** Atom's summary or content: type text (Atom 0.3: text/plain, its default) is escaped, any other is HTML. */
  private String atomContent(Element content) {
    if (content == null || content.getAttribute("src") != null) {
      return null;
    }
    boolean atom03 = kind.version().equals("0.3");
    String type = content.getAttributeValue("type", atom03 ? "text/plain" : "");
    return asHtml(FeedDocument.isPlainText(content) ? content.getText() : FeedDocument.textConstruct(content,
        raw.documentBase()), type);
  }


  private static String asHtml(String value, String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (value != null && ("text".equals(t) || "text/plain".equals(t))) {
      return "<p>" + org.jsoup.nodes.Entities.escape(value) + "</p>";
    }
    return value;
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
    String name = HtmlSanitizer.text(rawName);
    // RSS <author> is formally an e-mail address: "jo@example.org (Jo Bloggs)" shows as "Jo Bloggs".
    int open = name.indexOf('(');
    if (name.contains("@") && open >= 0 && name.endsWith(")")) {
      name = name.substring(open + 1, name.length() - 1).strip();
    }
    if (!name.isEmpty() && !name.contains("@")) {
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
    String name = HtmlSanitizer.text(value);
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
