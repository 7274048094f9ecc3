package dev.broadsheet.feed;

import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.Urls;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Base64;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.XMLOutputter;

/**
 * Reads a parsed RSS (0.90, 0.91 to 0.94, 1.0, 2.0) or Atom (0.3, 1.0) document in one walk of
 * its tree: the format, the feed's title and home page, and every item through {@link
 * EntryConversion}. This replaced Rome's reading, which built a second model of every entry
 * (parsing every date with its own, discarded parser) that then had to be matched back to the
 * elements by position.
 */
final class FeedDocument {
  static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  static final String ATOM_03 = "http://purl.org/atom/ns#";
  private static final String RSS_10 = "http://purl.org/rss/1.0/";
  private static final String RSS_090 = "http://my.netscape.com/rdf/simple/0.9/";
  static final Namespace DUBLIN_CORE = Namespace.getNamespace("http://purl.org/dc/elements/1.1/");
  static final Namespace ITUNES = Namespace.getNamespace("http://www.itunes.com/dtds/podcast-1.0.dtd");
  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  /** The kind of document: which elements mean what, and which version of the kind. */
  record Kind(boolean atom, String version) {
    /** RSS 0.94 and 2.0 have {@code guid} and {@code author}; 0.92 on add {@code category} and {@code source}. */
    boolean rssFrom(String oldest) {
      return !atom && !version.equals("0.9") && !version.equals("1.0") && version.compareTo(oldest) >= 0;
    }

    String displayName() {
      return (atom ? "Atom " : "RSS ") + ("0.91".equals(version) ? "0.91U" : version);
    }
  }

  private FeedDocument() {}

  /** The kind of {@code root}; RSS in a namespace is read as plain RSS, an unknown version as 2.0. */
  static Kind kind(Element root, List<String> warnings) throws FeedException {
    String ns = root.getNamespaceURI();
    switch (root.getName()) {
      case "rss" -> {
        if (!ns.isEmpty()) {
          warnings.add("read RSS in the namespace " + ns + " as plain RSS");
        }
        String version = root.getAttributeValue("version", "2.0").strip();
        if (!RSS_VERSIONS.contains(version)) {
          warnings.add("unknown RSS version '" + version + "'; read as RSS 2.0");
        }
        return new Kind(false, RSS_VERSIONS.contains(version) ? version : "2.0");
      }
      case "feed" -> {
        if (ATOM_10.equals(ns) || ATOM_03.equals(ns)) {
          return new Kind(true, ATOM_10.equals(ns) ? "1.0" : "0.3");
        }
      }
      case "RDF" -> {
        Element channel = RawEntry.first(root, "channel", null);
        String channelNs = channel == null ? "" : channel.getNamespaceURI();
        if (RSS_10.equals(channelNs) || RSS_090.equals(channelNs)) {
          return new Kind(false, RSS_10.equals(channelNs) ? "1.0" : "0.9");
        }
      }
      default -> { }
    }
    throw new FeedException("not RSS or Atom: no reader knows this kind of <" + root.getQualifiedName() + "> document"
        + (ns.isEmpty() ? "" : " (namespace " + ns + ")"));
  }

