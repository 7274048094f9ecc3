package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticleIds;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DigestAssemblerTest {
  private static SiteConfig config(String zone, String period) {
    return new ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        timezone: %s
        editions: {period: %s, topStories: 2, maxStories: 50, sections: [World, Local]}
        sources:
          - {id: paper, name: The Paper, url: p.xml, section: Local}
          - {id: wire, name: The Wire, url: w.xml, section: World, weight: 0.5}
        """.formatted(zone, period), Path.of("/tmp/site"), "broadsheet.yaml");
  }

  private static Article article(String source, String slug, String title, String time, String publisher, String via) {
    String url = "https://" + source + ".example/" + slug;
    return new Article(ArticleIds.of(url, null, source), url, null, source, title, publisher, via,
        "wire".equals(source) ? "World" : "Local", List.of(), List.of(), Instant.parse(time), null, Instant.parse(time),
        "<p>" + title + " summary</p>", null);
  }

  private static Pick pick(String url, String date, boolean pin, int order, boolean hide, String title) {
    return new Pick("picks/" + order + ".md", url, title, null, List.of(), date == null ? null : Instant.parse(date),
        pin, order, hide, null, "<p>Note</p>");
  }

  @Test
  void cutsEditionsInTheSiteTimeZone() {
    // 23:30 UTC on the 19th is already the 20th in Auckland (UTC+13 in November).
    Article late = article("paper", "late", "Ferry timetable changes for winter", "2026-11-19T23:30:00Z", "The Paper",
        null);
    Article early = article("paper", "early", "Council approves library budget", "2026-11-19T09:00:00Z", "The Paper",
        null);
    Digest auckland = new DigestAssembler(config("Pacific/Auckland", "daily")).assemble(List.of(late, early), List.of())
        .digest();
    assertThat(auckland.editions()).extracting(Edition::date)
        .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19));
    Digest utc = new DigestAssembler(config("UTC", "daily")).assemble(List.of(late, early), List.of()).digest();
    assertThat(utc.editions()).extracting(Edition::date).containsExactly(LocalDate.of(2026, 11, 19));
    assertThat(utc.editions().get(0).path()).isEqualTo("editions/2026/11/19/");
  }

  @Test
  void anUndatedStoryEarnsTheRecencyOfItsEditionsStartNotOfWhenItWasFirstSeen() {
    // A source read for the first time: its undated items are first seen now, but may be weeks old.
    Article dated = article("paper", "dated", "Council approves library budget", "2026-11-20T05:00:00Z", "The Paper",
        null);
    Article undated1 = undated(article("paper", "u1", "Ferry timetable changes for winter", "2026-11-20T06:00:00Z",
        "The Paper", null));
    Article undated2 = undated(article("paper", "u2", "Harbour wall repaired after the storm", "2026-11-20T06:00:00Z",
        "The Paper", null));
    Digest d = new DigestAssembler(config("UTC", "daily")).assemble(List.of(undated1, dated, undated2), List.of())
        .digest();
    Story top = d.editions().get(0).topStories().get(0);
    assertThat(top.lead().article().id()).isEqualTo(dated.id());
    Story undatedStory = d.stories().stream().filter(st -> st.lead().article().id().equals(undated1.id())).findFirst()
        .orElseThrow();
    // A whole day old at the edition's end (half-life 24 h by default would be 0.5; whatever it is, below the dated one's).
    assertThat(undatedStory.score().recency()).isLessThan(top.score().recency());
    assertThat(undatedStory.time()).isEqualTo(Instant.parse("2026-11-20T06:00:00Z"));
  }

  private static Article undated(Article a) {
    return new Article(a.id(), a.url(), null, a.sourceId(), a.title(), a.publisher(), a.via(), a.section(), a.tags(),
        a.authors(), null, null, a.firstSeen(), a.summaryHtml(), null);
  }

  @Test
  void weeklyEditionsStartOnMonday() {
    Article sun = article("paper", "sun", "Ferry timetable changes for winter", "2026-11-22T10:00:00Z", "The Paper",
        null);
    Article mon = article("paper", "mon", "Council approves library budget", "2026-11-23T10:00:00Z", "The Paper", null);
    Digest d = new DigestAssembler(config("UTC", "weekly")).assemble(List.of(sun, mon), List.of()).digest();
    assertThat(d.editions()).extracting(Edition::date)
        .containsExactly(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 16));
  }

  @Test
  void aWeeklyEditionLeadsWithTheStoryMostPublishersToldNotWithItsLastReport() {
    // Told by two publishers on the week's first hour, and by one on its last: the week's biggest leads.
    Article monday = article("paper", "rates", "Central bank holds interest rates", "2026-11-16T00:30:00Z", "The Paper",
        null);
    Article carried = article("wire", "rates", "Central bank holds interest rates steady", "2026-11-16T00:40:00Z",
        "Wire Agency", null);
    Article sunday = article("paper", "ferry", "Ferry timetable changes for winter", "2026-11-22T23:30:00Z",
        "The Paper", null);
    Digest d = new DigestAssembler(config("UTC", "weekly")).assemble(List.of(sunday, carried, monday), List.of())
        .digest();
    assertThat(d.editions()).hasSize(1);
    Story top = d.editions().get(0).topStories().get(0);
    assertThat(top.score().publishers()).isEqualTo(2);
    assertThat(top.lead().article().title()).isEqualTo("Central bank holds interest rates");
  }

  @Test
  void theSameStoryFromTwoOutletsIsOneStoryLedByThePublisher() {
    Article own = article("paper", "rates", "Central bank holds rates", "2026-11-20T10:00:00Z", "The Paper", null);
    Article carried = article("wire", "rates", "Central bank holds rates!", "2026-11-20T09:00:00Z", "The Paper",
        "The Wire");
    Digest d = new DigestAssembler(config("UTC", "daily")).assemble(List.of(carried, own), List.of()).digest();
    assertThat(d.stories()).hasSize(1);
    Story s = d.stories().get(0);
    assertThat(s.lead().article().id()).isEqualTo(own.id());
    assertThat(s.alsoReportedBy()).extracting(i -> i.article().id()).containsExactly(carried.id());
    // Both articles still get their own page, and both count for their sources.
    assertThat(d.bySource().get("wire")).hasSize(1);
  }

  @Test
  void aPickedReportLeadsItsStorySoTheNoteSitsUnderTheHeadlineItWasWrittenFor() {
    Article own = article("paper", "rates", "Central bank holds rates", "2026-11-20T10:00:00Z", "The Paper", null);
    Article carried = article("wire", "rates", "Central bank holds rates!", "2026-11-20T09:00:00Z", "The Paper",
        "The Wire");
    Digest d = new DigestAssembler(config("UTC", "daily"))
        .assemble(List.of(carried, own), List.of(pick(carried.url(), null, false, 1, false, "The wire's take")))
        .digest();
    assertThat(d.stories()).singleElement().satisfies(s -> {
      assertThat(s.lead().article().id()).isEqualTo(carried.id());
      assertThat(s.lead().article().title()).isEqualTo("The wire's take");
      assertThat(s.alsoReportedBy()).extracting(i -> i.article().id()).containsExactly(own.id());
      assertThat(s.pick()).isNotNull();
    });
  }

  @Test
  void aSecondPickOfAnotherReportOfAPickedStoryIsNamedInAWarning() {
    Article own = article("paper", "rates", "Central bank holds rates", "2026-11-20T10:00:00Z", "The Paper", null);
    Article carried = article("wire", "rates", "Central bank holds rates!", "2026-11-20T09:00:00Z", "The Paper",
        "The Wire");
    DigestAssembler.Result r = new DigestAssembler(config("UTC", "daily")).assemble(List.of(carried, own),
        List.of(pick(carried.url(), null, false, 1, false, null), pick(own.url(), null, false, 2, false, null)));
    // The story's best report is the stronger source's: its pick is the one shown.
    assertThat(r.digest().stories()).singleElement().satisfies(s -> assertThat(s.pick().file()).isEqualTo("picks/2.md"));
    assertThat(r.problems()).singleElement().satisfies(p -> {
      assertThat(p.severity()).isEqualTo(dev.broadsheet.base.Problem.Severity.WARNING);
      assertThat(p.toString()).startsWith("picks/1.md: warning: picks another report of the story that picks/2.md picks");
    });
  }

  @Test
  void pinnedPicksOpenTheEditionAndOtherPicksFollowTheirOrder() {
    List<Article> articles = new ArrayList<>();
    String[] titles = {"Harbour bridge closes for repairs", "Council approves winter shelter", "Library extends hours",
        "Storm warning for the coast", "School board names superintendent", "Fish market reopens on Pier 3"};
    for (int i = 0; i < 6; i++) {
      articles.add(article("paper", "s" + i, titles[i], "2026-11-20T0" + i + ":00:00Z", "The Paper", null));
    }
    Digest d = new DigestAssembler(config("UTC", "daily")).assemble(articles, List.of(
        pick(articles.get(0).url(), null, true, 0, false, null),
        pick(articles.get(1).url(), null, false, 2, false, "Picked later"),
        pick(articles.get(2).url(), null, false, 1, false, null))).digest();
    Edition e = d.editions().get(0);
    assertThat(e.topStories()).hasSize(2);
    assertThat(e.topStories().get(0).lead().article().id()).isEqualTo(articles.get(0).id());
    assertThat(e.picks()).extracting(s -> s.lead().article().id())
        .containsExactly(articles.get(2).id(), articles.get(1).id());
    assertThat(e.picks().get(1).lead().article().title()).isEqualTo("Picked later");
    assertThat(e.picks().get(1).score().boost()).isEqualTo(1.0);
    // Nothing appears twice in one edition.
    long shown = e.topStories().size() + e.picks().size()
        + e.sections().stream().mapToLong(sec -> sec.stories().size()).sum();
    assertThat(shown).isEqualTo(6);
  }

  @Test
  void pinnedPicksOpenTheEditionInTheOrderTheirEditorGave() {
    List<Article> articles = new ArrayList<>();
    String[] titles = {"Harbour bridge closes for repairs", "Council approves winter shelter", "Library extends hours"};
    for (int i = 0; i < 3; i++) {
      articles.add(article("paper", "s" + i, titles[i], "2026-11-20T0" + i + ":00:00Z", "The Paper", null));
    }
    // The newest would rank first; the editor puts the oldest first.
    Digest d = new DigestAssembler(config("UTC", "daily")).assemble(articles, List.of(
        pick(articles.get(0).url(), null, true, -5, false, null),
        pick(articles.get(1).url(), null, true, 3, false, null),
        pick(articles.get(2).url(), null, true, 5, false, null))).digest();
    assertThat(d.editions().get(0).topStories()).extracting(s -> s.lead().article().id())
        .containsExactly(articles.get(0).id(), articles.get(1).id(), articles.get(2).id());
  }

  @Test
  void anEditionCountsTheStoriesItListsNotThoseOverTheCaps() {
    SiteConfig capped = new ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        editions: {topStories: 1, maxPerSource: 2}
        sources:
          - {id: paper, name: The Paper, url: p.xml, section: Local}
        """, Path.of("/tmp/site"), "broadsheet.yaml");
    String[] titles = {"Harbour bridge closes for repairs", "Council approves winter shelter", "Library extends hours",
        "Storm warning for the coast", "School board names superintendent"};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < titles.length; i++) {
      articles.add(article("paper", "s" + i, titles[i], "2026-11-20T0" + i + ":00:00Z", "The Paper", null));
    }
    Digest d = new DigestAssembler(capped).assemble(articles, List.of()).digest();
    Edition e = d.editions().get(0);
    long listed = e.topStories().size() + e.picks().size()
        + e.sections().stream().mapToLong(sec -> sec.stories().size()).sum();
    assertThat(listed).isEqualTo(2);
    assertThat(e.storyCount()).isEqualTo(2);
    assertThat(d.appearances().values().stream().flatMap(List::stream).map(Digest.Appearance::placement))
        .filteredOn(p -> p.place() == Placement.Place.NOT_SHOWN)
        .extracting(Placement::reason).containsOnly(Placement.Reason.SOURCE_CAP).hasSize(3);
  }

  @Test
  void aHiddenPickKeepsTheStoryOut() {
    Article a = article("paper", "a", "Story to hide from view", "2026-11-20T10:00:00Z", "The Paper", null);
    Article b = article("paper", "b", "Story to keep in view", "2026-11-20T11:00:00Z", "The Paper", null);
    Digest d = new DigestAssembler(config("UTC", "daily"))
        .assemble(List.of(a, b), List.of(pick(a.url() + "?utm_source=x", null, false, 0, true, null))).digest();
    assertThat(d.stories()).extracting(s -> s.lead().article().id()).containsExactly(b.id());
  }

  @Test
  void aPickOfAnUnknownUrlStandsOnItsOwnOrIsReported() {
    DigestAssembler.Result r = new DigestAssembler(config("UTC", "daily")).assemble(List.of(), List.of(
        pick("https://elsewhere.example/x", "2026-11-20T12:00:00Z", false, 1, false, "Elsewhere story"),
        pick("https://elsewhere.example/y", null, false, 2, false, null),
        pick("https://elsewhere.example/z", "2026-11-20T12:00:00Z", false, 3, false, null)));
    assertThat(r.digest().stories()).singleElement().satisfies(s -> {
      assertThat(s.lead().article().publisher()).isEqualTo("elsewhere.example");
      assertThat(s.picked()).isTrue();
    });
    assertThat(r.problems()).hasSize(2);
    assertThat(r.problems().get(0)).asString().contains("picks/2.md").contains("give the pick a title and a date");
    // It asks only for what the pick lacks.
    assertThat(r.problems().get(1)).asString().contains("picks/3.md").contains("give the pick a title so");
  }

  @Test
  void sectionsThatDifferOnlyInCaseOrPunctuationAreOneSectionWithOnePage() {
    List<Article> articles = new java.util.ArrayList<>();
    String[][] spellings = {{"World", "Summit leaders agree climate fund"}, {"WORLD", "Ferry timetable changes"},
        {"world!", "Gallery opens sculpture show"}, {"Arts", "Museum returns carved paddles"},
        {"ARTS", "Choir sings for charity"}, {"arts", "Festival names summer line-up"},
        {"ARTS", "Theatre reopens after repairs"}};
    for (int i = 0; i < spellings.length; i++) {
      articles.add(new Article("s" + i, "https://x.example/" + i, null, "paper", spellings[i][1], "The Paper", null,
          spellings[i][0], List.of(), List.of(), Instant.parse("2026-11-20T10:00:00Z"), null, null, null, null));
    }
    Digest d = new DigestAssembler(config("UTC", "daily")).assemble(articles, List.of()).digest();
    // The configured spelling wins; otherwise the most used one.
    assertThat(d.sections()).extracting(Edition.Section::name).containsExactly("World", "ARTS");
    assertThat(d.sections()).extracting(Edition.Section::slug).containsExactly("world", "arts");
    assertThat(d.sections().get(0).stories()).hasSize(3);
  }

  @Test
  void sectionsFollowTheConfiguredOrderThenTheAlphabet() {
    Article local = article("paper", "l", "Ferry timetable changes for winter", "2026-11-20T10:00:00Z", "The Paper", null);
    Article world = article("wire", "w", "Summit leaders agree climate fund", "2026-11-20T10:00:00Z", "The Wire", null);
    Article other = new Article("zz", "https://x.example/z", null, "paper", "Gallery opens sculpture show", "The Paper", null,
        "Arts", List.of(), List.of(), Instant.parse("2026-11-20T10:00:00Z"), null, null, null, null);
    Digest d = new DigestAssembler(config("UTC", "daily")).assemble(List.of(other, local, world), List.of()).digest();
    assertThat(d.sections()).extracting(Edition.Section::name).containsExactly("World", "Local", "Arts");
  }

  @Test
  void unconfiguredSectionsFollowTheSiteLanguagesAlphabetNotTheCharactersCodes() {
    SiteConfig polish = new ConfigLoader().parse("""
        title: T
        baseUrl: https://e.org/
        language: pl
        sources:
          - {id: paper, name: Gazeta, url: p.xml}
        """, Path.of("/tmp/site"), "broadsheet.yaml");
    List<Article> articles = new ArrayList<>();
    String[] sections = {"Zdrowie", "Łódź", "Sport", "Kultura", "Ślask", "Lublin"};
    String[] titles = {"Szpitale dostaną pieniądze", "Nowy dworzec otwarty", "Legia wygrała derby",
        "Festiwal filmowy startuje", "Kopalnia wstrzymała wydobycie", "Tramwaje wracają na trasę"};
    for (int i = 0; i < sections.length; i++) {
      articles.add(new Article("a" + i, "https://x.example/" + i, null, "paper", titles[i],
          "Gazeta", null, sections[i], List.of(), List.of(), Instant.parse("2026-11-20T10:00:00Z"), null, null, null,
          null));
    }
    Digest d = new DigestAssembler(polish).assemble(articles, List.of()).digest();
    assertThat(d.sections()).extracting(Edition.Section::name)
        .containsExactly("Kultura", "Lublin", "Łódź", "Sport", "Ślask", "Zdrowie");
  }

  @Test
  void sameInputInAnotherOrderGivesTheSameDigest() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      articles.add(article(i % 2 == 0 ? "paper" : "wire", "s" + i, "Headline " + i + " of the day",
          "2026-11-2" + (i % 3) + "T10:00:00Z", "P" + (i % 2), null));
    }
    DigestAssembler assembler = new DigestAssembler(config("UTC", "daily"));
    Digest forward = assembler.assemble(articles, List.of()).digest();
    List<Article> reversed = new ArrayList<>(articles);
    java.util.Collections.reverse(reversed);
    assertThat(assembler.assemble(reversed, List.of()).digest()).isEqualTo(forward);
  }
}
