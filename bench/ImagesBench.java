import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Lead images end to end: N stories whose feed items name a 2000x1333 JPEG each on a local server;
 * the site is built online with an empty cache, online with the cache, and offline. Run by
 * bench/images.sh.
 */
public class ImagesBench {
  public static void main(String[] args) throws Exception {
    int stories = Integer.parseInt(args.length > 0 ? args[0] : "60");
    byte[][] photos = new byte[stories][];
    Random random = new Random(7);
    for (int i = 0; i < stories; i++) {
      photos[i] = photo(random);
    }
    AtomicInteger requests = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
    server.createContext("/", ex -> {
      requests.incrementAndGet();
      int n = Integer.parseInt(ex.getRequestURI().getPath().replaceAll("\\D", ""));
      ex.getResponseHeaders().add("Content-Type", "image/jpeg");
      ex.sendResponseHeaders(200, photos[n].length);
      try (OutputStream out = ex.getResponseBody()) {
        out.write(photos[n]);
      }
    });
    server.start();
    String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    Path site = Files.createTempDirectory("broadsheet-images-bench");
    Files.createDirectories(site.resolve("feeds"));
    StringBuilder xml = new StringBuilder("<rss version=\"2.0\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel>"
        + "<title>Pictures</title><link>https://p.example/</link><description>d</description>");
    for (int i = 0; i < stories; i++) {
      xml.append("<item><title>Story number ").append(i).append(" with its own picture</title><link>https://p.example/")
          .append(i).append("</link><description>Summary ").append(i).append(".</description><pubDate>")
          .append(String.format("%02d", 1 + i % 28)).append(" Oct 2026 10:00:00 GMT</pubDate><media:content url=\"")
          .append(base).append("photo").append(i).append(".jpg\" medium=\"image\"/></item>");
    }
    Files.writeString(site.resolve("feeds/pictures.xml"), xml.append("</channel></rss>"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Images Bench\nbaseUrl: https://bench.example/\n"
        + "timezone: UTC\nfetch: {allowPrivateAddresses: true}\nsources:\n"
        + "  - {id: p, name: Pictures, url: feeds/pictures.xml, maxItems: " + stories + "}\n");
    long sourceBytes = 0;
    for (byte[] p : photos) {
      sourceBytes += p.length;
    }
    System.out.printf("%d stories, %d source JPEGs of 2000x1333, %,d bytes in all%n", stories, stories, sourceBytes);
    Clock clock = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    run("online, empty cache", site, false, clock, requests);
    run("online, cache filled", site, false, clock, requests);
    run("offline", site, true, clock, requests);
    server.stop(0);
    System.exit(0);
  }

  private static void run(String name, Path site, boolean offline, Clock clock, AtomicInteger requests) throws Exception {
    int before = requests.get();
    BuildResult r = Broadsheet.build(BuildOptions.of(site).withOffline(offline).withClock(clock));
    Duration images = r.stageTimes().getOrDefault("images", Duration.ZERO);
    long bytes = 0;
    int files = 0;
    Path dir = site.resolve("public/images");
    if (Files.isDirectory(dir)) {
      try (Stream<Path> list = Files.list(dir)) {
        for (Path p : list.toList()) {
          bytes += Files.size(p);
          files++;
        }
      }
    }
    Duration total = r.stageTimes().values().stream().reduce(Duration.ZERO, Duration::plus);
    System.out.printf("%-22s images stage %5d ms of %5d ms; %3d requests; %3d files, %,d bytes published; %d problems%n",
        name, images.toMillis(), total.toMillis(), requests.get() - before, files, bytes, r.problems().size());
  }

  /** A photo-like JPEG: a gradient sky, a horizon, and noise so it compresses like a real picture. */
  private static byte[] photo(Random random) throws Exception {
    BufferedImage img = new BufferedImage(2000, 1333, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setPaint(new GradientPaint(0, 0, new Color(random.nextInt(0xffffff)), 0, 800, new Color(random.nextInt(0xffffff))));
    g.fillRect(0, 0, 2000, 1333);
    g.setColor(new Color(random.nextInt(0xffffff)));
    g.fillRect(0, 800, 2000, 533);
    g.dispose();
    for (int i = 0; i < 200_000; i++) {
      int x = random.nextInt(2000);
      int y = random.nextInt(1333);
      img.setRGB(x, y, img.getRGB(x, y) ^ 0x101010);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(img, "jpeg", out);
    return out.toByteArray();
  }
}