  static ParsedFeed read(Document document, String documentBase, String charset, ZoneId zone,
      HtmlSanitizer sanitizer, List<String> warnings, KnownEntries known) throws FeedException {
    Element root = document.getRootElement();
    if (root.getName().equals("RDF") && RawEntry.named(root, "channel", null).isEmpty()) {
      warnings.add("the document has no channel: an empty feed");
      // RDF's own namespace is on the root; RSS 0.90 says which it is by its default namespace.
      org.jdom2.Namespace own = root.getNamespace("");
      String version = own != null && RSS_090.equals(own.getURI()) ? "RSS 0.9" : "RSS 1.0";
      return new ParsedFeed(version, charset, "", null, List.of(), warnings);
    }
    Kind kind = kind(root, warnings);
    Element channel = kind.atom() ? root : RawEntry.first(root, "channel", null);
    int stray = root.getName().equals("rss") && channel != null ? RawEntry.named(root, "item", null).size() : 0;
    if (stray > 0) {
      warnings.add("found " + stray + " item(s) outside the <channel>; read them as part of it");
    }
    String title = null;
    String link = null;
    if (channel != null) {
      title = kind.atom() ? plainText(child(channel, "title")) : HtmlSanitizer.headlineText(text(child(channel, "title")));
      link = kind.atom() ? alternateHref(channel) : text(child(channel, "link"));
    }
    // A local file has no URL: relative links then resolve against the feed's own home page.
    String base = documentBase != null ? documentBase : Urls.resolve(null, link);
    String feedLink = Urls.resolve(RawEntry.baseOf(root, base), link);
    List<FeedEntry> entries = new ArrayList<>();
    EntryKeys keys = known.kept() ? known.keys(kind, base, zone) : null;
    java.util.Set<String> toldOnce = new java.util.HashSet<>();
    for (RawEntry raw : RawEntry.all(document, base, zone)) {
      KnownEntries.Converted item = known.convert(keys == null ? null : keys.of(raw), () -> {
        // Each item's warnings are its own, so that a known item brings the same ones as converting it again.
        List<String> each = new ArrayList<>();
        List<String> once = new ArrayList<>();
        FeedEntry entry = EntryLimits.bounded(new EntryConversion(sanitizer, kind, raw).convert(each), once);
        String refused = entry.link() == null ? raw.refusedLink() : null;
        if (refused != null) {
          EntryLimits.refusedLink(once, entry, refused);
        }
        return new KnownEntries.Converted(entry, List.copyOf(each), List.copyOf(once));
      });
      warnings.addAll(item.warnings());
      item.warningsOnce().stream().filter(w -> toldOnce.add(EntryLimits.onceKey(w))).forEach(warnings::add);
      entries.add(item.entry());
    }
    return new ParsedFeed(kind.displayName(), charset, title == null ? "" : title, feedLink, entries, warnings);
  }

  /** The first child of {@code parent} named {@code name} in the parent's own namespace, or null. */
  static Element child(Element parent, String name) {
    return RawEntry.first(parent, name, parent.getNamespace());
  }

  static String text(Element element) {
    return element == null ? null : element.getText();
  }

  /**
   * An Atom text construct or content as markup or text: Atom 1.0 XHTML serialized, Atom 1.0
   * content of another media type base64-decoded when it is text (else none), Atom 0.3's modes
   * (xml serialized, escaped as is, base64 decoded), anything else as its text.
   */
  static String textConstruct(Element element) {
    return textConstruct(element, null);
  }

  /** As above, links under an xml:base inside XHTML resolved against it and {@code documentBase} ({@link #xhtml}). */
  static String textConstruct(Element element, String documentBase) {
    if (element == null) {
      return null;
    }
    if (ATOM_03.equals(element.getNamespaceURI())) {
      return switch (element.getAttributeValue("mode", "xml")) {
        case "escaped" -> element.getText();
        case "base64" -> base64(element.getText());
        default -> new XMLOutputter().outputString(element.getContent());
      };
    }
    String type = element.getAttributeValue("type", "text");
    if (type.equals("xhtml")) {
      return xhtml(element.getContent(), documentBase);
    }
    if (type.contains("/xml") || type.contains("+xml")) {
      return new XMLOutputter().outputString(element.getContent());
    }
    if (type.contains("/") && !type.startsWith("text/")) {
      // RFC 4287 4.1.3.3: content of any other media type is base64. Shown only when it is text.
      String decoded = base64(element.getText());
      return decoded == null || decoded.indexOf('\uFFFD') >= 0 || decoded.chars().anyMatch(c -> c < 0x20 && c != '\n'
          && c != '\r' && c != '\t') ? null : decoded;
    }
    return element.getText();
  }

  /**
   * XHTML content as HTML: its elements without their namespace, whether it is the default or a
   * prefix ({@code <xhtml:p>}), which no HTML reader knows as {@code <p>}.
   */
  static String xhtml(List<org.jdom2.Content> content, String documentBase) {
    List<org.jdom2.Content> copies = new java.util.ArrayList<>(content.size());
    for (org.jdom2.Content part : content) {
      org.jdom2.Content copy = part.clone();
      if (copy instanceof Element root) {
        List<Element> all = new java.util.ArrayList<>(List.of(root));
        root.getDescendants(org.jdom2.filter.Filters.element()).forEach(all::add);
        resolveInnerBases((Element) part, all, documentBase);
        for (Element e : all) {
          // Written <a/>, an element HTML does not know as empty opens and is never closed (the
          // text after an <iframe/> is then its raw text, and lost): an end tag of its own.
          if (e.getContentSize() == 0 && !VOID.contains(e.getName())) {
            e.addContent(new org.jdom2.Text(""));
          }
          if (XHTML.equals(e.getNamespaceURI())) {
            e.setNamespace(org.jdom2.Namespace.NO_NAMESPACE);
          }
          List.copyOf(e.getAdditionalNamespaces()).forEach(e::removeNamespaceDeclaration);
        }
      }
      copies.add(copy);
    }
    return new XMLOutputter().outputString(copies);
  }

