import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fetch benchmark: N feeds served on 127.0.0.1, every answer delayed, a full build run twice.
 * The second run gets 304 Not Modified everywhere. Run by bench/fetch.sh.
 */
public class FetchBench {
  public static void main(String[] args) throws Exception {
    int feeds = Integer.parseInt(args.length > 0 ? args[0] : "500");
    int delayMs = Integer.parseInt(args.length > 1 ? args[1] : "200");
    int concurrency = Integer.parseInt(args.length > 2 ? args[2] : "16");
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger notModified = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1024);
    server.setExecutor(Executors.newFixedThreadPool(128));
    server.createContext("/feed/", ex -> {
      requests.incrementAndGet();
      try {
        Thread.sleep(delayMs);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      String n = ex.getRequestURI().getPath().replaceAll("\\D", "");
      String etag = "\"v" + n + "\"";
      if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
        notModified.incrementAndGet();
        ex.sendResponseHeaders(304, -1);
        ex.close();
        return;
      }
      StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Feed " + n
          + "</title><link>https://feed" + n + ".example/</link><description>d</description>");
      for (int i = 0; i < 10; i++) {
        xml.append("<item><title>Story ").append(i).append(" of feed ").append(n).append("</title><link>https://feed")
            .append(n).append(".example/").append(i).append("</link><pubDate>Fri, 20 Nov 2026 1").append(i % 10)
            .append(":00:00 GMT</pubDate><description>Summary of story ").append(i).append(".</description></item>");
      }
      byte[] body = xml.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("ETag", etag);
      ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
      ex.sendResponseHeaders(200, body.length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    Path site = Files.createTempDirectory("broadsheet-fetch-bench");
    StringBuilder yaml = new StringBuilder("title: Fetch bench\nbaseUrl: https://bench.example/\n"
        + "fetch: {concurrency: " + concurrency + ", perHost: " + concurrency + ", retries: 0}\nsources:\n");
    for (int i = 0; i < feeds; i++) {
      yaml.append("  - {id: f").append(i).append(", name: Feed ").append(i).append(", url: 'http://127.0.0.1:")
          .append(server.getAddress().getPort()).append("/feed/").append(i).append(".xml'}\n");
    }
    Files.writeString(site.resolve("broadsheet.yaml"), yaml);
    try {
      double floor = feeds * delayMs / 1000.0 / concurrency;
      System.out.printf("feeds: %d, delay per answer: %d ms, concurrency: %d (one host, so perHost = %d)%n",
          feeds, delayMs, concurrency, concurrency);
      System.out.printf("floor (feeds x delay / concurrency): %.2f s%n", floor);
      run("first run (200 + parse)", site, requests, notModified);
      run("second run (all 304)", site, requests, notModified);
    } finally {
      server.stop(0);
      System.exit(0);
    }
  }

  private static void run(String name, Path site, AtomicInteger requests, AtomicInteger notModified) {
    requests.set(0);
    notModified.set(0);
    long start = System.nanoTime();
    BuildResult r = Broadsheet.build(BuildOptions.of(site));
    double wall = (System.nanoTime() - start) / 1e9;
    // Each feed is read as it is fetched: the fetch stage's time includes parsing.
    System.out.printf("%-24s fetch and feed parsing %.2f s, whole build %.2f s; %d requests, %d not modified, "
            + "%d ok, %d failed, %d articles stored%n",
        name, r.stageTimes().get("fetch").toMillis() / 1000.0, wall,
        requests.get(), notModified.get(), r.sources().ok(), r.sources().failed(), r.articles().stored());
  }
}
