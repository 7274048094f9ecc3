package dev.broadsheet.feed;

import java.util.Locale;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Text;
import org.jdom2.output.XMLOutputter;

/**
 * An item's or entry's texts as HTML, before they are cleaned: its summary and its full content,
 * each from whichever element of the format and its modules carries it, and Media RSS's title of
 * a video feed's item that has no other.
 */
final class EntryTexts {
  private final FeedDocument.Kind kind;
  private final RawEntry raw;
  private final Element item;

  EntryTexts(FeedDocument.Kind kind, RawEntry raw) {
    this.kind = kind;
    this.raw = raw;
    this.item = raw.element();
  }

  /**
   * The description (Atom: summary) as HTML, else another module's summary (Dublin Core's, RSS 1.0
   * feeds' own; a podcast's), else the full content (content:encoded, Atom content), else Media RSS's.
   */
  String summary() {
    String html = kind.atom() ? atomContent(own("summary")) : rssDescription();
    if (html == null || html.isBlank()) {
      html = plainSummary(RawEntry.first(item, "description", FeedDocument.DUBLIN_CORE));
    }
    if (html == null || html.isBlank()) {
      html = plainSummary(RawEntry.first(item, "summary", FeedDocument.ITUNES));
    }
    if (html == null || html.isBlank()) {
      html = content();
    }
    return html == null || html.isBlank() ? mediaDescription() : html;
  }

  private static String plainSummary(Element element) {
    String text = FeedDocument.text(element);
    return text == null || text.isBlank() ? null : "<p>" + org.jsoup.nodes.Entities.escape(text.strip()) + "</p>";
  }

  /** Media RSS's title, the item's or its group's: a video feed's items may have no other. */
  String mediaTitle() {
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
    // Else a picture's or a video's own description (a photo post says what the photo shows there).
    for (Element media : RawEntry.named(item, "content", MEDIA)) {
      description = description != null ? description : RawEntry.first(media, "description", MEDIA);
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
  String content() {
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

  private Element own(String name) {
    return FeedDocument.child(item, name);
  }
}
