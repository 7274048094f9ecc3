package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live site walked ahead of publishing: taken only while it still describes the site. */
class LiveSurveyTest {
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

  /**
   * The survey of a site whose folders all changed before it began: a test cannot wait the
   * seconds a real site has between builds, so the window of changes too recent to trust is none.
   */
  private LiveSurvey settledSurvey() throws Exception {
    Thread.sleep(50);
    return LiveSurvey.start(out, Duration.ZERO);
  }

  /** Adds a file to the live site and sets its folder's modification time back, as {@code rsync -t} would. */
  private void addKeepingTheFolderTime(String path) throws Exception {
    Path file = out.resolve(path);
    FileTime before = Files.getLastModifiedTime(file.getParent());
    Files.writeString(file, "added");
    Files.setLastModifiedTime(file.getParent(), before);
  }

  @Test
  void theSiteIsWalkedAheadAndThatWalkIsTakenWhileNoFolderChanged() throws Exception {
    try (LiveSurvey survey = settledSurvey()) {
      for (int waited = 0; survey.walks() == 0 && waited < 5000; waited += 10) {
        Thread.sleep(10);
      }
      assertThat(survey.walks()).as("walked on its own thread, before anyone asked").isEqualTo(1);
      Path live = out.toRealPath();
      assertThat(survey.entries(live).keySet()).containsExactly(".broadsheet-manifest", "articles/a/index.html",
          "articles/b/index.html", "index.html");
      Files.writeString(out.resolve("index.html"), "rewritten in place: no folder changes");
      assertThat(survey.entries(live)).containsKey("index.html");
      assertThat(survey.walks()).isEqualTo(1);
    }
  }

  @Test
  void aFileAddedToTheLiveSiteAfterTheSurveyIsSeen() throws Exception {
    try (LiveSurvey survey = settledSurvey()) {
      Path live = out.toRealPath();
      assertThat(survey.entries(live)).doesNotContainKey("articles/b/CNAME");
      Files.writeString(out.resolve("articles/b/CNAME"), "news.example");
      Files.delete(out.resolve("articles/a/index.html"));
      assertThat(survey.entries(live)).containsKey("articles/b/CNAME").doesNotContainKey("articles/a/index.html");
      assertThat(survey.walks()).isEqualTo(2);
    }
  }

  @Test
  void aFileAddedWithItsFolderTimeSetBackIsSeen() throws Exception {
    try (LiveSurvey survey = settledSurvey()) {
      Path live = out.toRealPath();
      survey.entries(live);
      addKeepingTheFolderTime("articles/a/extra.txt");
      assertThat(survey.entries(live)).containsKey("articles/a/extra.txt");
    }
  }

  @Test
  void theWalkTellsEachFilesStateOnceItEndedAndNothingBeforeOrWhenItCannotBeTaken() throws Exception {
    Path live = out.toRealPath();
    String index = dev.broadsheet.base.FileStates.identity(Files.readAttributes(live.resolve("index.html"),
        java.nio.file.attribute.BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS));
    try (LiveSurvey survey = settledSurvey()) {
      java.util.function.Function<String, String> states = survey.walkedStates();
      for (int waited = 0; states == null && waited < 5000; waited += 10) {
        Thread.sleep(10);
        states = survey.walkedStates();
      }
      assertThat(states).as("the walk ended").isNotNull();
      assertThat(states.apply("index.html")).isEqualTo(index);
      assertThat(states.apply("articles")).as("a folder").isNull();
      assertThat(states.apply("missing.html")).isNull();
    }
    Files.writeString(out.resolve("articles/a/extra.txt"), "changed a moment ago");
    try (LiveSurvey racy = LiveSurvey.start(out, Duration.ofHours(1))) {
      racy.entries(live);
      assertThat(racy.walkedStates()).as("a folder changed too recently: no state is vouched for").isNull();
    }
    assertThat(LiveSurvey.none().walkedStates()).isNull();
  }

  @Test
  void aSiteChangedJustBeforeTheSurveyIsWalkedAgainWhenPublishing() throws Exception {
    Files.writeString(out.resolve("articles/a/extra.txt"), "changed a moment ago");
    try (LiveSurvey survey = LiveSurvey.start(out, Duration.ofHours(1))) {
      Path live = out.toRealPath();
      assertThat(survey.entries(live)).containsKey("articles/a/extra.txt");
      assertThat(survey.walks()).isEqualTo(2);
    }
  }

