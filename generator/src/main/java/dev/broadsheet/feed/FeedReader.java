package dev.broadsheet.feed;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jdom2.Element;
import org.jsoup.Jsoup;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents with Rome into {@link ParsedFeed}s. Rome's
 * safe defaults stay on: no DOCTYPE, so no external entities and no entity bombs.
 */
public final class FeedReader {
  /** Dates outside this range are garbage from a broken feed, not news. */
  private static final Instant EARLIEST = Instant.parse("1995-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  /**
   * Parses {@code bytes}. {@code contentType} is the HTTP Content-Type (may be null) and helps
   * find the charset; {@code documentUrl} resolves relative links (may be null for local files).
   */
  public ParsedFeed read(byte[] bytes, String contentType, String documentUrl) throws FeedException {
    if (bytes.length == 0) {
      throw new FeedException("the document is empty");
    }
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(bytes), contentType, true)) {
      SyndFeedInput input = new SyndFeedInput();
      input.setXmlHealerOn(true);
      feed = input.build(reader);
    } catch (com.rometools.rome.io.FeedException e) {
      throw new FeedException(explain(bytes, e), e);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      throw new FeedException("not a readable feed: " + e, e);
    }
    List<String> warnings = new ArrayList<>();
    String base = documentUrl != null ? documentUrl : feed.getLink();
    List<FeedEntry> entries = new ArrayList<>();
    for (SyndEntry entry : feed.getEntries()) {
      FeedEntry mapped = entry(entry, base, warnings);
      if (mapped != null) {
        entries.add(mapped);
      }
    }
    return new ParsedFeed(formatName(feed.getFeedType()), HtmlSanitizer.text(feed.getTitle()),
        resolve(base, feed.getLink()), entries, warnings);
  }

  private FeedEntry entry(SyndEntry e, String base, List<String> warnings) {
    String link = resolve(base, e.getLink());
    String guid = blankToNull(e.getUri());
    if (link == null && guid != null && (guid.startsWith("http://") || guid.startsWith("https://"))) {
      link = guid;
    }
    String title = HtmlSanitizer.text(e.getTitle());
    if (link == null && guid == null) {
      warnings.add("skipped an item without link or id" + (title.isEmpty() ? "" : ": " + title));
      return null;
    }
    String summary = summaryHtml(e, base == null ? link : base);
    Instant published = usable(e.getPublishedDate(), title, warnings);
    Instant updated = usable(e.getUpdatedDate(), title, warnings);
    return new FeedEntry(guid, link, title, summary, authors(e), categories(e),
        published != null ? published : updated, updated, image(e, base, summary), originalPublisher(e));
  }

  private String summaryHtml(SyndEntry e, String base) {
    SyndContent description = e.getDescription();
    String html = description == null ? null : contentAsHtml(description);
    if ((html == null || html.isBlank()) && !e.getContents().isEmpty()) {
      html = contentAsHtml(e.getContents().get(0));
    }
    return sanitizer.sanitize(html, base);
  }

  private static String contentAsHtml(SyndContent content) {
    String value = content.getValue();
    String type = content.getType() == null ? "" : content.getType().toLowerCase(Locale.ROOT);
    if (value != null && ("text".equals(type) || "text/plain".equals(type))) {
      return "<p>" + org.jsoup.nodes.Entities.escape(value) + "</p>";
    }
    return value;
  }

  private static List<String> authors(SyndEntry e) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndPerson p : e.getAuthors()) {
      addName(names, p.getName());
    }
    if (e.getModule(DCModule.URI) instanceof DCModule dc) {
      dc.getCreators().forEach(c -> addName(names, c));
    }
    if (names.isEmpty()) {
      addName(names, e.getAuthor());
    }
    return List.copyOf(names);
  }

  private static void addName(Set<String> names, String raw) {
    String name = HtmlSanitizer.text(raw);
    // RSS <author> is formally an e-mail address: "jo@example.org (Jo Bloggs)" shows as "Jo Bloggs".
    int open = name.indexOf('(');
    if (name.contains("@") && open >= 0 && name.endsWith(")")) {
      name = name.substring(open + 1, name.length() - 1).strip();
    }
    if (!name.isEmpty() && !name.contains("@")) {
      names.add(name);
    }
  }

  private static List<String> categories(SyndEntry e) {
    Set<String> names = new LinkedHashSet<>();
    for (SyndCategory c : e.getCategories()) {
      String name = HtmlSanitizer.text(c.getName());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return List.copyOf(names);
  }

  private static String originalPublisher(SyndEntry e) {
    if (e.getSource() != null && e.getSource().getTitle() != null && !e.getSource().getTitle().isBlank()) {
      return HtmlSanitizer.text(e.getSource().getTitle());
    }
    if (e.getModule(DCModule.URI) instanceof DCModule dc && dc.getPublisher() != null) {
      return blankToNull(HtmlSanitizer.text(dc.getPublisher()));
    }
    return null;
  }

  private static String image(SyndEntry e, String base, String summaryHtml) {
    for (SyndEnclosure enc : e.getEnclosures()) {
      if (enc.getType() != null && enc.getType().startsWith("image/") && enc.getUrl() != null) {
        return resolve(base, enc.getUrl());
      }
    }
    for (Element el : e.getForeignMarkup()) {
      String name = el.getName();
      String url = el.getAttributeValue("url");
      if (url != null && ("thumbnail".equals(name)
          || ("content".equals(name) && isImage(el.getAttributeValue("medium"), el.getAttributeValue("type"))))) {
        return resolve(base, url);
      }
      if ("group".equals(name)) {
        for (Element child : el.getChildren()) {
          if (child.getAttributeValue("url") != null
              && isImage(child.getAttributeValue("medium"), child.getAttributeValue("type"))) {
            return resolve(base, child.getAttributeValue("url"));
          }
        }
      }
    }
    SyndContent d = e.getDescription();
    String raw = d == null ? null : d.getValue();
    if (raw != null && raw.contains("<img")) {
      String src = Jsoup.parseBodyFragment(raw).select("img[src]").attr("src");
      if (!src.isBlank() && !src.startsWith("data:")) {
        return resolve(base, src);
      }
    }
    return null;
  }

  private static boolean isImage(String medium, String type) {
    return "image".equals(medium) || (type != null && type.startsWith("image/"));
  }

  private static Instant usable(Date date, String title, List<String> warnings) {
    if (date == null) {
      return null;
    }
    Instant t = date.toInstant();
    if (t.isBefore(EARLIEST) || t.isAfter(LATEST)) {
      warnings.add("ignored an impossible date " + t + " on '" + title + "'");
      return null;
    }
    return t;
  }

  static String resolve(String base, String link) {
    String value = blankToNull(link);
    if (value == null) {
      return null;
    }
    try {
      URI uri = new URI(value.replace(" ", "%20"));
      if (!uri.isAbsolute() && base != null) {
        uri = new URI(base).resolve(uri);
      }
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return "http".equals(scheme) || "https".equals(scheme) ? uri.toString() : null;
    } catch (Exception e) {
      return null;
    }
  }

  private static String explain(byte[] bytes, com.rometools.rome.io.FeedException e) {
    String head = new String(bytes, 0, Math.min(bytes.length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
        .strip().toLowerCase(Locale.ROOT);
    if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
      return "not a feed: an HTML page";
    }
    if (head.startsWith("{")) {
      return "not an RSS or Atom feed: a JSON document";
    }
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return "not a readable RSS or Atom feed: " + message;
  }

  private static String formatName(String feedType) {
    if (feedType == null) {
      return "unknown";
    }
    String[] parts = feedType.split("_", 2);
    String kind = "atom".equals(parts[0]) ? "Atom" : parts[0].toUpperCase(Locale.ROOT);
    return parts.length == 2 ? kind + " " + parts[1] : kind;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
