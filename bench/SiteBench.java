import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Whole-site benchmark: a generated site of N articles from 50 saved feeds, built offline three
 * times (first build, unchanged rebuild, rebuild after one new article), with the size of the
 * search index, raw and gzipped. Run by bench/site.sh.
 */
public class SiteBench {
  private static final String[] WORDS = ("harbour council budget storm ferry market school hospital bridge river "
      + "energy wind solar rail tram station museum festival election court police weather shipping jobs housing "
      + "rents prices bank rates inflation farmers harvest science research telescope vaccine climate ocean forest "
      + "football netball rowing marathon cup league theatre opera film music library university").split(" ");

  public static void main(String[] args) throws Exception {
    int articles = Integer.parseInt(args.length > 0 ? args[0] : "10000");
    Path site = Files.createTempDirectory("broadsheet-site-bench");
    Files.createDirectories(site.resolve("feeds"));
    StringBuilder yaml = new StringBuilder("title: Bench Digest\nbaseUrl: https://bench.example/\ntimezone: UTC\n"
        + "editions: {sections: [Local, Business, Science, Sports, Culture]}\nsources:\n");
    String[] sections = {"Local", "Business", "Science", "Sports", "Culture"};
    Random random = new Random(42);
    int perFeed = articles / 50;
    for (int f = 0; f < 50; f++) {
      yaml.append("  - {id: s").append(f).append(", name: Source ").append(f).append(", url: feeds/f").append(f)
          .append(".xml, maxItems: ").append(perFeed).append(", section: ").append(sections[f % 5]).append("}\n");
      StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Source " + f
          + "</title><link>https://s" + f + ".example/</link><description>d</description>");
      for (int i = 0; i < perFeed; i++) {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 7; w++) {
          title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        title.append(' ').append(f * perFeed + i);
        int day = 1 + (i % 28);
        xml.append("<item><title>").append(title).append("</title><link>https://s").append(f).append(".example/")
            .append(i).append("</link><pubDate>").append(String.format("%02d", day)).append(" Oct 2026 ")
            .append(String.format("%02d", i % 24)).append(":00:00 GMT</pubDate><description>")
            .append(title).append(". A summary of this story in one or two sentences, as feeds usually give.")
            .append("</description></item>");
      }
      Files.writeString(site.resolve("feeds/f" + f + ".xml"), xml.append("</channel></rss>"));
    }
    Files.writeString(site.resolve("broadsheet.yaml"), yaml);
    Clock clock = Clock.fixed(Instant.parse("2026-11-01T00:00:00Z"), ZoneOffset.UTC);
    run("first build", site, clock);
    run("rebuild, nothing changed", site, clock);
    Path one = site.resolve("feeds/f0.xml");
    Files.writeString(one, Files.readString(one).replace("<description>d</description>",
        "<description>d</description><item><title>One new story</title><link>https://s0.example/new</link>"
            + "<pubDate>29 Oct 2026 10:00:00 GMT</pubDate></item>"));
    run("rebuild, one new article", site, clock);
    // The index and its parts by month, each gzipped as a server would send it.
    long raw = 0;
    long zipped = 0;
    int parts = 0;
    try (var scripts = Files.list(site.resolve("public/search"))) {
      for (Path script : scripts.filter(p -> p.toString().endsWith(".js")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(script);
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
          out.write(bytes);
        }
        raw += bytes.length;
        zipped += gz.size();
        parts++;
      }
    }
    System.out.printf("search index for %d articles: %.2f MB, %.2f MB gzipped, in %d scripts%n", articles, raw / 1e6,
        zipped / 1e6, parts);
    long files;
    try (var walk = Files.walk(site.resolve("public"))) {
      files = walk.filter(Files::isRegularFile).count();
    }
    System.out.println("output files: " + files + " in " + site.resolve("public"));
  }

  private static void run(String name, Path site, Clock clock) {
    long start = System.nanoTime();
    BuildResult r = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(clock));
    System.out.printf("%-26s %.2f s: %d stored, %d stories, %d files written, %d unchanged; stages %s%n", name,
        (System.nanoTime() - start) / 1e9, r.articles().stored(), r.site().stories(), r.site().filesWritten(), r.site().filesUnchanged(),
        r.stageTimes().toString().replace("PT", ""));
  }
}
