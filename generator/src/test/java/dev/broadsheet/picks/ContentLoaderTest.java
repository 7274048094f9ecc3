package dev.broadsheet.picks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import java.nio.charset.StandardCharsets;
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
  void htmlInANoteIsShownAsTextAndNamedAtItsLine() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/a\ndate: 2026-11-20\n---\nFirst paragraph.\n\n"
        + "<script>alert(1)</script>\n\nA <b>bold</b> claim.\n");
    write("picks/b.md", "---\nurl: https://x.example/b\ndate: 2026-11-20\n---\nPlain **Markdown**, `<b>` in code.\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).hasSize(2);
    assertThat(loaded.items().get(0).noteHtml()).contains("&lt;script&gt;").doesNotContain("<script>");
    assertThat(loaded.problems()).singleElement().satisfies(p -> {
      assertThat(p.isWarning()).isTrue();
      assertThat(p.where()).isEqualTo("picks/a.md:7");
      assertThat(p.message()).contains("shown as it is written");
    });
  }

  @Test
  void aPicksLanguageIsReadAsATagUnderEitherKeyAndOneThatIsNoTagIsWarnedOfAtItsLineAndIgnored() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/a\ndate: 2026-11-20\nlanguage: pt-br\n---\nNota.\n");
    write("picks/b.md", "---\nurl: https://x.example/b\ndate: 2026-11-20\nlang: ja\n---\n");
    write("picks/c.md", "---\nurl: https://x.example/c\ndate: 2026-11-20\ntitle: T\nlanguage: Japanese\n---\n");
    write("picks/d.md", "---\nurl: https://x.example/d\ndate: 2026-11-20\n---\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    write("picks/e.md", "---\nurl: https://x.example/e\ndate: 2026-11-20\nlanguage: fr\nlang: en\n---\nUn mot.\n");
    write("picks/f.md", "---\nurl: https://x.example/f\ndate: 2026-11-20\nlanguage:\n---\n");
    ContentLoader.Loaded<Pick> more = loader.picks();
    assertThat(more.items()).filteredOn(p -> p.file().equals("picks/e.md")).extracting(Pick::language)
        .containsExactly("en");
    assertThat(more.problems()).filteredOn(p -> !p.file().equals("picks/c.md")).extracting(Problem::toString)
        .containsExactly("picks/e.md:5: warning: both 'language' and 'lang' say the pick's language; the later one,"
            + " 'en', is used: keep one of them", "picks/f.md:4: warning: the pick's language is empty, and is taken"
            + " from its words: write a language tag such as en, ja or pt-BR, or remove the key");
    assertThat(loaded.items()).extracting(Pick::file, Pick::language).containsExactly(
        org.assertj.core.groups.Tuple.tuple("picks/a.md", "pt-BR"), org.assertj.core.groups.Tuple.tuple("picks/b.md", "ja"),
        org.assertj.core.groups.Tuple.tuple("picks/c.md", null), org.assertj.core.groups.Tuple.tuple("picks/d.md", null));
    assertThat(loaded.problems()).singleElement().satisfies(p -> {
      assertThat(p.isWarning()).isTrue();
      assertThat(p.where()).isEqualTo("picks/c.md:5");
      assertThat(p.message()).contains("ignored language 'Japanese'").contains("BCP 47");
    });
  }

  @Test
  void aCorrectionTimeStillToComeOrBeforeThePickIsWarnedOf() throws Exception {
    write("picks/ahead.md", "---\nurl: https://x.example/a\ndate: 2026-11-20\nupdated: 2027-01-15T09:30:00Z\n---\n");
    write("picks/before.md", "---\nurl: https://x.example/b\ndate: 2026-11-20\nupdated: 2026-11-01\n---\n");
    write("picks/right.md", "---\nurl: https://x.example/c\ndate: 2026-11-20\nupdated: 2026-11-21T10:00:00Z\n---\n");
    ContentLoader.Loaded<Pick> due = loader.due(loader.picks(), Instant.parse("2026-11-22T08:00:00Z"));
    assertThat(due.items()).hasSize(3);
    assertThat(due.problems()).allMatch(Problem::isWarning).extracting(Problem::file)
        .containsExactlyInAnyOrder("picks/ahead.md", "picks/before.md");
    assertThat(due.problems()).filteredOn(p -> p.file().equals("picks/ahead.md")).singleElement().asString()
        .contains("is still to come");
  }

  @Test
  void aPickDatedWithATimeWaitsForThatTimeAndOneWithABareDateOnlyForItsDay() throws Exception {
    write("picks/embargo.md", "---\nurl: https://x.example/a\ndate: 2026-11-22T14:00:00+01:00\n---\n");
    write("picks/bare.md", "---\nurl: https://x.example/b\ndate: 2026-11-22\n---\n");
    write("picks/morning.md", "---\nurl: https://x.example/c\ndate: 2026-11-22T07:00:00\n---\n");
    // 09:00 in Paris: the bare date (noon) is due all day, the 07:00 pick is, the 14:00 one waits.
    ContentLoader.Loaded<Pick> morning = loader.due(loader.picks(), Instant.parse("2026-11-22T08:00:00Z"));
    assertThat(morning.items()).extracting(Pick::file).containsExactlyInAnyOrder("picks/bare.md", "picks/morning.md");
    assertThat(morning.problems()).singleElement().satisfies(p -> {
      assertThat(p.isWarning()).isTrue();
      assertThat(p.file()).isEqualTo("picks/embargo.md");
      assertThat(p.message()).contains("2026-11-22T14:00", "still to come", "09:00", "held back");
    });
    ContentLoader.Loaded<Pick> afternoon = loader.due(loader.picks(), Instant.parse("2026-11-22T13:00:00Z"));
    assertThat(afternoon.items()).hasSize(3);
    assertThat(afternoon.problems()).isEmpty();
  }

  @Test
  void keysAnotherKeyMakesMeaninglessAndMarkdownFilesUnderAnotherEndingAreWarnedOf() throws Exception {
    write("picks/both.md", "---\nurl: https://x.example/a\ndate: 2026-11-20\nedition: 2026-11-21\n---\n");
    write("picks/hidden.md", "---\nurl: https://x.example/b\ndate: 2026-11-20\nhide: true\npin: true\n"
        + "title: Ours\n---\n");
    write("picks/plain.md", "---\nurl: https://x.example/c\ndate: 2026-11-20\npin: true\n---\n");
    write("picks/later.markdown", "---\nurl: https://x.example/d\ndate: 2026-11-20\n---\n");
    write("pages/About.MD", "---\ntitle: About\n---\n");
    write("picks/ideas.ods", "not Markdown");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).extracting(Pick::file).containsExactly("picks/both.md", "picks/hidden.md",
        "picks/plain.md");
    // The date read is the one the warning names.
    assertThat(picks.items().get(0).date()).isEqualTo(Instant.parse("2026-11-20T11:00:00Z"));
    assertThat(picks.problems()).allMatch(Problem::isWarning).extracting(Problem::toString).containsExactly(
        "picks/later.markdown: warning: not read: only files ending in .md are; rename it to later.md",
        "picks/both.md:4: warning: 'edition' is another name for 'date', which this pick gives too: 'date'"
            + " (2026-11-20) is used; keep one of the two",
        "picks/hidden.md:5: warning: 'pin' does nothing in a pick with 'hide: true', which keeps the article out"
            + " of the site",
        "picks/hidden.md:6: warning: 'title' does nothing in a pick with 'hide: true', which keeps the article"
            + " out of the site");
    assertThat(loader.pages().problems()).extracting(Problem::toString)
        .containsExactly("pages/About.MD: warning: not read: only files ending in .md are; rename it to About.md");
  }

  @Test
  void aNoteLinksOnlyToWebAndMailAddressesNeverToScriptOrDataUrls() throws Exception {
    write("picks/a.md", """
        ---
        url: https://x.example/story
        date: 2026-11-20
        ---
        [a](data:text/html,<script>alert(1)</script>) [b](javascript:alert(2)) ![c](data:image/svg+xml,x)
        [d](https://x.example/d) [e](mailto:desk@x.example)
        """);
    String note = loader.picks().items().get(0).noteHtml();
    assertThat(note).doesNotContain("data:").doesNotContain("javascript:")
        .contains("href=\"https://x.example/d\"").contains("href=\"mailto:desk@x.example\"");
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
    // The script is shown as text, and the editor told so; the pick is read.
    assertThat(loaded.problems()).extracting(Problem::where).containsExactly("picks/a.md:11");
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
    write("picks/b-bad.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\npin: maybe\n---\nNote.\n");
    write("picks/c-date.md", "---\nurl: https://x.example/3\n\ndate: 20/11/2026\n---\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).extracting(Pick::file).containsExactly("picks/a-good.md");
    assertThat(loaded.problems()).extracting(Problem::where).containsExactly("picks/b-bad.md:4", "picks/c-date.md:4");
    assertThat(loaded.problems().get(0).message()).contains("'pin' must be true or false");
    assertThat(loaded.problems().get(1).message()).contains("2026-11-20");
  }

  @Test
  void aMisspeltKeyIsWarnedOfAndThePickPublishedWithoutItButOneLikeHidingSetToTrueHidesItsArticle() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\nordr: 2\npinned: true\n---\nNote.\n");
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\nhidden: yes\n---\nNote.\n");
    write("pages/about.md", "---\ntitle: About\nmenus: false\npublished: true\n---\nUs.\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    // The pick meant to be hidden hides its article, as 'hide: true' would: left out, the article would show.
    assertThat(picks.items()).extracting(Pick::file).containsExactly("picks/a.md", "picks/b.md");
    assertThat(picks.items()).extracting(Pick::hide).containsExactly(false, true);
    assertThat(picks.items().get(0).order()).isZero();
    // A file's ignored keys are told after the errors: a key many files carry is told once for all of them.
    assertThat(picks.problems()).extracting(Problem::toString).containsExactly(
        "picks/b.md:4: unknown key 'hidden' (did you mean 'hide'?); known keys here: aliases, date, edition, hide, image,"
            + " imageAlt, imageCredit, language, order, pin, publisher, section, tags, title, updated, url; the pick is read as"
            + " 'hide: true' until it is corrected: a key like this set to true is meant to hide it",
        "picks/a.md:4: warning: unknown key 'ordr' (did you mean 'order'?); known keys here: aliases, date, edition, hide, image,"
            + " imageAlt, imageCredit, language, order, pin, publisher, section, tags, title, updated, url; the key is ignored and"
            + " the pick published without it",
        "picks/a.md:5: warning: unknown key 'pinned' (did you mean 'pin'?); known keys here: aliases, date, edition, hide,"
            + " image, imageAlt, imageCredit, language, order, pin, publisher, section, tags, title, updated, url; the key is"
            + " ignored and the pick published without it");
    ContentLoader.Loaded<Page> pages = loader.pages();
    assertThat(pages.items()).extracting(Page::slug).containsExactly("about");
    // "published" is two edits from "unpublished" and means the opposite: a warning, the page kept.
    assertThat(pages.problems()).extracting(Problem::where).containsExactly("pages/about.md:3", "pages/about.md:4");
  }

  @Test
  void aKeyOfAnotherToolThatManyPicksCarryIsToldOnceWithWhereElseItIs() throws Exception {
    for (String letter : new String[] {"a", "b", "c", "d", "e"}) {
      write("picks/" + letter + ".md", "---\nurl: https://x.example/" + letter + "\ndate: 2026-11-20\nlayout: post\n"
          + (letter.compareTo("c") < 0 ? "comments: true\n" : "") + "---\nA note.\n");
    }
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).hasSize(5);
    // Two files are told of one by one; five at once, at the first, naming three of the others.
    assertThat(picks.problems()).extracting(Problem::where).containsExactly("picks/a.md:4", "picks/a.md:5", "picks/b.md:5");
    assertThat(picks.problems().get(0).isWarning()).isTrue();
    assertThat(picks.problems().get(0).message()).startsWith("unknown key 'layout'").endsWith("the key is ignored and the"
        + " pick published without it; 4 more files have it too, where it is ignored as well (picks/b.md:4,"
        + " picks/c.md:4, picks/d.md:4 and 1 more)");
    assertThat(picks.problems().get(2).message()).startsWith("unknown key 'comments'").endsWith("published without it");
  }

  @Test
  void aDraftAsOtherGeneratorsWriteItLeavesThePickOutButNotItsArticleAndVisibleFalseHides() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\nlayout: post\ndraft: true\n---\nNot yet.\n");
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\npublished: false\n---\nNot yet.\n");
    write("picks/c.md", "---\nurl: https://x.example/3\ndate: 2026-11-20\npublished: true\n---\nReady.\n");
    write("picks/d.md", "---\nurl: https://x.example/4\ndate: 2026-11-20\nlayout: post\nvisible: no\n---\n");
    write("pages/draft.md", "---\ntitle: Soon\ndraft: yes\n---\nSoon.\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).extracting(Pick::file).containsExactly("picks/c.md", "picks/d.md");
    assertThat(picks.items()).extracting(Pick::hide).containsExactly(false, true);
    assertThat(picks.problems()).filteredOn(p -> p.file().equals("picks/a.md")).singleElement().satisfies(p -> {
      assertThat(p.isWarning()).isTrue();
      assertThat(p.where()).isEqualTo("picks/a.md:5");
      assertThat(p.message()).contains("'draft: true' makes this pick a draft", "left out", "shown as its feed gives it");
    });
    assertThat(picks.problems()).filteredOn(p -> p.file().equals("picks/b.md")).singleElement().asString()
        .contains("picks/b.md:4: warning: 'published: false' makes this pick a draft");
    // Beside the hiding key, another unknown key is what it is anywhere: a warning.
    assertThat(picks.problems()).filteredOn(p -> p.file().equals("picks/d.md")).extracting(Problem::toString)
        .satisfiesExactly(
            p -> assertThat(p).startsWith("picks/d.md:5: unknown key 'visible'").contains("set to false is meant to hide"),
            p -> assertThat(p).startsWith("picks/d.md:4: warning: unknown key 'layout'"));
    ContentLoader.Loaded<Page> pages = loader.pages();
    assertThat(pages.items()).isEmpty();
    assertThat(pages.problems()).singleElement().asString().contains("pages/draft.md:3: warning: 'draft: true'"
        + " makes this page a draft");
  }

  @Test
  void datesAsOtherSiteGeneratorsWriteThemAreReadInTheirZonesAndPicksInFoldersAreRead() throws Exception {
    Files.createDirectories(site.resolve("picks/2025/03"));
    Files.createDirectories(site.resolve("picks/.drafts"));
    String[] forms = {"2025-03-04 23:50:00 +0100", "2025-03-04 23:50:00 +01:00", "2025-03-04T23:50:00+0100",
        "2025-03-04 22:50:00 UTC", "2025-03-04 22:50 Z", "2025-03-04 23:50:00", "2025-03-04 9:05:00 -1250"};
    for (int i = 0; i < forms.length; i++) {
      write("picks/2025/03/p" + i + ".md", "---\nurl: https://x.example/" + i + "\ndate: " + forms[i] + "\n---\n");
    }
    write("picks/.drafts/x.md", "---\nurl: https://x.example/x\ndate: 2025-03-04\n---\n");
    write("picks/2025/bad.md", "---\nurl: https://x.example/b\ndate: 04.03.2025 23:50\n---\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).extracting(Pick::file).containsExactly("picks/2025/03/p0.md", "picks/2025/03/p1.md",
        "picks/2025/03/p2.md", "picks/2025/03/p3.md", "picks/2025/03/p4.md", "picks/2025/03/p5.md",
        "picks/2025/03/p6.md");
    // Paris is an hour ahead of UTC in March: a date without a zone is the site's.
    assertThat(picks.items()).extracting(Pick::date).containsExactly(Instant.parse("2025-03-04T22:50:00Z"),
        Instant.parse("2025-03-04T22:50:00Z"), Instant.parse("2025-03-04T22:50:00Z"),
        Instant.parse("2025-03-04T22:50:00Z"), Instant.parse("2025-03-04T22:50:00Z"),
        Instant.parse("2025-03-04T22:50:00Z"), Instant.parse("2025-03-04T21:55:00Z"));
    assertThat(picks.problems()).singleElement().asString().startsWith("picks/2025/bad.md:3: 'date' must look like");
    // A page's address is its file's name: one in a folder is not read, and said.
    Files.createDirectories(site.resolve("pages/team"));
    write("pages/team/about.md", "---\ntitle: About\n---\nUs.\n");
    assertThat(loader.pages().items()).isEmpty();
    assertThat(loader.pages().problems()).singleElement().asString()
        .startsWith("pages/team/about.md: warning: not read: a page's address is its file's name");
  }

  @Test
  void tagsWrittenOnOneLineArePartedByTheirCommasAndAPictureByItsSiteAddressIsTheStaticFile() throws Exception {
    Files.createDirectories(site.resolve("static/assets/img"));
    Files.write(site.resolve("static/assets/img/quay.jpg"), new byte[] {1});
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\ntags: \"climate, energy ,\"\n"
        + "image: /assets/img/quay.jpg\n---\n");
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\ntags: [harbour, quay]\n"
        + "image: /assets/img/missing.jpg\n---\n");
    write("picks/c.md", "---\nurl: https://x.example/3\ndate: 2026-11-20\ntags: {a: 1}\n---\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).extracting(Pick::file).containsExactly("picks/a.md");
    assertThat(picks.items().get(0).tags()).containsExactly("climate", "energy");
    assertThat(picks.items().get(0).image()).isEqualTo("static/assets/img/quay.jpg");
    assertThat(picks.problems()).extracting(Problem::toString).satisfiesExactly(
        p -> assertThat(p).startsWith("picks/b.md:5: 'image' must be").contains("no file static/assets/img/missing.jpg"),
        p -> assertThat(p).startsWith("picks/c.md:4: 'tags' must be"));
  }

  @Test
  void anotherToolsNameForTheLinkAndTomlFrontMatterAreNamedInTheirErrors() throws Exception {
    write("picks/a.md", "---\ntitle: Pier\nexternal_url: https://x.example/1\ndate: 2026-11-20\n---\n");
    write("picks/b.md", "+++\ntitle = \"Pier\"\nurl = \"https://x.example/2\"\n+++\nNote.\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).isEmpty();
    assertThat(picks.problems()).filteredOn(p -> !p.isWarning()).extracting(Problem::toString).containsExactly(
        "picks/a.md:3: 'url' is required: the address of the picked article; rename 'external_url' to 'url'",
        "picks/b.md:1: front matter between +++ lines (TOML) is not read: write it as YAML between --- lines, each"
            + " key as 'key: value' (title: About, date: 2026-11-20)");
  }

  @Test
  void anotherToolsTemplateTagsAndFootnotesAreWarnedOfAtTheirFirstLineButNotInCode() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\n---\nSee [this]({% post_url 2025-09-03-x %}).\n\n"
        + "At {{ site.url }}, as we said[^1].\n\n```\n{{ in code }}\n```\n\nAnd `{% raw %}` inline.\n\n"
        + "[^1]: A footnote.\n");
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\n---\nPlain {braces} and [links](https://x.example/).\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    assertThat(picks.items()).hasSize(2);
    assertThat(picks.problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:5: warning: another tool's template tag ({% … %} or {{ … }}) is shown as written (and on 1 more"
            + " line): write what it stood for (the link, the text)",
        "picks/a.md:7: warning: a footnote ([^1]) is shown as written (and on 1 more line): notes have no footnotes;"
            + " write it in the text or as a link");
  }

  @Test
  void aMergeConflictLeftInAPickOrAPageIsReportedAtItsLineNotPublished() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\n---\n<<<<<<< HEAD\nGo and see them.\n"
        + "=======\nGo before the sand comes back.\n>>>>>>> a1b2c3d (editor: tweak note)\n");
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\n---\nA heading\n=======\n\nText.\n\n"
        + "```\n<<<<<<< HEAD\nours\n=======\ntheirs\n>>>>>>> main\n```\n");
    write("pages/about.md", "---\ntitle: About\n<<<<<<< ours\ndescription: One\n=======\ndescription: Two\n"
        + ">>>>>>> theirs\n---\nUs.\n");
    ContentLoader.Loaded<Pick> picks = loader.picks();
    // A Markdown heading underlined with = is no conflict, nor one shown in a code block.
    assertThat(picks.items()).extracting(Pick::file).containsExactly("picks/b.md");
    assertThat(picks.problems()).extracting(Problem::where).containsExactly("picks/a.md:5");
    assertThat(picks.problems().get(0).message()).contains("conflict markers").contains("git checkout --ours picks/a.md");
    assertThat(loader.pages().problems()).extracting(Problem::where).containsExactly("pages/about.md:3");
  }

  @Test
  void everyValueOfTheWrongKindInAPickIsReportedAtOnceWithItsLine() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\npin: maybe\norder: first\ntags: {a: 1}\nsumary: x\n---\n");
    assertThat(loader.picks().problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:3: 'pin' must be true or false, found 'maybe'",
        "picks/a.md:4: 'order' must be a whole number, found 'first'",
        "picks/a.md:5: 'tags' must be a list",
        "picks/a.md:6: unknown key 'sumary'; known keys here: aliases, date, edition, hide, image, imageAlt, imageCredit, language, order,"
            + " pin, publisher, section, tags, title, updated, url");
  }

  @Test
  void aValueHoldingAColonIsToBeQuotedTheMessageSays() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\nimageCredit: Foto: Redaktion\n---\n");
    assertThat(loader.picks().problems()).extracting(Problem::toString).containsExactly("picks/a.md:3: invalid YAML:"
        + " mapping values are not allowed here; a value that holds ': ' must be in quotes (imageCredit: \"Photo: Jane"
        + " Doe\"), and a key may not be indented deeper than the key above it");
  }

  @Test
  void aQuoteLeftOpenToTheEndOfTheFrontMatterIsNamedAtItsLine() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\ntitle: \"Council: a long night\npin: true\n---\nA note.\n");
    assertThat(loader.picks().problems()).extracting(Problem::toString).containsExactly("picks/a.md:4: invalid YAML:"
        + " this line opens a quote it does not close before the end of the front matter");
  }

  @Test
  void aPickThatCannotBeReadAnyMoreIsShownAsItWasLastReadUntilFixedAndADeletedOneIsGone() throws Exception {
    ContentLoader build = ContentLoader.withCopies(site, ZoneId.of("Europe/Paris"), true);
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\ntitle: Council\n---\nThe note.\n");
    assertThat(build.picks().problems()).isEmpty();
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\ntitle: \"Council: a long night\n---\nThe note, edited.\n");
    ContentLoader.Loaded<Pick> broken = build.picks();
    assertThat(broken.items()).singleElement().satisfies(p -> {
      assertThat(p.title()).isEqualTo("Council");
      assertThat(p.file()).isEqualTo("picks/a.md");
      assertThat(p.noteHtml()).contains("The note.");
    });
    assertThat(broken.problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:4: invalid YAML: this line opens a quote it does not close before the end of the front matter",
        "picks/a.md: warning: until this file is fixed, the site shows it as a build last read it (its copy in"
            + " .broadsheet-cache/content/)");
    ContentLoader check = ContentLoader.withCopies(site, ZoneId.of("Europe/Paris"), false);
    assertThat(check.picks()).isEqualTo(broken);
    assertThat(check.standIns()).startsWith("{picks/a.md=");
    assertThat(loader.picks().items()).as("a loader without copies").isEmpty();

    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-11-20\ntitle: \"Council: a long night\"\n---\nB.\n");
    assertThat(build.picks().items()).extracting(Pick::title).containsExactly("Council: a long night");
    Files.delete(site.resolve("picks/a.md"));
    assertThat(build.picks().items()).isEmpty();
    write("picks/a.md", "---\nurl: [\n---\n");
    assertThat(build.picks().items()).as("deleted, then written broken: no copy comes back").isEmpty();
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\n---\nOld note.\n");
    assertThat(build.picks().items()).hasSize(1);
    write("picks/b.md", "---\nurl: https://x.example/3\ndate: 2026-11-20\ntitle: \"New\n---\nAnother pick.\n");
    assertThat(build.picks().items()).as("another pick under the name, broken: not the old one").isEmpty();
    assertThat(build.standIns()).isEqualTo("{}");
  }

  @Test
  void aDateWrittenRightThatTheCalendarHasNotSaysWhichPartIsWrong() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: 2026-13-45\n---\n");
    write("picks/b.md", "---\nurl: https://x.example/2\ndate: 2026-02-30T08:00:00Z\n---\n");
    assertThat(loader.picks().problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:3: 'date' is no date in the calendar, found '2026-13-45': month 13 is not one of 1 - 12",
        "picks/b.md:3: 'date' is no date in the calendar, found '2026-02-30T08:00:00Z': February 30 does not exist");
  }

  @Test
  void everyBadAddressAndDateInAPickIsReportedAtOnce() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/a b|c\nimage: ftp://x.example/i.jpg\ndate: soon\n---\n");
    assertThat(loader.picks().problems()).extracting(Problem::where)
        .containsExactly("picks/a.md:2", "picks/a.md:3", "picks/a.md:4");
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
    write("pages/contact.md", "---\ndescription: How to reach us\n---\nWrite.\n");
    assertThat(loader.pages().problems()).extracting(Problem::toString).containsExactly(
        "pages/about.md:1: a page needs front matter (between --- lines) with at least its title",
        "pages/contact.md:1: a page needs a title in its front matter (title: About us)");
  }

  @Test
  void markdownTablesAndAutolinksRender() throws Exception {
    write("pages/data.md", "---\ntitle: Data\n---\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee https://example.org now.\n");
    String html = loader.pages().items().get(0).html();
    assertThat(html).contains("<table>").contains("href=\"https://example.org\">https://example.org</a>");
  }

  @Test
  void aPickUrlThatIsNotAValidAddressIsReportedAtItsLineAndSkipped() throws Exception {
    write("picks/a-space.md", "---\ntitle: T\nurl: https://x.example/a story\ndate: 2026-11-20\n---\n");
    write("picks/b-pipe.md", "---\nurl: https://x.example/a|b\ndate: 2026-11-20\n---\n");
    write("picks/c-nohost.md", "---\nurl: https:///story\ndate: 2026-11-20\n---\n");
    write("picks/d-image.md", "---\nurl: https://x.example/ok\nimage: https://x.example/a b.jpg\n---\n");
    write("picks/e-good.md", "---\nurl: https://x.example/fine?q=%20a\ndate: 2026-11-20\n---\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).extracting(Pick::file).containsExactly("picks/e-good.md");
    assertThat(loaded.problems()).extracting(Problem::where)
        .containsExactly("picks/a-space.md:3", "picks/b-pipe.md:2", "picks/c-nohost.md:2", "picks/d-image.md:3");
    assertThat(loaded.problems().get(0).message()).contains("'url' must be an http(s) URL")
        .contains("'https://x.example/a story'").contains("%20");
    assertThat(loaded.problems().get(2).message()).contains("no host name");
    assertThat(loaded.problems().get(3).message()).startsWith("'image' must be an http(s) URL");
  }

  @Test
  void aCharacterNoPageCanCarryOrAKeyGivenTwiceIsReportedAtItsLineAndSkipped() throws Exception {
    write("picks/a-nul.md", "---\nurl: https://x.example/1\nsection: \"Sci\\0ence\"\n---\n");
    write("picks/b-twice.md", "---\nurl: https://x.example/2\ndate: 2026-11-20\ndate: 2026-11-21\n---\n");
    write("picks/c-tag.md", "---\nurl: https://x.example/3\ntags: [ok, \"\\e\"]\n---\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).isEmpty();
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
        "picks/a-nul.md:3: 'section' holds the character U+0000, which no web page or feed may contain; remove it",
        "picks/b-twice.md:4: 'date' is given twice; keep only one",
        "picks/c-tag.md:3: 'tags[1]' holds the character U+001B, which no web page or feed may contain; remove it");
  }

  @Test
  void aNotesLinksAndImagesToScriptOrDataAddressesKeepTheirWordsWithoutALinkAndAreWarnedOfAtTheirLines()
      throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\n---\nA [js link](javascript:alert(1)) and"
        + " ![img](javascript:alert(1)).\n\n<javascript:alert(1)> and [good](https://example.org/) and [r].\n\n"
        + "[r]: data:text/html,x\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).singleElement().satisfies(p -> assertThat(p.noteHtml()).isEqualTo(
        "<p>A js link and img.</p>\n<p>javascript:alert(1) and <a href=\"https://example.org/\">good</a> and r.</p>"));
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:4: warning: the link 'js link' leads to a javascript: address, which no page may link to; its"
            + " words are shown without it (links lead to web pages and mail addresses)",
        "picks/a.md:4: warning: the image 'img' leads to a javascript: address, which no page may show; its words are"
            + " shown without it (links lead to web pages and mail addresses)",
        "picks/a.md:6: warning: the link 'javascript:alert(1)' leads to a javascript: address, which no page may link"
            + " to; its words are shown without it (links lead to web pages and mail addresses)",
        "picks/a.md:6: warning: the link 'r' leads to a data: address, which no page may link to; its words are shown"
            + " without it (links lead to web pages and mail addresses)");
    // However the scheme is written, what the renderer would blank is unwrapped and named.
    write("picks/a.md", "---\nurl: https://x.example/1\n---\n[tab](java&#9;script:alert(1)) [space](<java script:x>)"
        + " [ok](about/)\n");
    ContentLoader.Loaded<Pick> odd = loader.picks();
    assertThat(odd.items()).singleElement().satisfies(p -> assertThat(p.noteHtml()).doesNotContain("href=\"\"")
        .contains("<a href=\"about/\">ok</a>"));
    assertThat(odd.problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:4: warning: the link 'tab' leads to a java\\u0009script: address, which no page may link to; its"
            + " words are shown without it (links lead to web pages and mail addresses)",
        "picks/a.md:4: warning: the link 'space' leads to a java\\u0020script: address, which no page may link to; its"
            + " words are shown without it (links lead to web pages and mail addresses)");
  }

  @Test
  void anAliasIsReportedAtItsLineAndTheEditionShowsNoHeadlineOfItsAnchorsName() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\npublisher: &pub Harbour Gazette\ntitle: *pub\n---\nNote.\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).isEmpty();
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly("picks/a.md:4: 'title' is read as the"
        + " alias *pub of a value given earlier, which Broadsheet does not follow: write the value out, and quote text"
        + " that begins with * (\"*pub\")");
    // Emphasis written bare is no alias the parser can read: the message says to quote it.
    write("picks/a.md", "---\nurl: https://x.example/1\ntitle: *Exclusive* interview\n---\nNote.\n");
    assertThat(loader.picks().problems()).extracting(Problem::toString).singleElement().asString()
        .startsWith("picks/a.md:3: invalid YAML: a value that begins with * is read as an alias; put it in quotes"
            + " (title: \"*Exclusive* interview\")");
  }

  @Test
  void oddButHarmlessValuesDoNotCostThePick() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ntags: [~, space, \" \"]\n---\nA note \u0001with\u000C controls.\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.problems()).isEmpty();
    assertThat(loaded.items().get(0).tags()).containsExactly("space");
    assertThat(loaded.items().get(0).noteHtml()).isEqualTo("<p>A note with controls.</p>");
  }

  @Test
  void aDateNoEditionCanBeNamedForIsReportedAtItsLine() throws Exception {
    write("picks/a.md", "---\nurl: https://x.example/1\ndate: \"+999999999-12-31T00:00:00Z\"\n---\n");
    assertThat(loader.picks().problems()).singleElement().asString().startsWith("picks/a.md:3: 'date' must look like");
  }

  @Test
  void aPickThatIsNotUtf8IsReportedWithItsLineAndTheOthersStillLoad() throws Exception {
    Files.write(site.resolve("picks/a.md"), "---\nurl: https://x.example/1\ntitle: Caf\u00e9\n---\n"
        .getBytes(StandardCharsets.ISO_8859_1));
    Files.write(site.resolve("picks/b.md"), "---\nurl: https://x.example/2\n---\n".getBytes(StandardCharsets.UTF_16));
    write("picks/c.md", "---\nurl: https://x.example/3\n---\n");
    ContentLoader.Loaded<Pick> loaded = loader.picks();
    assertThat(loaded.items()).extracting(Pick::file).containsExactly("picks/c.md");
    assertThat(loaded.problems()).extracting(Problem::toString).containsExactly(
        "picks/a.md:3: the file is not UTF-8 text (byte 0xE9 at offset 39); save it as UTF-8",
        "picks/b.md: the file is UTF-16 text, not UTF-8; save it as UTF-8");
  }
}
