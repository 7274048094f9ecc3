package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paths a site can get wrong: a page named like a page Broadsheet makes, a manifest line that
 * leads out of the output folder, a static file that is a link to a file outside the site. Each is
 * reported with its file, and the build goes on.
 */
class SitePathsBuildTest {
  @TempDir Path root;
  private Path site;

  @BeforeEach
  void writeSite() throws Exception {
    site = Files.createDirectories(root.resolve("site"));
    Files.writeString(site.resolve("broadsheet.yaml"), """
        title: Paths
        baseUrl: https://news.example/
        sources:
          - {id: wire, name: The Wire, url: feeds/wire.json, section: World}
        """);
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/wire.json"), """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Wire", "items": [
          {"id": "1", "url": "https://wire.example/1", "date_published": "2026-11-19T10:00:00Z", "title": "Tide tables out"}
        ]}
        """);
    Files.createDirectories(site.resolve("pages"));
    Files.writeString(site.resolve("pages/about.md"), "---\ntitle: About us\n---\nHello.\n");
  }

  private BuildResult build() {
    return SampleSite.build(site, "2026-11-20T08:00:00Z");
  }

  @Test
  void aPageWhoseAddressBroadsheetUsesIsReportedAndTheGeneratedPageKept() throws Exception {
    Files.writeString(site.resolve("pages/editions.md"), "---\ntitle: Our editions\n---\nOld ones.\n");
    Files.writeString(site.resolve("pages/search.md"), "---\ntitle: Find\n---\nSearch here.\n");
    BuildResult result = build();
    assertThat(result.errors()).extracting(Problem::toString).containsExactly(
        "pages/editions.md: its address editions/ is already used by the page 'All editions'; this page is not"
            + " published: rename the file (its name becomes its address)",
        "pages/search.md: its address search/ is already used by the page 'Search'; this page is not published:"
            + " rename the file (its name becomes its address)");
    assertThat(result.failsOnErrors()).isTrue();
    String archive = Files.readString(site.resolve("public/editions/index.html"));
    assertThat(archive).contains("All editions").contains("About us").doesNotContain("Our editions", "Find<");
    assertThat(Files.readString(site.resolve("public/search/index.html"))).doesNotContain("Search here.");
    assertThat(site.resolve("public/about/index.html")).exists();
  }

  @Test
  void aManifestLineLeadingOutOfTheOutputIsIgnoredWithAWarningAndTheBuildGoesOn() throws Exception {
    build();
    Path victim = Files.writeString(root.resolve("x"), "not the site's");
    Path manifest = site.resolve("public/.broadsheet-manifest");
    Files.writeString(manifest, Files.readString(manifest) + "../../x\n");
    BuildResult result = build();
    assertThat(victim).exists();
    assertThat(result.errors()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.where()).startsWith("public/.broadsheet-manifest:");
      assertThat(p.isWarning()).isTrue();
      assertThat(p.message()).startsWith("ignored '../../x'");
    });
    assertThat(Files.readString(manifest)).doesNotContain("../");
    assertThat(build().problems()).isEmpty();
  }

  @Test
  void aStaticLinkToAFileOutsideTheSiteIsNotPublishedAndIsReported() throws Exception {
    Path hostname = Files.writeString(root.resolve("hostname"), "build-server-7\n");
    Files.createDirectories(site.resolve("static"));
    Files.createSymbolicLink(site.resolve("static/hostname"), hostname);
    Files.writeString(site.resolve("static/robots.txt"), "User-agent: *\n");
    BuildResult result = build();
    assertThat(site.resolve("public/hostname")).doesNotExist();
    assertThat(site.resolve("public/robots.txt")).hasContent("User-agent: *");
    assertThat(result.errors()).extracting(Problem::where).containsExactly("static/hostname");
    assertThat(build().errors()).as("reported again until it is fixed").extracting(Problem::where)
        .containsExactly("static/hostname");
  }

  @Test
  void aTemplateThatOverridesNothingAndIsIncludedNowhereIsAWarningWithASuggestion() throws Exception {
    Files.createDirectories(site.resolve("templates"));
    Files.writeString(site.resolve("templates/artcle.ftlh"), "<p>mine</p>\n");
    Files.writeString(site.resolve("templates/footer-links.ftlh"), "<p>links</p>\n");
    Files.writeString(site.resolve("templates/page.ftlh"),
        "<#import \"layout.ftlh\" as layout><#include \"footer-links.ftlh\">${page.title}\n");
    BuildResult result = build();
    assertThat(result.problems()).filteredOn(p -> p.file().contains("templates")).extracting(Problem::toString)
        .containsExactly(site.resolve("templates/artcle.ftlh") + ": warning: the theme has no template of this name"
            + " and no other template here includes it, so it is not used; did you mean article.ftlh?");
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void aStaticFileThatTookAPagesAddressGivesItBackWhenItIsRemoved() throws Exception {
    Files.createDirectories(site.resolve("static/about"));
    Files.writeString(site.resolve("static/about/index.html"), "<p>Our own about page</p>\n");
    build();
    build();
    assertThat(site.resolve("public/about/index.html")).hasContent("<p>Our own about page</p>");

    Files.delete(site.resolve("static/about/index.html"));
    build();
    assertThat(Files.readString(site.resolve("public/about/index.html"))).doesNotContain("Our own about page")
        .contains("Hello.");
  }
}
