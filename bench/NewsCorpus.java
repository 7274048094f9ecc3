import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A generated year of full-text news written twice: as a Broadsheet site of saved RSS feeds and as
 * a Hugo site of Markdown pages with the same page kinds (home, daily editions, sections, sources,
 * articles with related stories, feeds, sitemap). Articles average about 880 words; events are
 * reported by one to four of the 200 sources within a day, so stories and related stories have
 * something to find. The same seed gives the same bytes.
 */
final class NewsCorpus {
  static final String[] SECTIONS = {"Local", "Business", "Science", "Sports", "Culture", "Politics", "World",
      "Health", "Technology", "Environment", "Education", "Travel"};
  static final int SOURCES = 200;
  static final Instant END = Instant.parse("2026-11-30T22:00:00Z");
  private static final DateTimeFormatter RFC822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'",
      Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final String[] SYLLABLES = ("ka ri to ne sa mu lo ve pa di gre han tor mel vin bar cos fel lin"
      + " mar pol sen tal wen dor").split(" ");

  record Item(int source, int serial, String title, String link, Instant time, List<String> keywords,
      List<String> paragraphs) {
    String section() {
      return SECTIONS[source % SECTIONS.length];
    }

    String sourceName() {
      return "Source " + source;
    }
  }

  private final String[] vocabulary;
  private final Random random;
  private final List<List<Item>> bySource = new ArrayList<>();

  /** Writes the corpus of {@code args[0]} articles into {@code args[1]}/broadsheet and /hugo, for profiling. */
  public static void main(String[] args) throws IOException {
    NewsCorpus corpus = new NewsCorpus(Integer.parseInt(args[0]), 2026);
    corpus.writeBroadsheet(Path.of(args[1], "broadsheet"));
    corpus.writeHugo(Path.of(args[1], "hugo"));
  }

  NewsCorpus(int articles, long seed) {
    random = new Random(seed);
    vocabulary = new String[6000];
    for (int i = 0; i < vocabulary.length; i++) {
      StringBuilder w = new StringBuilder();
      int n = 1 + (i % 3) + (i > 600 ? 1 : 0);
      int x = i;
      for (int s = 0; s < n; s++) {
        w.append(SYLLABLES[x % SYLLABLES.length]);
        x = x / SYLLABLES.length + 7 * s + 1;
      }
      vocabulary[i] = w.append(i > 2000 ? Integer.toString(i % 97, 36) : "").toString();
    }
    for (int s = 0; s < SOURCES; s++) {
      bySource.add(new ArrayList<>());
    }
    int serial = 0;
    long span = 365L * 24 * 3600;
    while (serial < articles) {
      Instant when = END.minusSeconds((long) (random.nextDouble() * span));
      List<String> keywords = new ArrayList<>();
      for (int k = 0; k < 5; k++) {
        keywords.add(vocabulary[300 + random.nextInt(vocabulary.length - 300)]);
      }
      int reports = Math.min(articles - serial, 1 + random.nextInt(4));
      for (int r = 0; r < reports; r++) {
        int source = random.nextInt(SOURCES);
        Instant time = when.plusSeconds(random.nextInt(20 * 3600));
        bySource.get(source).add(item(source, serial++, keywords, time.isAfter(END) ? END : time));
      }
    }
    bySource.forEach(list -> list.sort((a, b) -> b.time().compareTo(a.time())));
  }

  /** A new report of an existing event, or of a new one, at the end of the year. */
  Item extra(int serial) {
    List<String> keywords = List.of(word(), word(), word(), word(), word());
    return item(serial % SOURCES, 1_000_000 + serial, keywords, END.plusSeconds(60L * serial));
  }

  private Item item(int source, int serial, List<String> keywords, Instant time) {
    StringBuilder title = new StringBuilder();
    int words = 6 + random.nextInt(5);
    for (int w = 0; w < words; w++) {
      String word = w % 3 == 0 ? keywords.get((w / 3) % keywords.size()) : word();
      title.append(w == 0 ? capital(word) : word).append(w + 1 < words ? " " : "");
    }
    List<String> paragraphs = new ArrayList<>();
    int total = 400 + random.nextInt(961);
    while (total > 0) {
      int n = Math.min(total, 40 + random.nextInt(81));
      total -= n;
      StringBuilder p = new StringBuilder();
      for (int w = 0; w < n; w++) {
        String word = random.nextInt(100) < 8 ? keywords.get(random.nextInt(keywords.size())) : word();
        p.append(w == 0 ? capital(word) : word).append(w + 1 < n ? (random.nextInt(12) == 0 ? ", " : " ") : ".");
      }
      paragraphs.add(p.toString());
    }
    String day = time.toString().substring(0, 10).replace('-', '/');
    String link = "https://s" + source + ".example/" + day + "/story-" + serial;
    return new Item(source, serial, title.toString(), link, time, keywords, paragraphs);
  }

