package dev.broadsheet.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the text of a feed safe and, where it can, well-formed before any XML parser sees it:
 * junk before the document and after its end is dropped, illegal control characters removed, the
 * DOCTYPE removed (internal entities are expanded within a size budget; external ones are refused,
 * never fetched), undeclared namespace prefixes declared, a cut-off document closed after its last
 * complete item, and mismatched or missing end tags repaired. Every change is reported as a warning.
 */
final class XmlRepair {
  static final int MAX_DEPTH = 1000;
  private static final Pattern ITEM = Pattern.compile("<item[\\s/>]");
  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]");
  private static final Pattern DECLARATION = Pattern.compile("^<\\?xml[^>]*\\?>");
  private static final Pattern ROOT = Pattern.compile("<(rss|feed|rdf:RDF|RDF|opml|CHANNEL|html|HTML)[\\s>/]");
  private static final Pattern PREFIXED_ATTRIBUTE = Pattern.compile("\\s([A-Za-z_][\\w.-]*):[A-Za-z_][\\w.-]*\\s*=");
  private static final Pattern DECLARED_PREFIX = Pattern.compile("xmlns:([A-Za-z_][\\w.-]*)\\s*=");
  private static final Map<String, String> KNOWN_NAMESPACES = Map.ofEntries(
      Map.entry("itunes", "http://www.itunes.com/dtds/podcast-1.0.dtd"),
      Map.entry("media", "http://search.yahoo.com/mrss/"),
      Map.entry("dc", "http://purl.org/dc/elements/1.1/"),
      Map.entry("dcterms", "http://purl.org/dc/terms/"),
      Map.entry("content", "http://purl.org/rss/1.0/modules/content/"),
      Map.entry("atom", "http://www.w3.org/2005/Atom"),
      Map.entry("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
      Map.entry("slash", "http://purl.org/rss/1.0/modules/slash/"),
      Map.entry("wfw", "http://wellformedweb.org/CommentAPI/"),
      Map.entry("sy", "http://purl.org/rss/1.0/modules/syndication/"),
      Map.entry("georss", "http://www.georss.org/georss"));

  /** The repaired document, and what was changed. */
  /**
   * @param cut whether the document was cut off: only what precedes the break is in {@code xml}
   */
  record Prepared(String xml, List<String> warnings, boolean cutBeforeFirstItem, boolean cut, String cutAt) {}

  private XmlRepair() {}

  static Prepared prepare(String input) throws FeedException {
    List<String> warnings = new ArrayList<>();
    String text = input;
    if (hasControlCharacters(text)) {
      text = CONTROL.matcher(text).replaceAll("");
      warnings.add("removed control characters that XML does not allow");
    }
    text = skipLeadingJunk(text, warnings);
    text = DECLARATION.matcher(text).replaceFirst("");
    text = Doctype.strip(text, warnings);
    Matcher root = Pattern.compile("<([A-Za-z_][\\w.:-]*)").matcher(text);
    int rootStart = firstElement(text);
    if (rootStart < 0 || !root.find(rootStart)) {
      throw new FeedException("empty document: there is no XML element in it");
    }
    String rootName = root.group(1);
    checkRoot(rootName);
    String prolog = text.substring(0, rootStart);
    TagScanner.Result scan = new TagScanner(text, rootStart).scan();
    String body = scan.repaired();
    boolean cutBeforeFirstItem = false;
    if (scan.truncated()) {
      if (scan.unclosedCdataLine() > 0 && scan.lastItemEnd() < 0) {
        throw new FeedException("a CDATA section opened on line " + scan.unclosedCdataLine() + " is never closed");
      }
      if (scan.lastItemEnd() >= 0) {
        body = scan.closedAfterLastItem();
        warnings.add(scan.unclosedCdataLine() > 0
            ? "a CDATA section opened on line " + scan.unclosedCdataLine() + " is never closed; kept the complete"
                + " items before it"
            : "the document is cut off on line " + scan.line() + " (no closing </" + rootName
                + ">); kept the complete items before the break");
      } else if (scan.insideMarkup()) {
        throw new FeedException("the document is cut off on line " + scan.line()
            + " inside a comment, CDATA section or declaration, before its first complete item");
      } else {
        body = scan.closedAtStop();
        cutBeforeFirstItem = true;
        warnings.add("the document is cut off on line " + scan.line() + " before its first item; read what precedes it");
      }
    }
    // A cut-off document may have broken tags before the cut too (an item's unclosed <title>
    // swallowing its link and date): said either way.
    if (scan.repairs() > 0 && !cutBeforeFirstItem) {
      warnings.add("repaired " + scan.repairs() + " mismatched or missing end tag(s), the first on line "
          + scan.firstRepairLine());
    }
    if (scan.trailing()) {
      warnings.add("ignored content after the end of the document");
    }
    body = fixRoot(body, rootName, scan.prefixes(), warnings);
    return new Prepared(prolog + body, warnings, cutBeforeFirstItem, scan.truncated(),
        scan.truncated() ? "on line " + scan.line() + " (no complete closing </" + rootName + ">)" : "");
  }

  /**
   * Whether {@link #CONTROL} would find anything. A loop over copied-out chunks: the regex's own
   * find() cost a third of reading a long feed, and a stream of chars under the quick compiler the
   * CLI runs with was still a tenth of reading every feed of a first build.
   */
  private static boolean hasControlCharacters(String text) {
    char[] chunk = new char[Math.min(text.length(), 8192)];
    for (int start = 0; start < text.length(); start += chunk.length) {
      int length = Math.min(chunk.length, text.length() - start);
      text.getChars(start, start + length, chunk, 0);
      for (int k = 0; k < length; k++) {
        char c = chunk[k];
        if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c >= '\uFFFE') {
          return true;
        }
      }
    }
    return false;
  }

  private static String skipLeadingJunk(String text, List<String> warnings) {
    int declaration = text.indexOf("<?xml");
    if (declaration > 0) {
      if (!text.substring(0, declaration).isBlank()) {
        warnings.add("skipped text before the XML declaration");
      }
      return text.substring(declaration);
    }
    if (declaration == 0) {
      return text;
    }
    Matcher m = ROOT.matcher(text);
    if (m.find() && m.start() > 0) {
      String before = text.substring(0, m.start());
      String withoutMarkup = before.replaceAll("(?s)<!--.*?-->|<\\?.*?\\?>|<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>", "");
      if (!withoutMarkup.isBlank()) {
        warnings.add("skipped text before the document's root element");
        return text.substring(m.start());
      }
    }
    return text.stripLeading();
  }

  /** The index of the first element start tag, after comments, PIs and whitespace. */
  private static int firstElement(String text) {
    int i = 0;
    while (i < text.length()) {
      int lt = text.indexOf('<', i);
      if (lt < 0) {
        return -1;
      }
      if (text.startsWith("<!--", lt)) {
        int end = text.indexOf("-->", lt + 4);
        if (end < 0) {
          return -1;
        }
        i = end + 3;
      } else if (text.startsWith("<?", lt) || text.startsWith("<!", lt)) {
        int end = text.indexOf('>', lt);
        if (end < 0) {
          return -1;
        }
        i = end + 1;
      } else {
        return lt;
      }
    }
    return -1;
  }

  private static void checkRoot(String rootName) throws FeedException {
    String local = localName(rootName);
    switch (local) {
      case "rss", "feed", "RDF" -> { }
      case "html", "HTML" -> throw new FeedException("not a feed: an HTML page");
      case "opml" -> throw new FeedException(
          "not a feed: an OPML subscription list; to follow its feeds, list it under sources as {opml: FILE}");
      case "CHANNEL" -> throw new FeedException(
          "unsupported format: Microsoft CDF (Channel Definition Format) is not RSS or Atom");
      default -> throw new FeedException("not an RSS or Atom feed: the root element is <" + rootName + ">");
    }
  }

  private static String fixRoot(String body, String rootName, List<String> prefixes, List<String> warnings) {
    int tagEnd = body.indexOf('>');
    String startTag = body.substring(0, tagEnd);
    StringBuilder extra = new StringBuilder();
    String local = localName(rootName);
    if ("feed".equals(local) && !startTag.contains("xmlns=") && !rootName.contains(":")) {
      boolean atom03 = startTag.matches("(?s).*version\\s*=\\s*[\"']0\\.3[\"'].*");
      extra.append(" xmlns=\"").append(atom03 ? "http://purl.org/atom/ns#" : "http://www.w3.org/2005/Atom").append('"');
      warnings.add("the <feed> element has no Atom namespace; read it as Atom");
    }
    List<String> declared = new ArrayList<>();
    Matcher d = DECLARED_PREFIX.matcher(body);
    while (d.find()) {
      declared.add(d.group(1));
    }
    for (String prefix : prefixes) {
      if (!declared.contains(prefix) && !"xml".equals(prefix) && !"xmlns".equals(prefix)) {
        String uri = KNOWN_NAMESPACES.getOrDefault(prefix.toLowerCase(Locale.ROOT), "urn:broadsheet:undeclared:" + prefix);
        extra.append(" xmlns:").append(prefix).append("=\"").append(uri).append('"');
        warnings.add("the prefix '" + prefix + ":' is used without a namespace declaration; declared it");
      }
    }
    String result = body;
    if (extra.length() > 0) {
      int insertAt = startTag.endsWith("/") ? tagEnd - 1 : tagEnd;
      result = body.substring(0, insertAt) + extra + body.substring(insertAt);
    }
    if ("rss".equals(local) && !result.contains("<channel")) {
      int open = result.indexOf('>') + 1;
      int close = result.lastIndexOf("</" + rootName);
      if (close > open) {
        // An <rss> holding nothing, or only whitespace, is an empty feed, not a misplaced item.
        boolean items = ITEM.matcher(result.substring(open, close)).find();
        result = result.substring(0, open) + "<channel>" + result.substring(open, close) + "</channel>"
            + result.substring(close);
        warnings.add(items ? "the items are not inside a <channel>; read them as if they were"
            : "the document has no channel: an empty feed");
      }
    }
    return result;
  }

  static String localName(String qualified) {
    int colon = qualified.indexOf(':');
    return colon < 0 ? qualified : qualified.substring(colon + 1);
  }

  /** Pattern for a prefixed attribute, shared with the scanner. */
  static Pattern prefixedAttribute() {
    return PREFIXED_ATTRIBUTE;
  }
}
