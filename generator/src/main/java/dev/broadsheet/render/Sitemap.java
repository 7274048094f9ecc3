package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The site's sitemap (in parts of at most {@link #LIMIT} addresses, with an index above that) and its robots.txt. */
final class Sitemap {
  /** The most URLs one sitemap file may list (sitemaps.org). */
  static final int LIMIT = 50_000;

  private final TemplateHelpers helpers;
  private final ZoneId zone;

  /** A sitemap whose addresses {@code helpers} makes absolute, with days in {@code zone}. */
  Sitemap(TemplateHelpers helpers, ZoneId zone) {
    this.helpers = helpers;
    this.zone = zone;
  }

  /** {@code sitemap.xml} for every page; above 50,000 URLs, numbered parts and an index. */
  List<RenderedFile> files(Map<String, Instant> pages) {
    // Written for a hundred thousand pages on every build: paths sorted in an array rather than a
    // tree, each day's lastmod text made once, every URL appended to its part directly.
    String[] paths = pages.keySet().toArray(String[]::new);
    Arrays.sort(paths);
    Map<Long, String> days = new HashMap<>();
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    String open = "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    List<RenderedFile> parts = new ArrayList<>();
    int count = (paths.length + LIMIT - 1) / LIMIT;
    for (int part = 0; part * LIMIT < paths.length || part == 0; part++) {
      StringBuilder xml = new StringBuilder(head).append(open);
      for (int i = part * LIMIT; i < Math.min(paths.length, (part + 1) * LIMIT); i++) {
        if (i > part * LIMIT) {
          xml.append('\n');
        }
        xml.append("<url><loc>").append(escape(helpers.absolute(paths[i]))).append("</loc>");
        Instant changed = pages.get(paths[i]);
        if (changed != null) {
          // The day in the site's time zone: an edition begins at its midnight, which is the day
          // before in UTC east of Greenwich.
          java.time.LocalDate day = java.time.LocalDate.ofInstant(changed, zone);
          xml.append(days.computeIfAbsent(day.toEpochDay(), d -> "<lastmod>" + day + "</lastmod>"));
        }
        xml.append("</url>");
      }
      xml.append("\n</urlset>\n");
      parts.add(new RenderedFile(count <= 1 ? "sitemap.xml" : "sitemap-" + (part + 1) + ".xml", bytes(xml.toString())));
    }
    if (count <= 1) {
      return parts;
    }
    StringBuilder index = new StringBuilder(head + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (RenderedFile part : parts) {
      index.append("<sitemap><loc>").append(escape(helpers.absolute(part.path()))).append("</loc></sitemap>\n");
    }
    List<RenderedFile> files = new ArrayList<>(parts);
    files.add(new RenderedFile("sitemap.xml", bytes(index.append("</sitemapindex>\n").toString())));
    return files;
  }

  /** {@code robots.txt}: everything may be crawled, and the sitemap is where it says. */
  static RenderedFile robots(TemplateHelpers helpers) {
    return new RenderedFile("robots.txt",
        bytes("User-agent: *\nAllow: /\n\nSitemap: " + helpers.absolute("sitemap.xml") + "\n"));
  }

  private static String escape(String s) {
    if (s.indexOf('&') < 0 && s.indexOf('<') < 0 && s.indexOf('>') < 0) {
      return s;
    }
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