  @Test
  void whereChangeTimesAreFinerThanSecondsASiteBuiltAMomentAgoIsStillSurveyed() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(((FileTime) Files.getAttribute(out.toRealPath(), "unix:ctime",
        java.nio.file.LinkOption.NOFOLLOW_LINKS)).toInstant().getNano() != 0, "change times in whole seconds here");
    // Published a moment ago, as by a preview's last build: a second would be too recent for times in seconds.
    Thread.sleep(400);
    try (LiveSurvey survey = LiveSurvey.start(out)) {
      assertThat(survey.entries(out.toRealPath())).containsKey("index.html");
      assertThat(survey.walks()).as("the walk ahead taken").isEqualTo(1);
    }
    Files.writeString(out.resolve("articles/a/extra.txt"), "changed a moment ago");
    try (LiveSurvey survey = LiveSurvey.start(out)) {
      assertThat(survey.entries(out.toRealPath())).containsKey("articles/a/extra.txt");
      assertThat(survey.walks()).as("a folder changed within the clock's reach is walked again").isEqualTo(2);
    }
  }

  @Test
  void aSurveyOfAnotherFolderIsNotTaken() throws Exception {
    Path other = Files.createDirectories(root.resolve("other"));
    Files.writeString(other.resolve("page.html"), "x");
    try (LiveSurvey survey = settledSurvey()) {
      assertThat(survey.entries(other.toRealPath()).keySet()).containsExactly("page.html");
      assertThat(survey.entries(null)).isEmpty();
    }
  }

  @Test
  void aFileDroppedIntoTheLiveSiteDuringTheBuildIsCarriedOverAndOneRemovedIsNot() throws Exception {
    Files.writeString(out.resolve("articles/a/verify.txt"), "token");
    Publisher publisher = new Publisher(out, site);
    try (LiveSurvey survey = settledSurvey()) {
      survey.entries(out.toRealPath());
      // Between the walk and publishing, as curation and rendering run.
      Files.writeString(out.resolve("articles/b/CNAME"), "news.example");
      Files.delete(out.resolve("articles/a/verify.txt"));
      PublishResult result = publisher.publish(List.of(file("index.html", "home 2"), file("articles/a/index.html", "A"),
          file("articles/b/index.html", "B")), List.of(), survey);
      assertThat(result.written()).isEqualTo(1);
    }
    assertThat(out.resolve("articles/b/CNAME")).hasContent("news.example");
    assertThat(out.resolve("articles/a/verify.txt")).doesNotExist();
    assertThat(out.resolve("index.html")).hasContent("home 2");
  }

  @Test
  void aPageKeptForTheStateTheWalkGaveIsNotPublishedOverAFileThatReplacedItSince() throws Exception {
    Publisher publisher = new Publisher(out, site);
    try (LiveSurvey survey = settledSurvey()) {
      java.util.function.Function<String, String> states = null;
      for (int waited = 0; states == null && waited < 5000; waited += 10) {
        Thread.sleep(10);
        states = survey.walkedStates();
      }
      assertThat(states).isNotNull();
      // Rendering keeps articles/a/index.html for the state the walk gave; then someone replaces it.
      Path page = out.resolve("articles/a/index.html");
      Path replacement = out.resolve("articles/a/new.tmp");
      Files.writeString(replacement, "someone else's page");
      Files.move(replacement, page, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      List<RenderedFile> pages = List.of(file("index.html", "home"), RenderedFile.kept("articles/a/index.html"),
          file("articles/b/index.html", "B"));
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> publisher.publish(pages, List.of(), survey)))
          .hasMessageContaining("articles/a/index.html was replaced").hasMessageContaining("build again");
      assertThat(survey.changedSinceStates()).containsExactly("articles/a/index.html");
    }
    assertThat(out.resolve("articles/a/index.html")).as("the site is left as it was").hasContent("someone else's page");
  }

  @Test
  void aWalkAgainTellsNoChangeWhenNoStateWasGiven() throws Exception {
    try (LiveSurvey survey = settledSurvey()) {
      Files.writeString(out.resolve("articles/a/extra.txt"), "new");
      Files.writeString(out.resolve("articles/a/index.html"), "rewritten");
      survey.entries(out.toRealPath());
      assertThat(survey.changedSinceStates()).isEmpty();
    }
  }
}
