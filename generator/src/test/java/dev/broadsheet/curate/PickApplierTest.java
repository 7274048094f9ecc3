package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.base.Problem;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.ArticleIds;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PickApplierTest {
  private static Pick pick(String file, String url) {
    return new Pick(file, url, "Title", null, List.of(), Instant.parse("2026-11-19T12:00:00Z"), false, 0, false, null,
        "<p>Note</p>");
  }

  @Test
  void aPicksSectionWrittenOtherwiseThanTheConfigNamesItTakesTheConfigsSpellingAndAnotherStaysAsWritten() {
    Instant day = Instant.parse("2026-11-19T12:00:00Z");
    Pick lower = new Pick("picks/a.md", "https://x.example/a", "A", "technology", List.of(), day, false, 0, false, null, "");
    Pick other = new Pick("picks/b.md", "https://x.example/b", "B", "Gardening", List.of(), day, false, 0, false, null, "");
    // One address, but another name: SectionWarnings tells of the clash, and the pick's name is kept.
    Pick clash = new Pick("picks/c.md", "https://x.example/c", "C", "C", List.of(), day, false, 0, false, null, "");
    PickApplier.Applied applied = PickApplier.apply(List.of(), List.of(lower, other, clash),
        java.util.Map.of(Edition.sectionSlug("Technology"), "Technology", Edition.sectionSlug("C++"), "C++"));
    assertThat(Edition.sectionSlug("C")).isEqualTo(Edition.sectionSlug("C++"));
    assertThat(applied.articles().values()).extracting(dev.broadsheet.store.Article::section)
        .containsExactlyInAnyOrder("Technology", "Gardening", "C");
  }

  @Test
  void aPicksLanguageStaysWithItWhenItsTitleIsThePublishersOwnAndTheArticleKeepsItsOwnLanguage() {
    Instant day = Instant.parse("2026-11-19T12:00:00Z");
    String url = "https://x.example/greve";
    dev.broadsheet.store.Article stored = new dev.broadsheet.store.Article(ArticleIds.of(url, null, "picks"), url, null,
        null, "La grève continue", "Le Journal", null, null, List.of(), List.of(), day, null, day, null, null, null, null);
    // As `broadsheet new` writes a pick: the publisher's headline as its title, which is dropped as the site's own.
    Pick pick = new Pick("picks/greve.md", url, "La grève continue", null, List.of(), day, false, 0, false, null,
        "<p>À lire.</p>", null, null, null, null, List.of(), "fr");
    PickApplier.Applied applied = PickApplier.apply(List.of(stored), List.of(pick), java.util.Map.of());
    assertThat(applied.picks().get(stored.id()).title()).isNull();
    assertThat(applied.picks().get(stored.id()).language()).isEqualTo("fr");
    assertThat(applied.articles().get(stored.id()).language()).as("the article's words are its own").isNull();
  }

  @Test
  void aPicksTitleThatIsThePublishersOwnHeadlineIsNotTheSitesOwn() {
    String url = "https://x.example/tracking";
    dev.broadsheet.store.Article stored = new dev.broadsheet.store.Article(ArticleIds.of(url, null, "picks"), url, null,
        null, "Facebook Is Tracking Me Even Though I’m Not on Facebook", "ACLU", null, null, List.of(), List.of(),
        Instant.parse("2018-04-05T08:00:00Z"), null, Instant.parse("2026-11-19T08:05:00Z"), null, null, null, null);
    Instant day = Instant.parse("2026-11-19T12:00:00Z");
    Pick copied = new Pick("picks/t.md", url, "Facebook is tracking me even though I’m not on Facebook ", null, List.of(),
        day, false, 0, false, null, "");
    assertThat(PickApplier.apply(List.of(stored), List.of(copied), java.util.Map.of()).picks().get(stored.id()).title())
        .isNull();
    Pick own = new Pick("picks/t.md", url, "Why a tracker follows those not on Facebook", null, List.of(), day, false, 0,
        false, null, "");
    assertThat(PickApplier.apply(List.of(stored), List.of(own), java.util.Map.of()).picks().get(stored.id()).title())
        .isEqualTo("Why a tracker follows those not on Facebook");
  }

  @Test
  void aPickThatCannotBeAppliedIsAProblemAndTheOtherPicksStillCount() {
    PickApplier.Applied applied = PickApplier.apply(List.of(),
        List.of(pick("picks/a.md", null), pick("picks/b.md", "https://x.example/b")), java.util.Map.of());
    assertThat(applied.problems()).extracting(Problem::where).containsExactly("picks/a.md");
    assertThat(applied.problems().get(0).message()).startsWith("skipped: this pick cannot be used");
    assertThat(applied.picks()).containsOnlyKeys(ArticleIds.of("https://x.example/b", null, "picks"));
  }

  @Test
  void aPickOfAnAddressThatUriCannotParseIsNamedAfterTheAddressInsteadOfCrashing() {
    // The loader reports such a URL at its line; a pick built any other way must still not crash.
    PickApplier.Applied applied = PickApplier.apply(List.of(), List.of(pick("picks/a.md", "https://x.example/a b|c")), java.util.Map.of());
    assertThat(applied.problems()).isEmpty();
    assertThat(applied.articles().values()).singleElement()
        .satisfies(a -> assertThat(a.publisher()).isEqualTo("https://x.example/a b|c"));
  }

  @Test
  void aPickedArticleKeepsEverythingItsFeedGaveFullTextIncluded() {
    String url = "https://x.example/full";
    dev.broadsheet.store.Article stored = new dev.broadsheet.store.Article(ArticleIds.of(url, null, "picks"), url, null,
        "s1", "Feed title", "Pub", null, null, List.of(), List.of("Ann"), Instant.parse("2026-11-19T08:00:00Z"), null,
        Instant.parse("2026-11-19T08:05:00Z"), "<p>Summary</p>", null, null, null, "en", "<p>The whole text</p>");
    PickApplier.Applied applied = PickApplier.apply(List.of(stored), List.of(pick("picks/full.md", url)), java.util.Map.of());
    assertThat(applied.articles().get(stored.id())).satisfies(a -> {
      assertThat(a.title()).isEqualTo("Title");
      assertThat(a.contentHtml()).isEqualTo("<p>The whole text</p>");
      assertThat(a.language()).isEqualTo("en");
      assertThat(a.authors()).containsExactly("Ann");
    });
  }

  @Test
  void aHidingPickOfAUrlNoStoredArticleHasIsAWarningNamingTheUrl() {
    String url = "https://x.example/kept";
    dev.broadsheet.store.Article stored = new dev.broadsheet.store.Article(ArticleIds.of(url, null, "picks"), url, null,
        "s1", "Feed title", "Pub", null, null, List.of(), List.of(), Instant.parse("2026-11-19T08:00:00Z"), null,
        Instant.parse("2026-11-19T08:05:00Z"), "<p>Summary</p>", null, null, null, "en", null);
    Pick typo = new Pick("picks/typo.md", "https://x.example/kep", null, null, List.of(), null, false, 0, true, null, "");
    Pick right = new Pick("picks/right.md", url + "?utm_source=x", null, null, List.of(), null, false, 0, true, null, "");
    PickApplier.Applied missed = PickApplier.apply(List.of(stored), List.of(typo), java.util.Map.of());
    assertThat(missed.articles()).containsOnlyKeys(stored.id());
    assertThat(missed.problems()).singleElement().satisfies(p -> {
      assertThat(p.where()).isEqualTo("picks/typo.md");
      assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(p.message()).contains("https://x.example/kep").contains("no stored article has that URL");
    });
    PickApplier.Applied hidden = PickApplier.apply(List.of(stored), List.of(right, right), java.util.Map.of());
    assertThat(hidden.articles()).isEmpty();
    assertThat(hidden.problems()).as("a second pick hiding it too").isEmpty();
  }
}
