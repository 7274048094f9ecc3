package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated workflow's commit step, run as written by bash in a real git repository with a
 * real remote: a scheduled build that brought no news must not commit.
 */
class WorkflowCommitStepTest {
  private static final Instant DAY = Instant.parse("2026-12-03T09:00:00Z");

  @Test
  void aBuildThatOnlyRewroteItsSummaryAndSourceTimesCommitsNothingAndNewsIsCommittedAndPushed(@TempDir Path dir)
      throws Exception {
    assumeTrue(works(dir, "git", "--version") && works(dir, "bash", "--version"),
        "git and bash are needed to run the workflow's commit step");
    Path site = dir.resolve("news");
    assertThat(Main.run(new String[] {"init", site.toString()}, new PrintWriter(new StringWriter()),
        new PrintWriter(new StringWriter()))).isZero();
    String commitStep = step(site, "Commit the article store");
    git(dir, "init", "-q", "--bare", "remote.git");
    git(site, "init", "-q", "-b", "main");
    git(site, "remote", "add", "origin", dir.resolve("remote.git").toString());
    // The second build is the first to find the stories of a build before: it records them.
    build(site, DAY);
    build(site, DAY);
    git(site, "add", "-A");
    git(site, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "start");
    git(site, "push", "-q", "-u", "origin", "main");
    int commits = commits(dir);

    build(site, DAY.plusSeconds(60));
    assertThat(git(site, "status", "--porcelain", "data/")).contains("data/last-build.json", "data/sources.json");
    assertThat(bash(site, commitStep)).contains("nothing to commit");
    assertThat(commits(dir)).isEqualTo(commits);
    // The next day's first build records the day it rendered.
    build(site, DAY.plus(Duration.ofDays(1)));
    assertThat(git(site, "status", "--porcelain", "data/")).contains("data/last-render.txt");
    assertThat(bash(site, commitStep)).contains("nothing to commit");
    assertThat(commits(dir)).isEqualTo(commits);

    try (var days = Files.walk(site.resolve("data/articles"))) {
      Path day = days.filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
      Files.writeString(day, Files.readString(day).replaceFirst("\"title\" : \"", "\"title\" : \"Updated: "));
    }
    // An editor pushed a pick while the build ran: the store's commit goes on top of it.
    git(dir, "clone", "-q", "-b", "main", dir.resolve("remote.git").toString(), "editor");
    Files.createDirectories(dir.resolve("editor/picks"));
    Files.writeString(dir.resolve("editor/picks/late.md"), "---\nurl: https://x.example/late\n---\nLate.\n");
    git(dir.resolve("editor"), "add", "picks/late.md");
    git(dir.resolve("editor"), "-c", "user.name=e", "-c", "user.email=e@example.org", "commit", "-qm", "pick");
    git(dir.resolve("editor"), "push", "-q");
    String pushed = bash(site, commitStep);
    assertThat(commits(dir)).as(pushed).isEqualTo(commits + 2);
    assertThat(git(dir.resolve("editor"), "pull", "-q")).isNotNull();
    assertThat(dir.resolve("editor/data")).exists();
    assertThat(site.resolve("picks/late.md")).exists();
  }

  private static void build(Path site, Instant now) {
    BuildResult r = Broadsheet.build(BuildOptions.of(site).withOffline(true).withClock(Clock.fixed(now, ZoneOffset.UTC)));
    assertThat(r.problems()).noneMatch(p -> !p.isWarning());
  }

  private static String step(Path site, String name) throws IOException {
    JsonNode workflow = new ObjectMapper(new YAMLFactory())
        .readTree(site.resolve(".github/workflows/broadsheet.yml").toFile());
    for (JsonNode s : workflow.path("jobs").path("build").path("steps")) {
      if (name.equals(s.path("name").asText())) {
        return s.path("run").asText();
      }
    }
    throw new AssertionError("no step " + name);
  }

  private static int commits(Path dir) throws Exception {
    return Integer.parseInt(git(dir.resolve("remote.git"), "rev-list", "--count", "main").strip());
  }

  private static String bash(Path dir, String script) throws Exception {
    // As on GitHub, with a token and server: the step builds its credentials (which a local remote ignores).
    return exec(dir, List.of("env", "GITHUB_TOKEN=test-token", "GITHUB_SERVER_URL=https://github.example",
        "bash", "-e", "-c", script));
  }

  private static String git(Path dir, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(List.of(args));
    return exec(dir, command);
  }

  private static String exec(Path dir, List<String> command) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    // No user or system git config: the step must set what it needs itself.
    pb.environment().put("GIT_CONFIG_GLOBAL", "/dev/null");
    pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("%s:%n%s", command, output).isZero();
    return output;
  }

  private static boolean works(Path dir, String... command) {
    try {
      return new ProcessBuilder(command).directory(dir.toFile()).start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
