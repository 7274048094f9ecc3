package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link in an editor's page or note that leads to no file of the site is a warning at its line. */
class ContentLinksBuildTest {
  private static final String NOW = "2026-11-25T06:00:00Z";

  @TempDir Path temp;

  @Test
  void linksToNoPageOrOutOfTheSiteAreNamedWithTheirFileAndLine() throws Exception {
    Path site = SampleSite.copyTo(temp.resolve("site"));
    Files.createDirectories(site.resolve("static/images"));
    Files.write(site.resolve("static/images/map.png"), new byte[] {1});
    // A folder of the site linked into static/ is published through the link, and so are its files.
    Files.createDirectories(site.resolve("shared/docs"));
    Files.write(site.resolve("shared/docs/guide.pdf"), new byte[] {1});
    Files.write(site.resolve("shared/docs/guide complet é.pdf"), new byte[] {1});
    Files.createSymbolicLink(site.resolve("static/docs"), Path.of("../shared/docs"));
    Files.writeString(site.resolve("pages/about.md"), """
        ---
        title: About
        description: Where sources/ and the rest come from
        ---
        The [guide](docs/guide.pdf) and [the long one](<docs/guide complet é.pdf>).
        Search [here](search/), read [Local](sections/local/) or [its feed](sections/local/feed.xml#top),
        [the editions](/editions), [the council](https://council.example/) and [mail us](mailto:e@x.example).

        ![The harbour](images/map.png)
        Every [source](sources/), [one level up](../search/), ![a lost map](images/gone.png), ![another](<images/lost map é.png>).
        And [one written encoded](gone%20away/).
        """);
    Path pick = site.resolve("picks/2026-11-21-wind-yard.md");
    Files.writeString(pick, Files.readString(pick) + "\nMore in [the archive](editions/2019/)\n");

    BuildResult result = SampleSite.build(site, NOW);
    assertThat(result.problems()).extracting(Object::toString).filteredOn(p -> p.contains("link"))
        .containsExactly(
            "pages/about.md:10: warning: the link '../search/' climbs out of the site: links in pages and notes are read"
                + " from the site's root, whatever page shows them (write 'search/')",
            "pages/about.md:10: warning: the link 'sources/' leads to no page or file the site publishes (links in"
                + " pages and notes are read from the site's root)",
            "pages/about.md:10: warning: the link 'images/gone.png' leads to no page or file the site publishes (links"
                + " in pages and notes are read from the site's root)",
            // Named as written, though the page links it percent-encoded.
            "pages/about.md:10: warning: the link 'images/lost map é.png' leads to no page or file the site publishes"
                + " (links in pages and notes are read from the site's root)",
            "pages/about.md:11: warning: the link 'gone away/' leads to no page or file the site publishes (links in"
                + " pages and notes are read from the site's root)",
            "picks/2026-11-21-wind-yard.md:" + Files.readAllLines(pick).size() + ": warning: the link 'editions/2019/'"
                + " leads to no page or file the site publishes (links in pages and notes are read from the site's"
                + " root)");
    assertThat(Files.readString(site.resolve("public/about/index.html")))
        .contains("href=\"../docs/guide%20complet%20%C3%A9.pdf\"");
  }
}
