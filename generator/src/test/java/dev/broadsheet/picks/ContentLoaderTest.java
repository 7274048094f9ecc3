package dev.broadsheet.picks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {
  @TempDir Path site;
  private ContentLoader loader;

  @BeforeEach
  void setUp() throws Exception {
    Files.createDirectories(site.resolve("picks"));
    Files.createDirectories(site.resolve("pages"));
    loader = new ContentLoader(site, ZoneId.of("Europe/Paris"));
  }

  private void write(String path, String text) throws Exception {
    Files.writeString(site.resolve(path), text);
  }

  @Test
  void readsAPickWithItsNote() throws Exception {
    write("picks/a.md", """
        ---
        url: https://x.example/story
        title: Better headline
        section: Science
        tags: [space]
        date: 2026-11-20
        pin: true
        order: 2
        image: https://x.example/i.jpg
        ---
        Worth reading for the **charts**. <script>alert(1)</script>
        """);
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.problems()).isEmpty();
    Pick p = loaded.items().get(0);
    assertThat(p.file()).isEqualTo("picks/a.md");
    assertThat(p.url()).isEqualTo("https://x.example/story");
    assertThat(p.title()).isEqualTo("Better headline");
    assertThat(p.tags()).containsExactly("space");
    assertThat(p.pin()).isTrue();
    assertThat(p.order()).isEqualTo(2);
    assertThat(p.image()).isEqualTo("https://x.example/i.jpg");
    // A bare date is noon in the site zone, well inside that day's edition.
    assertThat(p.date()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
    assertThat(p.noteHtml()).contains("<strong>charts</strong>").contains("&lt;script&gt;").doesNotContain("<script>");
  }

  @Test
  void aBrokenPickIsReportedWithItsLineAndTheOthersStillLoad() throws Exception {
    write("picks/a-good.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\n---\nNote.\n");
    write("picks/b-bad.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\npinned: true\n---\nNote.\n");
    write("picks/c-date.md", "---\nurl: https://x.example/3\n\ndate: 20/11/2026\n---\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).extracting(Pick::file).containsExactly("picks/a-good.md");
    assertThat(loaded.problems()).extracting(Problem::where).containsExactly("picks/b-bad.md:4", "picks/c-date.md:4");
    assertThat(loaded.problems().get(0).message()).contains("unknown key 'pinned'").contains("pin");
    assertThat(loaded.problems().get(1).message()).contains("2026-11-20");
  }

  @Test
  void aPickWithoutUrlIsRejected() throws Exception {
    write("picks/a.md", "---\ntitle: Something\n---\n");
    assertThat(loader.picks().problems()).extracting(Problem::toString)
        .containsExactly("picks/a.md:1: 'url' is required: the address of the picked article");
  }

  @Test
  void unclosedFrontMatterIsReported() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\nNote without a closing fence\n");
    assertThat(loader.picks().problems()).singleElement().asString().contains("picks/a.md:1").contains("never closed");
  }

  @Test
  void readsPagesInMenuOrder() throws Exception {
    write("pages/contact.md", "---\ntitle: Contact\nweight: 2\n---\nWrite to us.\n");
    write("pages/about.md", "---\ntitle: About\nweight: 1\ndescription: Who we are\n---\n## Hello\n");
    ContentLoader.Loaded<Page> pages = loader.pages();
    assertThat(pages.problems()).isEmpty();
    assertThat(pages.items()).extracting(Page::slug).containsExactly("about", "contact");
    assertThat(pages.items().get(0).html()).isEqualTo("<h2>Hello</h2>");
    assertThat(pages.items().get(0).description()).isEqualTo("Who we are");
  }

  @Test
  void aPageNeedsATitle() throws Exception {
    write("pages/about.md", "No front matter here.\n");
    assertThat(loader.pages().problems()).singleElement().asString()
        .isEqualTo("pages/about.md:1: a page needs front matter with a title");
  }

  @Test
  void markdownTablesAndAutolinksRender() throws Exception {
    write("pages/data.md", "---\ntitle: Data\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.org now.\n");
    String html = loader.pages().items().get(0).html();
    assertThat(html).contains("<table>").contains("href=\"https://example.org\">https://example.org</a>");
  }
}
