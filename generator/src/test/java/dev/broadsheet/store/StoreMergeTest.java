package dev.broadsheet.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreMergeTest {
  static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
  static final Instant T1 = Instant.parse("2026-11-21T08:00:00Z");

  static Article article(String id, String title, String summary) {
    return new Article(id, "https://x.example/" + id, null, "src", title, "Pub", null, "News", List.of(), List.of(),
        T0, null, null, summary, null);
  }

  @Test
  void newArticlesAreAddedAndStampedFirstSeen() {
    StoreMerge.Result r = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "A", "s")), T1);
    assertThat(r.added()).isEqualTo(1);
    assertThat(r.snapshot().articles().get("a").firstSeen()).isEqualTo(T1);
  }

  @Test
  void anArticleKeepsTheHeadlineItsAddressWasMadeFromThroughEveryCorrection() {
    StoreSnapshot first = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "Bakery closes", "s")), T0)
        .snapshot();
    StoreSnapshot second = StoreMerge.merge(first, List.of(article("a", "Bakery shuts", "s")), T1).snapshot();
    StoreSnapshot third = StoreMerge.merge(second, List.of(article("a", "Bakery shuts its doors", "s")), T1).snapshot();
    assertThat(third.articles().get("a").title()).isEqualTo("Bakery shuts its doors");
    assertThat(third.articles().get("a").addressHeadline()).isEqualTo("Bakery closes");
    StoreSnapshot back = StoreMerge.merge(third, List.of(article("a", "Bakery closes", "s")), T1).snapshot();
    assertThat(back.articles().get("a").addressTitle()).isNull();
    assertThat(first.articles().get("a").addressTitle()).isNull();
  }

  private static Article item(String link, String guid, String title, Instant published) {
    return new Article(dev.broadsheet.store.ArticleIds.of(link, guid, "src"), link, guid, "src", title, "Pub", null,
        "News", List.of(), List.of(), published, null, null, "s", null);
  }

  @Test
  void anItemMovedToAnotherLinkUnderItsGuidStaysTheArticleItWas() {
    Article first = item("https://x.example/old", "g-1", "Trawlers fined", T0);
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(first), T0).snapshot();
    StoreMerge.Result moved = StoreMerge.merge(base, List.of(item("https://x.example/new", "g-1", "Trawlers fined", T0)), T1);
    assertThat(moved.snapshot().articles()).containsOnlyKeys(first.id());
    assertThat(moved.snapshot().articles().get(first.id()).url()).isEqualTo("https://x.example/new");
    assertThat(moved.added()).isZero();
    assertThat(moved.updated()).isEqualTo(1);
    // A guid reused for another story (another headline and date) is another article.
    StoreMerge.Result reused = StoreMerge.merge(base,
        List.of(item("https://x.example/other", "g-1", "Ferry timetable changes", T1)), T1);
    assertThat(reused.snapshot().articles()).hasSize(2);
    // One guid for two items of a reading, or of the store, tells nothing.
    StoreMerge.Result twice = StoreMerge.merge(base, List.of(item("https://x.example/a", "g-1", "Trawlers fined", T0),
        item("https://x.example/b", "g-1", "Trawlers fined", T0)), T1);
    assertThat(twice.snapshot().articles()).hasSize(3);
    // Still listed under its old link beside an item under a new one: two items of one guid, kept apart.
    StoreMerge.Result both = StoreMerge.merge(base, List.of(item("https://x.example/old", "g-1", "Trawlers fined", T0),
        item("https://x.example/new", "g-1", "Trawlers fined", T0)), T1);
    assertThat(both.snapshot().articles()).hasSize(2);
  }

  @Test
  void anItemStoredWithoutALinkThatNowHasOneUnderItsGuidStaysTheArticleItWas() {
    // Its link was refused by an earlier version ("?q=a|b"): stored by its guid's id, without one.
    Article first = item(null, "g-2", "Harbour bridge reopens", T0);
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(first), T0).snapshot();
    StoreMerge.Result read = StoreMerge.merge(base,
        List.of(item("https://x.example/search?q=a%7Cb", "g-2", "Harbour bridge reopens", T0)), T1);
    assertThat(read.snapshot().articles()).containsOnlyKeys(first.id());
    assertThat(read.snapshot().articles().get(first.id()).url()).isEqualTo("https://x.example/search?q=a%7Cb");
    assertThat(read.added()).isZero();
  }

  @Test
  void articlesNoLongerInTheFeedAreKept() {
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "A", "s"), article("b", "B", "s")),
        T0).snapshot();
    StoreMerge.Result r = StoreMerge.merge(base, List.of(article("b", "B", "s")), T1);
    assertThat(r.snapshot().articles()).containsOnlyKeys("a", "b");
    assertThat(r.added()).isZero();
    assertThat(r.updated()).isZero();
  }

  @Test
  void anUpdateKeepsFirstSeenAndFieldsTheNewReadingLacks() {
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(article("a", "Old title", "summary")), T0)
        .snapshot();
    StoreMerge.Result r = StoreMerge.merge(base, List.of(article("a", "New title", null)), T1);
    Article merged = r.snapshot().articles().get("a");
    assertThat(r.updated()).isEqualTo(1);
    assertThat(merged.title()).isEqualTo("New title");
    assertThat(merged.summaryHtml()).isEqualTo("summary");
    assertThat(merged.firstSeen()).isEqualTo(T0);
  }

  private static Article episode(String source, Media media) {
    return new Article("ep", "https://pod.example/ep", null, source, "Episode 3", "Pod", null, null, List.of(), List.of(),
        T0, null, null, "<p>Notes.</p>", null, null, null, null, null, List.of(), null, media);
  }

  @Test
  void anEpisodesSoundIsWhatItsFeedLastSaidButTheSameFileSignedAnewChangesNothing() {
    Media first = new Media("https://cdn.example/ep3.mp3?token=a", "audio/mpeg", 1000L, 3125);
    StoreSnapshot base = StoreMerge.merge(StoreSnapshot.empty(), List.of(episode("pod", first)), T0).snapshot();
    // The host signs the address anew and counts another length: the same file, nothing to store or publish.
    StoreMerge.Result again = StoreMerge.merge(base, List.of(episode("pod",
        new Media("https://cdn.example/ep3.mp3?token=b", "audio/mpeg", 1200L, 3125))), T1);
    assertThat(again.updated()).isZero();
    assertThat(again.snapshot().articles().get("ep").media()).isEqualTo(first);
    // Another file is taken; a sound the feed took away is gone; another source without one adds nothing.
    Media other = new Media("https://cdn.example/ep3-fixed.mp3", "audio/mpeg", null, null);
    StoreSnapshot replaced = StoreMerge.merge(base, List.of(episode("pod", other)), T1).snapshot();
    assertThat(replaced.articles().get("ep").media()).isEqualTo(other);
    assertThat(StoreMerge.merge(base, List.of(episode("pod", null)), T1).snapshot().articles().get("ep").media()).isNull();
    assertThat(StoreMerge.merge(base, List.of(episode("wire", null)), T1).snapshot().articles().get("ep").media())
        .isEqualTo(first);
  }

  /** A copy of one article from {@code source}, carried (a wire's copy, naming its publisher) when {@code via} is set. */
  static Article copy(String source, String via, String url, String section, String summary) {
    return new Article("same", url, null, source, "Dredging contract awarded", "Courier", via, section, List.of(),
        List.of(), T0, null, null, summary, null);
  }

  @Test
  void copiesUnderTwoHeadlinesReadInOneBuildGiveOneAddressWhicheverCameFirst() {
    Article own = copy("courier", null, "https://courier.example/dredging", "Local", null).retitled("Own headline",
        "Courier");
    Article carried = copy("tribune", "Tribune", "https://courier.example/dredging", "World", null)
        .retitled("Wire headline", "Courier");
    for (List<Article> order : List.of(List.of(own, carried), List.of(carried, own))) {
      Article merged = StoreMerge.merge(StoreSnapshot.empty(), order, T1, List.of("tribune", "courier")).snapshot()
          .articles().get("same");
      assertThat(merged.title()).as("order %s", order).isEqualTo("Own headline");
      assertThat(merged.addressHeadline()).as("order %s", order).isEqualTo("Own headline");
    }
  }

  @Test
  void theSameCopiesGiveTheSameArticleWhicheverFeedWasReadLast() {
    Article own = copy("courier", null, "https://courier.example/dredging", "Local", null);
    Article carried = copy("tribune", "Tribune", "https://www.courier.example/dredging?utm_campaign=wire", "World",
        "<p>Wire summary</p>");
    List<List<Article>> orders = List.of(List.of(own, carried), List.of(carried, own), List.of(carried, own, carried),
        List.of(own, carried, own, carried));
    for (List<Article> order : orders) {
      // Read in one build, and one feed per build.
      Article together = StoreMerge.merge(StoreSnapshot.empty(), order, T1, List.of("tribune", "courier"))
          .snapshot().articles().get("same");
      StoreSnapshot oneByOne = StoreSnapshot.empty();
      for (Article a : order) {
        oneByOne = StoreMerge.merge(oneByOne, List.of(a), T1, List.of("tribune", "courier")).snapshot();
      }
      for (Article merged : List.of(together, oneByOne.articles().get("same"))) {
        // The publisher's own copy leads, though the wire is listed first; the wire fills what it lacks.
        assertThat(merged.sourceId()).as("order %s", order).isEqualTo("courier");
        assertThat(merged.url()).isEqualTo("https://courier.example/dredging");
        assertThat(merged.section()).isEqualTo("Local");
        assertThat(merged.via()).isNull();
        assertThat(merged.summaryHtml()).isEqualTo("<p>Wire summary</p>");
        // Filed under its publisher's feed, it is the wire's report too (its source page lists it).
        assertThat(merged.alsoFrom()).containsExactly("tribune");
        assertThat(merged.carriedBy()).containsExactly("courier", "tribune");
      }
    }
  }

  @Test
  void aFeedClaimingAnotherPublishersAddressChangesNeitherItsHeadlineNorItsPicture() {
    Article own = copy("courier", null, "https://www.courier.example/dredging", "Local", null);
    Article claimed = copy("hostile", null, "https://www.courier.example/dredging", "World", "<p>Lies</p>")
        .retitled("HIJACKED: dredging cancelled", "Courier").withImageUrl("https://hostile.example/x.png");
    Map<String, String> sites = Map.of("courier", "courier.example", "hostile", "hostile.example");
    for (List<Article> order : List.of(List.of(own, claimed), List.of(claimed, own))) {
      StoreSnapshot oneByOne = StoreSnapshot.empty();
      for (Article a : order) {
        oneByOne = StoreMerge.merge(oneByOne, List.of(a), T1, List.of("hostile", "courier"), sites).snapshot();
      }
      Article together = StoreMerge.merge(StoreSnapshot.empty(), order, T1, List.of("hostile", "courier"), sites)
          .snapshot().articles().get("same");
      for (Article merged : List.of(together, oneByOne.articles().get("same"))) {
        // Listed first and not naming a carrier, the other feed still does not lead the publisher's own.
        assertThat(merged.sourceId()).as("order %s", order).isEqualTo("courier");
        assertThat(merged.title()).isEqualTo("Dredging contract awarded");
        assertThat(merged.imageUrl()).isNull();
      }
    }
  }

  @Test
  void anUpdateStillToComeWhenReadIsIgnoredUntilItsTimeAndOneStoredFarAheadIsDropped() {
    Article far = article("a", "T", "s").withUpdated(Instant.parse("2099-06-01T08:00:00Z"));
    Article near = article("b", "T", "s").withUpdated(T1.plusSeconds(3 * 3600));
    Article past = article("c", "T", "s").withUpdated(T1.minusSeconds(3600));
    StoreSnapshot merged = StoreMerge.merge(StoreSnapshot.empty(), List.of(far, near, past), T1).snapshot();
    assertThat(merged.articles().get("a").updated()).isNull();
    assertThat(merged.articles().get("b").updated()).isNull();
    assertThat(merged.articles().get("c").updated()).isEqualTo(T1.minusSeconds(3600));
    // The same reading again, once the near update's time has passed: taken, and the same every time.
    Instant later = T1.plusSeconds(4 * 3600);
    StoreSnapshot again = StoreMerge.merge(merged, List.of(far, near, past), later).snapshot();
    assertThat(again.articles().get("b").updated()).isEqualTo(T1.plusSeconds(3 * 3600));
    assertThat(StoreMerge.merge(again, List.of(far, near, past), later).snapshot()).isEqualTo(again);
    // A store written before updates ahead were ignored loses one far ahead at the next merge.
    StoreSnapshot old = new StoreSnapshot(new java.util.TreeMap<>(Map.of("a", far)), new java.util.TreeMap<>());
    assertThat(StoreMerge.merge(old, List.of(), T1).snapshot().articles().get("a").updated()).isNull();
  }

  @Test
  void betweenTwoOwnFeedsTheSourceListedFirstLeads() {
    Article world = copy("world", null, "https://courier.example/dredging", "World", null);
    Article local = copy("local", null, "https://courier.example/dredging", "Local", null);
    for (List<Article> order : List.of(List.of(world, local), List.of(local, world))) {
      StoreSnapshot store = StoreSnapshot.empty();
      for (Article a : order) {
        store = StoreMerge.merge(store, List.of(a), T1, List.of("local", "world")).snapshot();
      }
      assertThat(store.articles().get("same").sourceId()).isEqualTo("local");
      assertThat(store.articles().get("same").alsoFrom()).containsExactly("world");
    }
  }

  @Test
  void aSourceThatCarriedAnArticleStaysOneOfItsSourcesWhenOnlyAnotherReadsItAgain() {
    Article own = copy("courier", null, "https://courier.example/dredging", "Local", "<p>First</p>");
    Article carried = copy("tribune", "Tribune", "https://courier.example/dredging", "World", null);
    List<String> order = List.of("courier", "tribune", "gazette");
    StoreMerge.Result first = StoreMerge.merge(StoreSnapshot.empty(), List.of(own, carried), T0, order);
    // Two copies of one new article: one added, nothing stored updated.
    assertThat(first.added()).isEqualTo(1);
    assertThat(first.updated()).isZero();
    StoreSnapshot store = first.snapshot();
    StoreMerge.Result again = StoreMerge.merge(store,
        List.of(copy("courier", null, "https://courier.example/dredging", "Local", "<p>Corrected</p>")), T1, order);
    assertThat(again.snapshot().articles().get("same").alsoFrom()).containsExactly("tribune");
    // A third source that carries it joins them; reading the same copies again changes nothing.
    Article third = copy("gazette", "Gazette", "https://courier.example/dredging", "World", null);
    StoreSnapshot three = StoreMerge.merge(again.snapshot(), List.of(third), T1, order).snapshot();
    assertThat(three.articles().get("same").carriedBy()).containsExactly("courier", "gazette", "tribune");
    assertThat(StoreMerge.merge(three, List.of(third, carried), T1, order).updated()).isZero();
  }

  @Test
  void aNewerReadingOfTheLeadingSourceStillUpdatesTheArticle() {
    StoreSnapshot store = StoreMerge.merge(StoreSnapshot.empty(),
        List.of(copy("courier", null, "https://courier.example/dredging", "Local", "<p>First</p>")), T0).snapshot();
    StoreMerge.Result r = StoreMerge.merge(store,
        List.of(copy("courier", null, "https://courier.example/dredging", "Local", "<p>Corrected</p>")), T1,
        List.of("courier"));
    assertThat(r.updated()).isEqualTo(1);
    assertThat(r.snapshot().articles().get("same").summaryHtml()).isEqualTo("<p>Corrected</p>");
  }

  @Test
  void aCopyFromASourceTakenOutOfTheConfigGivesWayToAConfiguredOne() {
    StoreSnapshot store = StoreMerge.merge(StoreSnapshot.empty(),
        List.of(copy("courier", null, "https://courier.example/dredging", "Local", null)), T0,
        List.of("courier", "tribune")).snapshot();
    Article carried = copy("tribune", "Tribune", "https://courier.example/dredging", "World", "<p>Wire</p>");
    // Courier is still configured: its own copy leads.
    assertThat(StoreMerge.merge(store, List.of(carried), T1, List.of("courier", "tribune")).snapshot().articles()
        .get("same").sourceId()).isEqualTo("courier");
    // Courier was taken out: the wire's copy leads, so the article stays on the site.
    assertThat(StoreMerge.merge(store, List.of(carried), T1, List.of("tribune")).snapshot().articles()
        .get("same").sourceId()).isEqualTo("tribune");
  }
}
