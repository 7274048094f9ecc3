package dev.broadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} runs the build's own stages and writes nothing. */
class CheckBuildTest {

  @Test
  void checkWritesNothingAndFindsWhatTheBuildWouldReport(@TempDir Path dir, @TempDir Path elsewhere) throws Exception {
    Path site = SampleSite.copyTo(dir);
    Files.writeString(elsewhere.resolve("secret.txt"), "not for the web");
    Files.createDirectories(site.resolve("static"));
    Files.createSymbolicLink(site.resolve("static/leak.txt"), elsewhere.resolve("secret.txt"));

    List<Problem> checked = Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"));

    assertThat(site.resolve("public")).doesNotExist();
    assertThat(site.resolve("data/last-build.json")).doesNotExist();
    assertThat(checked).extracting(Problem::where).contains("static/leak.txt");
    BuildResult built = SampleSite.build(site, "2026-11-25T06:00:00Z");
    assertThat(built.problems()).as("check reports what the build reports").containsExactlyInAnyOrderElementsOf(checked);
  }

  @Test
  void aPicksMissingPictureIsReportedByCheckWhichMakesNoImagesOfItsOwn(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    Path pick = site.resolve("picks/2026-11-19-storm-power-cuts.md");
    Files.writeString(pick, Files.readString(pick).replace("image: images/storm.jpg", "image: images/stormy.jpg"));

    List<Problem> checked = Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"));

    assertThat(checked).anySatisfy(p -> assertThat(p.toString()).startsWith("picks/2026-11-19-storm-power-cuts.md")
        .contains("images/stormy.jpg"));
    assertThat(site.resolve(dev.broadsheet.config.SiteConfig.CACHE_FOLDER)).doesNotExist();
    BuildResult built = SampleSite.build(site, "2026-11-25T06:00:00Z");
    assertThat(built.problems()).as("check reports what the build reports").containsExactlyInAnyOrderElementsOf(checked);
  }

  @Test
  void aSavedFeedsWarningsShowOnEveryCheckNotOnlyWhenTheFeedChanged(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    Path feed;
    try (java.util.stream.Stream<Path> feeds = Files.list(site.resolve("feeds"))) {
      feed = feeds.filter(f -> f.toString().endsWith(".xml")).sorted().findFirst().orElseThrow();
    }
    String xml = Files.readString(feed);
    // Cut off after its first item: the items read are kept, with a warning.
    Files.writeString(feed, xml.substring(0, xml.indexOf("</item>") + "</item>".length()));
    String name = site.relativize(feed).toString();
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    for (int i = 0; i < 2; i++) {
      List<Problem> checked = Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"));
      assertThat(checked).as("check %d", i).anySatisfy(p -> assertThat(p.toString()).contains(name).contains("cut off"));
    }
  }

  @Test
  void aMisspelledSectionInTheEditionsOrderIsNamed(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    Path config = site.resolve("broadsheet.yaml");
    Files.writeString(config, Files.readString(config).replace("sections: [Local, Business,", "sections: [Local, Busines,"));
    List<Problem> checked = Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"));
    assertThat(checked).extracting(Problem::toString).containsExactly("broadsheet.yaml: warning: editions.sections lists"
        + " 'Busines', but no source or article is in a section of that name; the sections are: Local, Science, Sports,"
        + " Culture, Business; 'Business' (sources in 'Business': meridian) differs from it by a letter or two: if one is"
        + " a misspelling, correct it");
  }

  @Test
  void aSourcesSectionALetterAwayFromAnotherIsNamedAsAPossibleTypo(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    Path config = site.resolve("broadsheet.yaml");
    String yaml = Files.readString(config);
    int coastline = yaml.indexOf("- id: coastline");
    Files.writeString(config, yaml.substring(0, coastline)
        + yaml.substring(coastline).replaceFirst("    section: Local\n", "    section: Lokal\n"));
    List<Problem> checked = Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"));
    assertThat(checked).extracting(Problem::toString).containsExactly("broadsheet.yaml: warning: the sections 'Local'"
        + " and 'Lokal' differ by a letter or two, so their stories are on two pages; if one is a misspelling, correct"
        + " it (sources in 'Local': courier) (picks in 'Local': picks/2026-11-23-tide-tables.md) (sources in 'Lokal':"
        + " coastline)");
    // Both named in editions.sections: the editor's two sections, no typo.
    Files.writeString(config, Files.readString(config)
        .replace("sections: [Local, Business,", "sections: [Local, Lokal, Business,"));
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"))).isEmpty();
  }

