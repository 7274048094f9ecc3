package dev.broadsheet.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an OPML subscription list (as exported by feed readers) into sources: each outline with
 * an {@code xmlUrl} becomes a source; an enclosing outline without one names its section.
 */
final class OpmlImport {
  /** One subscription: its name, feed URL, the folder it sat in (may be null) and its outline's line (0: not known). */
  record Entry(String name, String url, String folder, int line) {}

  /** An OPML file that is not well-formed XML: read leniently, a cut-off file would lose subscriptions silently. */
  static final class Malformed extends IOException {
    private final int line;

    Malformed(int line, String message) {
      super(message);
      this.line = line;
    }

    int line() {
      return line;
    }
  }

  private OpmlImport() {}

  static List<Entry> read(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    // A byte order mark, which some exporters write, is not content before the declaration.
    text = text.startsWith("\uFEFF") ? text.substring(1) : text;
    checkWellFormed(text);
    // Positions kept: what is wrong with one subscription is told at its line.
    Document doc = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
    if (doc.selectFirst("opml") == null) {
      throw new IOException("not an OPML document (no <opml> element)");
    }
    List<Entry> entries = new ArrayList<>();
    for (Element outline : doc.select("outline[xmlUrl]")) {
      String url = webOf(outline.attr("xmlUrl").strip());
      if (url.isEmpty()) {
        continue;
      }
      String name = !outline.attr("title").isBlank() ? outline.attr("title") : outline.attr("text");
      Element parent = outline.parent();
      String folder = parent != null && "outline".equals(parent.tagName()) && !parent.hasAttr("xmlUrl")
          ? (!parent.attr("title").isBlank() ? parent.attr("title") : parent.attr("text")) : null;
      entries.add(new Entry(name.isBlank() ? url : name.strip(), url, folder == null || folder.isBlank() ? null
          : folder.strip(), Math.max(0, outline.sourceRange().start().lineNumber())));
    }
    return entries;
  }

  /** The line of the first outline of {@code file} whose feed is {@code url}; 0 when none is, or the file cannot be read. */
  static int lineOf(Path file, String url) {
    try {
      return read(file).stream().filter(e -> e.url().equals(url)).mapToInt(Entry::line).findFirst().orElse(0);
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }

  /**
   * {@code url} with the feed pseudo-scheme some feed readers export and browsers link
   * ({@code feed://host/x}, {@code feed:https://host/x}) read as the web address it stands for.
   */
  static String webOf(String url) {
    String lower = url.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("feed:http://") || lower.startsWith("feed:https://")) {
      return webOf(url.substring("feed:".length()));
    }
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      // HTTPS://host/ as some lists write it: the scheme is the same in any case.
      int colon = url.indexOf(':');
      return lower.substring(0, colon) + url.substring(colon);
    }
    return lower.startsWith("feed://") ? "http://" + url.substring("feed://".length()) : url;
  }

  /** Throws {@link Malformed} at the first error of well-formedness (no DTD is read: none is needed). */
  private static void checkWellFormed(String text) throws IOException {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.newSAXParser().parse(new InputSource(new StringReader(text)), new DefaultHandler());
    } catch (SAXParseException e) {
      throw new Malformed(Math.max(0, e.getLineNumber()), "not well-formed XML: " + e.getMessage()
          + "; no source is imported from it until it is fixed (export it again, or correct it)");
    } catch (SAXException | ParserConfigurationException e) {
      throw new IOException("cannot check the OPML file: " + e.getMessage(), e);
    }
  }

  /** The OPML file as messages name it: relative to the site folder when inside it, else in full. */
  static String nameOf(Path file, Path siteDir) {
    Path site = siteDir.toAbsolutePath().normalize();
    Path opml = file.toAbsolutePath().normalize();
    return (opml.startsWith(site) ? site.relativize(opml) : opml).toString().replace('\\', '/');
  }
}
