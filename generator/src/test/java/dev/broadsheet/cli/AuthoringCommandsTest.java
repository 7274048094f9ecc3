package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import dev.broadsheet.render.TemplateEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthoringCommandsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void initCreatesASiteThatBuildsAndChecksCleanly(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    assertThat(run("init", site.toString())).isZero();
    assertThat(site.resolve("broadsheet.yaml")).exists();
    // Run from classes, not from a jar: the command it prints is the installed one, and the path is the site's.
    assertThat(out.toString()).contains("Next: broadsheet serve " + site);
    assertThat(site.resolve(".gitignore")).content().contains("/public/");
    assertThat(site.resolve("picks/welcome.md")).exists();
    assertThat(site.resolve("pages/about.md")).exists();
    assertThat(run("check", site.toString())).isZero();
    assertThat(out.toString()).contains("No problems found.");
    assertThat(run("build", site.toString(), "--offline")).isZero();
    assertThat(site.resolve("public/index.html")).content().contains("Welcome to your new digest");
    JsonNode last = new ObjectMapper().readTree(site.resolve("data/last-build.json").toFile());
    assertThat(last.path("sources").path("ok").asInt()).isEqualTo(1);
    assertThat(last.path("articles").path("added").asInt()).isEqualTo(2);
    assertThat(last.path("withinFailureBudget").asBoolean()).isTrue();
  }

  @Test
  void newPickOfAStoredArticleTakesItsHeadlineAndItsDate(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    run("build", site.toString(), "--offline");
    JsonNode day = null;
    try (var files = Files.walk(site.resolve("data/articles"))) {
      Path first = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
      day = new ObjectMapper().readTree(first.toFile()).get(0);
    }
    String url = day.path("url").asText();
    String published = day.path("published").asText().substring(0, 10);
    assertThat(run("new", "pick", url, "--site", site.toString(), "--offline")).isZero();
    try (var picks = Files.list(site.resolve("picks"))) {
      Path pick = picks.filter(p -> p.getFileName().toString().startsWith(published)).findFirst().orElseThrow();
      // The headline as a comment: set in the pick, it would hide the feed's later corrections.
      assertThat(pick).content().contains("url: \"" + url + "\"").contains("#title: \"" + day.path("title").asText())
          .doesNotContainPattern("(?m)^title:").contains("date: " + published);
      // Built with it, the pick shows the feed's headline.
      assertThat(run("build", site.toString(), "--offline")).isZero();
      assertThat(site.resolve("public/picks/index.html")).content().contains(day.path("title").asText());
      // Taking the headline over is deleting the '#': the pick is then valid and its title shows.
      Files.writeString(pick, Files.readString(pick).replace("#title: \"", "title: \"Our own headline, ").replace(
          "#section: ", "section: "));
      assertThat(run("build", site.toString(), "--offline")).isZero();
      assertThat(site.resolve("public/picks/index.html")).content().contains("Our own headline, ");
    }
    assertThat(out.toString()).doesNotContain("fill in");
  }

  @Test
  void newPickOfAnUnknownUrlOfflineSaysWhatToFillIn(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    // The site folder as every other command takes it, after the URL.
    assertThat(run("new", "pick", "https://elsewhere.example/story?id=7", site.toString(), "--offline",
        "--date", "2026-11-20")).isZero();
    Path pick = site.resolve("picks/2026-11-20-elsewhere-example.md");
    assertThat(pick).content().contains("title: \"\"   # fill in: no source carries this URL")
        .contains("date: 2026-11-20")
        // Nothing names its publisher: the editor is shown where to.
        .contains("publisher: \"\"   # who published it (empty: the name its page gives, if any)");
    assertThat(out.toString()).contains("fill in title (no source carries this URL and its page was not fetched");
    Files.writeString(pick, Files.readString(pick).replace("title: \"\"", "title: \"Ferry strike\"")
        .replace("publisher: \"\"", "publisher: \"Harbour Times\""));
    assertThat(run("build", site.toString(), "--offline")).isZero();
    assertThat(site.resolve("public/picks/index.html")).content().contains("Ferry strike").contains("Harbour Times");
  }

  @Test
  void newPickSaysWhyAPageCouldNotBeReadAndADayInAnotherFormIsRefusedInWords(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    // A page on this machine: refused (no source allows private addresses), and the setting is named.
    assertThat(run("new", "pick", "http://127.0.0.1:9/2026/12/ferry-timetable.html", site.toString())).isZero();
    assertThat(out.toString()).contains("its page could not be read: refused").contains("fetch.allowPrivateAddresses");
    assertThat(run("new", "pick", "https://elsewhere.example/story", site.toString(), "--offline", "--date",
        "2026-12-06")).isZero();
    // The same story again, its link written otherwise: the earlier pick is named, nothing written.
    assertThat(run("new", "pick", "https://elsewhere.example/story?utm_source=mail", site.toString(), "--offline",
        "--date", "2026-12-07")).isNotZero();
    assertThat(err.toString()).contains("picks/2026-12-06-elsewhere-example.md").contains("already picks");
    assertThat(site.resolve("picks/2026-12-07-elsewhere-example.md")).doesNotExist();
    assertThat(run("new", "pick", "https://elsewhere.example/story", site.toString(), "--offline", "--date",
        "06/12/2026")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("'06/12/2026' is not a day: write it YYYY-MM-DD")
        .doesNotContain("DateTimeParseException");
  }

  @Test
  void newPickOfAnArticleWithAChineseHeadlineNamesItsFileBySite(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    Files.createDirectories(site);
    Files.writeString(site.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: cn, name: CN, url: cn.xml}\n");
    Files.writeString(site.resolve("cn.xml"), "<rss version=\"2.0\"><channel><title>CN</title><link>https://cn.example/"
        + "</link><description>d</description><item><title>北京大雨</title><link>https://cn.example/rain</link>"
        + "<pubDate>Thu, 19 Nov 2026 08:00:00 GMT</pubDate></item></channel></rss>");
    assertThat(run("build", site.toString(), "--offline")).isZero();
    assertThat(run("new", "pick", "https://cn.example/rain", site.toString(), "--offline")).isZero();
    // Named by its site, not "untitled" (a second such pick that day would have found the name taken).
    assertThat(site.resolve("picks/2026-11-19-cn-example.md")).content().contains("#title: \"北京大雨\"");
  }

  @Test
  void aFolderThatIsNoSiteIsAUsageErrorForEveryCommandOnASite(@TempDir Path dir) throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (String command : new String[] {"build", "check", "stories", "serve"}) {
      assertThat(run(command, dir.resolve("missing").toString())).as(command).isEqualTo(Main.USAGE);
      assertThat(run(command, empty.toString())).as(command).isEqualTo(Main.USAGE);
    }
    assertThat(err.toString()).contains("is not a site folder: it has no broadsheet.yaml (make one with: broadsheet init ");
    assertThat(empty).isEmptyDirectory();
    assertThat(run("new", "pick", "https://elsewhere.example/a", empty.toString(), "--site", dir.toString()))
        .isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("two site folders given");
    assertThat(run("new", "pick", "https://elsewhere.example/a", empty.toString(), "--site", empty + "/./"))
        .as("one folder, written two ways").isEqualTo(Main.USAGE);
    assertThat(err.toString()).doesNotContain("given, " + empty + " and " + empty + "/./");
  }

  @Test
  void aTemplateSyntaxErrorIsReportedOnceAndWhole(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("templates/article.ftlh"),
        "<#import \"layout.ftlh\" as layout>\n<@layout.frame>\n<p>${article.item.article.title</p>\n</@layout.frame>\n");
    assertThat(run("build", site.toString(), "--offline")).isEqualTo(Main.FAILED);
    String errors = err.toString();
    String line = site.resolve("templates/article.ftlh") + ":3: error: template syntax error: ";
    assertThat(errors).contains(line + "Encountered \"/\", but was expecting one of these patterns: ")
        .contains("<ID>").doesNotContain("earlier attempt");
    assertThat(errors.split(java.util.regex.Pattern.quote(line), -1)).hasSize(2);
  }

  @Test
  void aSyntaxErrorInAnOverriddenLayoutIsReportedAtItsOwnLine(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    Files.createDirectories(site.resolve("templates"));
    try (var theme = TemplateEngine.class.getResourceAsStream("/dev/broadsheet/theme/default/layout.ftlh")) {
      String layout = new String(theme.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      Files.writeString(site.resolve("templates/layout.ftlh"), "<#if site.title?has_content>\n" + layout);
    }
    assertThat(run("build", site.toString(), "--offline")).isEqualTo(Main.FAILED);
    String errors = err.toString();
    String where = site.resolve("templates/layout.ftlh") + ":";
    assertThat(errors).contains(where).contains("template syntax error: ").contains("#if")
        .contains("The <#if> at line 1 is not closed.").doesNotContain("importing failed");
    assertThat(errors.split(java.util.regex.Pattern.quote(where), -1)).hasSize(2);
  }

  @Test
  void aCheckWithWarningsOnlySaysThereAreNoErrorsNotNoProblems(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    Path config = site.resolve("broadsheet.yaml");
    // No labels in Polish: a warning, not an error.
    Files.writeString(config, Files.readString(config).replaceFirst("(?m)^language: .*$", "language: pl"));
    assertThat(run("check", site.toString())).isZero();
    assertThat(out.toString()).contains("No errors (1 warning).").doesNotContain("No problems found");
  }

  @Test
  void aFetchOnlyBuildSaysItRenderedNothingRatherThanAnEmptySite(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("news");
    run("init", site.toString());
    assertThat(run("build", site.toString(), "--offline", "--fetch-only")).isZero();
    assertThat(out.toString()).contains("Pages: none rendered (the store was updated only)")
        .doesNotContain("0 stories in 0 editions").doesNotContain("-> ");
  }

  @Test
  void initRefusesANonEmptyFolderAsAUsageErrorUnlessForced(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "mine");
    assertThat(run("init", dir.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("is not empty").contains("--force");
    assertThat(run("init", dir.toString(), "--force")).isZero();
    assertThat(dir.resolve("notes.txt")).content().isEqualTo("mine");
  }

  @Test
  void initForcedIntoASiteAddsOnlyItsToolingAndKeepsEveryFileItHolds(@TempDir Path dir) throws Exception {
    run("init", dir.toString());
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: Ours\n");
    Files.delete(dir.resolve("picks/welcome.md"));
    Files.delete(dir.resolve(".gitignore"));
    assertThat(run("init", dir.toString())).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("already holds a site (broadsheet.yaml)");
    out.getBuffer().setLength(0);
    assertThat(run("init", dir.toString(), "--force")).isZero();
    assertThat(dir.resolve("broadsheet.yaml")).content().isEqualTo("title: Ours\n");
    assertThat(dir.resolve("picks/welcome.md")).as("no example pick into a site").doesNotExist();
    assertThat(out.toString()).contains("created " + dir.resolve(".gitignore"))
        .contains("kept " + dir.resolve(".github/workflows/broadsheet.yml") + " (it was there already)")
        .doesNotContain("created " + dir.resolve("broadsheet.yaml"));
  }

  @Test
  void theGeneratedWorkflowIsValidYamlWithTheExpectedSteps(@TempDir Path dir) throws Exception {
    run("init", dir.toString());
    JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(dir.resolve(".github/workflows/broadsheet.yml").toFile());
    assertThat(workflow.path("on").path("schedule").get(0).path("cron").asText()).isNotBlank();
    assertThat(workflow.path("on").has("push")).isTrue();
    List<String> steps = new ArrayList<>();
    workflow.path("jobs").path("build").path("steps").forEach(s -> steps.add(s.path("name").asText()));
    assertThat(steps).containsExactly("Check out", "Set up JDK 17 with Maven caching", "Get Broadsheet",
        "Keep the build cache", "Restore the class archive", "Build the site", "Commit the article store", "Upload the site");
    // A dynamic class archive (-XX:ArchiveClassesAtExit) crashed JDK 17 in every later build of a
    // 200-source site; the workflow makes a static one from a class list.
    String build = workflow.path("jobs").path("build").path("steps").get(5).path("run").asText();
    assertThat(build).contains("-XX:DumpLoadedClassList=", "-Xshare:dump", "-XX:SharedArchiveFile=broadsheet.jsa")
        .doesNotContain("ArchiveClassesAtExit");
    JsonNode cache = workflow.path("jobs").path("build").path("steps").get(3);
    assertThat(cache.path("uses").asText()).startsWith("actions/cache@");
    assertThat(cache.path("with").path("path").asText()).isEqualTo(".broadsheet-cache");
    JsonNode setup = workflow.path("jobs").path("build").path("steps").get(1).path("with");
    assertThat(setup.path("java-version").asText()).isEqualTo("17");
    assertThat(setup.path("cache").asText()).isEqualTo("maven");
    // setup-java's Maven cache fails a step that finds no pom.xml to key on: a site has none.
    assertThat(dir.resolve(setup.path("cache-dependency-path").asText())).isRegularFile();
    assertThat(workflow.path("jobs").path("build").path("steps").get(6).path("run").asText())
        .contains("git diff --cached --quiet");
    assertThat(workflow.path("env").path("BROADSHEET_VERSION").asText()).isEqualTo(dev.broadsheet.config.Version.current());
    assertThat(workflow.path("jobs").path("build").path("steps").get(2).path("run").asText())
        .contains("dependency:copy").contains("git clone --depth 1 ${tag:+--branch \"$tag\"} \"${BROADSHEET_SOURCE}\"");
    assertThat(workflow.path("jobs").path("deploy").path("steps").get(0).path("uses").asText())
        .startsWith("actions/deploy-pages");
  }

  @Test
  void checkFindsSeededMistakesWithTheirLines(@TempDir Path dir) throws Exception {
    run("init", dir.toString());
    Files.writeString(dir.resolve("picks/broken.md"), "---\nurl: https://example.org/x\ndate: someday\n---\n");
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(dir.resolve("templates/page.ftlh"), "<#import \"layout.ftlh\" as layout>\n${content.nope.title}\n");
    out.getBuffer().setLength(0);
    assertThat(run("check", dir.toString())).isEqualTo(Main.FAILED);
    assertThat(out.toString()).contains("picks/broken.md:3: error: 'date' must look like")
        .contains(dir.resolve("templates/page.ftlh") + ":2: error: template error")
        .contains("2 errors found.");
    Files.writeString(dir.resolve("broadsheet.yaml"), "title: T\nbaseUrl: https://e.org/\ncolour: red\n");
    out.getBuffer().setLength(0);
    assertThat(run("check", dir.toString())).isEqualTo(Main.FAILED);
    assertThat(out.toString()).contains("broadsheet.yaml:3: error: unknown key 'colour'");
  }

  @Test
  void failOnErrorsTurnsFailedSourcesIntoAFailedBuildButStillPublishes(@TempDir Path dir) throws Exception {
    run("init", dir.toString());
    String yaml = Files.readString(dir.resolve("broadsheet.yaml")).replace("url: feeds/example.xml", "url: feeds/gone.xml");
    Files.writeString(dir.resolve("broadsheet.yaml"), yaml);
    assertThat(run("build", dir.toString(), "--offline")).isZero();
    assertThat(run("build", dir.toString(), "--offline", "--fail-on-errors")).isEqualTo(Main.PUBLISHED_WITH_ERRORS);
    assertThat(err.toString()).contains("failing the build: 1 source(s) failed (50%, budget 0%)");
    // Of the two sources, not of the one an offline build read: the remote one, skipped, did not fail.
    assertThat(dir.resolve("public/index.html")).exists();
    assertThat(err.toString()).contains("and picks or pages have errors (the first: ");
    // A budget of 100% tolerates the failed source: the orphaned pick alone fails the build, and is named.
    Files.writeString(dir.resolve("broadsheet.yaml"), yaml.replace("maxFailedSourcesPercent: 0 ", "maxFailedSourcesPercent: 100 "));
    err.getBuffer().setLength(0);
    assertThat(run("build", dir.toString(), "--offline", "--fail-on-errors")).isEqualTo(Main.PUBLISHED_WITH_ERRORS);
    assertThat(err.toString()).containsPattern("failing the build: picks or pages have errors \\(the first: [^\\n]*welcome\\.md")
        .doesNotContain("source(s) failed");
    Files.delete(dir.resolve("picks/welcome.md"));
    assertThat(run("build", dir.toString(), "--offline", "--fail-on-errors")).isZero();
  }

  @Test
  void quietPrintsNothingButProblems(@TempDir Path dir) throws Exception {
    run("init", dir.toString());
    out.getBuffer().setLength(0);
    assertThat(run("build", dir.toString(), "--offline", "--quiet")).isZero();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void verboseNamesEveryStage(@TempDir Path dir) throws Exception {
    run("init", dir.toString());
    out.getBuffer().setLength(0);
    assertThat(run("build", dir.toString(), "--offline", "--verbose")).isZero();
    assertThat(out.toString()).contains("[broadsheet] fetch").contains("[broadsheet] render")
        .contains("[broadsheet] publish").contains("Sources: 1 ok");
  }
}
