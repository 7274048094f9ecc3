package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreviewServerTest {
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> get(PreviewServer server, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void waitForVersion(PreviewServer server, long after) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (server.version() <= after && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(server.version()).as("a rebuild after the edit").isGreaterThan(after);
  }

  @Test
  void aSiteUnderASubPathIsServedThereAsItsHostWillServeIt(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    Path config = dir.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replaceFirst("(?m)^baseUrl: .*$",
        "baseUrl: https://example.github.io/weekly-brief/"));
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, line -> { })) {
      assertThat(server.basePath()).isEqualTo("/weekly-brief/");
      HttpResponse<String> root = get(server, "/");
      assertThat(root.statusCode()).isEqualTo(302);
      assertThat(root.headers().firstValue("Location")).hasValue("/weekly-brief/");
      assertThat(get(server, "/weekly-brief/").statusCode()).isEqualTo(200);
      assertThat(get(server, "/weekly-brief?from=mail").headers().firstValue("Location"))
          .hasValue("/weekly-brief/?from=mail");
      // The 404 page's links are absolute, under the sub-path: they work here as on the host.
      HttpResponse<String> missing = get(server, "/weekly-brief/no/such/page/");
      assertThat(missing.statusCode()).isEqualTo(404);
      // Its style sheet with the theme's version as query, which the server leaves aside.
      java.util.regex.Matcher style = java.util.regex.Pattern.compile("href=\"(/weekly-brief/[^\"]*\\.css\\?v=[0-9a-f]+)\"")
          .matcher(missing.body());
      assertThat(style.find()).as("the 404 page's style sheet").isTrue();
      assertThat(get(server, style.group(1)).statusCode()).isEqualTo(200);
      assertThat(get(server, "/elsewhere/").statusCode()).isEqualTo(404);
      // A folder asked for without its slash is redirected, as hosts do, so that its relative links work.
      HttpResponse<String> folder = get(server, "/weekly-brief/picks?from=menu");
      assertThat(folder.statusCode()).isEqualTo(301);
      assertThat(folder.headers().firstValue("Location")).hasValue("/weekly-brief/picks/?from=menu");
      assertThat(get(server, "/weekly-brief/picks/").statusCode()).isEqualTo(200);
    }
    // A path with escapes is redirected to and printed as written in a URL.
    Files.writeString(config, Files.readString(config).replace("https://example.github.io/weekly-brief/",
        "https://example.org/caf%C3%A9%20news/"));
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, line -> { })) {
      assertThat(server.basePath()).isEqualTo("/caf%C3%A9%20news/");
      assertThat(get(server, "/").headers().firstValue("Location")).hasValue("/caf%C3%A9%20news/");
      assertThat(get(server, "/caf%C3%A9%20news/").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void aSavedFeedOutsideTheFeedsFolderIsWatchedAsTheConfigNamesIt(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    Path feed = Files.createDirectories(dir.resolve("wire")).resolve("example.xml");
    Files.move(dir.resolve("feeds/example.xml"), feed);
    Path config = dir.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("url: feeds/example.xml", "url: wire/example.xml"));
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, line -> { })) {
      assertThat(get(server, "/").body()).contains("Welcome to your new digest");
      long version = server.version();
      Files.writeString(feed, Files.readString(feed).replace("Welcome to your new digest", "Ferries resume at dawn"));
      waitForVersion(server, version);
      assertThat(get(server, "/").body()).contains("Ferries resume at dawn");
    }
  }

  @Test
  void aPreviewWrittenElsewhereLeavesThePublishedOutputFolderAlone(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    Broadsheet.build(BuildOptions.of(dir).withOffline(true));
    Path published = dir.resolve("public/index.html");
    String before = Files.readString(published);
    String lastBuild = Files.readString(dir.resolve("data/last-build.json"));
    Path pick = dir.resolve("picks/welcome.md");
    Files.writeString(pick, Files.readString(pick).replace("Picks are stories you choose", "A draft note"));
    try (PreviewServer server = Broadsheet.serve(dir, dir.resolve("preview"), "127.0.0.1", 0, false, line -> { },
        problem -> { })) {
      assertThat(get(server, "/").body()).contains("A draft note");
    }
    assertThat(dir.resolve("preview/index.html")).content().contains("A draft note");
    assertThat(published).content().isEqualTo(before);
    // The scheduled build's summary, which monitoring reads, is its own still.
    assertThat(dir.resolve("data/last-build.json")).content().isEqualTo(lastBuild);
  }

  @Test
  void anEditedPickShowsUpAndOpenPagesAreToldToReload(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    List<String> log = new CopyOnWriteArrayList<>();
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, log::add)) {
      HttpResponse<String> home = get(server, "/");
      assertThat(home.statusCode()).isEqualTo(200);
      assertThat(home.body()).contains("Picks are stories you choose").contains("/__broadsheet/version");
      String before = get(server, PreviewServer.VERSION_PATH).body();

      long version = server.version();
      Path pick = dir.resolve("picks/welcome.md");
      Files.writeString(pick, Files.readString(pick).replace("Picks are stories you choose", "An edited note"));
      waitForVersion(server, version);
      assertThat(get(server, "/").body()).contains("An edited note");
      assertThat(get(server, PreviewServer.VERSION_PATH).body()).isNotEqualTo(before);
      // Only the pages that show the pick were rendered again.
      List<Integer> rendered = log.stream().filter(l -> l.startsWith("rendered "))
          .map(l -> Integer.parseInt(l.split(" ")[1])).toList();
      assertThat(rendered).hasSizeGreaterThanOrEqualTo(2);
      assertThat(rendered.get(rendered.size() - 1)).isPositive().isLessThan(rendered.get(0));

      // A config change that no page model shows (the teaser length) still renders every page again.
      version = server.version();
      Path config = dir.resolve("broadsheet.yaml");
      Files.writeString(config, Files.readString(config).replace("teaserLength: 280", "teaserLength: 20"));
      waitForVersion(server, version);
      assertThat(get(server, "/").body()).contains("Replace this saved…");

      version = server.version();
      Files.createDirectories(dir.resolve("templates"));
      Files.writeString(dir.resolve("templates/index.ftlh"), "<#import \"layout.ftlh\" as layout>\n${oops.nope}\n");
      waitForVersion(server, version);
      HttpResponse<String> broken = get(server, "/");
      assertThat(broken.statusCode()).isEqualTo(500);
      assertThat(broken.body()).contains("The site did not build").contains("index.ftlh:2");
      assertThat(log).anyMatch(l -> l.startsWith("error: ") && l.contains("index.ftlh:2"))
          .contains("the rebuild failed; pages show its errors until the next rebuild succeeds");

      version = server.version();
      Files.delete(dir.resolve("templates/index.ftlh"));
      waitForVersion(server, version);
      assertThat(get(server, "/").statusCode()).isEqualTo(200);
      assertThat(get(server, "/no/such/page/").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void aRebuildThatFailsGivesItsErrorsAsProblemsWithTheirSeverity(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/index.ftlh"), "<#import \"layout.ftlh\" as layout>\n${oops.nope}\n");
    List<String> log = new CopyOnWriteArrayList<>();
    List<dev.broadsheet.base.Problem> problems = new CopyOnWriteArrayList<>();
    try (PreviewServer server = Broadsheet.serve(dir, null, "127.0.0.1", 0, false, log::add, problems::add)) {
      assertThat(get(server, "/").statusCode()).isEqualTo(500);
    }
    // A Maven log shows them as errors, not as information among the server's lines.
    assertThat(problems).anySatisfy(p -> assertThat(p.isWarning()).isFalse())
        .anySatisfy(p -> assertThat(p.toString()).contains("index.ftlh:2"));
    assertThat(log).noneMatch(l -> l.contains("index.ftlh"))
        .contains("the rebuild failed; pages show its errors until the next rebuild succeeds");
  }

  @Test
  void theReloadScriptIsAddedToServedPagesNotWrittenIntoThePublishedFiles(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, line -> { })) {
      assertThat(get(server, "/about/").body()).contains("About").contains(PreviewServer.VERSION_PATH);
      assertThat(dir.resolve("public/index.html")).content().doesNotContain("__broadsheet");
    }
  }

  @Test
  void aFeedCopiedToAFoldersAddressIsServedAsPublishedWithoutTheReloadScript(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    Path config = dir.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config) + "\nfeedAliases:\n  /feed/: feed.xml\n");
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, line -> { })) {
      HttpResponse<String> copy = get(server, "/feed/");
      assertThat(copy.statusCode()).isEqualTo(200);
      assertThat(copy.body()).startsWith("<?xml").doesNotContain(PreviewServer.VERSION_PATH)
          .isEqualTo(get(server, "/feed.xml").body());
      // A page at a folder's address still gets it.
      assertThat(get(server, "/about/").body()).contains(PreviewServer.VERSION_PATH);
    }
  }

  @Test
  void theSearchIndexScriptIsServedAsUtf8JavaScript(@TempDir Path dir) throws Exception {
    Broadsheet.init(dir, false);
    try (PreviewServer server = Broadsheet.serve(dir, "127.0.0.1", 0, false, line -> { })) {
      HttpResponse<String> index = get(server, "/search/index.js");
      assertThat(index.statusCode()).isEqualTo(200);
      // Headlines are in any script; a host's default charset must not garble them.
      assertThat(index.headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
      assertThat(index.body()).startsWith("window.broadsheetSearchIndex={");
    }
  }
}
