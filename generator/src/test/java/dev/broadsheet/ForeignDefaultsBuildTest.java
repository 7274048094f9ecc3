package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The site and the store are the same bytes whatever the machine's locale, time zone and default
 * charset, and from one JVM to the next: the sample site is built here and again in a child JVM
 * set to Arabic (Saudi Arabia), the Chatham Islands zone (UTC+13:45) and ISO-8859-1.
 */
class ForeignDefaultsBuildTest {
  private static final String NOW = "2026-11-25T06:00:00Z";

  /** Builds the site named by {@code args[0]} offline at the instant {@code args[1]}; for the child JVM. */
  public static void main(String[] args) {
    BuildResult result = SampleSite.build(Path.of(args[0]), args[1]);
    result.problems().forEach(p -> System.out.println("problem: " + p));
  }

  @Test
  void aBuildUnderArabicChathamAndLatin1DefaultsGivesTheSameBytes(@TempDir Path temp) throws Exception {
    Path here = SampleSite.copyTo(temp.resolve("here"));
    SampleSite.build(here, NOW);
    Path there = SampleSite.copyTo(temp.resolve("there"));
    Path javaBin = Path.of(System.getProperty("java.home"), "bin", "java");
    // The shaded jar need not exist yet: the test classpath holds this class and all of Broadsheet.
    Process child = new ProcessBuilder(List.of(javaBin.toString(), "-Duser.language=ar", "-Duser.country=SA",
        "-Duser.timezone=Pacific/Chatham", "-Dfile.encoding=ISO-8859-1",
        "-cp", System.getProperty("java.class.path"), ForeignDefaultsBuildTest.class.getName(),
        there.toString(), NOW))
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(child.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).doesNotContain("problem:");

    TreeMap<String, String> site = SampleSite.files(there.resolve("public"));
    assertThat(site).containsKey(Path.of("editions", "2026", "11", "19", "index.html").toString());
    assertThat(site).isEqualTo(SampleSite.files(here.resolve("public")));
    assertThat(SampleSite.files(there.resolve("data/articles")))
        .isEqualTo(SampleSite.files(here.resolve("data/articles")));
  }
}
