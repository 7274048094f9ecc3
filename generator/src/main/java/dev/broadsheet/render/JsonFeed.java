package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.broadsheet.config.SiteConfig;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link FeedWriter.Channel} as JSON Feed 1.1: our page as each item's url, the original as its external_url. */
final class JsonFeed {
  private JsonFeed() {}

  static byte[] write(SiteConfig config, TemplateHelpers helpers, FeedWriter.Channel channel, String selfPath) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("version", "https://jsonfeed.org/version/1.1");
    doc.put("title", channel.title());
    doc.put("home_page_url", helpers.absolute(channel.pagePath()));
    doc.put("feed_url", helpers.absolute(selfPath));
    if (!channel.description().isEmpty()) {
      doc.put("description", channel.description());
    }
    doc.put("language", config.language());
    List<Map<String, Object>> items = new ArrayList<>();
    for (FeedWriter.Entry e : channel.entries()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", e.id());
      item.put("url", e.pageUrl());
      item.put("external_url", e.link());
      item.put("title", e.title());
      item.put("content_html", e.html());
      if (e.time() != null && e.dated()) {
        item.put("date_published", e.time().toString());
      }
      if (e.updated() != null && !e.updated().equals(e.time())) {
        item.put("date_modified", e.updated().toString());
      }
      // Named as in Atom: its authors, else whom it is credited to (its publisher).
      List<String> names = e.namedAuthors();
      if (!names.isEmpty()) {
        // Ordered maps throughout: the order of Map.of differs from one JVM to the next.
        item.put("authors", names.stream().map(JsonFeed::author).toList());
      }
      if (e.image() != null) {
        item.put("image", e.image().url());
      }
      if (!e.categories().isEmpty()) {
        item.put("tags", e.categories());
      }
      if (e.media() != null) {
        Map<String, Object> attachment = new LinkedHashMap<>();
        attachment.put("url", dev.broadsheet.base.Urls.ascii(e.media().url()));
        attachment.put("mime_type", e.media().typeOrGuess());
        if (e.media().length() != null) {
          attachment.put("size_in_bytes", e.media().length());
        }
        if (e.media().seconds() != null) {
          attachment.put("duration_in_seconds", e.media().seconds());
        }
        item.put("attachments", List.of(attachment));
      }
      if (e.language() != null) {
        item.put("language", e.language());
      }
      items.add(item);
    }
    doc.put("items", items);
    try {
      return (new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc) + "\n")
          .getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON feed", e);
    }
  }

  private static Map<String, Object> author(String name) {
    Map<String, Object> author = new LinkedHashMap<>();
    author.put("name", name);
    return author;
  }
}
