package dev.broadsheet.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.broadsheet.base.BroadsheetException;
import dev.broadsheet.base.Problem;
import dev.broadsheet.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublisherTest {
  @TempDir Path root;
  private Path site;
  private Path out;

  @BeforeEach
  void makeSite() throws Exception {
    site = Files.createDirectories(root.resolve("site"));
    out = site.resolve("public");
  }

  private static RenderedFile file(String path, String text) {
    return new RenderedFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private PublishResult publish(RenderedFile... pages) {
    return new Publisher(out, site).publish(List.of(pages), List.of());
  }

  private static Object inode(Path p) throws Exception {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  /** Every name beside the output folder: what a killed or finished build left there. */
  private List<String> besideOutput() throws Exception {
    try (Stream<Path> names = Files.list(site)) {
      return names.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void leavesFilesWithTheSameBytesAlone() throws Exception {
    assertThat(publish(file("index.html", "a"), file("x/index.html", "b"))).isEqualTo(new PublishResult(2, 0, 0));
    Files.setLastModifiedTime(out.resolve("index.html"), FileTime.fromMillis(0));
    Object inode = inode(out.resolve("index.html"));
    assertThat(publish(file("index.html", "a"), file("x/index.html", "c"))).isEqualTo(new PublishResult(1, 1, 0));
    assertThat(Files.getLastModifiedTime(out.resolve("index.html")).toMillis()).isZero();
    assertThat(inode(out.resolve("index.html"))).as("an unchanged file is linked, not written").isEqualTo(inode);
    assertThat(out.resolve("x/index.html")).hasContent("c");
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("index.html"))))
        .as("a web server must be able to read published files").isEqualTo("rw-r--r--");
  }

  @Test
  void aBuildThatChangesNothingDoesNotReplaceTheOutputFolder() throws Exception {
    publish(file("index.html", "a"));
    Object folder = inode(out);
    assertThat(publish(file("index.html", "a"))).isEqualTo(new PublishResult(0, 1, 0));
    assertThat(inode(out)).isEqualTo(folder);
  }

  @Test
  void switchesTheWholeSiteAndKeepsOnlyTheReplacedOneBesideIt() throws Exception {
    publish(file("index.html", "old"), file("a/index.html", "a"));
    Object folder = inode(out);
    publish(file("index.html", "new"), file("b/index.html", "b"));
    assertThat(inode(out)).as("a new folder was switched in").isNotEqualTo(folder);
    assertThat(out.resolve("index.html")).hasContent("new");
    assertThat(out.resolve("a")).doesNotExist();
    assertThat(besideOutput()).containsExactly(".public.broadsheet-spare", ".public.broadsheet-spare.tsv", "public");
    assertThat(inode(site.resolve(".public.broadsheet-spare"))).isEqualTo(folder);
  }

  @Test
  void theReplacedSiteBecomesTheNextOneAndOnlyWhatChangedIsTouched() throws Exception {
    publish(file("index.html", "1"), file("keep/index.html", "k"), file("gone/deep/index.html", "g"),
        file("twice/index.html", "t1"));
    Object first = inode(out);
    Object kept = inode(out.resolve("keep/index.html"));
    publish(file("index.html", "2"), file("keep/index.html", "k"), file("twice/index.html", "t2"),
        file("new/index.html", "n"));
    Object secondIndex = inode(out.resolve("index.html"));
    publish(file("index.html", "2"), file("keep/index.html", "k"), file("twice/index.html", "t3"),
        file("new/index.html", "n"), file("third/index.html", "3"));
    assertThat(inode(out)).as("the first build's folder, brought up to date").isEqualTo(first);
    assertThat(inode(out.resolve("keep/index.html"))).as("never changed: one file all along").isEqualTo(kept);
    assertThat(inode(out.resolve("index.html"))).as("changed a build earlier: linked, not rewritten")
        .isEqualTo(secondIndex);
    assertThat(out.resolve("twice/index.html")).hasContent("t3");
    assertThat(out.resolve("third/index.html")).hasContent("3");
    assertThat(out.resolve("new/index.html")).hasContent("n");
    assertThat(out.resolve("gone")).as("deleted, and its emptied folders too").doesNotExist();
    // The second build's site is the spare now, untouched by the third build's writes.
    assertThat(site.resolve(".public.broadsheet-spare/twice/index.html")).hasContent("t2");
  }

  @Test
  void aFileTheSpareSharesWithTheLiveSiteIsReplacedNotWrittenThrough() throws Exception {
    publish(file("index.html", "a"), file("x/index.html", "x1"));
    publish(file("index.html", "a"), file("x/index.html", "x2"));
    // index.html is now one file in both the live site and the spare; the next site changes it.
    publish(file("index.html", "b"), file("x/index.html", "x2"));
    assertThat(out.resolve("index.html")).hasContent("b");
    assertThat(site.resolve(".public.broadsheet-spare/index.html")).hasContent("a");
    assertThat(site.resolve(".public.broadsheet-spare/x/index.html")).hasContent("x2");
  }

  @Test
  void aFileThatBecomesAFolderAndAFolderThatBecomesAFileComeOutAsACleanBuildWould() throws Exception {
    publish(file("index.html", "1"), file("a", "file a"), file("b/index.html", "b"));
    publish(file("index.html", "2"), file("a", "file a"), file("b/index.html", "b"));
    publish(file("index.html", "3"), file("a/index.html", "folder a"), file("b", "file b"));
    assertThat(out.resolve("a/index.html")).hasContent("folder a");
    assertThat(out.resolve("b")).isRegularFile().hasContent("file b");
    publish(file("index.html", "4"), file("a", "file a again"), file("b/index.html", "b again"));
    assertThat(out.resolve("a")).isRegularFile().hasContent("file a again");
    assertThat(out.resolve("b/index.html")).hasContent("b again");
  }

  @Test
  void theSpareTakesTheLiveFoldersPermissions() throws Exception {
    publish(file("index.html", "1"));
    publish(file("index.html", "2"));
    Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-x---"));
    publish(file("index.html", "3"));
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rwxr-x---");
    assertThat(out.resolve(".broadsheet-spare")).as("the spare's marker is not published").doesNotExist();
  }

  @Test
  void aLiveFolderMadeReadOnlyDoesNotPassTheOwnersWriteProtectionOnToTheNextSite() throws Exception {
    publish(file("index.html", "1"));
    Files.setPosixFilePermissions(out, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
    publish(file("index.html", "2"));
    // Else every later build could not put the replaced site away, and left a copy of it each time.
    assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rwxr-xr-x");
  }

  @Test
  void aSpareItsRecordDoesNotDescribeIsNotReused() throws Exception {
    publish(file("index.html", "1"), file("a/index.html", "a"));
    publish(file("index.html", "2"), file("a/index.html", "a"));
    Path spare = site.resolve(".public.broadsheet-spare");
    // Someone replaced the spare by a copy with a stray file: another folder than the record names.
    Path copy = site.resolve("copy");
    Files.createDirectories(copy.resolve("a"));
    Files.writeString(copy.resolve("index.html"), "1");
    Files.writeString(copy.resolve("a/index.html"), "a");
    Files.writeString(copy.resolve("stray.html"), "s");
    dev.broadsheet.base.AtomicFiles.deleteTree(spare);
    Files.move(copy, spare);
    publish(file("index.html", "3"), file("a/index.html", "a"));
    assertThat(out.resolve("index.html")).hasContent("3");
    assertThat(out.resolve("stray.html")).doesNotExist();
  }

  @Test
  void removesWhatAnEarlierBuildWroteButNotOtherFiles() throws Exception {
    publish(file("index.html", "a"), file("old/story/index.html", "b"));
    Files.writeString(out.resolve("CNAME"), "news.example.org");
    Files.createDirectories(out.resolve(".well-known"));
    Files.writeString(out.resolve(".well-known/security.txt"), "Contact: x");
    PublishResult r = publish(file("index.html", "a"));
    assertThat(r.deleted()).isEqualTo(1);
    assertThat(out.resolve("old")).doesNotExist();
    assertThat(out.resolve("CNAME")).hasContent("news.example.org");
    assertThat(out.resolve(".well-known/security.txt")).hasContent("Contact: x");
  }

  @Test
  void removesTemporaryFilesThatAKilledBuildLeftInTheOutput() throws Exception {
    publish(file("index.html", "a"), file("x/page2", "b"));
    Files.writeString(out.resolve(".index.html4107319208863012345.tmp"), "half a pa");
    Files.writeString(out.resolve("x/.page28812.tmp"), "");
    Files.writeString(out.resolve(".notes.tmp"), "someone's own file");
    publish(file("index.html", "a"), file("x/page2", "b"));
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(p -> out.relativize(p).toString().replace('\\', '/')).sorted())
          .containsExactly("", ".broadsheet-manifest", ".notes.tmp", "index.html", "x", "x/page2");
    }
  }

  @Test
  void siteStaticFilesOverrideTheThemeAndGeneratedFiles() throws Exception {
    Files.createDirectories(site.resolve("static/assets"));
    Files.writeString(site.resolve("static/assets/style.css"), "site");
    new Publisher(out, site).publish(List.of(file("robots.txt", "page")),
        List.of(file("assets/style.css", "theme"), file("robots.txt", "theme")));
    assertThat(out.resolve("assets/style.css")).hasContent("site");
    assertThat(out.resolve("robots.txt")).hasContent("theme");
  }

  @Test
  void aManifestLineReachingOutsideTheOutputIsIgnoredWithAWarning() throws Exception {
    publish(file("index.html", "a"));
    Path victim = Files.writeString(root.resolve("x"), "not the site's");
    Files.writeString(out.resolve(".broadsheet-manifest"), "index.html\n../../x\n/etc/hostname\n");
    PublishResult r = publish(file("about/index.html", "b"));
    assertThat(victim).hasContent("not the site's");
    assertThat(r.problems()).extracting(Problem::where)
        .containsExactly("public/.broadsheet-manifest:2", "public/.broadsheet-manifest:3");
    assertThat(r.problems()).allSatisfy(p -> assertThat(p.isWarning() && p.message().startsWith("ignored")).isTrue());
    assertThat(out.resolve(".broadsheet-manifest")).hasContent("about/index.html\n");
    assertThat(publish(file("about/index.html", "b")).problems()).isEmpty();
  }

  @Test
  void aSymbolicLinkInTheOutputCannotLeadToAFileOutsideBeingDeleted() throws Exception {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Path victim = Files.writeString(elsewhere.resolve("victim.txt"), "keep me");
    publish(file("index.html", "a"), file("linked/victim.txt", "generated"));
    Path link = out.resolve("linked");
    Files.walk(link).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    Files.createSymbolicLink(link, elsewhere);
    publish(file("index.html", "a"));
    assertThat(victim).hasContent("keep me");
    assertThat(Files.isSymbolicLink(out.resolve("linked"))).as("a link no build wrote is kept, as a link").isTrue();
  }

  @Test
  void aSymbolicLinkInTheOutputIsNeverWrittenThrough() throws Exception {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.createDirectories(out);
    Files.createSymbolicLink(out.resolve("story"), elsewhere);
    PublishResult r = publish(file("story/index.html", "new"));
    assertThat(elsewhere).isEmptyDirectory();
    assertThat(out.resolve("story/index.html")).hasContent("new");
    assertThat(r.problems()).singleElement().extracting(Problem::message).asString().contains("in the way");
  }

  @Test
  void anOutputThatIsALinkIsSwitchedByReplacingTheLink() throws Exception {
    Path mine = Files.createDirectories(root.resolve("docroot"));
    Files.writeString(mine.resolve("CNAME"), "news.example.org");
    Files.createSymbolicLink(out, mine);
    PublishResult first = publish(file("index.html", "one"));
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".public.broadsheet-a"));
    // A server whose root is the folder the link pointed to keeps serving the old site: said.
    assertThat(first.problems()).singleElement().extracting(Problem::toString).asString()
        .contains("warning: the output folder was a symbolic link to " + mine + ", which Broadsheet did not make; it now"
            + " points at .public.broadsheet-a beside it").contains("point it at " + out);
    assertThat(out.resolve("CNAME")).hasContent("news.example.org");
    assertThat(mine.resolve("CNAME")).as("a folder Broadsheet did not make is never deleted").exists();
    assertThat(publish(file("index.html", "two")).problems()).as("switching between its own folders").isEmpty();
    assertThat(Files.readSymbolicLink(out)).isEqualTo(Path.of(".public.broadsheet-b"));
    assertThat(out.resolve("index.html")).hasContent("two");
    assertThat(besideOutput()).containsExactly(".public.broadsheet-b", "public");
  }

  @Test
  void refusesToPublishOverTheSiteFolder() {
    assertThatThrownBy(() -> new Publisher(site, site.resolve("sub")))
        .isInstanceOf(BroadsheetException.class)
        .hasMessageContaining("may not be the site folder");
  }

  @Test
  void refusesToPublishIntoAFolderTheSiteIsMadeFrom() {
    for (String input : new String[] {"data", "picks", "data/x", ".broadsheet-cache"}) {
      assertThatThrownBy(() -> new Publisher(site.resolve(input), site)).as(input)
          .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not be inside");
    }
    new Publisher(site.resolve("database"), site);
  }

  @Test
  void refusesAnOutputFolderInsideAnyGitFolderTheSiteMayLieIn() {
    // A site in a subfolder of its repository: the repository's folder is one up.
    assertThatThrownBy(() -> new Publisher(site.resolve("../.git/site"), site))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not be inside .git/");
    new Publisher(site.resolve("../gitweb"), site);
  }

  @Test
  void refusesAnOutputFolderThatASymbolicLinkLeadsIntoTheSitesOwnFolders() throws Exception {
    Files.createDirectories(site.resolve("data"));
    Files.createDirectories(site.resolve("feeds"));
    Files.writeString(site.resolve("feeds/local.xml"), "<rss/>");
    Files.createSymbolicLink(root.resolve("into-data"), site.resolve("data"));
    Files.createSymbolicLink(root.resolve("into-feeds"), site.resolve("feeds"));
    Files.createSymbolicLink(root.resolve("the-site"), site);
    assertThatThrownBy(() -> new Publisher(root.resolve("into-data/public"), site))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not be inside data/, which the site is made"
            + " from (it is " + site.toRealPath().resolve("data/public") + " through a symbolic link");
    assertThatThrownBy(() -> new Publisher(root.resolve("into-feeds"), site, List.of(site.resolve("feeds/local.xml"))))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not hold feeds/local.xml, which a source reads");
    assertThatThrownBy(() -> new Publisher(root.resolve("the-site"), site.resolve("sub")))
        .isInstanceOf(BroadsheetException.class).hasMessageContaining("may not be the site folder or contain it (it is");
    // A link that leads elsewhere is any other folder.
    Files.createDirectories(root.resolve("elsewhere"));
    Files.createSymbolicLink(root.resolve("into-elsewhere"), root.resolve("elsewhere"));
    new Publisher(root.resolve("into-elsewhere/public"), site);
  }
}