  /** Roughly Zipf: frequent words are very frequent, most are rare. */
  private String word() {
    return vocabulary[(int) Math.pow(vocabulary.length, random.nextDouble()) - 1];
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  List<Item> items(int source) {
    return bySource.get(source);
  }

  void writeBroadsheet(Path site) throws IOException {
    Files.createDirectories(site.resolve("feeds"));
    Files.createDirectories(site.resolve("picks"));
    StringBuilder yaml = new StringBuilder("title: Bench Digest\nbaseUrl: https://bench.example/\ntimezone: UTC\n"
        + "editions: {sections: [" + String.join(", ", SECTIONS) + "]}\nsources:\n");
    for (int s = 0; s < SOURCES; s++) {
      yaml.append("  - {id: s").append(s).append(", name: Source ").append(s).append(", url: feeds/s").append(s)
          .append(".xml, fullText: true, maxItems: ").append(items(s).size() + 50).append(", section: ")
          .append(SECTIONS[s % SECTIONS.length]).append("}\n");
      writeFeed(site, s, items(s));
    }
    Files.writeString(site.resolve("broadsheet.yaml"), yaml);
    Files.writeString(site.resolve("picks/pick.md"), pickFile(pickTarget(), "A note on this story."));
  }

  void writeFeed(Path site, int source, List<Item> items) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>Source " + source + "</title><link>https://s" + source + ".example/</link><description>News"
        + "</description>\n");
    for (Item i : items) {
      xml.append("<item><title>").append(i.title()).append("</title><link>").append(i.link()).append("</link><guid>")
          .append(i.link()).append("</guid><pubDate>").append(RFC822.format(i.time())).append("</pubDate>")
          .append("<description><![CDATA[<p>").append(String.join("</p><p>", i.paragraphs())).append("</p>]]>")
          .append("</description></item>\n");
    }
    Files.writeString(site.resolve("feeds/s" + source + ".xml"), xml.append("</channel></rss>\n"));
  }

  /** The article the pick is about: the newest of source 0. */
  Item pickTarget() {
    return items(0).get(0);
  }

  static String pickFile(Item target, String note) {
    return "---\nurl: " + target.link() + "\ndate: " + target.time().toString().substring(0, 10) + "\n---\n" + note
        + "\n";
  }

  void writeHugo(Path site) throws IOException {
    Files.createDirectories(site.resolve("layouts/_default"));
    for (int s = 0; s < SOURCES; s++) {
      for (Item i : items(s)) {
        writeHugoPage(site, i);
      }
    }
    Files.createDirectories(site.resolve("content/picks"));
    Files.writeString(site.resolve("content/picks/pick.md"), hugoPick("A note on this story."));
    Files.writeString(site.resolve("hugo.toml"), """
        baseURL = 'https://bench.example/'
        title = 'Bench Digest'
        paginate = 20
        disableKinds = ['robotsTXT']
        [taxonomies]
          source = 'sources'
          edition = 'editions'
        [related]
          includeNewer = true
          threshold = 80
          toLower = false
          [[related.indices]]
            name = 'keywords'
            weight = 100
          [[related.indices]]
            name = 'date'
            weight = 10
        """);
    HugoLayouts.write(site.resolve("layouts"));
  }

  String hugoPick(String note) {
    Item t = pickTarget();
    return "---\ntitle: \"Pick: " + t.title() + "\"\ndate: " + t.time() + "\noriginal: " + t.link() + "\n---\n" + note
        + "\n";
  }

  static void writeHugoPage(Path site, Item i) throws IOException {
    Path dir = site.resolve("content").resolve(i.section().toLowerCase(Locale.ROOT));
    Files.createDirectories(dir);
    String front = "---\ntitle: \"" + i.title() + "\"\ndate: " + i.time() + "\nsources: [\"" + i.sourceName()
        + "\"]\neditions: [\"" + i.time().toString().substring(0, 10) + "\"]\nkeywords: [" + String.join(", ",
        i.keywords()) + "]\noriginal: " + i.link() + "\n---\n";
    Files.writeString(dir.resolve("s" + i.source() + "-" + i.serial() + ".md"),
        front + String.join("\n\n", i.paragraphs()) + "\n");
  }
}
