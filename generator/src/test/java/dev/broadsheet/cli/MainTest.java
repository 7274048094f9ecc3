package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.store.SiteLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void versionPrintsTheVersionAndSucceeds() {
    assertThat(run("--version")).isZero();
    // A -SNAPSHOT version names nothing alone: the code and theme it was built from tell builds apart.
    assertThat(out.toString()).startsWith("broadsheet " + dev.broadsheet.Broadsheet.version() + " (code ")
        .containsPattern("\\(code [0-9a-f]{12}, theme [0-9a-f]{12}\\)");
  }

  @Test
  void servePreviewsOnThisMachineOnlyUnlessToldOtherwise() {
    // The preview serves drafts: on 127.0.0.1 by default, in the CLI and the Maven plugin alike.
    assertThat(run("serve", "--help")).isZero();
    assertThat(out.toString()).containsPattern("--bind=ADDRESS[\\s\\S]*default: 127\\.0\\.0\\.1");
  }

  @Test
  void headlinesPrintInUtf8WhereTheMachineHasNoLocale(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><head><title>Café reopens in Київ</title></head><body><article>"
        + "<h1>Café reopens in Київ</h1><p>" + "The café on the square opened its doors again this week. ".repeat(6)
        + "</p></article></body></html>");
    ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName(), "extract", page.toString());
    // A container or CI job without a locale: Java 17 would print in ASCII.
    command.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
    command.environment().put("LC_ALL", "C");
    Process p = command.redirectErrorStream(true).start();
    byte[] printed = p.getInputStream().readAllBytes();
    assertThat(p.waitFor()).isZero();
    assertThat(new String(printed, java.nio.charset.StandardCharsets.UTF_8)).contains("Café reopens in Київ");
  }

  @Test
  void helpListsTheBuildCommand() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("build").contains("Usage: broadsheet");
    assertThat(run("build", "--help")).isZero();
    assertThat(out.toString()).contains("--offline").contains("--output").contains("SITE_DIR");
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertThat(run("build", "--frobnicate")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("Unknown option: '--frobnicate'");
  }

  @Test
  void noCommandIsAUsageError() {
    assertThat(run()).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("broadsheet build SITE_DIR");
  }

  @Test
  void aBuildOfASiteThatIsBeingBuiltExitsWithTheBusyCode(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: Busy\nbaseUrl: https://busy.example/\n");
    try (SiteLock running = SiteLock.acquire(dir.resolve("data"), Duration.ZERO, Clock.systemUTC(), h -> { })) {
      assertThat(run("build", dir.toString(), "--wait", "0")).isEqualTo(Main.BUSY).isEqualTo(3);
    }
    assertThat(err.toString()).contains("broadsheet: " + dir.resolve("data").resolve("build.lock")
        + ": another build of this site is running (pid " + ProcessHandle.current().pid());
    assertThat(dir.resolve("public")).doesNotExist();
    assertThat(run("build", dir.toString(), "--wait", "0")).isEqualTo(Main.OK);
  }

  @Test
  void theFeedCommandShowsTheLanguageAndTagsAFeedGivesItsItems(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("kurier.xml");
    Files.writeString(feed, "<rss version=\"2.0\"><channel><title>K</title><link>https://k.example/</link>"
        + "<description>d</description><language>pl</language><item><title>Most</title>"
        + "<link>https://k.example/1</link><category>Transport</category><category>Wisła</category></item></channel></rss>");
    assertThat(run("feed", feed.toString())).isZero();
    assertThat(out.toString()).containsPattern("language: +pl").containsPattern("tags: +Transport, Wisła");
    out.getBuffer().setLength(0);
    assertThat(run("feed", feed.toString(), "--json")).isZero();
    assertThat(out.toString()).contains("\"language\":\"pl\"");
  }

  @Test
  void theFeedCommandsJsonHasEveryKeyForAFeedThatReadAndOneThatDidNot(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("ok.xml");
    Files.writeString(feed, "<rss version=\"2.0\"><channel><title>K</title><link>https://k.example/</link>"
        + "<description>d</description><item><title>Most</title><link>https://k.example/1</link></item></channel></rss>");
    Path page = dir.resolve("page.html");
    Files.writeString(page, "<html><head><title>P</title></head><body><p>not a feed</p></body></html>");
    run("feed", feed.toString(), page.toString(), "--json");
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    ObjectMapper mapper = new ObjectMapper();
    for (String line : lines) {
      JsonNode report = mapper.readTree(line);
      assertThat(report.fieldNames()).toIterable().containsExactly("input", "ok", "format", "charset", "title",
          "items", "warnings", "error", "alternates");
      assertThat(report.get("alternates").isArray()).isTrue();
    }
    JsonNode item = mapper.readTree(lines.get(0)).get("items").get(0);
    assertThat(item.fieldNames()).toIterable().containsExactly("id", "link", "title", "published", "updated", "image",
        "authors", "language", "textLanguage", "categories", "media");
    assertThat(mapper.readTree(lines.get(1)).get("error").asText()).contains("not a feed");
  }

  @Test
  void theFeedCommandSaysWhichLanguageAnItemsTextIsInWhereTheFeedSaysAnother(@TempDir Path dir) throws Exception {
    // A blog's template says en-US over German posts: a build takes German, and the command says so.
    String german = "Der Stadtrat hat am Montag mitgeteilt, dass die Br\u00fccke wegen Bauarbeiten gesperrt wird und die"
        + " F\u00e4hre bis zur Wiederer\u00f6ffnung eine fr\u00fche Fahrt anbietet, die von den Pendlern gut angenommen wird.";
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 3; i++) {
      items.append("<item><title>Meldung ").append(i).append("</title><link>https://k.example/").append(i)
          .append("</link><description>").append(german).append("</description></item>");
    }
    Path feed = dir.resolve("blog.xml");
    Files.writeString(feed, "<rss version=\"2.0\"><channel><title>K</title><link>https://k.example/</link>"
        + "<language>en-US</language><description>d</description>" + items + "</channel></rss>");
    run("feed", feed.toString(), "--json");
    JsonNode item = new ObjectMapper().readTree(out.toString().lines().findFirst().orElseThrow()).get("items").get(0);
    assertThat(item.get("language").asText()).isEqualTo("en-US");
    assertThat(item.get("textLanguage").asText()).isEqualTo("de");
    out.getBuffer().setLength(0);
    run("feed", feed.toString());
    assertThat(out.toString()).contains("language:  en-US").contains("text says: de");
  }

  @Test
  void aFolderWithoutConfigIsAUsageErrorWithAClearMessage(@TempDir Path dir) {
    assertThat(run("build", dir.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains(dir + " is not a site folder: it has no broadsheet.yaml")
        .contains("broadsheet init " + dir);
  }

  @Test
  void buildsASiteIntoTheGivenOutputAndPrintsASummary(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broadsheet.yaml"), """
        title: Tiny
        baseUrl: https://tiny.example/
        sources:
          - {id: one, name: One, url: one.xml}
          - {id: gone, name: Gone, url: gone.xml}
        """);
    Files.writeString(dir.resolve("one.xml"), """
        <rss version="2.0"><channel><title>One</title><link>https://one.example/</link><description>d</description>
        <item><title>Hello world story</title><link>https://one.example/hello</link>
        <pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>
        """);
    Path output = dir.resolve("elsewhere");
    assertThat(run("build", dir.toString(), "--output", output.toString(), "--offline")).isZero();
    assertThat(out.toString())
        .contains("Sources: 1 ok, 0 not modified, 0 skipped (offline), 1 failed")
        .contains("Articles: 1 new, 0 updated, 1 stored, 0 pages extracted; 1 story in 1 edition")
        .contains(output.resolve("index.html").toString());
    // A failed source is an error; the heading counts what the list holds.
    assertThat(err.toString()).contains("gone.xml: error: no such file").contains("Problems (1 error):");
    assertThat(output.resolve("index.html")).content().contains("Hello world story");
  }

  @Test
  void serveOnAPortInUseSaysWhichPortAndBuildsNothing(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("broadsheet.yaml"), """
        title: Tiny
        baseUrl: https://tiny.example/
        sources:
          - {id: one, name: One, url: one.xml}
        """);
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThat(run("serve", dir.toString(), "--port", Integer.toString(port))).isEqualTo(Main.USAGE);
      assertThat(err.toString()).contains("port " + port + " on 127.0.0.1 is already in use").doesNotContain("Exception");
    }
    assertThat(dir.resolve("public")).doesNotExist();
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void extractReadsAPageInTheCharsetItDeclaresAsTheBuildDoes(@TempDir Path dir) throws Exception {
    String page = "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 news</title></head><body><article>"
        + "<h1>Caf\u00e9 owners in S\u00e3o Paulo</h1>" + "<p>The caf\u00e9 opened its doors on Monday morning. ".repeat(12)
        + "</p></article></body></html>";
    Path file = dir.resolve("page.html");
    Files.write(file, page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
    assertThat(run("extract", file.toString())).isZero();
    assertThat(out.toString()).contains("title:     Caf\u00e9 news").contains("The caf\u00e9 opened")
        .doesNotContain("\ufffd");
    // What the page does not give is said to be unknown, not printed as Java's null.
    assertThat(out.toString()).contains("published: unknown").contains("canonical: unknown").doesNotContain("null");
  }
}
