package dev.broadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saved RSS files for build tests: a channel of the paper.example outlet around the items given. */
final class SavedFeeds {
  private SavedFeeds() {}

  /** {@code <item>} of a headline, its link on paper.example and its date (RFC 822), or none when null. */
  static String item(String title, String path, String pubDate) {
    return "<item><title>" + title + "</title><link>https://paper.example/" + path + "</link>"
        + (pubDate == null ? "" : "<pubDate>" + pubDate + "</pubDate>") + "</item>";
  }

  /** Writes an RSS 2.0 file of the paper.example outlet holding {@code items}. */
  static void write(Path file, String... items) throws IOException {
    Files.writeString(file, "<rss version=\"2.0\"><channel><title>P</title><link>https://paper.example/</link>"
        + "<description>d</description>" + String.join("", items) + "</channel></rss>");
  }
}
