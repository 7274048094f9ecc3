package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the shipped sample site offline and checks what a reader would see. */
class SampleSiteBuildTest {
  /** The label of an editor's note: it names the site, whose words the note is. */
  private static final String NOTE = "Note from The Port Alder Digest";
  @TempDir static Path temp;
  static Path site;
  static BuildResult result;

  @BeforeAll
  static void build() {
    site = SampleSite.copyTo(temp.resolve("site"));
    result = SampleSite.build(site, "2026-11-25T06:00:00Z");
  }

  private static Document page(String path) throws Exception {
    Path file = site.resolve("public").resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  @Test
  void readsEverySourceWithoutProblems() {
    assertThat(result.problems()).isEmpty();
    assertThat(result.sources().ok()).isEqualTo(6);
    assertThat(result.sources().failed()).isZero();
    assertThat(result.articles().added()).isEqualTo(66);
    assertThat(result.articles().stored()).isEqualTo(66);
    assertThat(result.site().editions()).isEqualTo(9);
  }

  @Test
  void aHeadlineTheEditorsGaveIsNotPresentedAsThePublishers() throws Exception {
    // The tide tables pick names its own headline; the storm pick keeps its feed's.
    assertThat(page("articles/harbour-office-publishes-king-tide-times-and-road-closures-0e63f0/index.html")
        .select(".attribution").text()).contains("The headline above is The Port Alder Digest’s own, not the publisher’s.");
    try (var pages = java.nio.file.Files.list(site.resolve("public/articles"))) {
      Path storm = pages.filter(p -> p.getFileName().toString().startsWith("storm-leaves")).findFirst().orElseThrow();
      assertThat(Jsoup.parse(storm.resolve("index.html").toFile(), "UTF-8").select(".attribution").text())
          .doesNotContain("own, not the publisher");
    }
  }

  @Test
  void aPickedStorysNoteTravelsWithItInTheSectionSourceAndTagFeedsToo() throws Exception {
    Path out = site.resolve("public");
    String note = "the utility’s outage line is the fastest way";
    for (String feed : List.of("feed.xml", "sections/local/feed.xml", "sections/local/atom.xml", "sources/courier/feed.xml",
        "tags/storm/feed.xml")) {
      assertThat(Files.readString(out.resolve(feed))).as(feed).contains(NOTE).contains(note.replace("’", "'"));
    }
    // Each note goes with its own pick only: the Courier's two picks, the Review's one, none for the Lantern.
    assertThat(Files.readString(out.resolve("sources/courier/feed.xml")).split(NOTE, -1)).hasSize(3);
    assertThat(Files.readString(out.resolve("sources/northgate/feed.xml"))).containsOnlyOnce(NOTE)
        .contains("4,500-year-old stumps");
    assertThat(Files.readString(out.resolve("sources/lantern/feed.xml"))).doesNotContain(NOTE);
  }

  @Test
  void writesOnePagePerArticleEditionSectionAndSource() throws Exception {
    Path out = site.resolve("public");
    try (var articles = Files.list(out.resolve("articles"))) {
      // 66 stored articles and one pick of a URL that no source carries.
      assertThat(articles.count()).isEqualTo(67);
    }
    for (String section : List.of("local", "business", "science", "sports", "culture")) {
      assertThat(out.resolve("sections/" + section + "/index.html")).exists();
    }
    for (String source : List.of("courier", "meridian", "northgate", "coastline", "sports", "lantern")) {
      assertThat(out.resolve("sources/" + source + "/index.html")).exists();
    }
    assertThat(out.resolve("picks/index.html")).exists();
    assertThat(out.resolve("about/index.html")).exists();
    assertThat(out.resolve("404.html")).exists();
    assertThat(out.resolve("assets/style.css")).exists();
    assertThat(out.resolve("robots.txt")).exists();
    // The sample pages by 10: the Courier's 16 articles are all on its own page (fewer than twice 10),
    // Local's stories are not, and its oldest 10 are on page/1/ (the screenshots show it).
    assertThat(out.resolve("sources/courier/page/1")).doesNotExist();
    assertThat(out.resolve("sections/local/page/1/index.html")).exists();
    assertThat(out.resolve("sections/local/page/2")).doesNotExist();
  }

  @Test
  void homePageShowsTheLatestEditionWithTopStoriesPicksAndSections() throws Exception {
    Document home = page("index.html");
    assertThat(home.select(".edition-date time").attr("datetime")).isEqualTo("2026-11-24");
    // The edition's newsletter, as on the edition's own page.
    assertThat(home.select(".edition-date a").attr("href")).isEqualTo("editions/2026/11/24/newsletter.html");
    assertThat(home.select(".top-stories .card")).hasSize(5);
    Element picks = home.selectFirst(".picks");
    assertThat(picks).isNotNull();
    assertThat(picks.text()).contains("Council delays vote on Quay Road cycle lanes to January")
        .contains("The Quay Road argument is not over.");
    assertThat(home.select(".section-block h2").eachText()).containsSubsequence("Business", "Science", "Culture");
  }

  @Test
  void everyArticlePagesTitleIsItsHeadlineThenTheSitesNameHoweverLong() throws Exception {
    // A tab, a bookmark or the history says which site a page is from; search results cut a long
    // title at its end, where the site's name is, so no word of the headline is lost to it.
    try (Stream<Path> dirs = Files.list(site.resolve("public/articles"))) {
      for (Path dir : dirs.sorted().toList()) {
        Document article = page("articles/" + dir.getFileName() + "/index.html");
        String headline = article.selectFirst("meta[property=og:title]").attr("content");
        assertThat(article.title()).isEqualTo(headline + " · The Port Alder Digest");
      }
    }
  }

  @Test
  void articlePageAttributesThePublisherAndLinksToTheOriginal() throws Exception {
    Document article = page("articles/" + slugDir("Alder Shipyards wins contract", "coastline") + "/index.html");
    assertThat(article.select(".story-source").text())
        .isEqualTo("From Meridian Business Daily via Coastline News Service, by Samuel Achebe");
    Element original = article.selectFirst("a.original-link");
    assertThat(original.attr("href"))
        .isEqualTo("https://coastline-news.example/2026/11/17/alder-shipyards-wins-contract-for-two-hybrid-ferries");
    // The link opens the syndicator's copy: the button names the site it opens, not the publisher.
    assertThat(original.text()).isEqualTo("Read the full story at Coastline News Service →");
    // The publisher's own copy of the story is the same outlet, not other coverage.
    assertThat(article.select(".coverage")).isEmpty();
    assertThat(article.select("link[rel=canonical]").attr("href")).startsWith("https://digest.port-alder.example/articles/");
  }

  @Test
  void theStormStorysRelatedStoriesAreTheOtherStormStories() throws Exception {
    Document article = page("articles/" + slugDir("Storm leaves 4,000 homes", "courier") + "/index.html");
    List<String> related = article.select(".related .line-title").eachText();
    assertThat(related).isNotEmpty().allSatisfy(title -> assertThat(title).containsIgnoringCase("storm"));
  }

  @Test
  void aPinnedPickOpensItsEditionWithTheNote() throws Exception {
    Document edition = page("editions/2026/11/19/index.html");
    Element first = edition.selectFirst(".top-stories .card");
    assertThat(first.select(".card-title").text()).isEqualTo("Storm leaves 4,000 homes without power in the north end");
    assertThat(first.select(".note").text()).contains("The night's biggest story");
  }

  @Test
  void syndicatedCopiesAreShownOnceInAnEdition() throws Exception {
    Document edition = page("editions/2026/11/17/index.html");
    assertThat(edition.select("a:containsOwn(Alder Shipyards wins contract)")).hasSize(1);
    // Carried by a syndicator, it is still one publisher's story: nobody else reported it.
    assertThat(edition.text()).doesNotContain("Also reported by");
  }

  @Test
  void archiveLinksEveryEditionAndEditionsLinkTheirNeighbours() throws Exception {
    Document archive = page("editions/index.html");
    List<String> links = archive.select(".archive-list a").eachAttr("href");
    assertThat(links).hasSize(9).first().isEqualTo("2026/11/24/index.html");
    for (String link : links) {
      assertThat(site.resolve("public/editions").resolve(link).normalize()).exists();
    }
    Document middle = page("editions/2026/11/20/index.html");
    assertThat(middle.select("a[rel=prev]").attr("href")).isEqualTo("../19/index.html");
    assertThat(middle.select("a[rel=next]").attr("href")).isEqualTo("../21/index.html");
  }

  @Test
  void everyInternalLinkPointsAtAFileThatExists() {
    assertThat(LinkChecker.brokenLinks(site.resolve("public"), java.net.URI.create("https://digest.port-alder.example/")))
        .isEmpty();
  }

  @Test
  void aSiteUnderASubPathHasNoBrokenLinkEither(@TempDir Path other) throws Exception {
    Path copy = SampleSite.copyTo(other.resolve("site"));
    String yaml = Files.readString(copy.resolve("broadsheet.yaml"))
        .replace("baseUrl: https://digest.port-alder.example/", "baseUrl: https://user.github.io/news/\nrelativeLinks: false");
    Files.writeString(copy.resolve("broadsheet.yaml"), yaml);
    SampleSite.build(copy, "2026-11-25T06:00:00Z");
    Path out = copy.resolve("public");
    assertThat(LinkChecker.brokenLinks(out, java.net.URI.create("https://user.github.io/news/"))).isEmpty();
    Document home = Jsoup.parse(out.resolve("index.html").toFile(), "UTF-8");
    // The theme's files carry the theme's version, so a browser's copy of another release's is not used.
    assertThat(home.select("link[rel=stylesheet]").attr("href")).matches("/news/assets/style\\.css\\?v=[0-9a-f]{10}");
    assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo("https://user.github.io/news/");
    assertThat(Files.readString(out.resolve("feed.xml"))).contains("<link>https://user.github.io/news/</link>");
    assertThat(Files.readString(out.resolve("sitemap.xml"))).contains("<loc>https://user.github.io/news/editions/</loc>");
    assertThat(Jsoup.parse(out.resolve("404.html").toFile(), "UTF-8").select("link[rel=stylesheet]").attr("href"))
        .isEqualTo(home.select("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void aSecondBuildOfTheSameInputChangesNoByte() {
    TreeMap<String, String> first = SampleSite.files(site.resolve("public"));
    BuildResult again = SampleSite.build(site, "2026-11-26T06:00:00Z");
    // Saved feeds that did not change are "not modified", like a 304: they are not parsed again.
    assertThat(again.sources().notModified()).isEqualTo(6);
    // Nothing the pages are made from changed: they are not even rendered.
    assertThat(again.stageTimes()).doesNotContainKey("render");
    assertThat(again.site().stories()).isEqualTo(result.site().stories());
    assertThat(again.site().filesWritten()).isZero();
    assertThat(again.articles().added()).isZero();
    assertThat(SampleSite.files(site.resolve("public"))).isEqualTo(first);
  }

  @Test
  void aChangedTemplateOrAMissingOutputFileRendersAgain(@TempDir Path other) throws Exception {
    Path copy = SampleSite.copyTo(other.resolve("site"));
    SampleSite.build(copy, "2026-11-25T06:00:00Z");
    assertThat(SampleSite.build(copy, "2026-11-25T07:00:00Z").stageTimes()).doesNotContainKey("render");
    Files.delete(copy.resolve("public/about/index.html"));
    BuildResult repaired = SampleSite.build(copy, "2026-11-25T08:00:00Z");
    assertThat(repaired.stageTimes()).containsKey("render");
    assertThat(repaired.site().filesWritten()).isEqualTo(1);
    Files.createDirectories(copy.resolve("templates"));
    Files.writeString(copy.resolve("templates/page.ftlh"), "<#import \"layout.ftlh\" as layout>\n<@layout.frame>"
        + "<h1>${content.title}!</h1></@layout.frame>\n");
    BuildResult retemplated = SampleSite.build(copy, "2026-11-25T09:00:00Z");
    assertThat(retemplated.site().filesWritten()).isEqualTo(1);
    assertThat(copy.resolve("public/about/index.html")).content().contains("About this digest!");
  }

  @Test
  void aFreshBuildAtAnotherTimeGivesTheSameSite(@TempDir Path other) {
    Path copy = SampleSite.copyTo(other.resolve("site"));
    SampleSite.build(copy, "2027-01-01T00:00:00Z");
    assertThat(SampleSite.files(copy.resolve("public"))).isEqualTo(SampleSite.files(site.resolve("public")));
  }

  @Test
  void aBrokenTemplateFailsTheBuildAndLeavesThePublishedSiteAlone(@TempDir Path other) throws Exception {
    Path copy = SampleSite.copyTo(other.resolve("site"));
    SampleSite.build(copy, "2026-11-25T06:00:00Z");
    TreeMap<String, String> before = SampleSite.files(copy.resolve("public"));
    Files.createDirectories(copy.resolve("templates"));
    Files.writeString(copy.resolve("templates/article.ftlh"), "<#import \"layout.ftlh\" as layout>\n\n${article.nope.title}\n");
    assertThatThrownBy(() -> SampleSite.build(copy, "2026-11-25T07:00:00Z"))
        .isInstanceOfSatisfying(BroadsheetException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
          assertThat(p.where()).isEqualTo(copy.resolve("templates/article.ftlh") + ":3");
          assertThat(p.message()).contains("article.nope");
          // Which page: an error only some articles' data reach is found on them.
          assertThat(p.message()).matches("(?s).*\\(on the page articles/[^ ]+/\\)$");
        }));
    assertThat(SampleSite.files(copy.resolve("public"))).isEqualTo(before);
  }

  @Test
  void aSiteTemplateThatDropsTheLinkToTheOriginalIsWarnedOf(@TempDir Path other) throws Exception {
    Path copy = SampleSite.copyTo(other.resolve("site"));
    Files.createDirectories(copy.resolve("templates"));
    Path article = copy.resolve("templates/article.ftlh");
    // In the theme's frame, whose structured data names the original's address, but with no link to it.
    Files.writeString(article, "<#import \"layout.ftlh\" as layout><@layout.frame><#assign a = article.item.article>"
        + "<h1>${a.title}</h1><p>By our newsroom.</p></@layout.frame>\n");
    BuildResult r = SampleSite.build(copy, "2026-11-25T06:00:00Z");
    // Every article page lacks the link; the first by address is named, whichever thread rendered it.
    String first;
    try (var pages = Files.list(copy.resolve("public/articles"))) {
      first = "articles/" + pages.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow() + "/";
    }
    assertThat(r.problems()).filteredOn(p -> p.where().equals(article.toString())).singleElement()
        .satisfies(p -> assertThat(p.message()).startsWith("article pages do not link to the original article (the"
            + " first: " + first + ")"));

    // With the link (escaped as the template prints it), the pages keep the promise.
    Files.writeString(article, "<#import \"layout.ftlh\" as layout><@layout.frame><#assign a = article.item.article>"
        + "<h1>${a.title}</h1><#if a.url??><a href=\"${a.url}\">${a.publisher!}</a></#if></@layout.frame>\n");
    r = SampleSite.build(copy, "2026-11-25T07:00:00Z");
    assertThat(r.problems()).noneSatisfy(p -> assertThat(p.where()).isEqualTo(article.toString()));
  }

  @Test
  void aBrokenPickIsReportedAndTheRestOfTheSiteIsBuilt(@TempDir Path other) throws Exception {
    Path copy = SampleSite.copyTo(other.resolve("site"));
    Files.writeString(copy.resolve("picks/zz-broken.md"), "---\nurl: https://x.example/\ndate: soon\n---\n");
    BuildResult r = SampleSite.build(copy, "2026-11-25T06:00:00Z");
    assertThat(r.problems()).extracting(Problem::toString)
        .containsExactly("picks/zz-broken.md:3: 'date' must look like 2026-11-20 or 2026-11-20T08:30:00+01:00, found 'soon'");
    assertThat(copy.resolve("public/index.html")).exists();
  }

  /** The folder name of the article page whose title starts with {@code title}, from {@code source}. */
  private static String slugDir(String title, String source) throws Exception {
    Document sourcePage = page("sources/" + source + "/index.html");
    String href = sourcePage.select("a.line-title:containsOwn(" + title + ")").attr("href");
    return Path.of(href).getParent().getFileName().toString();
  }
}
