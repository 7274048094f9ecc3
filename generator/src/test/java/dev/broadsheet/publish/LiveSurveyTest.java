package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live site walked ahead of publishing: taken only while it still describes the site. */
class LiveSurveyTest {
  private static final FileTime HOUR_AGO = FileTime.from(Instant.now().minus(Duration.ofHours(1)));

  @TempDir Path root;
  private Path site;
  private Path out;

  @BeforeEach
  void makeSite() throws Exception {
    site = Files.createDirectories(root.resolve("site"));
    out = site.resolve("public");
    new Publisher(out, site).publish(List.of(file("index.html", "home"), file("articles/a/index.html", "A"),
        file("articles/b/index.html", "B")), List.of());
  }

  private static RenderedFile file(String path, String text) {
    return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Every folder of the live site as last changed an hour ago: too long ago to change unseen. */
  private void settle() throws Exception {
    try (Stream<Path> all = Files.walk(out)) {
      for (Path dir : all.filter(Files::isDirectory).toList()) {
        Files.setLastModifiedTime(dir, HOUR_AGO);
      }
    }
  }

  /** Adds a file to the live site behind the survey's back: its folder keeps the time it had. */
  private void addKeepingTheFolderTime(String path) throws Exception {
    Path file = out.resolve(path);
    FileTime before = Files.getLastModifiedTime(file.getParent());
    Files.writeString(file, "added");
    Files.setLastModifiedTime(file.getParent(), before);
  }

  @Test
  void aSurveyIsTakenWhileNoFolderOfTheSiteChanged() throws Exception {
    settle();
    try (LiveSurvey survey = LiveSurvey.start(out)) {
      Path live = out.toRealPath();
      assertThat(survey.entries(live).keySet()).containsExactly(".broadsheet-manifest", "articles/a/index.html",
          "articles/b/index.html", "index.html");
      // Only a folder's time tells of a change: one hidden from it is not seen, which shows the walk is reused.
      addKeepingTheFolderTime("articles/a/extra.txt");
      assertThat(survey.entries(live)).doesNotContainKey("articles/a/extra.txt");
    }
  }

  @Test
  void aFileAddedToTheLiveSiteAfterTheSurveyIsSeen() throws Exception {
    settle();
    try (LiveSurvey survey = LiveSurvey.start(out)) {
      Path live = out.toRealPath();
      assertThat(survey.entries(live)).doesNotContainKey("articles/b/CNAME");
      Files.writeString(out.resolve("articles/b/CNAME"), "news.example");
      Files.delete(out.resolve("articles/a/index.html"));
      assertThat(survey.entries(live)).containsKey("articles/b/CNAME").doesNotContainKey("articles/a/index.html");
    }
  }

  @Test
  void aSiteChangedJustBeforeTheSurveyIsWalkedAgainWhenPublishing() throws Exception {
    // The site was just published: its folders' times are too recent for a later change to be sure to move them.
    try (LiveSurvey survey = LiveSurvey.start(out)) {
      Path live = out.toRealPath();
      survey.entries(live);
      addKeepingTheFolderTime("articles/a/extra.txt");
      assertThat(survey.entries(live)).containsKey("articles/a/extra.txt");
    }
  }

  @Test
  void aSurveyOfAnotherFolderIsNotTaken() throws Exception {
    settle();
    Path other = Files.createDirectories(root.resolve("other"));
    Files.writeString(other.resolve("page.html"), "x");
    try (LiveSurvey survey = LiveSurvey.start(out)) {
      assertThat(survey.entries(other.toRealPath()).keySet()).containsExactly("page.html");
      assertThat(survey.entries(null)).isEmpty();
    }
  }

  @Test
  void aFileDroppedIntoTheLiveSiteDuringTheBuildIsCarriedOver() throws Exception {
    settle();
    Publisher publisher = new Publisher(out, site);
    try (LiveSurvey survey = publisher.surveyAhead()) {
      survey.entries(out.toRealPath());
      // Between the walk and publishing, as curation and rendering run.
      Files.writeString(out.resolve("CNAME"), "news.example");
      PublishResult result = publisher.publish(List.of(file("index.html", "home 2"), file("articles/a/index.html", "A"),
          file("articles/b/index.html", "B")), List.of(), survey);
      assertThat(result.written()).isEqualTo(1);
    }
    assertThat(out.resolve("CNAME")).hasContent("news.example");
    assertThat(out.resolve("index.html")).hasContent("home 2");
  }
}
