import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Broadsheet against Hugo on the same articles: N stories in 5 sections from 50 sources, built by
 * each tool as a separate process (cold start included), then rebuilt without changes. Hugo gets
 * a minimal layout with the same page kinds: home, section lists paginated by 20, one page per
 * article. Run by bench/hugo-compare.sh.
 */
public class HugoCompare {
  private static final String[] WORDS = ("harbour council budget storm ferry market school hospital bridge river "
      + "energy wind solar rail tram station museum festival election court police weather shipping jobs housing "
      + "rents prices bank rates inflation farmers harvest science research telescope vaccine climate ocean").split(" ");
  private static final String[] SECTIONS = {"local", "business", "science", "sports", "culture"};

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[1]);
    Path root = Files.createTempDirectory("broadsheet-vs-hugo");
    Path bs = root.resolve("broadsheet");
    Path hugo = root.resolve("hugo");
    generate(bs, hugo, n);
    String jar = args[0];
    System.out.printf("%d articles in 5 sections from 50 sources (%s)%n", n, root);
    time("Broadsheet, first build", bs, "java", "-jar", jar, "build", bs.toString(), "--offline", "--quiet");
    time("Broadsheet, unchanged", bs, "java", "-jar", jar, "build", bs.toString(), "--offline", "--quiet");
    time("Hugo, first build", hugo, "hugo", "--quiet", "--source", hugo.toString());
    time("Hugo, unchanged", hugo, "hugo", "--quiet", "--source", hugo.toString());
    System.out.printf("pages: Broadsheet %d HTML files, Hugo %d HTML files%n", count(bs.resolve("public")),
        count(hugo.resolve("public")));
  }

  private static void generate(Path bs, Path hugo, int n) throws Exception {
    Files.createDirectories(bs.resolve("feeds"));
    Files.createDirectories(hugo.resolve("layouts/_default"));
    StringBuilder yaml = new StringBuilder("title: Bench\nbaseUrl: https://bench.example/\neditions: {maxStories: 40}\nsources:\n");
    Random random = new Random(7);
    int perFeed = n / 50;
    for (int f = 0; f < 50; f++) {
      String section = SECTIONS[f % 5];
      yaml.append("  - {id: s").append(f).append(", name: Source ").append(f).append(", url: feeds/f").append(f)
          .append(".xml, maxItems: ").append(perFeed).append(", section: ").append(section).append("}\n");
      StringBuilder xml = new StringBuilder("<rss version=\"2.0\"><channel><title>Source " + f
          + "</title><link>https://s" + f + ".example/</link><description>d</description>");
      Files.createDirectories(hugo.resolve("content").resolve(section));
      for (int i = 0; i < perFeed; i++) {
        StringBuilder title = new StringBuilder();
        for (int w = 0; w < 7; w++) {
          title.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        title.append(' ').append(f * perFeed + i);
        String day = String.format("2026-10-%02d", 1 + i % 28);
        String time = String.format("%02d:00:00", i % 24);
        String summary = title + ". A summary of this story in one or two sentences, as feeds usually give.";
        xml.append("<item><title>").append(title).append("</title><link>https://s").append(f).append(".example/")
            .append(i).append("</link><pubDate>").append(day.substring(8)).append(" Oct 2026 ").append(time)
            .append(" GMT</pubDate><description>").append(summary).append("</description></item>");
        Files.writeString(hugo.resolve("content").resolve(section).resolve("s" + f + "-" + i + ".md"),
            "---\ntitle: \"" + title + "\"\ndate: " + day + "T" + time + "Z\npublisher: Source " + f
                + "\noriginal: https://s" + f + ".example/" + i + "\n---\n" + summary + "\n");
      }
      Files.writeString(bs.resolve("feeds/f" + f + ".xml"), xml.append("</channel></rss>"));
    }
    Files.writeString(bs.resolve("broadsheet.yaml"), yaml);
    Files.writeString(hugo.resolve("hugo.toml"), "baseURL = 'https://bench.example/'\ntitle = 'Bench'\n"
        + "paginate = 20\ndisableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
    String head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
        + "<link rel=\"stylesheet\" href=\"/style.css\"></head><body><header><a href=\"/\">{{ .Site.Title }}</a><nav>"
        + "{{ range .Site.Sections }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ end }}</nav></header><main>";
    String foot = "</main><footer>Bench</footer></body></html>";
    Files.writeString(hugo.resolve("layouts/_default/single.html"), head + "<article><h1>{{ .Title }}</h1><p>From "
        + "{{ .Params.publisher }} · {{ .Date.Format \"2 January 2006, 15:04\" }}</p>{{ .Content }}<p><a href=\""
        + "{{ .Params.original }}\">Read the full story at {{ .Params.publisher }}</a></p></article>" + foot);
    Files.writeString(hugo.resolve("layouts/_default/list.html"), head + "<h1>{{ .Title }}</h1><ul>"
        + "{{ range .Paginator.Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Params.publisher }}"
        + " · {{ .Summary }}</li>{{ end }}</ul>{{ with .Paginator.Next }}<a href=\"{{ .URL }}\">Older</a>{{ end }}" + foot);
    Files.writeString(hugo.resolve("layouts/index.html"), head + "<h1>Today</h1><ul>{{ range first 40 "
        + "(where .Site.RegularPages \"Type\" \"in\" .Site.Params.mainSections) }}<li><a href=\"{{ .RelPermalink }}\">"
        + "{{ .Title }}</a></li>{{ end }}</ul>" + foot);
  }

  private static void time(String name, Path dir, String... command) throws Exception {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    int code = p.waitFor();
    System.out.printf("%-26s %6.2f s%s%n", name, (System.nanoTime() - start) / 1e9, code == 0 ? "" : " (exit " + code + ")");
  }

  private static long count(Path dir) throws Exception {
    try (var files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".html")).count();
    }
  }
}
