import dev.broadsheet.feed.FeedContext;
import dev.broadsheet.feed.FeedException;
import dev.broadsheet.feed.FeedReader;
import dev.broadsheet.feed.ParsedFeed;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Feed reading benchmark: CPU time of this thread (ThreadMXBean) to read the corpus's 10,000-item
 * feed, a generated 10,000-item RSS feed with the usual modules, a generated 10,000-item JSON Feed,
 * and every file of the corpus once. Each long feed is read whole (as {@code broadsheet feed} does)
 * and with a source's window (maxItems 100, as a build does). Run by bench/feed-read.sh.
 */
public class FeedReadBench {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    if (args[0].equals("cold")) {
      cold(Path.of(args[1]));
      return;
    }
    Path corpus = Path.of(args[0]);
    int rounds = Integer.parseInt(args.length > 1 ? args[1] : "5");
    List<String[]> feeds = new ArrayList<>();
    Path tenK = corpus.resolve("hostile/many_items_10000.xml");
    if (Files.isRegularFile(tenK)) {
      feeds.add(new String[] {"corpus hostile/many_items_10000.xml", tenK.toString()});
    }
    Path dir = Files.createTempDirectory("broadsheet-feed-bench");
    Path rss = dir.resolve("generated-10000.xml");
    Files.writeString(rss, generatedRss(10_000), StandardCharsets.UTF_8);
    feeds.add(new String[] {"generated RSS 2.0, 10,000 items", rss.toString()});
    Path json = dir.resolve("generated-10000.json");
    Files.writeString(json, generatedJson(10_000), StandardCharsets.UTF_8);
    feeds.add(new String[] {"generated JSON Feed, 10,000 items", json.toString()});
    FeedReader reader = new FeedReader();
    System.out.printf("%-38s %9s %12s %12s %10s %10s%n", "feed (median of " + rounds + " rounds)", "maxItems",
        "CPU ms", "items/s", "entries", "min ms");
    for (String[] f : feeds) {
      byte[] bytes = Files.readAllBytes(Path.of(f[1]));
      for (int maxItems : new int[] {Integer.MAX_VALUE, 100}) {
        FeedContext context = new FeedContext(null, "http://127.0.0.1:8097/feed", null, ZoneOffset.UTC, 64L << 20,
            maxItems);
        reader.read(bytes, context); // warm-up
        long[] times = new long[rounds];
        ParsedFeed feed = null;
        for (int r = 0; r < rounds; r++) {
          long start = CPU.getCurrentThreadCpuTime();
          feed = reader.read(bytes, context);
          times[r] = CPU.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(times);
        double ms = times[rounds / 2] / 1e6;
        System.out.printf("%-38s %9s %12.1f %12.0f %10d %10.1f%n", f[0], maxItems == Integer.MAX_VALUE ? "all" : maxItems,
            ms, feed.offered() / (ms / 1000), feed.entries().size(), times[0] / 1e6);
      }
    }
    corpusPass(corpus, reader);
  }

  /**
   * One read of {@code file} in a fresh JVM, as a build reads each feed once: this thread's CPU
   * time, and the whole process's (which adds the JIT compiler and the garbage collector).
   */
  private static void cold(Path file) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    byte[] bytes = Files.readAllBytes(file);
    long process = os.getProcessCpuTime();
    long start = CPU.getCurrentThreadCpuTime();
    ParsedFeed feed = new FeedReader().read(bytes, FeedContext.of(null, "http://127.0.0.1:8097/feed"));
    long thread = CPU.getCurrentThreadCpuTime() - start;
    System.out.printf("%-38s %9s %12.1f %12.0f %10d   (process CPU %.1f ms)%n", "first read, fresh JVM: "
        + file.getFileName(), "all", thread / 1e6, feed.offered() / (thread / 1e9), feed.entries().size(),
        (os.getProcessCpuTime() - process) / 1e6);
  }

  /** Every corpus file once after one warm-up pass: total and worst CPU time. */
  private static void corpusPass(Path corpus, FeedReader reader) throws Exception {
    List<Path> files = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("expectations.tsv"), StandardCharsets.UTF_8)) {
      String file = line.split("\t", -1)[0];
      if (!file.equals("file") && !file.endsWith(".py") && Files.isRegularFile(corpus.resolve(file))) {
        files.add(corpus.resolve(file));
      }
    }
    long total = 0;
    long worst = 0;
    String worstName = "";
    for (int pass = 0; pass < 2; pass++) {
      total = 0;
      for (Path file : files) {
        byte[] bytes = Files.readAllBytes(file);
        long start = CPU.getCurrentThreadCpuTime();
        try {
          reader.read(bytes, FeedContext.of(null, "http://127.0.0.1:8097/" + corpus.relativize(file)));
        } catch (FeedException expected) {
          // rejected cases count too: refusing must be cheap as well
        }
        long t = CPU.getCurrentThreadCpuTime() - start;
        total += t;
        if (pass == 1 && t > worst) {
          worst = t;
          worstName = corpus.relativize(file).toString();
        }
      }
    }
    System.out.printf("corpus: %d files, %.1f ms CPU in all, %.2f ms per file, slowest %s %.1f ms%n", files.size(),
        total / 1e6, total / 1e6 / files.size(), worstName, worst / 1e6);
  }

  static String generatedRss(int items) {
    DateTimeFormatter rfc = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    Instant newest = Instant.parse("2026-11-25T06:00:00Z");
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\""
        + " xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>Wire</title>"
        + "<link>https://wire.example/</link><description>All of it</description>\n");
    for (int i = 0; i < items; i++) {
      xml.append("<item><title>Story ").append(i).append(" &amp; more</title><link>/news/").append(i)
          .append("</link><guid isPermaLink=\"false\">wire-").append(i).append("</guid><pubDate>")
          .append(rfc.format(newest.minusSeconds(600L * i))).append("</pubDate><dc:creator>Reporter ").append(i % 50)
          .append("</dc:creator><category>World</category><category>Topic ").append(i % 20)
          .append("</category><description><![CDATA[<p>What happened in <b>story ").append(i)
          .append("</b>, and why it matters.</p>]]></description><media:content url=\"/img/").append(i)
          .append(".jpg\" medium=\"image\"/></item>\n");
    }
    return xml.append("</channel></rss>\n").toString();
  }

  static String generatedJson(int items) {
    Instant newest = Instant.parse("2026-11-25T06:00:00Z");
    StringBuilder json = new StringBuilder("{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Wire\","
        + "\"home_page_url\":\"https://wire.example/\",\"items\":[\n");
    for (int i = 0; i < items; i++) {
      json.append(i == 0 ? "" : ",\n").append("{\"id\":\"wire-").append(i).append("\",\"url\":\"https://wire.example/news/")
          .append(i).append("\",\"title\":\"Story ").append(i).append("\",\"content_html\":\"<p>What happened in <b>story ")
          .append(i).append("</b>.</p>\",\"date_published\":\"").append(newest.minusSeconds(600L * i))
          .append("\",\"authors\":[{\"name\":\"Reporter ").append(i % 50).append("\"}],\"tags\":[\"World\"]}");
    }
    return json.append("\n]}\n").toString();
  }
}
