package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UpToDateTest {
  @TempDir
  Path site;

  private String fingerprint() {
    return UpToDate.fingerprint(site, site.resolve("public"), "articles-1", false, "editions/2026-12-04/", "200 sources");
  }

  @Test
  void everyInputOfABuildChangesItsFingerprintAndNothingElseDoes() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Harbour News\n");
    Files.createDirectories(site.resolve("picks"));
    Files.writeString(site.resolve("picks/ferry.md"), "---\nurl: https://example.org/a\n---\nRead this.\n");
    Set<String> seen = new HashSet<>();
    String first = fingerprint();
    assertThat(fingerprint()).as("the same inputs").isEqualTo(first);
    seen.add(first);
    Files.createDirectories(site.resolve("data"));
    Files.writeString(site.resolve("data/stories.json"), "");
    assertThat(seen.add(fingerprint())).as("an empty stories.json is not a missing one").isTrue();
    Files.writeString(site.resolve("data/stories.json"), "{}\n");
    assertThat(seen.add(fingerprint())).as("stories.json's bytes").isTrue();
    Files.writeString(site.resolve("picks/ferry.md"), "---\nurl: https://example.org/a\n---\nRead this!\n");
    assertThat(seen.add(fingerprint())).as("a pick's text").isTrue();
    Files.move(site.resolve("picks/ferry.md"), site.resolve("picks/ferries.md"));
    assertThat(seen.add(fingerprint())).as("a pick's name").isTrue();
    // The same file under pages/ instead of picks/: the folder is part of what is hashed.
    Files.createDirectories(site.resolve("pages"));
    Files.move(site.resolve("picks/ferries.md"), site.resolve("pages/ferries.md"));
    assertThat(seen.add(fingerprint())).as("a file moved to another folder").isTrue();
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("templates/article.ftlh"), "<p>${article.title}</p>");
    assertThat(seen.add(fingerprint())).as("a template").isTrue();
    Files.createDirectories(site.resolve("static"));
    Files.writeString(site.resolve("static/robots.txt"), "User-agent: *\n");
    assertThat(seen.add(fingerprint())).as("a static file").isTrue();
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Harbour News Daily\n");
    assertThat(seen.add(fingerprint())).as("the config").isTrue();
    String now = fingerprint();
    assertThat(UpToDate.fingerprint(site, site.resolve("public"), "articles-2", false, "editions/2026-12-04/",
        "200 sources")).as("the stored articles").isNotEqualTo(now);
    assertThat(UpToDate.fingerprint(site, site.resolve("public"), "articles-1", false, "editions/2026-12-05/",
        "200 sources")).as("today's edition").isNotEqualTo(now);
    assertThat(UpToDate.fingerprint(site, site.resolve("public"), "articles-1", true, "editions/2026-12-04/",
        "200 sources")).as("a debug build").isNotEqualTo(now);
    assertThat(UpToDate.fingerprint(site, site.resolve("public"), "articles-1", false, "editions/2026-12-04/",
        "201 sources")).as("the sources as resolved").isNotEqualTo(now);
    Files.writeString(site.resolve("notes.txt"), "not an input");
    assertThat(fingerprint()).as("a file the build does not read").isEqualTo(now);
  }
}
