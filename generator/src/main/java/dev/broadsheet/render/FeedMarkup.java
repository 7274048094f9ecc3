package dev.broadsheet.render;

import java.util.List;
import org.jdom2.Content;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.Text;
import org.jdom2.UncheckedJDOMFactory;

/** What {@link FeedWriter} adds to the XML Rome writes: what Rome leaves out, and CDATA for item HTML. */
final class FeedMarkup {
  /** Makes nodes without checking their text again: it comes from the store, cleaned where it entered. */
  private static final UncheckedJDOMFactory UNCHECKED = new UncheckedJDOMFactory();

  private FeedMarkup() {}

  /**
   * Adds the feed's own address to an RSS channel ({@code atom:link rel="self"}), by which readers
   * know where a feed they reached through a redirect lives: Rome writes a SyndFeed's links in Atom only.
   */
  static void selfLink(Element channel, String href, String type) {
    Namespace atom = Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    channel.getParentElement().addNamespaceDeclaration(atom);
    Element link = new Element("link", atom).setAttribute("href", href).setAttribute("rel", "self")
        .setAttribute("type", type);
    Element alternate = channel.getChild("link");
    channel.addContent(alternate == null ? 0 : channel.indexOf(alternate) + 1, link);
  }

  /**
   * Drops the Dublin Core copies Rome writes of what an RSS channel or item already says in RSS's
   * own elements ({@code dc:date} beside {@code pubDate}, {@code dc:language} beside {@code
   * language}): validators warn of the same thing said twice. An item's {@code dc:language}, which
   * RSS has no element for, and {@code dc:creator} stay.
   */
  static void withoutDublinCoreCopies(Element channel) {
    Namespace dc = Namespace.getNamespace("dc", "http://purl.org/dc/elements/1.1/");
    dropBeside(channel, "pubDate", "date", dc);
    dropBeside(channel, "language", "language", dc);
    for (Element item : channel.getChildren("item")) {
      dropBeside(item, "pubDate", "date", dc);
    }
  }

  private static void dropBeside(Element parent, String own, String copy, Namespace dc) {
    if (parent.getChild(own) != null) {
      parent.removeChildren(copy, dc);
    }
  }

  /**
   * Gives an Atom feed its language the way Atom readers look for it ({@code xml:lang}, beside the
   * Dublin Core element Rome writes), and the title of each entry in another language (null: the
   * feed's) its own: not the entry, whose content says in the site's language who published it
   * (its article's words carry {@code lang} in the HTML).
   */
  static void languages(Element feed, String language, List<String> entryLanguages) {
    feed.setAttribute("lang", language, Namespace.XML_NAMESPACE);
    List<Element> written = feed.getChildren("entry", feed.getNamespace());
    for (int i = 0; i < written.size() && i < entryLanguages.size(); i++) {
      if (entryLanguages.get(i) != null) {
        written.get(i).getChild("title", feed.getNamespace())
            .setAttribute("lang", entryLanguages.get(i), Namespace.XML_NAMESPACE);
      }
    }
  }

  /**
   * Writes the HTML of items (RSS descriptions, Atom summaries and contents) as CDATA sections, as
   * most publishers' feeds do: the same text to any XML reader, but written as it is instead of
   * with every {@code <} and {@code &} escaped, which was most of the cost of writing a site's feeds.
   */
  static void markupAsCdata(Element element) {
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

  /**
   * Gives each item with a lead image a Media RSS {@code media:content}, in RSS and Atom alike, which
   * feed readers show as its picture ({@code images}: each item's, in order, null for none). An RSS
   * enclosure would need the file's length in bytes, which a page kept from an earlier build does not know.
   */
  static void images(Element root, List<FeedWriter.Image> images) {
    boolean rss = root.getName().equals("rss");
    Element parent = rss ? root.getChild("channel") : root;
    List<Element> items = rss ? parent.getChildren("item") : parent.getChildren("entry", root.getNamespace());
    Namespace media = Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");
    boolean declared = false;
    for (int i = 0; i < items.size() && i < images.size(); i++) {
      FeedWriter.Image image = images.get(i);
      if (image == null) {
        continue;
      }
      if (!declared) {
        root.addNamespaceDeclaration(media);
        declared = true;
      }
      Element content = new Element("content", media).setAttribute("url", image.url()).setAttribute("medium", "image");
      if (image.type() != null) {
        content.setAttribute("type", image.type());
      }
      if (image.width() > 0) {
        content.setAttribute("width", Integer.toString(image.width()))
            .setAttribute("height", Integer.toString(image.height()));
      }
      items.get(i).addContent(content);
    }
  }
}
