package dev.broadsheet.browser;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a site whose every input field carries hostile vectors: a saved RSS feed and a JSON Feed
 * (title, summary and content HTML, link, author, category or tag, enclosure and image URLs,
 * source name), and picks of URLs of their own (title, section, tags, image, note body). To keep
 * the pages to load few, the vectors are dealt into {@link #PER_ITEM}-vector groups, each group
 * filling every field of one RSS item, one JSON item and one pair of picks; a group takes every
 * {@code groups}-th vector, so that it mixes kinds and one vector seldom shields another. Item
 * {@code k} is dated {@code k % DAYS} days back, so that it lands in an edition as well as on its
 * own article page.
 */
final class HostileSite {
  static final int DAYS = 7;
  static final int PER_ITEM = 5;
  static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 24);
  /** The fields each vector is placed in; reported by the test. */
  static final List<String> PLACEMENTS = List.of(
      "rss title", "rss description", "rss content:encoded", "rss link", "rss guid", "rss author", "rss dc:creator",
      "rss category", "rss enclosure url", "rss media:thumbnail url", "rss source name", "json title",
      "json content_html", "json summary", "json url", "json author name", "json author url", "json tag",
      "json image", "json banner_image", "json attachment url", "pick title", "pick section", "pick tags",
      "pick image", "pick note body");

  private HostileSite() {}

  static void write(Path site, List<String> all) throws IOException {
    List<String> vectors = groups(all);
    Files.createDirectories(site.resolve("feeds"));
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: The Hostile Digest
        baseUrl: https://hostile.example/
        sources:
          - {id: rss, name: Hostile RSS, url: feeds/hostile.xml, section: World, maxItems: 1000}
          - {id: json, name: Hostile JSON, url: feeds/hostile.json, section: Business, maxItems: 1000}
        """);
    Files.writeString(site.resolve("feeds/hostile.xml"), rss(vectors));
    Files.writeString(site.resolve("feeds/hostile.json"), json(vectors));
    for (int i = 0; i < vectors.size(); i++) {
      int n = i + 1;
      String v = vectors.get(i);
      // Two picks per vector: an invalid image makes a pick the editor's problem, and would
      // then keep the other fields from being tried.
      Files.writeString(site.resolve("picks/" + n + "-fields.md"), "---\nurl: https://picks.example/" + n
          + "\ntitle: " + yaml("Pick " + n + " " + v) + "\nsection: " + yaml(v) + "\ntags: [" + yaml(v)
          + ", plain]\ndate: " + day(n) + "\n---\n" + v + "\n\nNote " + n + " " + v + "\n");
      Files.writeString(site.resolve("picks/" + n + "-image.md"), "---\nurl: https://picks.example/image/" + n
          + "\ntitle: Pick image " + n + "\nimage: " + yaml(v) + "\ndate: " + day(n) + "\n---\nImage " + n + "\n");
    }
  }

  /** The vectors dealt into groups of about {@link #PER_ITEM}, each group joined into one string. */
  static List<String> groups(List<String> vectors) {
    int count = (vectors.size() + PER_ITEM - 1) / PER_ITEM;
    List<String> groups = new java.util.ArrayList<>();
    for (int k = 0; k < count; k++) {
      StringBuilder group = new StringBuilder();
      for (int i = k; i < vectors.size(); i += count) {
        group.append(group.isEmpty() ? "" : " \u00b7 ").append(vectors.get(i));
      }
      groups.add(group.toString());
    }
    return groups;
  }

  static LocalDate day(int n) {
    return LAST_DAY.minusDays(n % DAYS);
  }

  private static String rss(List<String> vectors) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" "
        + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" "
        + "xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>" + xml(vectors.get(0))
        + "</title><link>https://rss.hostile.example/</link><description>d</description>\n");
    for (int i = 0; i < vectors.size(); i++) {
      int n = i + 1;
      String v = xml(vectors.get(i));
      xml.append("<item><title>Vector ").append(n).append(' ').append(v).append("</title><link>").append(v)
          .append("</link><guid isPermaLink=\"false\">").append(v).append(" rss ").append(n).append("</guid><pubDate>")
          .append(day(n).getDayOfMonth()).append(" Nov 2026 ").append(10 + n % 10).append(":").append(10 + n % 50)
          .append(":00 GMT</pubDate><author>").append(v).append("</author><dc:creator>").append(v)
          .append("</dc:creator><category>").append(v).append("</category><description>").append(v)
          .append(" rss summary ").append(n).append("</description><content:encoded><![CDATA[")
          .append(vectors.get(i).replace("]]>", "]]]]><![CDATA[>")).append(" rss content ").append(n)
          .append("]]></content:encoded><enclosure url=\"").append(v).append("\" type=\"image/jpeg\" length=\"1\"/>")
          .append("<media:thumbnail url=\"").append(v).append("\"/><source url=\"https://source.example/\">")
          .append(v).append("</source></item>\n");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  private static String json(List<String> vectors) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode feed = mapper.createObjectNode();
    feed.put("version", "https://jsonfeed.org/version/1.1");
    feed.put("title", vectors.get(1));
    feed.put("home_page_url", "https://json.hostile.example/");
    ArrayNode items = feed.putArray("items");
    for (int i = 0; i < vectors.size(); i++) {
      int n = i + 1;
      String v = vectors.get(i);
      ObjectNode item = items.addObject();
      item.put("id", "json-" + n);
      item.put("url", v);
      item.put("title", "Vector " + n + " " + v);
      item.put("content_html", v + " json content " + n);
      item.put("summary", v + " json summary " + n);
      item.put("date_published", day(n) + "T" + (10 + n % 10) + ":" + (10 + n % 50) + ":00Z");
      item.putArray("authors").addObject().put("name", v).put("url", v);
      item.putArray("tags").add(v).add("plain");
      item.put("image", v);
      item.put("banner_image", v);
      item.putArray("attachments").addObject().put("url", v).put("mime_type", "image/png");
    }
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(feed);
  }

  static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** A YAML double-quoted scalar: every character outside printable ASCII as an escape. */
  static String yaml(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7e) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