  private static final String XHTML = "http://www.w3.org/1999/xhtml";
  /** HTML's void elements, which have no end tag. */
  private static final java.util.Set<String> VOID = java.util.Set.of("area", "base", "br", "col", "embed", "hr", "img",
      "input", "link", "meta", "param", "source", "track", "wbr");

  /**
   * Links and pictures under an xml:base inside the content (on its div, say) made absolute against
   * it: the rest resolve against the content element's own base later, which does not know of it.
   * {@code copies} are {@code original} and its descendants, copied, in document order.
   */
  private static void resolveInnerBases(Element original, List<Element> copies, String documentBase) {
    List<Element> originals = new java.util.ArrayList<>(List.of(original));
    original.getDescendants(org.jdom2.filter.Filters.element()).forEach(originals::add);
    for (int i = 0; i < originals.size(); i++) {
      Element o = originals.get(i);
      boolean under = false;
      for (Element e = o; e != null && !under; e = e == original ? null : e.getParentElement()) {
        under = e.getAttribute("base", Namespace.XML_NAMESPACE) != null;
      }
      String base = under ? RawEntry.baseOf(o, documentBase) : null;
      for (String name : List.of("href", "src")) {
        String value = copies.get(i).getAttributeValue(name);
        String resolved = base == null || value == null ? null : Urls.resolve(base, value);
        if (resolved != null) {
          copies.get(i).setAttribute(name, resolved);
        }
      }
    }
  }

  /**
   * An Atom text construct as plain text: of type text (Atom 0.3: text/plain), the default, it is
   * literal ("Why &lt;div&gt; soup hurts" is about a "<div>"); html and xhtml are markup.
   */
  static String plainText(Element construct) {
    String value = textConstruct(construct);
    if (value == null) {
      return "";
    }
    return HtmlSanitizer.text(isPlainText(construct) ? org.jsoup.nodes.Entities.escape(construct.getText()) : value);
  }

  /**
   * Whether an Atom text construct or content holds plain text, its value the element's text as
   * the XML parser read it: type text (Atom 1.0's default) or text/plain (Atom 0.3's), in Atom
   * 0.3's default mode (its xml mode would otherwise be written out as escaped XML).
   */
  static boolean isPlainText(Element construct) {
    String type = construct.getAttributeValue("type", "text").strip().toLowerCase(java.util.Locale.ROOT);
    return (type.equals("text") || type.equals("text/plain"))
        && construct.getAttributeValue("mode", "xml").equals("xml") && construct.getChildren().isEmpty();
  }

  private static boolean tiny(String size) {
    String digits = size.strip().replaceFirst("(?i)px$", "");
    return digits.matches("[0-9]{1,2}") && Integer.parseInt(digits) <= 1;
  }

  /** The address of the first picture of {@code html} against {@code base}, or null (a data: picture is none). */
  static String firstImage(String html, String base) {
    if (html == null || !html.contains("<img")) {
      return null;
    }
    for (org.jsoup.nodes.Element img : org.jsoup.Jsoup.parseBodyFragment(html).select("img[src]")) {
      // A counter's pixel (width="1") is no picture of the story: the next one may be.
      String src = img.attr("src");
      if (!src.isBlank() && !src.startsWith("data:") && !tiny(img.attr("width")) && !tiny(img.attr("height"))) {
        return Urls.resolve(base, src);
      }
    }
    return null;
  }

  private static String base64(String text) {
    try {
      return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The href of the alternate link of an Atom feed or entry ({@link RawEntry#alternate}), or null. */
  static String alternateHref(Element parent) {
    Element link = RawEntry.alternate(parent);
    return link == null ? null : link.getAttributeValue("href");
  }

}
