package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScheduledBuildsTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private static Path tinySite(Path dir) throws Exception {
    Files.writeString(dir.resolve("broadsheet.yaml"), """
        title: Tiny
        baseUrl: https://tiny.example/
        sources:
          - {id: one, name: One, url: one.xml}
        """);
    Files.writeString(dir.resolve("one.xml"), """
        <rss version="2.0"><channel><title>One</title><link>https://one.example/</link><description>d</description>
        <item><title>Hello world story</title><link>https://one.example/hello</link>
        <pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate></item></channel></rss>
        """);
    return dir;
  }

  @Test
  void intervalsReadAsPeopleWriteThemAndInIso8601() {
    Interval interval = new Interval();
    assertThat(interval.convert("15m")).isEqualTo(Duration.ofMinutes(15));
    assertThat(interval.convert("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(interval.convert(" 90S ")).isEqualTo(Duration.ofSeconds(90));
    assertThat(interval.convert("PT2H")).isEqualTo(Duration.ofHours(2));
    assertThat(interval.convert("P1D")).isEqualTo(Duration.ofDays(1));
    assertThat(interval.convert("1d12h")).isEqualTo(Duration.ofHours(36));
    for (String wrong : List.of("15", "0s", "soon", "", "m", "99999999999999999999h", "-PT1M", "PT0.5S", "PT1.5S",
        "2562048h", "P400D", "1h 30m")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> interval.convert(wrong)).as(wrong)
          .isInstanceOf(CommandLine.TypeConversionException.class).hasMessageContaining("15m, 1h, 90s, 1h30m or 1d");
    }
    assertThat(Interval.format(Duration.ofMinutes(90))).isEqualTo("1h30m");
    assertThat(Interval.format(Duration.ofSeconds(61))).isEqualTo("1m1s");
    assertThat(Interval.format(Duration.ofHours(2))).isEqualTo("2h");
  }

  @Test
  void aScheduleThatWouldFetchMoreThanOnceAMinuteIsAUsageError(@TempDir Path dir) throws Exception {
    Path site = tinySite(dir);
    assertThat(run("build", site.toString(), "--every", "30s")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--every 30s: too often for builds that fetch their sources: at least a"
        + " minute apart (offline, any interval from a second)");
    assertThat(site.resolve("public")).doesNotExist();
  }

  @Test
  void failingOnErrorsDoesNotGoWithASchedule(@TempDir Path dir) throws Exception {
    Path site = tinySite(dir);
    assertThat(run("build", site.toString(), "--every", "15m", "--fail-on-errors")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("--fail-on-errors does not go with --every");
    assertThat(run("build", site.toString(), "--every", "soon")).isEqualTo(Main.USAGE);
    assertThat(err.toString()).contains("'soon' is not an interval");
  }

  @Test
  void aScheduledProcessBuildsAgainAndStopsOnSigtermAfterItsBuild(@TempDir Path dir) throws Exception {
    Path site = tinySite(Files.createDirectories(dir.resolve("site")));
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "build", site.toString(), "--offline", "--every", "1s");
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getInputStream(),
        StandardCharsets.UTF_8))) {
      int waits = 0;
      for (String line; waits < 2 && (line = reader.readLine()) != null; ) {
        lines.add(line);
        if (line.startsWith("Next build in")) {
          waits++;
          if (waits == 1) {
            // A new item between builds: the next build of the same process publishes it.
            Files.writeString(site.resolve("one.xml"), Files.readString(site.resolve("one.xml")).replace("<item>",
                "<item><title>Second story arrives</title><link>https://one.example/second</link>"
                    + "<pubDate>Fri, 20 Nov 2026 11:00:00 GMT</pubDate></item><item>"));
          }
        }
      }
      // SIGTERM, as a service manager stops a service (Process.destroy would close the output too).
      assertThat(child.toHandle().destroy()).isTrue();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      // How a JVM stopped by SIGTERM ends, whatever its hooks do (docs/deployment.md tells systemd so).
      assertThat(child.exitValue()).isEqualTo(143);
      reader.lines().forEach(lines::add);
    } finally {
      child.destroyForcibly();
    }
    String said = String.join("\n", lines);
    assertThat(said).startsWith("Building every 1s (Ctrl+C to stop)").contains("Build 1 at ", "Build 2 at ")
        .contains("Articles: 1 new, 0 updated, 1 stored").contains("Articles: 1 new, 0 updated, 2 stored")
        .endsWith("broadsheet: stopped");
    assertThat(site.resolve("public/index.html")).content().contains("Second story arrives");
  }
}
