package dev.broadsheet.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an OPML subscription list (as exported by feed readers) into sources: each outline with
 * an {@code xmlUrl} becomes a source; an enclosing outline without one names its section.
 */
final class OpmlImport {
  /** One subscription: its name, feed URL and the folder it sat in (may be null). */
  record Entry(String name, String url, String folder) {}

  private OpmlImport() {}

  static List<Entry> read(Path file) throws IOException {
    Document doc = Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", Parser.xmlParser());
    if (doc.selectFirst("opml") == null) {
      throw new IOException("not an OPML document (no <opml> element)");
    }
    List<Entry> entries = new ArrayList<>();
    for (Element outline : doc.select("outline[xmlUrl]")) {
      String url = outline.attr("xmlUrl").strip();
      if (url.isEmpty()) {
        continue;
      }
      String name = !outline.attr("title").isBlank() ? outline.attr("title") : outline.attr("text");
      Element parent = outline.parent();
      String folder = parent != null && "outline".equals(parent.tagName()) && !parent.hasAttr("xmlUrl")
          ? (!parent.attr("title").isBlank() ? parent.attr("title") : parent.attr("text")) : null;
      entries.add(new Entry(name.isBlank() ? url : name.strip(), url, folder == null || folder.isBlank() ? null
          : folder.strip()));
    }
    return entries;
  }
}
