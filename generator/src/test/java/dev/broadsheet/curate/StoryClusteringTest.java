package dev.broadsheet.curate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.ConfigLoader;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.picks.Pick;
import dev.broadsheet.store.Article;
import dev.broadsheet.store.ArticlePage;
import dev.broadsheet.store.ArticleIds;
import dev.broadsheet.store.StoreMerge;
import dev.broadsheet.store.StoreSnapshot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class StoryClusteringTest {
  private static final SiteConfig CONFIG = new ConfigLoader().parse("""
      title: T
      baseUrl: https://e.org/
      timezone: Europe/Berlin
      sources:
        - {id: wire, name: Meridian Wire, url: w.xml, weight: 1.5}
        - {id: courier, name: The Harbour Courier, url: c.xml}
        - {id: valley, name: Valley Times, url: v.xml}
        - {id: post, name: Northern Post, url: p.xml}
      """, Path.of("/tmp/site"), "broadsheet.yaml");

  private static int counter;

  private static Article article(String source, String time, String title, String lead) {
    String url = "https://" + source + ".example/" + (counter++);
    Instant t = Instant.parse(time);
    return new Article(ArticleIds.of(url, null, source), url, null, source, title, source.toUpperCase(), null, null,
        List.of(), List.of(), t, null, t, lead == null ? null : "<p>" + lead + "</p>", null);
  }

  private static List<Story> stories(List<Article> articles) {
    return new DigestAssembler(CONFIG).assemble(articles, List.of()).digest().stories();
  }

  private static boolean together(List<Story> stories, Article a, Article b) {
    for (Story s : stories) {
      List<String> ids = new ArrayList<>();
      ids.add(s.lead().article().id());
      s.alsoReportedBy().forEach(i -> ids.add(i.article().id()));
      if (ids.contains(a.id())) {
        return ids.contains(b.id());
      }
    }
    throw new AssertionError("article not in any story");
  }

  @Test
  void recordsMadeUnderOtherSettingsNameTheStoriesButDoNotGroupThem() {
    Article a = article("wire", "2026-10-05T08:10:00Z", "Harbour bridge closes for repairs after crack found",
        "Engineers found a crack in the harbour bridge on Monday.");
    Article b = article("courier", "2026-10-05T08:40:00Z", "Harbour bridge closes for repairs after crack is found",
        "A crack found in the harbour bridge closes it for repairs.");
    java.util.Map<String, dev.broadsheet.store.StoryRecords.Story> apart = new TreeMap<>();
    apart.put("s1", new dev.broadsheet.store.StoryRecords.Story(List.of(a.id()), List.of(), List.of(), null));
    apart.put("s2", new dev.broadsheet.store.StoryRecords.Story(List.of(b.id()), List.of(), List.of(), null));
    // Membership alone (no key): the stories are as the records keep them.
    assertThat(together(new DigestAssembler(CONFIG).assemble(List.of(a, b), List.of(),
        new dev.broadsheet.store.StoryRecords(null, apart)).digest().stories(), a, b)).isFalse();
    // Made under other settings or languages (another key): grouped again, as a clean build groups them.
    List<Story> again = new DigestAssembler(CONFIG).assemble(List.of(a, b), List.of(),
        new dev.broadsheet.store.StoryRecords("broadsheet 0.0 other", apart)).digest().stories();
    assertThat(together(again, a, b)).isTrue();
    assertThat(together(stories(List.of(a, b)), a, b)).isTrue();
    assertThat(again).singleElement().extracting(Story::id).isIn("s1", "s2");
  }

  @Test
  void anArticleWhoseHeadlineSlugsKeepOnlyTheNumbersOfIsAddressedAsAnArticle() {
    Article quake = article("wire", "2026-10-05T08:10:00Z", "能登半島で震度2.1の地震", null);
    Article rate = article("courier", "2026-10-05T09:10:00Z", "Rate held at 2.1%", null);
    List<Story> stories = stories(List.of(quake, rate));
    assertThat(stories).extracting(s -> s.lead().path()).anyMatch(p -> p.matches("articles/article-[0-9a-f]{6}/"))
        .anyMatch(p -> p.startsWith("articles/rate-held-at-2-1-"));
  }

  @Test
  void itemsWithoutATitleAreNotOneStoryByTheirPlaceholder() {
    Article a = article("wire", "2026-10-05T08:10:00Z", Article.UNTITLED, "Harbour dredging starts next week.");
    Article b = article("courier", "2026-10-05T08:40:00Z", Article.UNTITLED, "The choir sings at the cathedral.");
    Article c = article("valley", "2026-10-05T09:00:00Z", Article.UNTITLED, null);
    List<Story> stories = stories(List.of(a, b, c));
    assertThat(together(stories, a, b)).isFalse();
    assertThat(together(stories, a, c)).isFalse();
    assertThat(together(stories, b, c)).isFalse();
  }

  @Test
  void bareHeadlinesSharingOnlyANumberAreTwoStories() {
    Article a = article("wire", "2026-10-05T08:10:00Z", "Story 2", null);
    Article b = article("courier", "2026-10-05T08:40:00Z", "post 2", null);
    Article c = article("wire", "2026-10-05T09:10:00Z", "Harbour wall repairs begin on Monday", null);
    Article d = article("courier", "2026-10-05T09:40:00Z", "Harbour wall repairs begin Monday, council says", null);
    List<Story> stories = stories(List.of(a, b, c, d));
    assertThat(together(stories, a, b)).isFalse();
    assertThat(together(stories, c, d)).isTrue();
  }

  @Test
  void syndicatedCopiesAreOneStory() {
    String lead = "Valmont Motors said on Monday it would cut 1,200 jobs at its Riverton assembly plant as demand slows.";
    Article a = article("wire", "2026-10-05T08:10:00Z", "Valmont Motors to cut 1,200 jobs at Riverton plant", lead);
    Article b = article("courier", "2026-10-05T09:10:00Z", "Valmont Motors to cut 1,200 jobs at Riverton plant", lead);
    assertThat(together(stories(List.of(a, b)), a, b)).isTrue();
  }

  @Test
  void differentOutletsOnOneEventAreOneStory() {
    Article a = article("courier", "2026-10-05T18:00:00Z", "Bridge collapse in Dunmore injures 12",
        "Part of the old Kell Street bridge in Dunmore gave way during the evening rush hour; twelve people were hurt.");
    Article b = article("valley", "2026-10-05T18:40:00Z", "Kell Street bridge gives way in Dunmore rush hour",
        "Two cars fell into the canal when the Kell Street bridge in Dunmore collapsed; 12 people were hurt.");
    assertThat(together(stories(List.of(a, b)), a, b)).isTrue();
  }

  @Test
  void theSamePersonOnDifferentDaysIsTwoStories() {
    Article a = article("courier", "2026-10-05T09:00:00Z", "Senator Maria Delgado unveils plan for 50,000 homes",
        "Senator Maria Delgado set out a plan to build 50,000 affordable homes over five years.");
    Article b = article("courier", "2026-10-09T09:00:00Z", "Senator Maria Delgado attacks cuts to rural buses",
        "Senator Maria Delgado accused the transport ministry of abandoning villages.");
    assertThat(together(stories(List.of(a, b)), a, b)).isFalse();
  }

  @Test
  void twoEarthquakesOnOneDayAreTwoStories() {
    Article a = article("wire", "2026-10-12T03:00:00Z", "Magnitude 5.8 earthquake hits northern Kaltar",
        "A magnitude 5.8 earthquake struck northern Kaltar, cracking walls in the town of Osen.");
    Article b = article("post", "2026-10-12T05:30:00Z", "Quake of magnitude 6.1 off the coast of Mira Islands",
        "An undersea earthquake of magnitude 6.1 struck off the Mira Islands, prompting a brief tsunami warning.");
    assertThat(together(stories(List.of(a, b)), a, b)).isFalse();
  }

  @Test
  void aSharedBoilerplateSentenceDoesNotJoinStories() {
    String boiler = " Sign up for our morning newsletter to get the day's top stories in your inbox.";
    List<Article> articles = new ArrayList<>();
    String[] titles = {"Zoo welcomes twin snow leopard cubs", "Copper prices hit two-year high",
        "Opera house reopens after restoration", "Chess prodigy becomes grandmaster", "Night buses return to Salen"};
    for (String title : titles) {
      articles.add(article("courier", "2026-10-06T10:00:00Z", title, title + "." + boiler));
    }
    assertThat(stories(articles)).hasSize(5);
  }

  @Test
  void headlinesAloneAreEnough() {
    Article a = article("wire", "2026-10-20T07:15:00Z", "Cargo ship Nordlys runs aground at Salen harbour", null);
    Article b = article("post", "2026-10-20T09:00:00Z", "Grounded cargo ship Nordlys blocks Salen harbour", null);
    Article c = article("valley", "2026-10-20T10:00:00Z", "Harbour master retires after 32 years", null);
    List<Story> s = stories(List.of(a, b, c));
    assertThat(together(s, a, b)).isTrue();
    assertThat(together(s, a, c)).isFalse();
  }

  @Test
  void theRepresentativeHasTheMostTextThenTheHighestWeightThenTheEarliestTime() {
    String lead = "Dock workers at the Port of Salen began a 48-hour strike on Monday over pay.";
    Article wire = article("wire", "2026-10-05T11:00:00Z", "Port of Salen workers begin 48-hour strike", lead);
    Article early = article("courier", "2026-10-05T10:00:00Z", "Port of Salen workers begin 48-hour strike", lead);
    Article longer = article("valley", "2026-10-05T12:00:00Z", "Port of Salen workers begin 48-hour strike",
        lead + " The strike halts container traffic at the second-busiest port, and union leaders said talks with the"
            + " port authority had broken down after the employers offered a rise of two percent, far below inflation."
            + " Shipping lines diverted four vessels to Brava. The port authority said it regretted the action.");
    Story s = stories(List.of(wire, early, longer)).get(0);
    assertThat(s.lead().article().id()).isEqualTo(longer.id());
    assertThat(s.alsoReportedBy()).extracting(i -> i.article().id()).containsExactly(wire.id(), early.id());
  }

  @Test
  void relatedStoriesNeverIncludeTheirOwnStoryOrThemselves() {
    Article a1 = article("wire", "2026-10-19T08:00:00Z", "Norland parliament passes rent cap law",
        "Norland's parliament voted to cap annual rent increases at 3 percent.");
    Article a2 = article("courier", "2026-10-19T08:30:00Z", "Norland parliament passes rent cap law",
        "Norland's parliament voted to cap annual rent increases at 3 percent.");
    Article b = article("post", "2026-10-21T10:00:00Z", "Landlords in Norland sell homes ahead of rent cap",
        "Landlords are selling flats before the 3 percent rent cap takes effect.");
    Article c = article("valley", "2026-10-21T10:00:00Z", "Apple growers try new frost-resistant variety", "Orchards test apples.");
    List<Story> s = stories(List.of(a1, a2, b, c));
    Story rent = s.stream().filter(x -> x.lead().article().title().contains("passes")).findFirst().orElseThrow();
    assertThat(rent.alsoReportedBy()).hasSize(1);
    assertThat(rent.related()).containsExactly(b.id()).doesNotContain(rent.id());
  }

  @Test
  void rankingFollowsPublishersWeightAndRecency() {
    String lead = "Tugs worked to free the container ship Nordlys that ran aground in fog at the mouth of Salen harbour.";
    Article big1 = article("courier", "2026-10-20T07:00:00Z", "Cargo ship Nordlys runs aground at Salen harbour", lead);
    Article big2 = article("post", "2026-10-20T07:30:00Z", "Nordlys aground in fog, Salen harbour blocked", lead);
    Article late = article("courier", "2026-10-20T21:00:00Z", "Night buses return to Salen", "Buses run again.");
    Article heavy = article("wire", "2026-10-20T07:00:00Z", "Copper prices hit two-year high", "Copper rose.");
    Map<String, Story> byTitle = new HashMap<>();
    for (Story st : stories(List.of(big1, big2, late, heavy))) {
      byTitle.put(st.lead().article().title(), st);
    }
    Score covered = byTitle.get("Cargo ship Nordlys runs aground at Salen harbour").score();
    assertThat(covered.publishers()).isEqualTo(2);
    assertThat(covered.total()).isGreaterThan(byTitle.get("Copper prices hit two-year high").score().total());
    assertThat(byTitle.get("Night buses return to Salen").score().recency())
        .isGreaterThan(byTitle.get("Copper prices hit two-year high").score().recency());
    assertThat(byTitle.get("Copper prices hit two-year high").score().weight()).isEqualTo(1.5);
    assertThat(covered.explain()).startsWith(String.format(java.util.Locale.ROOT, "%.2f = (", covered.total()));
  }

  @Test
  void editionsAreCutAcrossDaylightSavingChanges() {
    // Berlin leaves summer time on 25 October 2026: 23:30 UTC is 01:30 on the 25th, then 00:30 on the 26th.
    Article beforeChange = article("courier", "2026-10-24T23:30:00Z", "Library wins design prize", "Prize.");
    Article afterChange = article("courier", "2026-10-25T23:30:00Z", "Vineyards report early harvest", "Harvest.");
    List<Edition> editions = new DigestAssembler(CONFIG).assemble(List.of(beforeChange, afterChange), List.of())
        .digest().editions();
    assertThat(editions).extracting(Edition::date).containsExactly(LocalDate.of(2026, 10, 26), LocalDate.of(2026, 10, 25));
  }

  @Test
  void oneProlificSourceCannotFloodAnEdition() {
    List<Article> many = new ArrayList<>();
    String[] topics = {"harbour", "library", "council", "school", "tram", "market", "bridge", "museum", "zoo", "park"};
    for (int i = 0; i < topics.length; i++) {
      many.add(article("courier", "2026-10-20T0" + (i % 10) + ":00:00Z", "Courier story about the " + topics[i]
          + " number " + (i * 37), "Only about the " + topics[i] + "."));
    }
    Edition e = new DigestAssembler(CONFIG).assemble(many, List.of()).digest().editions().get(0);
    long shown = e.topStories().size() + e.sections().stream().mapToLong(s -> s.stories().size()).sum();
    assertThat(shown).isEqualTo(4);
  }

  @Test
  void retentionPrunesOldArticlesButNeverPickedOnes() {
    Article old = article("courier", "2026-01-01T10:00:00Z", "Old story", "x");
    Article oldPicked = article("courier", "2026-01-02T10:00:00Z", "Old picked story", "x");
    Article recent = article("courier", "2026-10-01T10:00:00Z", "Recent story", "x");
    TreeMap<String, Article> all = new TreeMap<>(Map.of(old.id(), old, oldPicked.id(), oldPicked, recent.id(), recent));
    StoreSnapshot kept = StoreMerge.prune(new StoreSnapshot(all, new TreeMap<>()), Instant.parse("2026-06-01T00:00:00Z"),
        Set.of(oldPicked.id()));
    assertThat(kept.articles()).containsOnlyKeys(oldPicked.id(), recent.id());
  }

  @Test
  void theLabelledFixtureClustersWithHighPrecisionAndRecall() throws Exception {
    Path fixture = Path.of("src/test/resources/curate/story-fixture.tsv");
    List<Article> articles = new ArrayList<>();
    Map<String, String> label = new HashMap<>();
    int n = 0;
    for (String line : Files.readAllLines(fixture, StandardCharsets.UTF_8)) {
      String[] r = line.split("\t", -1);
      if (r[0].equals("group")) {
        continue;
      }
      String url = "https://" + r[2] + ".example/" + (n++);
      Instant t = Instant.parse(r[3]);
      Article a = new Article(ArticleIds.of(url, null, r[2]), url, null, r[2], r[4], r[1], null, null, List.of(),
          List.of(), t, null, t, "<p>" + r[5] + "</p>", null);
      articles.add(a);
      label.put(a.id(), r[0]);
    }
    assertThat(articles).hasSizeGreaterThanOrEqualTo(150);
    Map<String, Integer> cluster = new HashMap<>();
    int c = 0;
    for (Story s : stories(articles)) {
      cluster.put(s.lead().article().id(), c);
      for (Story.Item i : s.alsoReportedBy()) {
        cluster.put(i.article().id(), c);
      }
      c++;
    }
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        boolean truth = label.get(articles.get(i).id()).equals(label.get(articles.get(j).id()));
        boolean predicted = cluster.get(articles.get(i).id()).equals(cluster.get(articles.get(j).id()));
        tp += truth && predicted ? 1 : 0;
        fp += !truth && predicted ? 1 : 0;
        fn += truth && !predicted ? 1 : 0;
      }
    }
    assertThat((double) tp / (tp + fp)).as("pairwise precision").isGreaterThanOrEqualTo(0.95);
    assertThat((double) tp / (tp + fn)).as("pairwise recall").isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void twoLinksWhosePagesNameTheSameCanonicalUrlAreOneArticle() {
    Article amp = article("wire", "2026-10-06T10:00:00Z", "Zoo welcomes twin snow leopard cubs", "Cubs born.");
    Article mirror = article("post", "2026-10-08T10:00:00Z", "Snow leopards: a rare double birth", "Different words.");
    ArticlePage page = new ArticlePage("<p>x</p>", 100, Instant.parse("2026-10-08T11:00:00Z"), null,
        "https://castel-zoo.example/news/cubs");
    Article a = amp.withPage(page, List.of(), null, null, null);
    Article b = mirror.withPage(page, List.of(), null, null, null);
    assertThat(together(stories(List.of(a, b)), a, b)).isTrue();
  }

  @Test
  void titleCaseHeadlinesWithABrandingSuffixStayApartUnlessTheyTellOneStory() {
    String[] headlines = {
        "Senate Passes Budget Bill After Late-Night Vote", "Storm Knocks Out Power To Thousands In Coastal Towns",
        "Local Team Wins Championship In Overtime Thriller", "City Council Approves New Bike Lanes Downtown",
        "Tech Company Announces Layoffs At Headquarters", "Museum Opens Exhibit On Ancient Maritime Trade",
        "School District Delays Start Of Classes After Flooding", "Airport Expansion Plan Faces New Legal Challenge",
        "Farmers Report Record Apple Harvest This Autumn", "Police Investigate Break-In At Downtown Jewelry Store",
        "Hospital Opens New Wing For Children's Care", "State Regulators Fine Utility Over Billing Errors"};
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < headlines.length; i++) {
      articles.add(article("courier", "2026-10-20T" + String.format("%02d", 8 + i) + ":00:00Z",
          headlines[i] + " - The Daily Times", null));
    }
    Article other = article("post", "2026-10-20T09:30:00Z",
        "Senate Approves Budget Bill In Late-Night Session - Capital Post", null);
    articles.add(other);
    List<Story> s = stories(articles);
    assertThat(s).hasSize(headlines.length);
    assertThat(together(s, articles.get(0), other)).isTrue();
  }

  @Test
  void aPickOverridesTitleAndPinsItsStory() {
    Article a = article("courier", "2026-10-20T10:00:00Z", "Plain headline about the harbour", "x");
    Article b = article("wire", "2026-10-20T11:00:00Z", "Copper prices hit two-year high", "y");
    Pick pin = new Pick("picks/a.md", a.url(), "Better headline", null, List.of(), null, true, 0, false, null, "<p>n</p>");
    Edition e = new DigestAssembler(CONFIG).assemble(List.of(a, b), List.of(pin)).digest().editions().get(0);
    assertThat(e.topStories().get(0).lead().article().title()).isEqualTo("Better headline");
    assertThat(e.topStories().get(0).pinned()).isTrue();
  }

  @Test
  void theWordsOfASummaryAreCountedAsItsTextWouldSplitThem() {
    String html = "<p>Dock workers at the <a href=\"https://e.org/\">Port of Salen</a> began a strike.</p>"
        + "<p>Talks&nbsp;resume\non Monday.</p><ul><li>One</li><li>Two</li></ul>";
    int parsed = dev.broadsheet.base.HtmlSanitizer.text(html).split("\\s+").length;
    assertThat(StoryClusterer.wordsIn(html)).isEqualTo(parsed).isEqualTo(16);
    assertThat(StoryClusterer.wordsIn("")).isZero();
    assertThat(StoryClusterer.wordsIn(null)).isZero();
  }

  @Test
  void aLeadIsTheFirstWordsOfTheTextAsSplittingItWouldGiveThem() {
    String text = "One two\tthree  four\nfive six seven";
    assertThat(StoryModel.firstWords(text, 3)).isEqualTo("One two three");
    assertThat(StoryModel.firstWords(text, 7)).isEqualTo(text);
    assertThat(StoryModel.firstWords(text, 6)).isEqualTo(String.join(" ", java.util.Arrays.copyOf(text.split("\\s+"), 6)));
    assertThat(StoryModel.firstWords("", 3)).isEmpty();
  }
}
