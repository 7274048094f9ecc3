package dev.broadsheet.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.base.DateParser;
import dev.broadsheet.base.HtmlSanitizer;
import dev.broadsheet.base.Urls;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** Reads JSON Feed 1.0 and 1.1 (jsonfeed.org), which Rome does not know. */
final class JsonFeedReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final HtmlSanitizer sanitizer;

  JsonFeedReader(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  ParsedFeed read(String text, String documentUrl, ZoneId zone, String charset, List<String> warnings)
      throws FeedException {
    JsonNode root;
    try {
      root = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new FeedException("not valid JSON (line " + line + "): " + e.getOriginalMessage().lines().findFirst().orElse(""));
    }
    String version = root.path("version").asText("");
    if (!version.startsWith("https://jsonfeed.org/version/") || !root.path("items").isArray()) {
      String hint = root.has("error") || root.has("message") ? " (it looks like an API error: "
          + HtmlSanitizer.text(root.path("error").isTextual() ? root.path("error").asText()
              : root.path("message").asText()) + ")" : "";
      throw new FeedException("not a feed: a JSON document without a JSON Feed version and items" + hint);
    }
    String base = documentUrl != null ? documentUrl : text(root, "feed_url");
    String feedAuthor = authorOf(root);
    List<FeedEntry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      String link = Urls.resolve(base, text(item, "url"));
      String guid = text(item, "id");
      String title = HtmlSanitizer.text(text(item, "title"));
      String html = text(item, "content_html");
      if (html == null && text(item, "content_text") != null) {
        html = "<p>" + org.jsoup.nodes.Entities.escape(text(item, "content_text")) + "</p>";
      }
      if (text(item, "summary") != null && html == null) {
        html = "<p>" + org.jsoup.nodes.Entities.escape(text(item, "summary")) + "</p>";
      }
      String summary = sanitizer.sanitize(html, link != null ? link : base);
      if (title.isEmpty() && !summary.isEmpty()) {
        title = TitleFallback.fromSummary(summary);
      }
      List<String> authors = new ArrayList<>();
      item.path("authors").forEach(a -> addIfPresent(authors, a.path("name").asText(null)));
      addIfPresent(authors, item.path("author").path("name").asText(null));
      if (authors.isEmpty() && feedAuthor != null) {
        authors.add(feedAuthor);
      }
      List<String> tags = new ArrayList<>();
      item.path("tags").forEach(t -> addIfPresent(tags, t.asText(null)));
      Instant published = DateParser.parse(text(item, "date_published"), zone).orElse(null);
      Instant updated = DateParser.parse(text(item, "date_modified"), zone).orElse(null);
      String image = Urls.resolve(base, text(item, "image"));
      if (image == null) {
        image = Urls.resolve(base, text(item, "banner_image"));
      }
      if (image == null) {
        for (JsonNode att : item.path("attachments")) {
          if (att.path("mime_type").asText("").startsWith("image/")) {
            image = Urls.resolve(base, att.path("url").asText(null));
            break;
          }
        }
      }
      if (link == null && guid == null && title.isEmpty()) {
        warnings.add("skipped an item with no url, id or title");
        continue;
      }
      entries.add(new FeedEntry(guid, link, title, summary, authors, tags, published != null ? published : updated,
          updated, image, null));
    }
    String format = version.endsWith("/1") ? "JSON Feed 1.0" : version.endsWith("/1.1") ? "JSON Feed 1.1" : "JSON Feed";
    return new ParsedFeed(format, charset, HtmlSanitizer.text(text(root, "title")),
        Urls.resolve(base, text(root, "home_page_url")), entries, warnings);
  }

  private static String authorOf(JsonNode root) {
    JsonNode authors = root.path("authors");
    if (authors.isArray() && authors.size() > 0) {
      return authors.get(0).path("name").asText(null);
    }
    return root.path("author").path("name").asText(null);
  }

  private static void addIfPresent(List<String> list, String value) {
    if (value != null && !value.isBlank() && !list.contains(value.strip())) {
      list.add(value.strip());
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
  }
}
