package dev.broadsheet.feed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.base.DateParser;
import dev.broadsheet.base.LanguageTags;
import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.Urls;
import dev.broadsheet.base.XmlRecords;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads JSON Feed 1.0 and 1.1 (jsonfeed.org) with Jackson's streaming parser: one item at a time
 * becomes a tree, and with a source's {@code maxItems} only the {@link ItemWindow#size window} of
 * newest items is kept (ranked as {@link ItemWindow} ranks XML items), so memory follows what is
 * kept, not what the feed sends. Items are converted only once the whole feed is read, because
 * the fields they depend on ({@code feed_url}, the feed's author) may come after them.
 */
final class JsonFeedReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final HtmlSanitizer sanitizer;

  JsonFeedReader(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  ParsedFeed read(String text, String documentUrl, FeedContext context, String charset, List<String> warnings)
      throws FeedException {
    Map<String, JsonNode> fields = new TreeMap<>();
    ItemWindow.Best<JsonNode> kept = new ItemWindow.Best<>(context.maxItems() < Integer.MAX_VALUE
        ? ItemWindow.size(context.maxItems()) : Integer.MAX_VALUE);
    boolean itemsArray = stream(text, fields, kept, context);
    String version = fields.containsKey("version") ? fields.get("version").asText("") : "";
    if (!version.startsWith("https://jsonfeed.org/version/") || !itemsArray) {
      throw notAFeed(fields);
    }
    String base = documentUrl != null ? documentUrl : text(fields.get("feed_url"));
    String feedAuthor = authorOf(fields);
    String language = LanguageTags.of(text(fields.get("language")));
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : kept.inDocumentOrder()) {
      FeedEntry entry = EntryLimits.bounded(entry(item, base, feedAuthor, language, context.zone()), warnings);
      if (entry == null) {
        warnings.add("skipped an item with no url, id or title");
      } else {
        entries.add(entry);
      }
    }
    String format = version.endsWith("/1") ? "JSON Feed 1.0" : version.endsWith("/1.1") ? "JSON Feed 1.1" : "JSON Feed";
    return new ParsedFeed(format, charset, plain(text(fields.get("title"))),
        Urls.resolve(base, text(fields.get("home_page_url"))), entries, warnings, kept.seen());
  }

  /**
   * Reads the document's top-level fields into {@code fields} (nested ones only for authors) and
   * its items into {@code kept}; returns whether it had an items array.
   */
  private boolean stream(String text, Map<String, JsonNode> fields, ItemWindow.Best<JsonNode> kept,
      FeedContext context) throws FeedException {
    boolean itemsArray = false;
    try (JsonParser parser = mapper.getFactory().createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw notAFeed(Map.of());
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        if (parser.nextToken() == JsonToken.START_ARRAY && name.equals("items")) {
          itemsArray = true;
          readItems(parser, kept, context.maxItems() < Integer.MAX_VALUE ? context.zone() : null);
        } else if (parser.currentToken().isStructStart() && !name.startsWith("author")) {
          parser.skipChildren();
        } else {
          fields.put(name, mapper.readTree(parser));
        }
      }
      return itemsArray;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new FeedException("not valid JSON (line " + line + "): "
          + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new FeedException("the JSON could not be read: " + e.getMessage(), e);
    }
  }

  /** Reads the items array one item at a time, keeping the window's best; {@code zone} null: no window, no ranking. */
  private void readItems(JsonParser parser, ItemWindow.Best<JsonNode> kept, ZoneId zone) throws IOException {
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      JsonNode item = mapper.readTree(parser);
      kept.add(zone == null ? null : DateParser.parse(text(item, "date_published"), zone).orElse(null),
          zone == null ? null : DateParser.parse(text(item, "date_modified"), zone).orElse(null), item);
    }
  }

  private static FeedException notAFeed(Map<String, JsonNode> fields) {
    JsonNode error = fields.getOrDefault("error", fields.get("message"));
    String hint = error != null ? " (it looks like an API error: " + HtmlSanitizer.text(error.asText()) + ")" : "";
    return new FeedException("not a feed: a JSON document without a JSON Feed version and items" + hint);
  }

  /**
   * A plain-text field (a title) as one line: spaces collapsed, and character references decoded,
   * which generators that escape for HTML write ("AT&amp;T"); a tag is text.
   */
  private static String plain(String text) {
    // Characters XML cannot carry go first, so that what they stood between is joined before the ends are trimmed.
    return text == null ? "" : dev.broadsheet.base.XmlText.clean(org.jsoup.parser.Parser.unescapeEntities(text, false))
        .replaceAll("\\s+", " ").strip();
  }

  /** Plain text (JSON Feed's summary and content_text) as a paragraph of HTML; null for null. */
  private static String asHtml(String plain) {
    return plain == null ? null : "<p>" + org.jsoup.nodes.Entities.escape(plain) + "</p>";
  }

  /** One item as an entry, or null when it has no url, id or title. */
  private FeedEntry entry(JsonNode item, String base, String feedAuthor, String language, ZoneId zone) {
    String link = Urls.resolve(base, text(item, "url"));
    String guid = text(item, "id");
    // Plain text, as JSON Feed says: "Vec<u8> and <canvas>" are words, not markup.
    String title = plain(text(item, "title"));
    // The summary is what every item shows; the content only where the source allows its full text.
    // A blank field is none, as a blank RSS description is.
    String contentHtml = present(text(item, "content_html"));
    String content = contentHtml != null ? contentHtml : asHtml(present(text(item, "content_text")));
    String summaryText = present(text(item, "summary"));
    String html = summaryText != null ? asHtml(summaryText) : content;
    String summary = sanitizer.sanitize(html, link != null ? link : base);
    String fullContent = content == null || content.equals(html) ? null
        : sanitizer.sanitize(content, link != null ? link : base);
    if (title.isEmpty()) {
      title = TitleFallback.of(summary, html, link);
    }
    if (link == null && guid == null && title.isEmpty()) {
      return null;
    }
    List<String> authors = new ArrayList<>();
    // A name, never an address: JSON Feed's names are plain text, and some are "Jo <jo@example.org>".
    item.path("authors").forEach(a -> addIfPresent(authors, AuthorNames.of(a.path("name").asText(null))));
    addIfPresent(authors, AuthorNames.of(item.path("author").path("name").asText(null)));
    if (authors.isEmpty() && feedAuthor != null) {
      authors.add(feedAuthor);
    }
    List<String> tags = new ArrayList<>();
    item.path("tags").forEach(t -> addIfPresent(tags, t.asText(null)));
    Instant published = DateParser.parse(text(item, "date_published"), zone).orElse(null);
    Instant updated = DateParser.parse(text(item, "date_modified"), zone).orElse(null);
    return XmlRecords.cleaned(new FeedEntry(guid, link, title, summary, authors, tags,
        published != null ? published : updated, updated, image(item, base, html, content, link != null ? link : base),
        null,
        // An item may say its own language (JSON Feed 1.1), else the feed's is its.
        LanguageTags.of(text(item, "language")) != null ? LanguageTags.of(text(item, "language")) : language,
        fullContent, DateParser.withoutTime(text(item, published != null ? "date_published" : "date_modified")),
        media(item, base)));
  }

  /** The item's first sound or video attachment, or null. */
  private static dev.broadsheet.store.Media media(JsonNode item, String base) {
    for (JsonNode att : item.path("attachments")) {
      String type = att.path("mime_type").asText(null);
      String url = Urls.resolve(base, att.path("url").asText(null));
      if (url != null && dev.broadsheet.store.Media.playable(type)) {
        long length = att.path("size_in_bytes").asLong(0);
        long seconds = att.path("duration_in_seconds").asLong(0);
        return new dev.broadsheet.store.Media(url, type, length, seconds > 0 && seconds <= Integer.MAX_VALUE
            ? (int) seconds : null);
      }
    }
    return null;
  }

  /** The item's image, banner or image attachment, else the first picture of its summary or content. */
  private static String image(JsonNode item, String base, String summaryHtml, String contentHtml, String textBase) {
    String image = Urls.resolve(base, text(item, "image"));
    image = image != null ? image : Urls.resolve(base, text(item, "banner_image"));
    for (JsonNode att : item.path("attachments")) {
      if (image == null && att.path("mime_type").asText("").startsWith("image/")) {
        image = Urls.resolve(base, att.path("url").asText(null));
      }
    }
    image = image != null ? image : FeedDocument.firstImage(summaryHtml, textBase);
    return image != null ? image : FeedDocument.firstImage(contentHtml, textBase);
  }

  private static String authorOf(Map<String, JsonNode> fields) {
    JsonNode authors = fields.get("authors");
    if (authors != null && authors.isArray() && authors.size() > 0) {
      return AuthorNames.of(authors.get(0).path("name").asText(null));
    }
    return fields.containsKey("author") ? AuthorNames.of(fields.get("author").path("name").asText(null)) : null;
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null && !value.isBlank() && !list.contains(value.strip())) {
      list.add(value.strip());
    }
  }

  private static String text(JsonNode node, String field) {
    return text(node.get(field));
  }

  private static String present(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static String text(JsonNode v) {
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