  @Test
  void aPicksMisspelledSectionIsToldAtThePickNearAnotherOrNot(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    Path pick = site.resolve("picks/2026-11-23-tide-tables.md");
    String text = Files.readString(pick);
    Files.writeString(pick, text.replace("section: Local", "section: Lcoal"));
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"))).extracting(Problem::toString)
        .containsExactly("picks/2026-11-23-tide-tables.md: warning: the sections 'Lcoal' and 'Local' differ by a letter"
            + " or two, so their stories are on two pages; if one is a misspelling, correct it (picks in 'Lcoal':"
            + " picks/2026-11-23-tide-tables.md) (sources in 'Local': courier, coastline)");
    // Far from every name: still a section of its own, for this pick alone.
    Files.writeString(pick, text.replace("section: Local", "section: Opinon"));
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"))).extracting(Problem::toString)
        .containsExactly("picks/2026-11-23-tide-tables.md: warning: its section 'Opinon' is no source's and"
            + " editions.sections does not list it, so it makes a section of its own (a page and a menu entry) for picks"
            + " alone; correct the name, or list it in editions.sections if it is meant");
    // The default section, which every article without one is in, is no section of its own.
    Files.writeString(pick, text.replace("section: Local", "section: News"));
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"))).isEmpty();
    // Listed as meant, misspelt in the pick: one warning, at the pick, naming both.
    Path config = site.resolve("broadsheet.yaml");
    String yaml = Files.readString(config);
    Files.writeString(config, yaml.replace("sections: [Local, Business,", "sections: [Local, Opinion, Business,"));
    Files.writeString(pick, text.replace("section: Local", "section: Opinon"));
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"))).extracting(Problem::toString)
        .singleElement().asString().startsWith("picks/2026-11-23-tide-tables.md: warning: editions.sections lists"
            + " 'Opinion', but no source or article is in a section of that name;")
        .endsWith("; 'Opinon' (picks in 'Opinon': picks/2026-11-23-tide-tables.md) differs from it by a letter or two:"
            + " if one is a misspelling, correct it");
    Files.writeString(config, yaml);
    // Meant: listed.
    Files.writeString(config, Files.readString(config).replace("sections: [Local, Business,", "sections: [Local, Opinon, Business,"));
    assertThat(Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"))).isEmpty();
  }

  @Test
  void aBrokenStoreIsReportedAndCheckGoesOnToFindTheRest(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    Files.writeString(site.resolve("data/sources.json"), "{ broken");
    Files.writeString(site.resolve("picks/zz-bad.md"), "---\nurl: https://example.org/x\ndate: someday\n---\n");

    List<Problem> checked = Broadsheet.check(site, false, SampleSite.clockAt("2026-11-25T06:00:00Z"));

    assertThat(checked).extracting(Problem::file).contains(site.resolve("data/sources.json").toString())
        .contains("picks/zz-bad.md");
    assertThat(site.resolve("data/sources.json")).hasContent("{ broken");
  }

  @Test
  void aBrokenDayFileStopsTheBuildBeforeAnythingIsWrittenThoughFeedsWereReadMeanwhile(@TempDir Path dir)
      throws Exception {
    Path site = SampleSite.copyTo(dir);
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    Path day;
    try (var files = Files.walk(site.resolve("data/articles"))) {
      day = files.filter(f -> f.toString().endsWith(".json")).sorted().findFirst().orElseThrow();
    }
    Files.writeString(day, "[{\"id\": ");
    byte[] sources = Files.readAllBytes(site.resolve("data/sources.json"));
    byte[] home = Files.readAllBytes(site.resolve("public/index.html"));

    assertThatThrownBy(() -> SampleSite.build(site, "2026-11-26T06:00:00Z"))
        .isInstanceOf(dev.broadsheet.base.BroadsheetException.class).hasMessageContaining(day.getFileName().toString());

    assertThat(day).hasContent("[{\"id\": ");
    assertThat(site.resolve("data/sources.json")).hasBinaryContent(sources);
    assertThat(site.resolve("public/index.html")).hasBinaryContent(home);
  }

  @Test
  void aBrokenStoryRecordStopsABuildWithNewsBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
    Path site = SampleSite.copyTo(dir);
    SampleSite.build(site, "2026-11-25T06:00:00Z");
    // News arrives: curation is sure, and the records are read while the store is saved.
    Path feed = site.resolve("feeds/port-alder-courier.xml");
    Files.writeString(feed, Files.readString(feed).replaceFirst("<item>", "<item><title>Harbour crane returns</title>"
        + "<link>https://courier.port-alder.example/2026/11/25/crane</link><pubDate>Wed, 25 Nov 2026 05:00:00 +0000"
        + "</pubDate><description>Back after repairs.</description></item><item>"));
    Files.writeString(site.resolve("data/stories.json"), "{\"version\": 2, \"stories\": [1, ");
    byte[] home = Files.readAllBytes(site.resolve("public/index.html"));

    assertThatThrownBy(() -> SampleSite.build(site, "2026-11-25T06:30:00Z"))
        .isInstanceOf(dev.broadsheet.base.BroadsheetException.class).hasMessageContaining("stories.json");

    assertThat(site.resolve("data/stories.json")).hasContent("{\"version\": 2, \"stories\": [1, ");
    assertThat(site.resolve("public/index.html")).hasBinaryContent(home);
  }
}
