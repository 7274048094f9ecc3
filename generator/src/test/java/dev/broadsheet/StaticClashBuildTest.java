package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A static file where the site publishes a folder (or the reverse) is named as such, by build and check alike. */
class StaticClashBuildTest {
  @TempDir Path site;

  @Test
  void aStaticFileNamedLikeAPagesFolderIsNamedAndNothingIsPublished() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 19 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Clash\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.createDirectories(site.resolve("pages"));
    Files.writeString(site.resolve("pages/contact.md"), "---\ntitle: Contact\n---\nWrite to us.\n");
    Files.createDirectories(site.resolve("static/sitemap.xml"));
    Files.writeString(site.resolve("static/contact"), "a note\n");
    Files.writeString(site.resolve("static/sitemap.xml/inner.txt"), "x\n");
    String contact = "static/contact: 'contact' (a file of the static folder) would be a file and, for"
        + " 'contact/index.html', a folder: the site cannot publish both; rename the static file or folder (the site"
        + " publishes the other)";
    String sitemap = "static/sitemap.xml/inner.txt: 'sitemap.xml' would be a file and, for 'sitemap.xml/inner.txt'"
        + " (in a folder of the static folder), a folder: the site cannot publish both; rename the static file or"
        + " folder (the site publishes the other)";
    assertThatThrownBy(() -> Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(SampleSite.clockAt("2026-11-20T06:00:00Z"))))
        .isInstanceOf(BroadsheetException.class)
        .satisfies(e -> assertThat(((BroadsheetException) e).problems()).extracting(Problem::toString)
            .containsExactly(contact, sitemap));
    assertThat(site.resolve("public")).doesNotExist();
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-20T06:00:00Z"))).extracting(Problem::toString)
        .contains(contact, sitemap);
  }

  @Test
  void aStaticFileInThePlaceOfAGeneratedFeedOrPageIsWarnedOfButRobotsTxtIsNot() throws Exception {
    SavedFeeds.write(site.resolve("paper.xml"),
        SavedFeeds.item("Harbour bridge closes for repairs", "a", "Thu, 19 Nov 2026 08:00:00 GMT"));
    Files.writeString(site.resolve("broadsheet.yaml"), "title: Clash\nbaseUrl: https://news.example/\ntimezone: UTC\n"
        + "sources:\n  - {id: paper, name: The Paper, url: paper.xml}\n");
    Files.createDirectories(site.resolve("static"));
    Files.writeString(site.resolve("static/feed.xml"), "{% for post in site.posts %}\n");
    Files.writeString(site.resolve("static/robots.txt"), "User-agent: *\nAllow: /\n");
    Files.writeString(site.resolve("static/CNAME"), "news.example\n");
    BuildResult result = Broadsheet.build(BuildOptions.of(site).withOffline(true)
        .withClock(SampleSite.clockAt("2026-11-20T06:00:00Z")));
    assertThat(result.problems()).extracting(Problem::toString).containsExactly("static/feed.xml: warning: takes the"
        + " place of the feed.xml the site generates (a page or feed readers follow); remove it unless you mean to"
        + " replace that file");
    // As it said: the static file is published.
    assertThat(Files.readString(site.resolve("public/feed.xml"))).startsWith("{% for");
    assertThat(Files.readString(site.resolve("public/robots.txt"))).isEqualTo("User-agent: *\nAllow: /\n");
  }
}
