package dev.broadsheet.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small site whose inputs change between two versions so that its second build writes, keeps
 * and deletes files: the wire feed gains stories and retitles one, the about page is edited, the
 * contact page and a static file are removed.
 */
final class TestSite {
  private TestSite() {}

  static void write(Path site, int version) throws IOException {
    Files.createDirectories(site.resolve("feeds"));
    Files.createDirectories(site.resolve("pages"));
    Files.createDirectories(site.resolve("static"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: The Test Digest
        baseUrl: https://news.example/
        sources:
          - {id: wire, name: The Wire, url: feeds/wire.xml, section: World}
          - {id: courier, name: The Courier, url: feeds/courier.xml, section: Local}
        """);
    Files.writeString(site.resolve("feeds/wire.xml"), feed("The Wire", "wire",
        version == 1 ? List.of(1, 2, 3, 4) : List.of(1, 2, 3, 4, 5, 6, 7), version));
    Files.writeString(site.resolve("feeds/courier.xml"), feed("The Courier", "courier", List.of(1, 2, 3), 1));
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About\n---\nWe read the news, version "
        + version + ".\n");
    Files.writeString(site.resolve("static/robots.txt"), "User-agent: *\n");
    if (version == 1) {
      Files.writeString(site.resolve("pages/contact.md"), "---\ntitle: Contact\n---\nWrite to us.\n");
      Files.writeString(site.resolve("static/old-banner.txt"), "Closing down sale\n");
    } else {
      Files.deleteIfExists(site.resolve("pages/contact.md"));
      Files.deleteIfExists(site.resolve("static/old-banner.txt"));
    }
  }

  private static String feed(String title, String id, List<Integer> items, int version) {
    List<String> xml = new ArrayList<>();
    xml.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>" + title
        + "</title><link>https://" + id + ".example/</link><description>News</description>");
    for (int n : items) {
      String headline = n == 3 && version == 2 ? "Story three, updated" : "Story " + n + " from " + title;
      xml.add("<item><title>" + headline + "</title><link>https://" + id + ".example/" + n + "</link>"
          + "<guid>https://" + id + ".example/" + n + "</guid>"
          + "<pubDate>" + (17 + n / 3) + " Nov 2026 " + (8 + n) + ":00:00 +0000</pubDate>"
          + "<description>What happened in story " + n + ".</description></item>");
    }
    xml.add("</channel></rss>\n");
    return String.join("\n", xml);
  }
}
