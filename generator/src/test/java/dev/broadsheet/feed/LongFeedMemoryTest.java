package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed far longer than a source keeps is read in memory that follows what is kept: 200,000
 * items (about 30 MB, as RSS or as JSON Feed) in a JVM with a 256 MB heap, which reading every item into a document
 * could not do (a 10 MB feed of 190,000 items once took 1.1 GB).
 */
class LongFeedMemoryTest {
  private static final int ITEMS = 200_000;
  private static final int MAX_ITEMS = 100;
  private static final Instant NEWEST = Instant.parse("2026-11-25T06:00:00Z");
  private static final Pattern LINE = Pattern.compile("entries=(\\d+) offered=(\\d+) articles=(\\d+) links=(\\S*)");

  @TempDir Path temp;

  /**
   * Item {@code n} is {@code n} minutes older than the newest; the document holds them in a
   * scrambled order (a step coprime with the count), so the newest are not simply the first.
   */
  private Path writeFeed() throws IOException {
    Path file = temp.resolve("scrambled.xml");
    DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>The Wire</title>"
          + "<link>https://wire.example/</link><description>Everything</description>\n");
      for (int i = 0; i < ITEMS; i++) {
        int n = (int) ((i * 7919L) % ITEMS);
        out.write("<item><title>Story " + n + "</title><link>https://wire.example/" + n + "</link><pubDate>"
            + rfc.format(NEWEST.minusSeconds(60L * n)) + "</pubDate><description><![CDATA[<p>What happened in story "
            + n + ".</p>]]></description><!-- " + n + " --></item>\n");
      }
      out.write("</channel></rss>\n");
    }
    return file;
  }

  /** The same 200,000 items, scrambled the same way, as a JSON Feed. */
  private Path writeJsonFeed() throws IOException {
    Path file = temp.resolve("scrambled.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"The Wire\", \"items\": [\n");
      for (int i = 0; i < ITEMS; i++) {
        int n = (int) ((i * 7919L) % ITEMS);
        out.write((i == 0 ? "" : ",\n") + "{\"id\": \"" + n + "\", \"url\": \"https://wire.example/" + n
            + "\", \"title\": \"Story " + n + "\", \"date_published\": \"" + NEWEST.minusSeconds(60L * n)
            + "\", \"content_html\": \"<p>What happened in story " + n + ".</p>\", \"tags\": [\"wire\"]}");
      }
      out.write("\n], \"home_page_url\": \"https://wire.example/\"}\n");
    }
    return file;
  }

  private static Matcher readInChild(Path feed) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        ReadFeedInChild.class.getName(), feed.toString(), String.valueOf(MAX_ITEMS)));
    Path log = feed.resolveSibling(feed.getFileName() + ".log");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child finishes").isTrue();
    String output = Files.readString(log);
    assertThat(child.exitValue()).as("the child's exit status; it said: %s", output).isZero();
    Matcher m = LINE.matcher(output);
    assertThat(m.find()).as("the child's report: %s", output).isTrue();
    return m;
  }

  private static List<String> newestLinks() {
    List<String> links = new ArrayList<>();
    for (int n = 0; n < MAX_ITEMS; n++) {
      links.add("https://wire.example/" + n);
    }
    return links;
  }

  @Test
  void aScrambled200000ItemFeedIsReadIn256MbAndKeepsTheNewestMaxItems() throws Exception {
    Matcher m = readInChild(writeFeed());
    assertThat(Integer.parseInt(m.group(2))).as("items offered").isEqualTo(ITEMS);
    assertThat(Integer.parseInt(m.group(1))).as("entries built").isEqualTo(ItemWindow.size(MAX_ITEMS));
    assertThat(Integer.parseInt(m.group(3))).as("articles kept").isEqualTo(MAX_ITEMS);
    assertThat(List.of(m.group(4).split(","))).isEqualTo(newestLinks());
  }

  @Test
  void aScrambled200000ItemJsonFeedIsReadIn256MbAndKeepsTheNewestMaxItems() throws Exception {
    Matcher m = readInChild(writeJsonFeed());
    assertThat(Integer.parseInt(m.group(2))).as("items offered").isEqualTo(ITEMS);
    assertThat(Integer.parseInt(m.group(1))).as("entries built").isEqualTo(ItemWindow.size(MAX_ITEMS));
    assertThat(Integer.parseInt(m.group(3))).as("articles kept").isEqualTo(MAX_ITEMS);
    assertThat(List.of(m.group(4).split(","))).isEqualTo(newestLinks());
  }
}
