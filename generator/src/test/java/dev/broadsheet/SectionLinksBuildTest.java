package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every link to a section page leads to one, also where a day's report leads its story under another section. */
class SectionLinksBuildTest {
  @TempDir Path site;

  @Test
  void aSectionNoStoryLeadsIsNamedButNotLinked() throws Exception {
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Sections\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: lab, name: The Lab, url: lab.xml, section: Science}\n"
        + "  - {id: desk, name: Money Desk, url: desk.xml, section: Business}\n");
    Files.writeString(site.resolve("lab.xml"), rss("lab", "Fusion reactor holds its plasma for a record eight minutes",
        "fusion", "Wed, 18 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("desk.xml"), rss("desk", "Fusion reactor record of eight minutes lifts energy shares",
        "shares", "Thu, 19 Nov 2026 09:00:00 GMT"));
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(Clock.fixed(Instant.parse("2026-11-19T12:00:00Z"), ZoneOffset.UTC)));
    assertThat(result.problems()).isEmpty();
    assertThat(brokenSectionLinks()).isEmpty();
  }

  private static String rss(String host, String title, String path, String date) {
    return "<rss version=\"2.0\"><channel><title>" + host + "</title><link>https://" + host + ".example/</link>"
        + "<description>d</description><item><title>" + title + "</title><link>https://" + host + ".example/" + path
        + "</link><pubDate>" + date + "</pubDate></item></channel></rss>";
  }

  /** Each page's links to a section page that is not there, as "page -> link". */
  private List<String> brokenSectionLinks() throws Exception {
    Pattern href = Pattern.compile("href=\"([^\"#?]*sections/[^\"#?]*)\"");
    List<String> broken = new ArrayList<>();
    Path output = site.resolve("public");
    try (Stream<Path> files = Files.walk(output)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Matcher m = href.matcher(Files.readString(page));
        while (m.find()) {
          // The 404 page's links are absolute (it answers at any depth).
          Path target = (m.group(1).startsWith("/") ? output.resolve(m.group(1).substring(1))
              : page.getParent().resolve(m.group(1))).normalize();
          if (Files.isDirectory(target)) {
            target = target.resolve("index.html");
          }
          if (!m.group(1).startsWith("http") && !Files.isRegularFile(target)) {
            broken.add(output.relativize(page) + " -> " + m.group(1));
          }
        }
      }
    }
    return broken;
  }
}
