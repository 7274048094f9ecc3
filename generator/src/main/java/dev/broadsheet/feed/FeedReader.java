package dev.broadsheet.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.Urls;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.UncheckedJDOMFactory;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/**
 * Reads any feed a source may serve: RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 from one parsed tree
 * ({@link FeedDocument}), JSON Feed through Jackson's streaming parser. It is lenient: it decodes
 * mislabelled charsets, repairs the XML text ({@link XmlRepair}), and parses it with a builder
 * that refuses every DOCTYPE and external entity. Every failure is a {@link FeedException} with a
 * message meant for people; nothing escapes as a crash.
 */
public final class FeedReader {
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  /** Reads {@code bytes} with no transport context: UTF-8 unless the document says otherwise, UTC dates. */
  public ParsedFeed read(byte[] bytes, String contentType, String documentUrl) throws FeedException {
    return read(bytes, FeedContext.of(contentType, documentUrl));
  }

  public ParsedFeed read(byte[] bytes, FeedContext context) throws FeedException {
    try {
      return readUnguarded(bytes, context);
    } catch (StackOverflowError e) {
      throw new FeedException("the document is nested too deeply to read safely");
    } catch (RuntimeException e) {
      throw new FeedException("the feed could not be read: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"), e);
    }
  }

  private ParsedFeed readUnguarded(byte[] bytes, FeedContext context) throws FeedException {
    if (bytes.length == 0) {
      throw new FeedException("empty response: the body is empty");
    }
    Decoding.Decoded decoded = Decoding.decode(bytes, context.contentType(), context.maxBytes());
    List<String> warnings = new ArrayList<>(decoded.warnings());
    String text = decoded.text().startsWith("\uFEFF") ? decoded.text().substring(1) : decoded.text();
    if (text.isBlank()) {
      throw new FeedException("empty response: the body holds only whitespace");
    }
    String documentBase = documentBase(context);
    String head = text.stripLeading();
    if (head.startsWith("{") || head.startsWith("[")) {
      return new JsonFeedReader(sanitizer).read(text, documentBase, context, decoded.charset(), warnings);
    }
    if (NotAFeed.looksLikeHtml(text)) {
      throw NotAFeed.html(text, context.documentUrl());
    }
    if (!head.startsWith("<")) {
      throw NotAFeed.plainText(text);
    }
    if (context.contentType() != null && context.contentType().toLowerCase(Locale.ROOT).startsWith("text/plain")) {
      warnings.add("served as text/plain, not as a feed type; read it anyway");
    }
    XmlRepair.Prepared prepared = XmlRepair.prepare(text);
    warnings.addAll(prepared.warnings());
    ItemWindow window = context.maxItems() < Integer.MAX_VALUE ? new ItemWindow(context.maxItems(), context.zone())
        : null;
    Document document = parse(prepared.xml(), window, warnings);
    ParsedFeed parsed = FeedDocument.read(document, documentBase, decoded.charset(), context.zone(), sanitizer,
        warnings, context.known());
    if (window != null || prepared.cut()) {
      // Cut inside the first item: what was read of it is a fragment (a headline cut short, a link
      // to no page), never an item to keep.
      parsed = new ParsedFeed(parsed.format(), parsed.charset(), parsed.title(), parsed.link(),
          prepared.cutBeforeFirstItem() ? List.of() : parsed.entries(), parsed.warnings(),
          window == null ? parsed.offered() : Math.max(window.offered(), parsed.entries().size()), !prepared.cut());
    }
    if (prepared.cutBeforeFirstItem() && parsed.title().isEmpty() && parsed.entries().isEmpty()) {
      throw new FeedException("the document is cut off " + prepared.cutAt() + ", before anything in it could be read");
    }
    return parsed;
  }

  /** Parses repaired XML with every DOCTYPE refused; a lenient re-serialization is the last resort. */
  private static Document parse(String xml, ItemWindow window, List<String> warnings) throws FeedException {
    try {
      return build(xml, window);
    } catch (JDOMParseException first) {
      String lenient = Jsoup.parse(xml, "", Parser.xmlParser()).outerHtml();
      try {
        Document recovered = build(lenient, window);
        warnings.add("the XML is not well-formed (line " + first.getLineNumber() + ": " + shortMessage(first)
            + "); recovered what a lenient parser could read");
        return recovered;
      } catch (JDOMParseException second) {
        throw new FeedException("not well-formed XML (line " + first.getLineNumber() + ", column "
            + first.getColumnNumber() + "): " + shortMessage(first));
      }
    }
  }

  /** Builds the tree; {@code window}, when not null, keeps only the items a source can use. */
  private static Document build(String xml, ItemWindow window) throws JDOMParseException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    // The parser has already refused what XML does not allow; JDOM's own check of every text and
    // name again cost a sixth of building the tree.
    builder.setJDOMFactory(new UncheckedJDOMFactory());
    if (window != null) {
      builder.setSAXHandlerFactory(window);
    }
    builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setExpandEntities(false);
    try {
      return builder.build(healing(xml));
    } catch (JDOMParseException e) {
      throw e;
    } catch (org.jdom2.JDOMException | IOException e) {
      throw new JDOMParseException(e.getMessage(), e, null);
    }
  }

  private static final java.util.regex.Pattern XML_REFERENCE =
      java.util.regex.Pattern.compile("&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);");

  /**
   * The text to parse, through Rome's healer (HTML entities, bare ampersands) when it has any
   * reference XML does not define: the healer reads one character at a time, which cost more than
   * the parse itself on a long feed that needs no healing.
   */
  static java.io.Reader healing(String xml) {
    int amp = xml.indexOf('&');
    java.util.regex.Matcher reference = XML_REFERENCE.matcher(xml);
    while (amp >= 0) {
      if (!reference.region(amp, xml.length()).lookingAt()) {
        return new XmlFixerReader(new StringReader(xml));
      }
      amp = xml.indexOf('&', reference.end());
    }
    return new StringReader(xml);
  }

  private static String shortMessage(JDOMParseException e) {
    String m = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
    return m == null ? "unknown error" : m.replaceFirst("^Error on line \\d+( of document [^:]*)?: ", "").strip();
  }

  /** The URL relative references resolve against: Content-Location when safe, else the document URL. */
  private static String documentBase(FeedContext context) {
    String location = context.contentLocation();
    if (location != null && !location.isBlank()) {
      String resolved = Urls.resolve(context.documentUrl(), location);
      if (resolved != null) {
        return resolved;
      }
    }
    return context.documentUrl();
  }
}
